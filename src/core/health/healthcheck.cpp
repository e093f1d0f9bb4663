#include "core/health/healthcheck.h"

#include "core/containers/containercatalog.h"
#include "core/containers/incusparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Health {

namespace {

// Containers whose absence stops the bots; others stopped is a warning (e.g. meet, llm).
bool isCritical(const QString& component)
{
    static const QStringList critical { QStringLiteral("system"), QStringLiteral("tables"), QStringLiteral("vault"),
        QStringLiteral("drive"), QStringLiteral("proxy"), QStringLiteral("dns"), QStringLiteral("directory") };
    return critical.contains(component);
}

Outcome notRun(const CommandOutput& o)
{
    return { Status::Red, QCoreApplication::translate("Health", "Could not run the check"), o.transportError };
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
        return { Status::Red, QCoreApplication::translate("Health", "incus list failed (exit %1)").arg(o.exitCode),
            QString::fromUtf8(o.err).trimmed() };
    const auto list = Incus::parseList(o.out);
    if (!list.ok())
        return { Status::Red, QCoreApplication::translate("Health", "Unreadable answer from incus list"),
            list.errorMessage() };
    QStringList criticalDown, otherDown;
    for (const ContainerInfo& c : *list) {
        if (c.isRunning())
            continue;
        const QString entry = c.name + QLatin1String(" (") + c.status + QLatin1Char(')');
        (isCritical(ContainerCatalog::roleOf(c.name).component) ? criticalDown : otherDown).append(entry);
    }
    const int running = int(list->size() - criticalDown.size() - otherDown.size());
    const QString summary
        = QCoreApplication::translate("Health", "%1 of %2 containers running").arg(running).arg(list->size());
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
        return { Status::Green, QCoreApplication::translate("Health", "%1 is active").arg(unit), {} };
    const QString shown = state.isEmpty() ? firstLine(o.err) : state;
    return { Status::Red,
        QCoreApplication::translate("Health", "%1 is %2")
            .arg(unit, shown.isEmpty() ? QCoreApplication::translate("Health", "not active") : shown),
        QString::fromUtf8(o.out + o.err).trimmed() };
}

Outcome evaluateProcess(const CommandOutput& o, const QString& what)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode == 0)
        return { Status::Green, QCoreApplication::translate("Health", "%1 is running").arg(what),
            QString::fromUtf8(o.out).trimmed() };
    return { Status::Red, QCoreApplication::translate("Health", "%1 is down").arg(what),
        QString::fromUtf8(o.err).trimmed() };
}

Outcome evaluateVault(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    // curl -f turns Vault's 503 (sealed) and 501 (not initialised) into exit 22 with no body.
    if (o.exitCode == 22)
        return { Status::Red, QCoreApplication::translate("Health", "Vault is sealed or not initialised"),
            QCoreApplication::translate("Health",
                "The health endpoint answered an HTTP error (503 sealed, 501 not initialised). Unseal with 3 of the "
                "5 keys.") };
    if (o.exitCode != 0)
        return { Status::Red,
            QCoreApplication::translate("Health", "Vault did not answer (curl exit %1)").arg(o.exitCode),
            QString::fromUtf8(o.err).trimmed() };
    const QJsonObject health = QJsonDocument::fromJson(o.out).object();
    if (health.isEmpty() || !health.contains(QLatin1String("sealed")))
        return { Status::Amber, QCoreApplication::translate("Health", "Vault answered something unexpected"),
            QString::fromUtf8(o.out.left(500)) };
    const QString version = health.value(QLatin1String("version")).toString();
    if (health.value(QLatin1String("sealed")).toBool())
        return { Status::Red, QCoreApplication::translate("Health", "Vault is sealed"), version };
    if (!health.value(QLatin1String("initialized")).toBool(true))
        return { Status::Red, QCoreApplication::translate("Health", "Vault is not initialised"), version };
    if (health.value(QLatin1String("standby")).toBool())
        return { Status::Amber, QCoreApplication::translate("Health", "Vault is unsealed but in standby"), version };
    return { Status::Green, QCoreApplication::translate("Health", "Vault is unsealed"),
        QCoreApplication::translate("Health", "version %1").arg(version) };
}

