#include "core/bots/botqueries.h"

#include "core/host/psql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace BotQueries {
namespace {

QString failure(const CommandResult& r, const QString& what)
{
    if (r.status != CommandResult::Status::Exited)
        return QCoreApplication::translate("BotQueries", "%1: %2").arg(what, r.error);
    // mc prints its errors as JSON on stdout ({"status":"error","error":{"message":…,"cause":{"message":…}}}).
    const QJsonObject o = QJsonDocument::fromJson(r.stdoutData).object();
    if (o.value(QStringLiteral("status")).toString() == QLatin1String("error")) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        const QString cause = e.value(QStringLiteral("cause")).toObject().value(QStringLiteral("message")).toString();
        return QCoreApplication::translate("BotQueries", "%1: %2 %3")
            .arg(what, e.value(QStringLiteral("message")).toString(), cause)
            .trimmed();
    }
    const QString err = QString::fromUtf8(r.stderrData).trimmed().section(QLatin1Char('\n'), 0, 2);
    return err.isEmpty() ? QCoreApplication::translate("BotQueries", "%1: exit status %2.").arg(what).arg(r.exitCode)
                         : QCoreApplication::translate("BotQueries", "%1: %2").arg(what, err);
}

RemoteCommand mc(const QStringList& args, const QString& description)
{
    QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("drive"), QStringLiteral("--"),
        kMc };
    argv << args;
    RemoteCommand c = RemoteCommand::of(argv);
    c.sudo = true;
    c.description = description;
    return c;
}

QDateTime fromEpoch(const QString& s)
{
    bool ok = false;
    const qint64 secs = s.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()) : QDateTime();
}

const QSet<QString>& kbExtensions()
{
    static const QSet<QString> ext = [] {
        QSet<QString> s;
        for (const QString& e :
            QStringLiteral("txt md pdf xlsx xls docx doc csv pptx ppt html htm rtf epub xml json odt ods odp yaml yml "
                           "toml jsonl tsv log cfg ini conf env svg py rs js ts sh sql css ics vcf eml rst adoc "
                           "properties graphql proto")
                .split(QLatin1Char(' ')))
            s.insert(e);
        return s;
    }();
    return ext;
}

} // namespace

Result<RemoteCommand> listBots()
{
    // drive_files exists from 6.3.1 on; psql's \if keeps one script for every schema.
    static const QString sql = QStringLiteral(
        "SELECT to_regclass('public.drive_files') IS NOT NULL AS gb_has_drive_files \\gset\n"
        "\\if :gb_has_drive_files\n"
        "SELECT b.id, b.name, CASE WHEN coalesce(b.is_active, true) THEN 't' ELSE 'f' END AS active,\n"
        "  extract(epoch FROM b.created_at)::bigint AS created,\n"
        "  (SELECT extract(epoch FROM max(c.updated_at))::bigint FROM bot_configuration c WHERE c.bot_id = b.id)\n"
        "    AS config_changed,\n"
        "  't' AS drive_files, coalesce(f.file_path, '') AS config_path,\n"
        "  CASE WHEN f.indexed THEN 't' ELSE 'f' END AS config_indexed,\n"
        "  coalesce(f.fail_count, 0) AS config_fail_count, coalesce(f.etag, '') AS config_etag\n"
        "FROM bots b LEFT JOIN LATERAL (\n"
        "  SELECT d.file_path, d.indexed, d.fail_count, d.etag FROM drive_files d\n"
        "  WHERE d.bot_id = b.id AND d.file_type IN ('config', 'gbot-config')\n"
        "  ORDER BY d.file_path = b.name || '.gbai/' || b.name || '.gbot/config.csv' DESC, d.updated_at DESC\n"
        "  LIMIT 1) f ON true\n"
        "ORDER BY b.name, b.id;\n"
        "\\else\n"
        "SELECT b.id, b.name, CASE WHEN coalesce(b.is_active, true) THEN 't' ELSE 'f' END AS active,\n"
        "  extract(epoch FROM b.created_at)::bigint AS created,\n"
        "  (SELECT extract(epoch FROM max(c.updated_at))::bigint FROM bot_configuration c WHERE c.bot_id = b.id)\n"
        "    AS config_changed,\n"
        "  'f' AS drive_files, '' AS config_path, 'f' AS config_indexed, 0 AS config_fail_count,\n"
        "  '' AS config_etag\n"
        "FROM bots b ORDER BY b.name, b.id;\n"
        "\\endif\n");
    return Psql::command(QStringLiteral("botserver"), sql, {}, QCoreApplication::translate("BotQueries", "List bots"));
}

