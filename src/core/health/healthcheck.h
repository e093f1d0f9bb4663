#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// INFRA.md's "Daily Health Check" as data: each check is a remote command (argv, run through the
// session's one quoting function) and a pure evaluation of what came back.
namespace Health {

enum class Status
{
    Pending,
    Green,
    Amber,
    Red
};

struct Outcome
{
    Status status = Status::Pending;
    QString summary; // one line for the pane
    QString details; // the evidence: the lines that made the verdict
};

struct CommandOutput
{
    int exitCode = -1; // -1: the command could not run at all (connection lost, timeout)
    QByteArray out;
    QByteArray err;
    QString transportError; // why it could not run, when exitCode is -1
};

struct Check
{
    QString id; // stable key, e.g. "vault"
    QString title; // shown in the pane, e.g. "Vault unsealed"
    QStringList argv; // remote command; sudo is added by the runner
    bool sudo = true;
    std::function<Outcome(const CommandOutput&)> evaluate;
};

struct Result
{
    QString id;
    QString title;
    Outcome outcome;
    QDateTime finishedAt;
    qint64 elapsedMs = 0;
};

// The checks of INFRA.md's Daily Health Check, in its order.
QList<Check> dailyChecks();

// Evaluations, public for tests.
Outcome evaluateContainers(const CommandOutput& o);
Outcome evaluateServiceActive(const CommandOutput& o, const QString& unit);
Outcome evaluateProcess(const CommandOutput& o, const QString& what);
Outcome evaluateVault(const CommandOutput& o);
Outcome evaluateApiHealth(const CommandOutput& o);
Outcome evaluateErrorLog(const CommandOutput& o);

// The recent err.log lines INFRA.md greps for (error|panic|failed, any case).
QStringList errorLines(const QByteArray& log, int maxLines = 5);

QString statusName(Status s);
bool allGreen(const QList<Result>& results);

// A plain-text report for a ticket or chat; with anonymize, IPv4 addresses become 10.x.x.x and IPv6
// ones x:x::x (INFRA.md: never put real IPs in documentation).
QString report(const QList<Result>& results, const QString& profile, bool anonymize);
QString anonymizeAddresses(QString text);

} // namespace Health
