// bench_dnspane: the DNS pane with a 100,000-record zone. Open (read, parse + validate off the
// GUI thread, table shown and painted) against named-checkzone on the same file, and the
// latency of one record edit → revalidation → repaint (p50/p99 over 300 edits); on a valid zone and
// on one with thousands of errors.
#include "benchwait.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "widgets/dns/dnspane.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
class Job : public CommandJob
{
public:
    using CommandJob::CommandJob;
    void cancel() override { }
};

// Answers the pane's reads from memory at once, as a fast host would.
class MemoryRunner : public CommandRunner
{
public:
    QByteArray corefile;
    QByteArray zone;
    CommandJob* run(const RemoteCommand& c, QObject* parent) override
    {
        auto* job = new Job(parent);
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = 0;
        if (c.argv.contains(QStringLiteral("/opt/gbo/conf/Corefile")))
            r.stdoutData = corefile;
        else if (c.argv.first() == QLatin1String("dig"))
            r.stdoutData = "ns1.bench.test. hostmaster.bench.test. 2026051901 7200 3600 1209600 3600\n";
        else if (c.argv.contains(QStringLiteral("-c"))) // RemoteFile's open: version token, then the bytes
            r.stdoutData = "file:" + QByteArray::number(zone.size()) + ":1764900000.000000000:"
                + QCryptographicHash::hash(zone, QCryptographicHash::Sha256).toHex() + '\n' + zone;
        else
            r.stdoutData = zone;
        QTimer::singleShot(0, job, [job, r] { Q_EMIT job->finished(r); });
        return job;
    }
};
} // namespace

namespace {
struct Figures
{
    double openMs = -1;
    double longestStallMs = 0; // the longest the GUI thread did not answer while the zone opened
    double bindMs = -1;
    int rows = 0;
    int errors = -1;
    std::vector<double> edits;
    std::vector<double> applyMs;
    std::vector<double> eventsMs;
    std::vector<double> paintMs;
    // What the autosave costs the GUI thread: the whole serialisation (before) or the snapshot
    // taken for the worker thread (ZoneDocument::saveLater).
    std::vector<double> saveMs;
    std::vector<double> captureMs;
};

// `records` records; with `withErrors`, the AAAA records past 0xffff are malformed (about 8.6 %
// of the zone gets an error), which loads the diagnostics list as a broken zone would.
QByteArray makeZone(int records, bool withErrors)
{
    QByteArray zone = "$ORIGIN bench.test.\n$TTL 3600\n@ IN SOA ns1 hostmaster ( 2026051901 7200 3600 1209600 3600 )\n"
                      "  IN NS ns1\nns1 IN A 10.0.0.2\n";
    for (int i = 0; i < records; ++i) {
        switch (i % 4) {
        case 0:
            zone += "h" + QByteArray::number(i) + " IN A 10." + QByteArray::number((i >> 16) & 255) + '.'
                + QByteArray::number((i >> 8) & 255) + '.' + QByteArray::number(i & 255) + '\n';
            break;
        case 1:
            zone += "h" + QByteArray::number(i) + " 300 IN AAAA 2001:db8::"
                + (withErrors ? QByteArray::number(i, 16)
                              : QByteArray::number(i >> 16, 16) + ':' + QByteArray::number(i & 0xffff, 16))
                + '\n';
            break;
        case 2:
            zone += "t" + QByteArray::number(i) + " IN TXT \"v=spf1 -all\" \"record " + QByteArray::number(i) + "\"\n";
            break;
        default:
            zone += "m" + QByteArray::number(i) + " IN MX 10 h" + QByteArray::number(i - 3) + '\n';
        }
    }
    return zone;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1.0 : v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

Figures run(const QByteArray& zone, const QString& dirPath)
{
    Figures out;
    const QString path = dirPath + QStringLiteral("/bench.test.zone");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return out;
        f.write(zone);
    }

    // The outside tool on the same file.
    QString checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"));
    if (checker.isEmpty())
        checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"), { QStringLiteral("/usr/sbin") });
    if (!checker.isEmpty()) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(checker,
            { QStringLiteral("-k"), QStringLiteral("ignore"), QStringLiteral("-i"), QStringLiteral("local"),
                QStringLiteral("bench.test"), path });
        p.waitForFinished(120000);
        out.bindMs = double(t.nsecsElapsed()) / 1e6;
    }

