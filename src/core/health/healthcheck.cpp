#include "core/health/healthcheck.h"

#include "core/containers/containercatalog.h"
#include "core/containers/incusparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Health {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Health", text, nullptr, n);
}

// Containers whose absence stops the bots; others stopped is a warning (e.g. meet, llm).
bool isCritical(const QString& component)
{
    static const QStringList critical { QStringLiteral("system"), QStringLiteral("tables"), QStringLiteral("vault"),
        QStringLiteral("drive"), QStringLiteral("proxy"), QStringLiteral("dns"), QStringLiteral("directory") };
    return critical.contains(component);
}

Outcome notRun(const CommandOutput& o)
{
    return { Status::Red, tr("Could not run the check"), o.transportError };
}

QString firstLine(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

Outcome evaluateContainers(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode != 0)
        return { Status::Red, tr("incus list failed (exit %1)").arg(o.exitCode), QString::fromUtf8(o.err).trimmed() };
    const auto list = Incus::parseList(o.out);
    if (!list.ok())
        return { Status::Red, tr("Unreadable answer from incus list"), list.errorMessage() };
    QStringList criticalDown, otherDown;
    for (const ContainerInfo& c : *list) {
        if (c.isRunning())
            continue;
        const QString entry = c.name + QLatin1String(" (") + c.status + QLatin1Char(')');
        (isCritical(ContainerCatalog::roleOf(c.name).component) ? criticalDown : otherDown).append(entry);
    }
    const int running = int(list->size() - criticalDown.size() - otherDown.size());
    const QString summary = tr("%1 of %2 containers running").arg(running).arg(list->size());
    const QString details = (criticalDown + otherDown).join(QLatin1Char('\n'));
    if (!criticalDown.isEmpty())
        return { Status::Red, summary, details };
    if (!otherDown.isEmpty())
        return { Status::Amber, summary, details };
    return { Status::Green, summary, {} };
}

Outcome evaluateServiceActive(const CommandOutput& o, const QString& unit)
{
    if (o.exitCode == -1)
        return notRun(o);
    const QString state = firstLine(o.out);
    if (o.exitCode == 0 && state == QLatin1String("active"))
        return { Status::Green, tr("%1 is active").arg(unit), {} };
    const QString shown = state.isEmpty() ? firstLine(o.err) : state;
    return { Status::Red, tr("%1 is %2").arg(unit, shown.isEmpty() ? tr("not active") : shown),
        QString::fromUtf8(o.out + o.err).trimmed() };
}

Outcome evaluateProcess(const CommandOutput& o, const QString& what)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode == 0)
        return { Status::Green, tr("%1 is running").arg(what), QString::fromUtf8(o.out).trimmed() };
    return { Status::Red, tr("%1 is down").arg(what), QString::fromUtf8(o.err).trimmed() };
}

Outcome evaluateVault(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    // curl -f turns Vault's 503 (sealed) and 501 (not initialised) into exit 22 with no body.
    if (o.exitCode == 22)
        return { Status::Red, tr("Vault is sealed or not initialised"),
            tr("The health endpoint answered an HTTP error (503 sealed, 501 not initialised). Unseal with 3 of the "
               "5 keys.") };
    if (o.exitCode != 0)
        return { Status::Red, tr("Vault did not answer (curl exit %1)").arg(o.exitCode),
            QString::fromUtf8(o.err).trimmed() };
    const QJsonObject health = QJsonDocument::fromJson(o.out).object();
    if (health.isEmpty() || !health.contains(QLatin1String("sealed")))
        return { Status::Amber, tr("Vault answered something unexpected"), QString::fromUtf8(o.out.left(500)) };
    const QString version = health.value(QLatin1String("version")).toString();
    if (health.value(QLatin1String("sealed")).toBool())
        return { Status::Red, tr("Vault is sealed"), version };
    if (!health.value(QLatin1String("initialized")).toBool(true))
        return { Status::Red, tr("Vault is not initialised"), version };
    if (health.value(QLatin1String("standby")).toBool())
        return { Status::Amber, tr("Vault is unsealed but in standby"), version };
    return { Status::Green, tr("Vault is unsealed"), tr("version %1").arg(version) };
}

Outcome evaluateApiHealth(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode == 0)
        return { Status::Green, tr("/api/health answers"), QString::fromUtf8(o.out.left(500)).trimmed() };
    return { Status::Red, tr("/api/health failed (curl exit %1)").arg(o.exitCode), QString::fromUtf8(o.err).trimmed() };
}

