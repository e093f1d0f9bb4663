#pragma once

#include "core/common/result.h"
#include "core/host/remotelocation.h"
#include "core/ssh/remotecommand.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

// What the Bots pane reads from the host: the `bots` table and `bot_configuration` through psql in
// `tables` (values as psql variables), DriveMonitor's `drive_files` row of each config.csv, and the
// buckets through `mc` in `drive` (spec generalbots-host.md §2, §3, §4.1, §6).
struct BotSummary
{
    enum class Bucket
    {
        Unknown, // not listed (yet)
        Present,
        Missing,
    };
    QString id;
    QString name;
    bool active = true;
    QDateTime created;
    QDateTime configChanged; // newest bot_configuration.updated_at; invalid when the bot has none
    // drive_files (6.3.1+): the config.csv row DriveMonitor keeps for this bot.
    bool driveFilesKnown = false; // the table exists on this host
    QString configPath; // "<bot>.gbai/<key>" as DriveMonitor records it; empty when untracked
    bool configIndexed = false;
    int configFailCount = 0;
    QString configEtag;
    // mc: bucket `<bot>.gbai`
    Bucket bucket = Bucket::Unknown;
    int scripts = -1; // .bas objects; -1 unknown
    int kbFiles = -1; // KB documents (.gbkb/ with a KB extension); -1 unknown
    QString configKey; // object key of config.csv inside the bucket; empty when there is none

    QString bucketName() const { return name + QStringLiteral(".gbai"); }
    // DriveMonitor stops retrying a file after 5 failures (spec §4.1).
    bool configSkipped() const { return configFailCount >= 5; }
};
Q_DECLARE_METATYPE(BotSummary)

struct ConfigRow
{
    QString key;
    QString value;
    QDateTime updated;
};

// The applied configuration of one bot plus the nil-UUID defaults used for fallback.
struct AppliedConfig
{
    QList<ConfigRow> bot;
    QList<ConfigRow> defaults;
};

namespace BotQueries {

inline const QString kNilBotId = QStringLiteral("00000000-0000-0000-0000-000000000000");
// `incus exec drive -- /opt/gbo/bin/mc` (INFRA.md: mc is not on PATH inside `drive`; alias `local`).
inline const QString kMc = QStringLiteral("/opt/gbo/bin/mc");
inline const QString kAlias = QStringLiteral("local");

// Bots with their newest configuration change and DriveMonitor's config.csv row (when the host has
// `drive_files`; psql's \if decides, so older schemas still answer).
Result<RemoteCommand> listBots();
Result<QList<BotSummary>> parseBots(const CommandResult& result);

// One bot's bot_configuration rows and the nil-UUID defaults.
Result<RemoteCommand> configuration(const QString& botId);
Result<AppliedConfig> parseConfiguration(const CommandResult& result);

// `mc ls --json local/`: the bucket names.
RemoteCommand listBuckets();
Result<QSet<QString>> parseBuckets(const CommandResult& result);

// `mc ls -r --json local/<bot>.gbai`: fills scripts, kbFiles and configKey of `bot`.
RemoteCommand bucketContents(const QString& bot);
Result<void> parseBucketContents(const CommandResult& result, BotSummary* bot);

// The object path as mc names it: local/<bot>.gbai/<key>.
QString objectPath(const QString& bot, const QString& key);
// The config.csv key a bot uses: the one found in its bucket, else `<bot>.gbot/config.csv`.
QString configKeyOf(const BotSummary& bot);

// Where config.csv of `bot` lives, for the shared remote file edit (RemoteFile): read with its
// ETag, saved with conflict check, backup, verify and journal.
RemoteLocation configLocation(const BotSummary& bot);

// The `file_type` DriveMonitor gives an object key (spec §2.1).
QString classify(const QString& key);

} // namespace BotQueries
