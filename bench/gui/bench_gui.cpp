// Issue 9 item 7: GUI responsiveness and start-up.
//
// 1. Start-up: gbadmin and a bare QMainWindow hello-world (bench_gui_hello, same tree, same
//    options) are each started N times the same way, with the same empty settings, and timed from
//    the exec to the end of their first paint by the benchprobe plugin; the ratio of the medians
//    is printed (goal ≤ 3×).
// 2. A scripted tour of the real MainWindow against a running simhost (SIMHOST_DIR): open the
//    window, connect, every tab, five container refreshes with 1,000 containers, Logs following a
//    fast-growing botserver log (wrapped lines and repeats), a 1 GiB CI log opened in the log view
//    and searched. A 10 ms timer on the GUI thread measures event-loop latency (how late each tick
//    comes); the worst and the 99th percentile are printed per step (goal: worst < 50 ms), opening
//    the window included: its panes arrive one per event-loop turn after it.
//
// Usage: SIMHOST_DIR=DIR bench_gui [--runs N] [--ci-log DIR] [--ci-lines N] [--skip-ci]
//                                   [--skip-startup] [--skip-tour] [--log-rate RECORDS_PER_S]
//                                   [--only tabs,containers,logs,ci]
// Without a display it uses QT_QPA_PLATFORM=offscreen; run it under `xvfb-run -a` to measure xcb.
#include "benchwait.h"
#include "core/ci/tasklog.h"
#include "core/host/hostprofile.h"
#include "core/host/journal.h"
#include "core/settings/appsettings.h"
#include "support/simhostenv.h"
#include "widgets/ci/logview.h"
#include "widgets/ci/logviewer.h"
#include "widgets/containers/containerspane.h"
#include "widgets/logs/logspane.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <cxxabi.h>
#include <deque>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <functional>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Waits run the event loop (never sleep the GUI thread, unlike QTest::qWait, whose sleeps would
// show up as latency).
using Bench::waitUntil;

void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

// Where the GUI thread is while it is blocked: a watchdog thread signals it once a heartbeat tick
// is 40 ms late, and every 100 ms while the block lasts; the handler records backtrace().
namespace stall {
std::atomic<qint64> g_lastTick { 0 }; // 0: not measuring
void* g_frames[64];
std::atomic<int> g_depth { 0 };
std::atomic<bool> g_ready { false };

void onSignal(int)
{
    g_depth = backtrace(g_frames, 64); // not async-signal-safe in theory; fine for a benchmark
    g_ready = true;
}

struct Sample
{
    qint64 stallStart = 0; // the tick the GUI thread was late after
    std::vector<void*> frames;
};

class Sampler
{
public:
    Sampler()
        : m_gui(pthread_self())
    {
        struct sigaction sa
        { };
        sa.sa_handler = onSignal;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGUSR2, &sa, nullptr);
        backtrace(g_frames, 1); // loads libgcc's unwinder outside the handler
        m_thread = std::thread([this] { run(); });
    }
    ~Sampler()
    {
        m_stop = true;
        m_thread.join();
    }
    std::vector<Sample> samples()
    {
        const std::lock_guard lock(m_mutex);
        return m_samples;
    }

private:
    void run()
    {
        qint64 sampledFor = 0, sampledAt = 0;
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const qint64 last = g_lastTick.load();
            const qint64 now = monotonicNs();
            if (last == 0 || now - last < 50000000)
                continue;
            if (last == sampledFor && now - sampledAt < 100000000)
                continue;
            g_ready = false;
            pthread_kill(m_gui, SIGUSR2);
            for (int i = 0; i < 100 && !g_ready; ++i)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            if (!g_ready)
                continue;
            Sample sample { last, std::vector<void*>(g_frames, g_frames + g_depth.load()) };
            sampledFor = last;
            sampledAt = now;
            const std::lock_guard lock(m_mutex);
            m_samples.push_back(std::move(sample));
        }
    }

    pthread_t m_gui;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::mutex m_mutex;
    std::vector<Sample> m_samples;
};