QStringList errorLines(const QByteArray& log, int maxLines)
{
    static const QRegularExpression pattern(
        QStringLiteral("error|panic|failed"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    const QList<QByteArray> lines = log.split('\n');
    for (const QByteArray& l : lines) {
        const QString line = QString::fromUtf8(l);
        if (pattern.match(line).hasMatch())
            out.append(line);
    }
    // The most recent ones are the interesting ones.
    return out.mid(qMax(qsizetype(0), out.size() - maxLines));
}

Outcome evaluateErrorLog(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode != 0)
        return { Status::Amber, tr("err.log could not be read"), QString::fromUtf8(o.err).trimmed() };
    const QStringList hits = errorLines(o.out);
    if (hits.isEmpty())
        return { Status::Green, tr("No recent errors in err.log"), {} };
    return { Status::Amber, tr("%n recent error line(s) in err.log", int(hits.size())), hits.join(QLatin1Char('\n')) };
}

QList<Check> dailyChecks()
{
    const auto exec = [](const char* container, std::initializer_list<const char*> cmd) {
        QStringList argv { QStringLiteral("incus"), QStringLiteral("exec"), QString::fromLatin1(container),
            QStringLiteral("--") };
        for (const char* c : cmd)
            argv.append(QString::fromLatin1(c));
        return argv;
    };
    return {
        { QStringLiteral("containers"), tr("Containers running"),
            { QStringLiteral("incus"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") },
            true, evaluateContainers },
        { QStringLiteral("botserver"), tr("botserver active (system)"),
            exec("system", { "systemctl", "is-active", "botserver" }), true,
            [](const CommandOutput& o) { return evaluateServiceActive(o, QStringLiteral("botserver")); } },
        { QStringLiteral("ui"), tr("ui active (system)"), exec("system", { "systemctl", "is-active", "ui" }), true,
            [](const CommandOutput& o) { return evaluateServiceActive(o, QStringLiteral("ui")); } },
        { QStringLiteral("postgres"), tr("PostgreSQL (tables)"), exec("tables", { "pgrep", "-f", "postgres" }), true,
            [](const CommandOutput& o) { return evaluateProcess(o, QStringLiteral("PostgreSQL")); } },
        { QStringLiteral("minio"), tr("MinIO (drive)"), exec("drive", { "pgrep", "-f", "minio" }), true,
            [](const CommandOutput& o) { return evaluateProcess(o, QStringLiteral("MinIO")); } },
        { QStringLiteral("vault"), tr("Vault unsealed"),
            exec("vault", { "curl", "-ksf", "https://localhost:8200/v1/sys/health" }), true, evaluateVault },
        { QStringLiteral("api"), tr("App /api/health"),
            exec("system", { "curl", "-sf", "--max-time", "10", "http://localhost:8080/api/health" }), true,
            evaluateApiHealth },
        { QStringLiteral("errors"), tr("Recent errors (err.log)"),
            exec("system", { "tail", "-n", "200", "/opt/gbo/logs/err.log" }), true, evaluateErrorLog },
    };
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Pending:
        return tr("PENDING");
    case Status::Green:
        return tr("OK");
    case Status::Amber:
        return tr("WARN");
    case Status::Red:
        return tr("FAIL");
    }
    return {};
}

bool allGreen(const QList<Result>& results)
{
    return !results.isEmpty() && std::all_of(results.begin(), results.end(), [](const Result& r) {
        return r.outcome.status == Status::Green;
    });
}

QString anonymizeAddresses(QString text)
{
    static const QRegularExpression ipv4(QStringLiteral("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"));
    // Full eight-group form, or a compressed form with "::" and a hex group on at least one side;
    // times like 10:15:00 are left alone.
    static const QRegularExpression ipv6(QStringLiteral(
        "(?<![0-9A-Za-z:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
        "|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?)(?![0-9A-Za-z:])"));
    text.replace(ipv4, QStringLiteral("10.x.x.x"));
    text.replace(ipv6, QStringLiteral("x:x::x"));
    return text;
}

QString report(const QList<Result>& results, const QString& profile, bool anonymize)
{
    QString out
        = tr("GB Admin health report for %1, %2").arg(profile, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        + QLatin1Char('\n');
    for (const Result& r : results) {
        out += QStringLiteral("[%1] %2: %3\n").arg(statusName(r.outcome.status), -4).arg(r.title, r.outcome.summary);
        if (!r.outcome.details.isEmpty() && r.outcome.status != Status::Green) {
            const QStringList lines = r.outcome.details.split(QLatin1Char('\n'));
            for (const QString& l : lines)
                out += QLatin1String("       ") + l + QLatin1Char('\n');
        }
    }
    out += allGreen(results) ? tr("All checks passed.") : tr("Some checks need attention.");
    out += QLatin1Char('\n');
    return anonymize ? anonymizeAddresses(out) : out;
}

} // namespace Health
