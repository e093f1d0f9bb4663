#include "core/dns/zoneverifier.h"

#include "core/dns/zonedocument.h"
#include "core/host/commandrunner.h"

#include <QMap>

ZoneVerifier::ZoneVerifier(CommandRunner* runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ZoneVerifier::poll);
}

ZoneVerifier::~ZoneVerifier()
{
    cancel();
}

void ZoneVerifier::start(const DnsHost::Server& server, const QString& zone, quint32 serial, const QList<Check>& checks,
    int timeoutMs, int intervalMs)
{
    cancel();
    m_server = server;
    m_zone = zone;
    m_serial = serial;
    m_checks = checks;
    m_timeoutMs = timeoutMs;
    m_retry.setInterval(intervalMs);
    m_running = true;
    m_lastProblem.clear();
    m_clock.start();
    poll();
}

void ZoneVerifier::cancel()
{
    m_retry.stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
    m_running = false;
}

void ZoneVerifier::done(const Result<void>& result)
{
    m_retry.stop();
    m_running = false;
    Q_EMIT finished(result);
}

void ZoneVerifier::later(const QString& why)
{
    m_lastProblem = why;
    Q_EMIT progress(why);
    if (m_clock.elapsed() + m_retry.interval() > m_timeoutMs) {
        done(Error::of(tr("The DNS server still serves the old zone after %1 s: %2 CoreDNS keeps the old data when "
                          "the new file does not parse or its serial did not change; look for \"plugin/file\" "
                          "errors in /opt/gbo/logs/coredns.log.")
                           .arg(m_timeoutMs / 1000)
                           .arg(why)));
        return;
    }
    m_retry.start();
}

void ZoneVerifier::poll()
{
    if (!m_running)
        return;
    m_job = m_runner->run(DnsHost::dig(m_server, m_zone + QLatin1Char('.'), QStringLiteral("SOA")), this);
    connect(m_job, &CommandJob::finished, this, [this](const CommandResult& r) {
        m_job = nullptr;
        const auto serial = DnsHost::parseSoaSerial(r);
        if (!serial) {
            later(serial.errorMessage());
            return;
        }
        if (*serial != m_serial) {
            later(tr("it answers serial %1, not %2.").arg(*serial).arg(m_serial));
            return;
        }
        m_next = 0;
        askNext();
    });
}

void ZoneVerifier::askNext()
{
    if (m_next >= m_checks.size()) {
        done({});
        return;
    }
    const Check check = m_checks.at(m_next);
    m_job = m_runner->run(DnsHost::dig(m_server, check.name, check.type), this);
    connect(m_job, &CommandJob::finished, this, [this, check](const CommandResult& r) {
        m_job = nullptr;
        const auto answers = DnsHost::parseAnswers(r);
        if (!answers) {
            later(answers.errorMessage());
            return;
        }
        QStringList got = *answers;
        got.sort();
        const bool exact = check.type == QLatin1String("A") || check.type == QLatin1String("AAAA");
        const bool same = exact ? got == check.answers : got.size() == check.answers.size();
        if (!same) {
            later(tr("%1 %2 answers \"%3\", expected \"%4\".")
                      .arg(check.name, check.type, got.join(QLatin1String(", ")),
                          check.answers.join(QLatin1String(", "))));
            return;
        }
        ++m_next;
        askNext();
    });
}

QList<ZoneVerifier::Check> ZoneVerifier::changedRrsets(const ZoneDocument& before, const ZoneDocument& after)
{
    using Key = QPair<QString, QString>;
    auto collect = [](const ZoneDocument& doc) {
        QMap<Key, QStringList> sets;
        const QString zone = doc.zoneName().endsWith(QLatin1Char('.')) ? doc.zoneName() : doc.zoneName() + u'.';
        for (int i = 0; i < doc.entryCount(); ++i) {
            if (doc.entryKind(i) != ZoneDocument::EntryKind::Record)
                continue;
            const ZoneDocument::Record r = doc.record(i);
            if (r.type == QLatin1String("SOA"))
                continue;
            QString owner = r.owner;
            if (owner == QLatin1String("@") || owner.isEmpty())
                owner = zone;
            else if (!owner.endsWith(QLatin1Char('.')))
                owner += u'.' + zone;
            sets[Key(owner.toLower(), r.type.toUpper())].append(r.data);
        }
        for (auto& v : sets)
            v.sort();
        return sets;
    };
    const auto a = collect(before);
    const auto b = collect(after);
    QList<Check> out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (a.value(it.key()) != it.value())
            out.append(Check { it.key().first, it.key().second, it.value() });
    }
    return out;
}