// "function (file:line)" per frame: addr2line for this executable (static gbadmin code), the
// dynamic symbol for shared libraries.
QStringList symbolize(const std::vector<void*>& frames)
{
    QStringList out;
    for (void* f : frames) {
        Dl_info info {};
        if (!dladdr(f, &info) || !info.dli_fname) {
            out.append(QStringLiteral("?"));
            continue;
        }
        const QString lib = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).fileName();
        if (lib == QFileInfo(QCoreApplication::applicationFilePath()).fileName()) {
            QProcess a2l;
            a2l.start(QStringLiteral("addr2line"),
                { QStringLiteral("-f"), QStringLiteral("-C"), QStringLiteral("-e"),
                    QString::fromLocal8Bit(info.dli_fname),
                    QStringLiteral("0x%1").arg(quintptr(f) - quintptr(info.dli_fbase) - 1, 0, 16) });
            a2l.waitForFinished(10000);
            const QStringList lines = QString::fromLocal8Bit(a2l.readAllStandardOutput()).split(QLatin1Char('\n'));
            out.append(QStringLiteral("%1 (%2)").arg(
                lines.value(0).left(110), QFileInfo(lines.value(1).section(QLatin1Char(' '), 0, 0)).fileName()));
            continue;
        }
        QString name = lib;
        if (info.dli_sname) {
            int status = 0;
            char* demangled = abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status);
            name = QStringLiteral("%1 [%2]").arg(
                QString::fromLocal8Bit(status == 0 && demangled ? demangled : info.dli_sname).left(110), lib);
            std::free(demangled);
        }
        out.append(name);
    }
    return out;
}

} // namespace stall

// A 10 ms timer on the GUI thread; a tick arriving late by L ms means the loop was blocked ~L ms.
class Heartbeat : public QObject
{
public:
    struct Stall
    {
        qint64 start = 0;
        double lateMs = 0;
        // How the stall splits: GUI-thread CPU, waiting for a core (runnable, not running), and the
        // rest, asleep (a lock, a condition, I/O). From /proc/thread-self/schedstat.
        double cpuMs = 0;
        double runQueueMs = 0;
        double othersCpuMs = 0; // CPU of this process's other threads meanwhile
        // The whole machine meanwhile (/proc/stat, 10 ms units): all CPUs busy, idle, stolen.
        double machineBusyMs = 0;
        double machineIdleMs = 0;
        double machineStealMs = 0;
    };
    struct Step
    {
        QString name;
        double seconds = 0;
        double cpuSeconds = 0; // of the GUI thread: what the step costs on an idle machine
        std::vector<double> lateMs;
        QString note;
        Stall worst;
        // The most GUI-thread CPU time spent between two ticks: what blocked the event loop itself,
        // apart from waiting for a core on a loaded machine (which "worst" includes).
        double worstBusyMs = 0;
    };