    MemoryRunner runner;
    runner.corefile = "bench.test:53 {\n  file /opt/gbo/data/bench.test.zone\n}\n";
    runner.zone = zone;
    AppSettings settings(dirPath + QStringLiteral("/settings.conf"));
    HostConnection host(nullptr);
    host.useRunner(&runner);
    DnsPane pane;
    pane.setAutosaveDirectory(dirPath + QStringLiteral("/autosave"));
    pane.resize(1280, 800);
    pane.show();
    QSignalSpy loaded(&pane, &DnsPane::zonesLoaded);
    pane.attach(&host, &settings);
    loaded.wait(10000);
    // The zone list as the user first sees it: the file's serial read (off the GUI thread).
    Bench::waitUntil([&pane] { return pane.zoneModel()->fileSerial(0).has_value(); }, 30000);
    QSignalSpy opened(&pane, &DnsPane::zoneOpened);
    // A 1 ms timer shows how long the event loop was kept from running (what the user feels).
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        out.longestStallMs = std::max(out.longestStallMs, double(tick.nsecsElapsed()) / 1e6);
        tick.start();
    });
    QElapsedTimer t;
    t.start();
    tick.start();
    heartbeat.start();
    pane.openZone(QStringLiteral("bench.test"));
    opened.wait(30000);
    QCoreApplication::processEvents(); // what the open queued (diagnostics)
    pane.repaint(); // the table is on screen
    out.openMs = double(t.nsecsElapsed()) / 1e6;
    out.longestStallMs = std::max(out.longestStallMs, double(tick.nsecsElapsed()) / 1e6);
    heartbeat.stop();
    out.rows = pane.recordModel() ? pane.recordModel()->rowCount() : 0;

    // Row 3 + 4k is the A record h<4k>.
    const int aRecords = (out.rows - 3 + 3) / 4;
    for (int i = 0; i < 300 && aRecords > 0; ++i) {
        const int row = 3 + 4 * int((qint64(i) * 331) % aRecords);
        const int pos = pane.recordModel()->entryPosition(row);
        ZoneDocument::Record r = pane.document()->record(pos);
        if (r.type != QLatin1String("A"))
            continue;
        r.data = QStringLiteral("10.9.%1.%2").arg((i >> 8) & 255).arg(i & 255);
        QElapsedTimer e;
        e.start();
        pane.applyRecord(pos, r);
        const qint64 applied = e.nsecsElapsed();
        QCoreApplication::processEvents(); // revalidation display (diagnostics) and model updates
        const qint64 processed = e.nsecsElapsed();
        pane.repaint();
        out.edits.push_back(double(e.nsecsElapsed()) / 1e6);
        // Where the time goes: the edit itself (document, models, actions), the queued work
        // (diagnostics list), the repaint.
        out.applyMs.push_back(double(applied) / 1e6);
        out.eventsMs.push_back(double(processed - applied) / 1e6);
        out.paintMs.push_back(double(e.nsecsElapsed() - processed) / 1e6);
    }
    for (int i = 0; i < 20 && pane.document(); ++i) {
        QElapsedTimer e;
        e.start();
        const QByteArray bytes = pane.document()->save();
        out.saveMs.push_back(double(e.nsecsElapsed()) / 1e6);
        e.restart();
        const std::function<QByteArray()> later = pane.document()->saveLater();
        out.captureMs.push_back(double(e.nsecsElapsed()) / 1e6);
        if (later() != bytes)
            std::printf("saveLater() differs from save()\n");
    }
    out.errors = pane.document() ? pane.document()->errorCount() : -1;
    return out;
}

void print(const char* label, int records, const Figures& f)
{
    std::printf("[%s] records=%d rows=%d errors=%d open_ms=%.1f named_checkzone_ms=%.1f open_vs_bind=%.2f edits=%zu "
                "edit_p50_ms=%.2f edit_p99_ms=%.2f edit_p50_vs_bind=%.4f\n",
        label, records, f.rows, f.errors, f.openMs, f.bindMs, f.bindMs > 0 ? f.openMs / f.bindMs : -1.0, f.edits.size(),
        percentile(f.edits, 0.5), percentile(f.edits, 0.99), f.bindMs > 0 ? percentile(f.edits, 0.5) / f.bindMs : -1.0);
    std::printf("[%s] edit breakdown (median / p99 ms): apply=%.2f/%.2f queued=%.2f/%.2f repaint=%.2f/%.2f\n", label,
        percentile(f.applyMs, 0.5), percentile(f.applyMs, 0.99), percentile(f.eventsMs, 0.5),
        percentile(f.eventsMs, 0.99), percentile(f.paintMs, 0.5), percentile(f.paintMs, 0.99));
    std::printf("[%s] GUI thread: longest stall while opening %.1f ms\n", label, f.longestStallMs);
    std::printf(
        "[%s] autosave on the GUI thread (median / p99 ms): whole save()=%.2f/%.2f, saveLater() snapshot=%.2f/%.2f\n",
        label, percentile(f.saveMs, 0.5), percentile(f.saveMs, 0.99), percentile(f.captureMs, 0.5),
        percentile(f.captureMs, 0.99));
    std::printf("[%s] goals: open <= 1000 ms: %s; edit p99 <= 16 ms: %s\n", label, f.openMs <= 1000 ? "met" : "NOT met",
        percentile(f.edits, 0.99) <= 16 ? "met" : "NOT met");
}
} // namespace

// Usage: bench_dnspane [records [valid|errors]] — runs a valid zone (the ratio against named-checkzone compares
// like with like) and the same zone with thousands of errors (the diagnostics list under load).
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray(); // "valid" or "errors"
    for (const bool withErrors : { false, true }) {
        if (!only.isEmpty() && only != (withErrors ? "errors" : "valid"))
            continue;
        const QString sub = dir.filePath(withErrors ? QStringLiteral("errors") : QStringLiteral("valid"));
        QDir().mkpath(sub);
        print(withErrors ? "errors" : "valid", records, run(makeZone(records, withErrors), sub));
        std::fflush(stdout);
    }
    return 0;
}