Result<QList<BotSummary>> parseBots(const CommandResult& result)
{
    if (!result.succeeded())
        return Error::of(Psql::errorText(result));
    const Result<Psql::Table> table = Psql::parseCsv(result.stdoutData);
    if (!table)
        return table.error();
    const QStringList want { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("active"),
        QStringLiteral("created"), QStringLiteral("config_changed"), QStringLiteral("drive_files"),
        QStringLiteral("config_path"), QStringLiteral("config_indexed"), QStringLiteral("config_fail_count"),
        QStringLiteral("config_etag") };
    if (table->columns != want && !(table->columns.isEmpty() && table->rows.isEmpty()))
        return Error::of(QCoreApplication::translate("BotQueries", "Unexpected columns from the bots query: %1")
                             .arg(table->columns.join(QLatin1String(", "))));
    QList<BotSummary> bots;
    for (const QStringList& r : table->rows) {
        BotSummary b;
        b.id = r.at(0);
        b.name = r.at(1);
        b.active = r.at(2) == QLatin1String("t");
        b.created = fromEpoch(r.at(3));
        b.configChanged = fromEpoch(r.at(4));
        b.driveFilesKnown = r.at(5) == QLatin1String("t");
        b.configPath = r.at(6);
        b.configIndexed = r.at(7) == QLatin1String("t");
        b.configFailCount = r.at(8).toInt();
        b.configEtag = r.at(9);
        bots << b;
    }
    return bots;
}

Result<RemoteCommand> configuration(const QString& botId)
{
    static const QString sql
        = QStringLiteral("SELECT CASE WHEN c.bot_id = :'bot_id'::uuid THEN 'bot' ELSE 'default' END AS owner,\n"
                         "  c.config_key, c.config_value, extract(epoch FROM c.updated_at)::bigint AS updated\n"
                         "FROM bot_configuration c\n"
                         "WHERE c.bot_id = :'bot_id'::uuid OR c.bot_id = :'nil_id'::uuid\n"
                         "ORDER BY 1, 2;\n");
    return Psql::command(QStringLiteral("botserver"), sql,
        { { QStringLiteral("bot_id"), botId }, { QStringLiteral("nil_id"), kNilBotId } },
        QCoreApplication::translate("BotQueries", "Read bot configuration"));
}

Result<AppliedConfig> parseConfiguration(const CommandResult& result)
{
    if (!result.succeeded())
        return Error::of(Psql::errorText(result));
    const Result<Psql::Table> table = Psql::parseCsv(result.stdoutData);
    if (!table)
        return table.error();
    if (!table->rows.isEmpty() && table->columns.size() != 4)
        return Error::of(QCoreApplication::translate("BotQueries", "Unexpected columns from the configuration query."));
    AppliedConfig config;
    for (const QStringList& r : table->rows) {
        ConfigRow row { r.at(1), r.at(2), fromEpoch(r.at(3)) };
        if (r.at(0) == QLatin1String("bot"))
            config.bot << row;
        else
            config.defaults << row;
    }
    return config;
}

RemoteCommand listBuckets()
{
    return mc({ QStringLiteral("ls"), QStringLiteral("--json"), kAlias + QLatin1Char('/') },
        QCoreApplication::translate("BotQueries", "List buckets"));
}