    Heartbeat()
    {
        Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = monotonicNs();
            const qint64 cpu = threadCpuNs();
            const qint64 runQueue = runQueueNs();
            const qint64 processCpu = processCpuNs();
            const MachineTimes machine = machineTimes();
            const qint64 last = stall::g_lastTick.load();
            if (last && m_current) {
                const double late = std::max(0.0, double(now - last) / 1e6 - 10.0);
                m_current->lateMs.push_back(late);
                if (late > m_current->worst.lateMs)
                    m_current->worst = Stall { last, late, double(cpu - m_lastTickCpu) / 1e6,
                        double(runQueue - m_lastRunQueue) / 1e6,
                        double((processCpu - m_lastProcessCpu) - (cpu - m_lastTickCpu)) / 1e6,
                        machine.busyMs - m_lastMachine.busyMs, machine.idleMs - m_lastMachine.idleMs,
                        machine.stealMs - m_lastMachine.stealMs };
                m_current->worstBusyMs = std::max(m_current->worstBusyMs, double(cpu - m_lastTickCpu) / 1e6);
            }
            stall::g_lastTick = now;
            m_lastTickCpu = cpu;
            m_lastRunQueue = runQueue;
            m_lastProcessCpu = processCpu;
            m_lastMachine = machine;
        });
    }
    ~Heartbeat() override
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
        if (m_procStat >= 0)
            ::close(m_procStat);
    }
    void begin(const QString& name)
    {
        end();
        m_steps.push_back(Step { name, 0, 0, {}, {}, {} });
        m_cpuStart = threadCpuNs();
        m_lastTickCpu = m_cpuStart;
        m_lastRunQueue = runQueueNs();
        m_lastProcessCpu = processCpuNs();
        m_lastMachine = machineTimes();
        m_current = &m_steps.back();
        m_stepStart = monotonicNs();
        stall::g_lastTick = m_stepStart; // a block right at the start counts too
        m_timer.start();
        std::printf("  %s ...\n", qPrintable(name));
        std::fflush(stdout);
    }
    void note(const QString& text)
    {
        if (m_current)
            m_current->note = text;
    }
    void end()
    {
        if (!m_current)
            return;
        m_current->seconds = double(monotonicNs() - m_stepStart) / 1e9;
        m_current->cpuSeconds = double(threadCpuNs() - m_cpuStart) / 1e9;
        m_current = nullptr;
        m_timer.stop();
        stall::g_lastTick = 0;
    }
    const std::deque<Step>& steps() const { return m_steps; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    struct MachineTimes
    {
        double busyMs = 0;
        double idleMs = 0;
        double stealMs = 0;
    };
    MachineTimes machineTimes()
    {
        MachineTimes t;
        char buf[256];
        const ssize_t n = m_procStat < 0 ? -1 : ::pread(m_procStat, buf, sizeof buf - 1, 0);
        if (n <= 0)
            return t;
        buf[n] = 0;
        unsigned long long v[8] = {};
        if (std::sscanf(buf, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                &v[6], &v[7])
            != 8)
            return t;
        static const double msPerTick = 1000.0 / double(::sysconf(_SC_CLK_TCK));
        t.busyMs = double(v[0] + v[1] + v[2] + v[5] + v[6]) * msPerTick;
        t.idleMs = double(v[3] + v[4]) * msPerTick;
        t.stealMs = double(v[7]) * msPerTick;
        return t;
    }
    static qint64 processCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    // Time this thread spent runnable but waiting for a core (schedstat's second field), or 0.
    qint64 runQueueNs()
    {
        if (m_schedstat < 0)
            return 0;
        char buf[96];
        const ssize_t n = ::pread(m_schedstat, buf, sizeof buf - 1, 0);
        if (n <= 0)
            return 0;
        buf[n] = 0;
        unsigned long long run = 0, wait = 0;
        return std::sscanf(buf, "%llu %llu", &run, &wait) == 2 ? qint64(wait) : 0;
    }

    QTimer m_timer;
    int m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC); // the GUI thread's
    qint64 m_lastRunQueue = 0;
    qint64 m_lastProcessCpu = 0;
    int m_procStat = ::open("/proc/stat", O_RDONLY | O_CLOEXEC);
    MachineTimes m_lastMachine;
    qint64 m_stepStart = 0;
    qint64 m_cpuStart = 0;
    qint64 m_lastTickCpu = 0;
    std::deque<Step> m_steps; // m_current points into it: push_back keeps elements in place
    Step* m_current = nullptr;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(double(v.size() - 1) * p + 0.5));
    return v[i];
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// --- start-up ---------------------------------------------------------------------------------

// Milliseconds from exec to the end of the first paint, or a negative value.
double firstPaintMs(const QString& program, const QStringList& args, QString* error)
{
    QTemporaryDir home; // empty settings and data for every start: a first start each time
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var)));
    env.insert(QStringLiteral("QT_PLUGIN_PATH"), QStringLiteral(GBADMIN_BENCH_PLUGINS));
    env.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("gbadminbenchprobe"));
    env.insert(QStringLiteral("GBADMIN_BENCH_PROBE_EXIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("GBADMIN_BENCH_LAUNCH_NS"), QString::number(monotonicNs()));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("%1 did not paint within 60 s").arg(program);
        return -1;
    }
    const QByteArray err = p.readAllStandardError();
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("GBADMIN_BENCH_FIRST_PAINT_NS (\\d+)")).match(QString::fromUtf8(err));
    if (!m.hasMatch()) {
        *error = QStringLiteral("%1 printed no first-paint time: %2").arg(program, QString::fromUtf8(err.right(600)));
        return -1;
    }
    return m.captured(1).toDouble() / 1e6;
}

