#pragma once

#include "core/common/result.h"
#include "core/dns/dnshost.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class CommandJob;
class CommandRunner;
class ZoneDocument;

// After a save: asks the DNS server until it serves the new serial and the changed records, or
// the time is up (the file plugin's reload interval plus a margin). The failure message says
// which part the server still has old.
class ZoneVerifier : public QObject
{
    Q_OBJECT
public:
    // One RRset the server must answer as saved.
    struct Check
    {
        QString name; // absolute, with the trailing dot
        QString type;
        QStringList answers; // expected, sorted; compared exactly for A and AAAA, by count otherwise
    };

    ZoneVerifier(CommandRunner* runner, QObject* parent = nullptr);
    ~ZoneVerifier() override;

    void start(const DnsHost::Server& server, const QString& zone, quint32 serial, const QList<Check>& checks,
        int timeoutMs, int intervalMs = 1000);
    void cancel();
    bool isRunning() const { return m_running; }

    // The RRsets that differ between two versions of a zone (added or changed; removed ones are
    // not checked), with their expected answers.
    static QList<Check> changedRrsets(const ZoneDocument& before, const ZoneDocument& after);

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const Result<void>& result);

private:
    void poll();
    void askNext();
    void done(const Result<void>& result);
    void later(const QString& why);

    CommandRunner* m_runner;
    QPointer<CommandJob> m_job;
    QTimer m_retry;
    QElapsedTimer m_clock;
    DnsHost::Server m_server;
    QString m_zone;
    quint32 m_serial = 0;
    QList<Check> m_checks;
    int m_next = 0;
    int m_timeoutMs = 0;
    bool m_running = false;
    QString m_lastProblem;
};