Result<QSet<QString>> parseBuckets(const CommandResult& result)
{
    if (!result.succeeded())
        return Error::of(failure(result, QCoreApplication::translate("BotQueries", "Listing the buckets failed")));
    QSet<QString> buckets;
    for (const QByteArray& line : result.stdoutData.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("status")).toString() != QLatin1String("success"))
            continue;
        QString key = o.value(QStringLiteral("key")).toString();
        if (key.endsWith(QLatin1Char('/')))
            key.chop(1);
        if (!key.isEmpty())
            buckets.insert(key);
    }
    return buckets;
}

RemoteCommand bucketContents(const QString& bot)
{
    return mc({ QStringLiteral("ls"), QStringLiteral("-r"), QStringLiteral("--json"),
                  kAlias + QLatin1Char('/') + bot + QStringLiteral(".gbai") },
        QCoreApplication::translate("BotQueries", "List bucket %1.gbai").arg(bot));
}

QString classify(const QString& key)
{
    const QString low = key.toLower();
    if (low.endsWith(QLatin1String(".bas")))
        return QStringLiteral("bas");
    const QString file = low.section(QLatin1Char('/'), -1);
    const QString ext = file.contains(QLatin1Char('.')) ? file.section(QLatin1Char('.'), -1) : QString();
    if (low.contains(QLatin1String(".gbkb/")) && kbExtensions().contains(ext))
        return QStringLiteral("kb");
    if (low.contains(QLatin1String(".gbot/")) && low.endsWith(QLatin1String("config.csv")))
        return QStringLiteral("config");
    if (low.contains(QLatin1String(".gbot/"))
        && (low.endsWith(QLatin1String("prompt.md")) || low.endsWith(QLatin1String("prompt.txt"))))
        return QStringLiteral("prompt");
    return QStringLiteral("other");
}

Result<void> parseBucketContents(const CommandResult& result, BotSummary* bot)
{
    if (!result.succeeded()) {
        const QString text = QString::fromUtf8(result.stdoutData);
        if (text.contains(QLatin1String("NoSuchBucket")) || text.contains(QLatin1String("does not exist"))) {
            bot->bucket = BotSummary::Bucket::Missing;
            bot->scripts = bot->kbFiles = -1;
            return {};
        }
        return Error::of(failure(
            result, QCoreApplication::translate("BotQueries", "Listing bucket %1 failed").arg(bot->bucketName())));
    }
    int scripts = 0;
    int kb = 0;
    QString config;
    const QString preferred = bot->name + QStringLiteral(".gbot/config.csv");
    for (const QByteArray& line : result.stdoutData.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("status")).toString() != QLatin1String("success")
            || o.value(QStringLiteral("type")).toString() != QLatin1String("file"))
            continue;
        const QString key = o.value(QStringLiteral("key")).toString();
        const QString type = classify(key);
        if (type == QLatin1String("bas"))
            ++scripts;
        else if (type == QLatin1String("kb"))
            ++kb;
        else if (type == QLatin1String("config") && (config.isEmpty() || key == preferred))
            config = key;
    }
    bot->bucket = BotSummary::Bucket::Present;
    bot->scripts = scripts;
    bot->kbFiles = kb;
    bot->configKey = config;
    return {};
}

QString objectPath(const QString& bot, const QString& key)
{
    return kAlias + QLatin1Char('/') + bot + QStringLiteral(".gbai/") + key;
}

QString configKeyOf(const BotSummary& bot)
{
    if (!bot.configKey.isEmpty())
        return bot.configKey;
    const QString prefix = bot.bucketName() + QLatin1Char('/');
    if (bot.configPath.startsWith(prefix))
        return bot.configPath.mid(prefix.size());
    return bot.name + QStringLiteral(".gbot/config.csv");
}

RemoteLocation configLocation(const BotSummary& bot)
{
    RemoteLocation l = RemoteLocation::minioObject(bot.bucketName(), configKeyOf(bot));
    l.mc = kMc;
    l.alias = kAlias;
    return l;
}

} // namespace BotQueries