int runStartup(int runs)
{
    std::printf("\nStart-up: exec to the end of the first paint, %d runs each, alternating (empty settings)\n", runs);
    std::vector<double> app, hello;
    QString error;
    for (int i = 0; i < runs; ++i) {
        const double h = firstPaintMs(QStringLiteral(GBADMIN_BENCH_HELLO), {}, &error);
        const double a = firstPaintMs(QStringLiteral(GBADMIN_BENCH_APP), {}, &error);
        if (h < 0 || a < 0) {
            std::fprintf(stderr, "start-up: %s\n", qPrintable(error));
            return 1;
        }
        hello.push_back(h);
        app.push_back(a);
        std::printf("  run %d: hello-world %7.1f ms   gbadmin %7.1f ms\n", i + 1, h, a);
    }
    const double ratio = median(app) / median(hello);
    std::printf("  median: hello-world %.1f ms, gbadmin %.1f ms  ->  ratio %.2fx (goal <= 3x: %s)\n", median(hello),
        median(app), ratio, ratio <= 3.0 ? "met" : "NOT met");
    std::printf("  first run: hello-world %.1f ms, gbadmin %.1f ms (ratio %.2fx)\n", hello.front(), app.front(),
        app.front() / hello.front());
    return 0;
}

// --- simhost state -----------------------------------------------------------------------------

// Grows the simhost's incus state to `total` containers for the refresh step; the original file
// comes back when this goes out of scope.
class ManyContainers
{
public:
    explicit ManyContainers(const QString& simhostDir)
        : m_path(simhostDir + QStringLiteral("/state/incus.json"))
    { }
    ~ManyContainers() { restore(); }

    bool grow(int total, QString* error)
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        m_original = f.readAll();
        QJsonObject state = QJsonDocument::fromJson(m_original).object();
        QJsonArray instances = state.value(QLatin1String("instances")).toArray();
        if (instances.isEmpty()) {
            *error = QStringLiteral("no instances in %1").arg(m_path);
            return false;
        }
        const QByteArray templ = QJsonDocument(instances.first().toObject()).toJson(QJsonDocument::Compact);
        const QString firstName = instances.first().toObject().value(QLatin1String("name")).toString();
        for (int i = int(instances.size()); i < total; ++i) {
            // The template's name also appears in host_name, hostname and the like: rename them all.
            const QString name = QStringLiteral("bench%1").arg(i, 4, 10, QLatin1Char('0'));
            QByteArray copy = templ;
            copy.replace(QByteArray('"' + firstName.toUtf8() + '"'), QByteArray('"' + name.toUtf8() + '"'));
            copy.replace("10.0.2.10", QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 2).toLatin1());
            instances.append(QJsonDocument::fromJson(copy).object());
        }
        state.insert(QLatin1String("instances"), instances);
        m_grown = true;
        return write(QJsonDocument(state).toJson(QJsonDocument::Indented), error);
    }

    void restore()
    {
        if (!m_grown)
            return;
        QString error;
        if (!write(m_original, &error))
            std::fprintf(stderr, "could not restore %s: %s\n", qPrintable(m_path), qPrintable(error));
        m_grown = false;
    }

private:
    bool write(const QByteArray& data, QString* error)
    {
        QSaveFile out(m_path); // atomic rename, as the shim's own writes
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
            *error = out.errorString();
            return false;
        }
        return true;
    }

    QString m_path;
    QByteArray m_original;
    bool m_grown = false;
};