Outcome evaluateApiHealth(const CommandOutput& o)
{
    if (o.exitCode == -1)
        return notRun(o);
    if (o.exitCode == 0)
        return { Status::Green, QCoreApplication::translate("Health", "/api/health answers"),
            QString::fromUtf8(o.out.left(500)).trimmed() };
    return { Status::Red, QCoreApplication::translate("Health", "/api/health failed (curl exit %1)").arg(o.exitCode),
        QString::fromUtf8(o.err).trimmed() };
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
        return { Status::Amber, QCoreApplication::translate("Health", "err.log could not be read"),
            QString::fromUtf8(o.err).trimmed() };
    const QStringList hits = errorLines(o.out);
    if (hits.isEmpty())
        return { Status::Green, QCoreApplication::translate("Health", "No recent errors in err.log"), {} };
    return { Status::Amber,
        QCoreApplication::translate("Health", "%n recent error line(s) in err.log", nullptr, int(hits.size())),
        hits.join(QLatin1Char('\n')) };
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
        { QStringLiteral("containers"), QCoreApplication::translate("Health", "Containers running"),
            { QStringLiteral("incus"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") },
            true, evaluateContainers },
        { QStringLiteral("botserver"), QCoreApplication::translate("Health", "botserver active (system)"),
            exec("system", { "systemctl", "is-active", "botserver" }), true,
            [](const CommandOutput& o) { return evaluateServiceActive(o, QStringLiteral("botserver")); } },
        { QStringLiteral("ui"), QCoreApplication::translate("Health", "ui active (system)"),
            exec("system", { "systemctl", "is-active", "ui" }), true,
            [](const CommandOutput& o) { return evaluateServiceActive(o, QStringLiteral("ui")); } },
        { QStringLiteral("postgres"), QCoreApplication::translate("Health", "PostgreSQL (tables)"),
            exec("tables", { "pgrep", "-f", "postgres" }), true,
            [](const CommandOutput& o) { return evaluateProcess(o, QStringLiteral("PostgreSQL")); } },
        { QStringLiteral("minio"), QCoreApplication::translate("Health", "MinIO (drive)"),
            exec("drive", { "pgrep", "-f", "minio" }), true,
            [](const CommandOutput& o) { return evaluateProcess(o, QStringLiteral("MinIO")); } },
        { QStringLiteral("vault"), QCoreApplication::translate("Health", "Vault unsealed"),
            exec("vault", { "curl", "-ksf", "https://localhost:8200/v1/sys/health" }), true, evaluateVault },
        { QStringLiteral("api"), QCoreApplication::translate("Health", "App /api/health"),
            exec("system", { "curl", "-sf", "--max-time", "10", "http://localhost:8080/api/health" }), true,
            evaluateApiHealth },
        { QStringLiteral("errors"), QCoreApplication::translate("Health", "Recent errors (err.log)"),
            exec("system", { "tail", "-n", "200", "/opt/gbo/logs/err.log" }), true, evaluateErrorLog },
    };
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Pending:
        return QCoreApplication::translate("Health", "PENDING");
    case Status::Green:
        return QCoreApplication::translate("Health", "OK");
    case Status::Amber:
        return QCoreApplication::translate("Health", "WARN");
    case Status::Red:
        return QCoreApplication::translate("Health", "FAIL");
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
    QString out = QCoreApplication::translate("Health", "GB Admin health report for %1, %2")
                      .arg(profile, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        + QLatin1Char('\n');
    for (const Result& r : results) {
        out += QStringLiteral("[%1] %2: %3\n").arg(statusName(r.outcome.status), -4).arg(r.title, r.outcome.summary);
        if (!r.outcome.details.isEmpty() && r.outcome.status != Status::Green) {
            const QStringList lines = r.outcome.details.split(QLatin1Char('\n'));
            for (const QString& l : lines)
                out += QLatin1String("       ") + l + QLatin1Char('\n');
        }
    }
    out += allGreen(results) ? QCoreApplication::translate("Health", "All checks passed.")
                             : QCoreApplication::translate("Health", "Some checks need attention.");
    out += QLatin1Char('\n');
    return anonymize ? anonymizeAddresses(out) : out;
}

} // namespace Health