// Appends botserver-format records (spec §4.3, wrapped at 100 with 25-space continuations) to
// err.log at `rate` records per second from a thread of its own, like a busy botserver: one in
// three is long (wrapped), one in three DriveMonitor's repeated "Skipping" warning.
class LogWriter
{
public:
    LogWriter(const QString& path, int rate, int seconds)
        : m_thread([this, path, rate, seconds] { run(path, rate, seconds); })
    { }
    ~LogWriter()
    {
        m_stop = true;
        m_thread.join();
    }
    bool done() const { return m_done; }
    qint64 records() const { return m_records; }

private:
    static QByteArray wrapped(const QByteArray& line)
    {
        QByteArray out = line.left(100) + '\n';
        for (qsizetype at = 100; at < line.size(); at += 75)
            out += QByteArray(25, ' ') + line.mid(at, 75) + '\n';
        return out;
    }

    void run(const QString& path, int rate, int seconds)
    {
        QFile f(path);
        if (!f.open(QIODevice::Append)) {
            m_done = true;
            return;
        }
        const qint64 start = monotonicNs();
        const qint64 end = start + qint64(seconds) * 1000000000;
        qint64 n = 0;
        while (!m_stop && monotonicNs() < end) {
            const qint64 due = (monotonicNs() - start) * rate / 1000000000;
            QByteArray batch;
            for (; n < due; ++n) {
                const QByteArray stamp = QByteArray::number(20260519153341000LL + n).insert(14, '.');
                switch (n % 3) {
                case 0:
                    batch += wrapped(stamp
                        + " warn types:Skipping salesbot.gbai/salesbot.gbdialog/broken.bas \xe2\x80\x94 failed 5 times "
                          "(max 5). Remove from Drive or fix the file to retry.");
                    break;
                case 1:
                    batch += wrapped(stamp + " info types:Indexed " + QByteArray::number(n)
                        + " chunks from helpdesk.gbai/helpdesk.gbkb/faq/passwords.md into collection helpdesk_faq "
                          "after an embedding round trip of "
                        + QByteArray::number(n % 997) + " ms");
                    break;
                default:
                    batch += stamp + " info session_manager:New message in session " + QByteArray::number(n) + '\n';
                }
            }
            if (!batch.isEmpty()) {
                f.write(batch);
                f.flush();
            }
            m_records = n;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        m_done = true;
    }

    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_done { false };
    std::atomic<qint64> m_records { 0 };
    std::thread m_thread;
};

// A CI task log of about 1 GiB (seekable zstd + log_indexes), generated once by gen-ci-log.
bool ensureCiLog(const QString& dir, qint64 lines, QString* error)
{
    const QString zst = dir + QStringLiteral("/log.zst"), idx = dir + QStringLiteral("/log.idx"),
                  stamp = dir + QStringLiteral("/lines");
    QFile s(stamp);
    if (QFileInfo::exists(zst) && QFileInfo::exists(idx) && s.open(QIODevice::ReadOnly)
        && s.readAll().trimmed().toLongLong() == lines)
        return true;
    s.close();
    QDir().mkpath(dir);
    std::printf("generating a %lld-line CI log in %s (once) ...\n", static_cast<long long>(lines), qPrintable(dir));
    std::fflush(stdout);
    const int rc = QProcess::execute(QStringLiteral(GBADMIN_SOURCE_DIR "/tests/simhost/tools/gen-ci-log"),
        { QStringLiteral("--lines"), QString::number(lines), QStringLiteral("--out"), zst, QStringLiteral("--indexes"),
            idx });
    if (rc != 0) {
        *error = QStringLiteral("gen-ci-log failed (%1)").arg(rc);
        return false;
    }
    if (!s.open(QIODevice::WriteOnly) || s.write(QByteArray::number(lines)) <= 0) {
        *error = s.errorString();
        return false;
    }
    return true;
}

// --- the tour ----------------------------------------------------------------------------------

struct Options
{
    int runs = 7;
    QString ciDir;
    qint64 ciLines = 12000000; // ~1.1 GB of text
    int logRate = 2000;
    bool skipCi = false;
    bool skipStartup = false;
    bool skipTour = false;
    QStringList only; // steps after "connect": tabs, containers, logs, ci (default all)
    bool wants(const char* step) const { return only.isEmpty() || only.contains(QLatin1String(step)); }
};

int runTour(const Options& o, const QString& stateDir)
{
    QString why;
    const SimHostEnv env = SimHostEnv::load(&why);
    if (!env.isValid()) {
        std::fprintf(stderr, "tour skipped: %s\n", qPrintable(why));
        return 1;
    }
    if (!o.skipCi && o.wants("ci") && !ensureCiLog(o.ciDir, o.ciLines, &why)) {
        std::fprintf(stderr, "CI log: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("\nTour against the simhost in %s (platform %s)\n", qPrintable(env.dir),
        qPrintable(QGuiApplication::platformName()));

    AppSettings settings;
    Journal journal;
    if (const auto opened = journal.open(stateDir + QStringLiteral("/journal.sqlite")); !opened) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    stall::Sampler sampler;
    Heartbeat hb;
    std::unique_ptr<MainWindow> window;

    hb.begin(QStringLiteral("open the main window"));
    QTimer::singleShot(0, [&] {
        window = std::make_unique<MainWindow>(&settings, &journal);
        window->resize(1400, 900);
        window->show();
    });
    waitUntil([&] { return window && window->isVisible(); }, 10000);
    settle(500);

    ContainersPane* containers = window->pane<ContainersPane>();
    LogsPane* logs = window->pane<LogsPane>();
    QTabWidget* tabs = window->findChild<QTabWidget*>();
    if (!containers || !logs || !tabs) {
        std::fprintf(stderr, "tour: the window has no Containers or Logs pane or no tabs\n");
        return 1;
    }
    int lastRefresh = -1;
    int refreshes = 0;
    QObject::connect(containers, &ContainersPane::refreshed, containers, [&](int count) {
        lastRefresh = count;
        ++refreshes;
    });
    qint64 logLines = 0;
    QObject::connect(logs, &LogsPane::linesReceived, logs, [&](int count) { logLines += count; });
    auto showTabOf = [&](QWidget* pane) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == pane || tabs->widget(i)->isAncestorOf(pane))
                tabs->setCurrentIndex(i);
    };

    hb.begin(QStringLiteral("connect (until the first container list)"));
    HostProfile p;
    p.name = QStringLiteral("simhost");
    p.sshAlias = QStringLiteral("simhost");
    p.sshConfigFile = env.sshConfig;
    p.auth = AuthMethod::KeyFile;
    p.environment = Environment::Stage;
    window->connectToProfile(p);
    if (!waitUntil([&] { return lastRefresh > 0; }, 30000)) {
        std::fprintf(stderr, "tour: no container list within 30 s of connecting\n");
        return 1;
    }
    hb.note(QStringLiteral("%1 containers").arg(lastRefresh));
    settle(500);

    for (int i = 0; o.wants("tabs") && i < tabs->count(); ++i) {
        hb.begin(QStringLiteral("tab %1").arg(tabs->tabText(i).remove(QLatin1Char('&'))));
        tabs->setCurrentIndex(i);
        settle(1500);
    }
    hb.end();

    if (o.wants("containers")) {
        ManyContainers many(env.dir);
        if (!many.grow(1000, &why)) {
            std::fprintf(stderr, "tour: could not grow the container list: %s\n", qPrintable(why));
            return 1;
        }
        showTabOf(containers);
        hb.begin(QStringLiteral("containers: 5 refreshes of 1,000"));
        for (int k = 0; k < 5; ++k) {
            const int before = refreshes;
            containers->refresh();
            if (!waitUntil([&] { return refreshes > before; }, 60000) || lastRefresh != 1000) {
                std::fprintf(stderr, "tour: refresh %d gave %d containers\n", k + 1, lastRefresh);
                return 1;
            }
        }
        hb.note(QStringLiteral("%1 containers shown").arg(lastRefresh));
        settle(300);
        hb.begin(QStringLiteral("containers: back to 13"));
        many.restore();
        const int before = refreshes;
        containers->refresh();
        waitUntil([&] { return refreshes > before; }, 60000);
        settle(300);
    }

    if (o.wants("logs")) {
        showTabOf(logs);
        settle(300);
        const qint64 before = logLines;
        hb.begin(QStringLiteral("logs: following %1 records/s for 8 s").arg(o.logRate));
        LogWriter writer(env.dir + QStringLiteral("/root/system/opt/gbo/logs/err.log"), o.logRate, 8);
        waitUntil([&] { return writer.done(); }, 20000);
        settle(1000);
        hb.note(QStringLiteral("%1 records written, %2 lines received").arg(writer.records()).arg(logLines - before));
    }

    if (!o.skipCi && o.wants("ci")) {
        LogViewer viewer;
        viewer.resize(1400, 900);
        viewer.show();
        // Opens a log, shows it and waits until it is indexed (what the step measures).
        const QString logPath = o.ciDir + QStringLiteral("/log.zst");
        auto showIndexed = [&](Ci::TaskLog& log, const std::function<Result<void>()>& open) {
            bool finished = false;
            QObject::connect(&log, &Ci::LogSource::finished, &viewer, [&finished] { finished = true; });
            if (const auto opened = open(); !opened) {
                std::fprintf(stderr, "tour: %s\n", qPrintable(opened.errorMessage()));
                return false;
            }
            viewer.setSource(&log);
            waitUntil([&finished] { return finished; }, 600000);
            settle(300);
            hb.note(QStringLiteral("%1 lines").arg(log.lineCount()));
            return true;
        };
        Ci::TaskLog log;
        QFile idxFile(o.ciDir + QStringLiteral("/log.idx"));
        if (!idxFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "tour: %s\n", qPrintable(idxFile.errorString()));
            return 1;
        }
        const QByteArray indexes = idxFile.readAll();
        hb.begin(QStringLiteral("CI log %1 MiB: open and index").arg(QFileInfo(logPath).size() >> 20));
        if (!showIndexed(log, [&] { return log.openSeekableFile(logPath, indexes); }))
            return 1;
        hb.begin(QStringLiteral("CI log: scroll to the end, search"));
        viewer.view()->scrollToBottom();
        settle(300);
        viewer.view()->scrollToRow(viewer.view()->rowCount() / 2);
        settle(300);
        viewer.search(QStringLiteral("assertion failed at src/drive"));
        // The search starts after the field's typing delay, then runs on worker threads.
        waitUntil([&] { return viewer.isSearching(); }, 5000);
        waitUntil([&] { return !viewer.isSearching(); }, 600000);
        settle(500);
        hb.note(viewer.statusText().left(80));
        hb.end();
        viewer.setSource(nullptr);

        // How the CI pane opens a log from its local cache: no log_indexes, one indexing pass.
        Ci::TaskLog cached;
        hb.begin(QStringLiteral("CI log: open from the cache (no log_indexes)"));
        if (!showIndexed(cached, [&] { return cached.openFile(logPath); }))
            return 1;
        hb.end();
        viewer.setSource(nullptr);
    }
    hb.end();
    window.reset();

    std::printf("\n%-46s %8s %8s %7s %9s %9s %9s  %s\n", "step", "wall s", "GUI cpu", "ticks", "p99 ms", "worst ms",
        "busy ms", "");
    double worstAll = 0;
    double busyAll = 0;
    double idleAll = 0; // the worst stalls without their time waiting for a core
    for (const Heartbeat::Step& s : hb.steps()) {
        const double worst = s.lateMs.empty() ? 0 : *std::max_element(s.lateMs.begin(), s.lateMs.end());
        worstAll = std::max(worstAll, worst);
        busyAll = std::max(busyAll, s.worstBusyMs);
        idleAll = std::max({ idleAll, s.worstBusyMs, s.worst.lateMs - s.worst.runQueueMs });
        std::printf("%-46s %8.2f %8.2f %7zu %9.1f %9.1f %9.1f  %s%s\n", qPrintable(s.name), s.seconds, s.cpuSeconds,
            s.lateMs.size(), percentile(s.lateMs, 0.99), worst, s.worstBusyMs, worst < 50 ? "" : "[over 50 ms] ",
            qPrintable(s.note));
    }
    std::printf("worst stall of the tour: %.1f ms (goal < 50 ms on an idle machine: %s)\n", worstAll,
        worstAll < 50 ? "met" : "NOT met");
    // On a shared machine the stall includes waiting for a core; the CPU the GUI thread spent
    // between two ticks is what the stall would be on an idle one.
    std::printf(
        "most GUI-thread CPU between two ticks: %.1f ms (load average now %s)\n", busyAll, qPrintable(loadAverage()));
    // The kernel's run-queue time for the GUI thread (schedstat) says how much of a stall was spent
    // waiting for a core other processes held: an idle machine does not have that part.
    std::printf("worst stall without waiting for a core, as on an idle machine: %.1f ms (goal < 50 ms: %s)\n", idleAll,
        idleAll < 50 ? "met" : "NOT met");

    // Where the GUI thread was during each step's worst stall (first sample, innermost first).
    const std::vector<stall::Sample> samples = sampler.samples();
    for (const Heartbeat::Step& s : hb.steps()) {
        if (s.worst.lateMs < 50)
            continue;
        const auto it = std::find_if(
            samples.begin(), samples.end(), [&](const stall::Sample& x) { return x.stallStart == s.worst.start; });
        std::printf("\nworst stall of \"%s\": %.1f ms (GUI thread: %.1f ms on a core, %.1f ms waiting for one, "
                    "%.1f ms asleep: idle, a lock, I/O)\n"
                    "  meanwhile: this process's other threads %.1f ms of CPU; all CPUs %.0f ms busy, %.0f ms idle, "
                    "%.0f ms stolen (/proc/stat, 10 ms units)\n",
            qPrintable(s.name), s.worst.lateMs, s.worst.cpuMs, s.worst.runQueueMs,
            std::max(0.0, s.worst.lateMs + 10 - s.worst.cpuMs - s.worst.runQueueMs), s.worst.othersCpuMs,
            s.worst.machineBusyMs, s.worst.machineIdleMs, s.worst.machineStealMs);
        if (it == samples.end()) {
            std::printf("  (no sample: the process was not scheduled, or the stall ended before 50 ms)\n");
            continue;
        }
        const QStringList frames = stall::symbolize(it->frames);
        for (qsizetype i = 2; i < std::min<qsizetype>(frames.size(), 24); ++i) // 0-1: the handler
            std::printf("  #%lld %s\n", static_cast<long long>(i - 2), qPrintable(frames[i]));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Settings, journal and data of this run only: the user's own stay untouched.
    QTemporaryDir stateDir;
    for (const char* var : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        qputenv(var, QDir(stateDir.path()).filePath(QString::fromLatin1(var)).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options o;
    o.ciDir = QDir::tempPath() + QStringLiteral("/gbadmin-bench-gui");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--runs") && hasValue)
            o.runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--ci-log") && hasValue)
            o.ciDir = args[++i];
        else if (a == QLatin1String("--ci-lines") && hasValue)
            o.ciLines = args[++i].toLongLong();
        else if (a == QLatin1String("--log-rate") && hasValue)
            o.logRate = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--only") && hasValue)
            o.only = args[++i].split(QLatin1Char(','));
        else if (a == QLatin1String("--skip-ci"))
            o.skipCi = true;
        else if (a == QLatin1String("--skip-startup"))
            o.skipStartup = true;
        else if (a == QLatin1String("--skip-tour"))
            o.skipTour = true;
        else {
            std::fprintf(stderr,
                "usage: SIMHOST_DIR=DIR bench_gui [--runs N] [--ci-log DIR] [--ci-lines N] [--log-rate N] [--skip-ci] "
                "[--skip-startup] [--skip-tour] [--only tabs,containers,logs,ci]\n");
            return 2;
        }
    }
    std::printf("bench_gui: platform %s, Qt %s\n", qPrintable(QGuiApplication::platformName()), qVersion());
    int rc = 0;
    if (!o.skipStartup)
        rc |= runStartup(o.runs);
    if (!o.skipTour)
        rc |= runTour(o, stateDir.path());
    return rc;
}
