// Ratios of issue 3, measured in one run against the simhost:
//  1. 200 sequential `true` on the open session vs OpenSSH through a ControlMaster socket (≤ 1.0×)
//  2. a 1 GiB `cat` download vs `ssh host cat > /dev/null` (throughput ratio, ≥ 1.0×)
//  3. 10 concurrent commands vs 1 (≤ 2×)

#include "core/ssh/sshconfig.h"
#include "core/ssh/sshsession.h"

#include "support/simhostenv.h"

#include <libssh/libssh.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
// CPU time (ms) of `root` and every process below it, reaped children included (cutime/cstime): with
// root = the simhost's sshd, the host's cost of the commands (sshd, the login shell, the command).
double processTreeCpuMs(qint64 root)
{
    QHash<qint64, qint64> parentOf;
    QHash<qint64, double> ticks;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : pids) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime cutime cstime.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        parentOf.insert(pid, fields.at(1).toLongLong());
        ticks.insert(pid,
            fields.at(11).toDouble() + fields.at(12).toDouble() + fields.at(13).toDouble() + fields.at(14).toDouble());
    }
    double sum = 0;
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parentOf.value(p, 0)) {
            if (p == root) {
                sum += it.value();
                break;
            }
        }
    }
    return sum * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
double rusageMs(int who)
{
    rusage u {};
    getrusage(who, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3)
        + (double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
}
int runOpenSsh(const QStringList& args, bool toDevNull = false)
{
    QProcess p;
    if (toDevNull)
        p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("ssh"), args);
    p.waitForFinished(-1);
    return p.exitCode();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 bytes = qint64(1) << 30;
    int sequential = 200;
    int rounds = 3;
    QString parts = QStringLiteral("123"); // --parts 2: only the download (for profiling one part)
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--bytes"))
            bytes = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--sequential"))
            sequential = args[i + 1].toInt();
        if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1String("--parts"))
            parts = args[i + 1];
    }
    QString why;
    const SimHostEnv env = SimHostEnv::load(&why);
    if (!env.isValid()) {
        std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(why));
        return 2;
    }
    auto cfg = SshConfig::load(env.sshConfig);
    SshTarget target = cfg->resolve(QStringLiteral("simhost"));
    target.useAgent = false;
    // The simhost's sshd allows 100 sessions; the default (10, one kept free for cancels) would
    // queue the tenth command of part 3.
    target.maxChannels = 16;
    SshSession session;
    session.connectToHost(target);
    if (!session.waitForConnected(20000)) {
        std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(session.lastError()));
        return 1;
    }
    qint64 sshdPid = 0;
    {
        QFile pidFile(QDir(env.dir).filePath(QStringLiteral("run/sshd.pid")));
        if (pidFile.open(QIODevice::ReadOnly))
            sshdPid = pidFile.readAll().trimmed().toLongLong();
    }
    QTemporaryDir tmp;
    const QString sock = tmp.filePath(QStringLiteral("cm"));
    const QStringList base { QStringLiteral("-F"), env.sshConfig, QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes") };
    const QStringList viaMaster = base + QStringList { QStringLiteral("-S"), sock, QStringLiteral("simhost") };
    runOpenSsh(base
        + QStringList { QStringLiteral("-M"), QStringLiteral("-S"), sock, QStringLiteral("-f"), QStringLiteral("-N"),
            QStringLiteral("simhost") });

    // The machine is shared and noisy: each comparison alternates ours and OpenSSH in rounds and
    // compares sums (1) or medians (2), so a burst of load hits both sides alike.
    // 1. sequential round trips, in blocks of 25
    session.runAndWait(RemoteCommand::of({ QStringLiteral("true") })); // warm
    runOpenSsh(viaMaster + QStringList { QStringLiteral("true") });
    QElapsedTimer t;
    double oursSeq = 0, sshSeq = 0;
    if (!parts.contains(QLatin1Char('1')))
        sequential = 0;
    for (int done = 0; done < sequential; done += 25) {
        const int n = std::min(25, sequential - done);
        t.restart();
        for (int i = 0; i < n; ++i)
            session.runAndWait(RemoteCommand::of({ QStringLiteral("true") }));
        oursSeq += double(t.nsecsElapsed()) / 1e6;
        t.restart();
        for (int i = 0; i < n; ++i)
            runOpenSsh(viaMaster + QStringList { QStringLiteral("true") });
        sshSeq += double(t.nsecsElapsed()) / 1e6;
    }

    // 2. bulk download of a file of `bytes` bytes (the simhost is this machine: write it locally)
    const QString file = tmp.filePath(QStringLiteral("big"));
    if (!parts.contains(QLatin1Char('2')))
        bytes = rounds = 0;
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((i * 131) ^ (i >> 9));
        for (qint64 w = 0; w < bytes; w += block.size())
            f.write(block.constData(), std::min<qint64>(block.size(), bytes - w));
    }
    RemoteCommand cat = RemoteCommand::of({ QStringLiteral("cat"), file });
    cat.output = RemoteCommand::Output::Stream;
    qint64 received = 0;
    // Like with like: our session prefers aes128-gcm (sshworker.cpp), OpenSSH's default order picks
    // chacha20-poly1305; the goal compares with the default, the reference forces the same cipher.
    std::vector<double> oursCats, sshCats, sshGcmCats;
    double oursCpu = 0, sshCpu = 0, sshGcmCpu = 0; // client-side CPU, summed over the rounds
    for (int round = 0; round < rounds; ++round) {
        received = 0;
        double cpu0 = rusageMs(RUSAGE_SELF);
        t.restart();
        {
            std::unique_ptr<CommandHandle> h(session.run(cat));
            QObject::connect(
                h.get(), &CommandHandle::stdoutData, &app, [&](const QByteArray& d) { received += d.size(); });
            h->waitForFinished(600000);
        }
        oursCats.push_back(double(t.nsecsElapsed()) / 1e6);
        oursCpu += rusageMs(RUSAGE_SELF) - cpu0;
        if (received != bytes)
            break;
        cpu0 = rusageMs(RUSAGE_CHILDREN);
        t.restart();
        runOpenSsh(base + QStringList { QStringLiteral("simhost"), QStringLiteral("cat"), file }, true);
        sshCats.push_back(double(t.nsecsElapsed()) / 1e6);
        sshCpu += rusageMs(RUSAGE_CHILDREN) - cpu0;
        cpu0 = rusageMs(RUSAGE_CHILDREN);
        t.restart();
        runOpenSsh(base
                + QStringList { QStringLiteral("-c"), QStringLiteral("aes128-gcm@openssh.com"),
                    QStringLiteral("simhost"), QStringLiteral("cat"), file },
            true);
        sshGcmCats.push_back(double(t.nsecsElapsed()) / 1e6);
        sshGcmCpu += rusageMs(RUSAGE_CHILDREN) - cpu0;
    }
    QFile::remove(file);
    const double oursCat = median(oursCats.empty() ? std::vector<double> { 1 } : oursCats);
    const double sshCat = median(sshCats.empty() ? std::vector<double> { 1 } : sshCats);
    const double sshGcmCat = median(sshGcmCats.empty() ? std::vector<double> { 1 } : sshGcmCats);

    // 3. 10 concurrent vs 1 (median of 5 each)
    const RemoteCommand small
        = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo x") });
    std::vector<double> one, ten;
    const int reps3 = parts.contains(QLatin1Char('3')) ? 11 : 0;
    // CPU per command, host side (sshd and what it starts) and client side, to tell what 10 commands on
    // 2 cores must cost whoever the client is from what is ours.
    double oursHostCpu = 0, oursClientCpu = 0, sshHostCpu = 0, sshClientCpu = 0;
    for (int rep = 0; rep < reps3; ++rep) {
        double host0 = processTreeCpuMs(sshdPid);
        double self0 = rusageMs(RUSAGE_SELF);
        t.restart();
        session.runAndWait(small);
        one.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        std::vector<std::unique_ptr<CommandHandle>> hs;
        for (int i = 0; i < 10; ++i)
            hs.emplace_back(session.run(small));
        for (auto& h : hs)
            h->waitForFinished(60000);
        ten.push_back(double(t.nsecsElapsed()) / 1e6);
        oursClientCpu += rusageMs(RUSAGE_SELF) - self0;
        oursHostCpu += processTreeCpuMs(sshdPid) - host0;
    }
    // Reference: the same through OpenSSH's ControlMaster (separates host-side process start-up
    // cost, which 10 parallel commands pay on 2 cores, from the client's own overhead).
    std::vector<double> sshOne, sshTen;
    const QStringList smallArgs
        = viaMaster + QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("'echo x'") };
    for (int rep = 0; rep < reps3; ++rep) {
        double host0 = processTreeCpuMs(sshdPid);
        double children0 = rusageMs(RUSAGE_CHILDREN);
        t.restart();
        runOpenSsh(smallArgs);
        sshOne.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        std::vector<std::unique_ptr<QProcess>> ps;
        for (int i = 0; i < 10; ++i) {
            ps.push_back(std::make_unique<QProcess>());
            ps.back()->start(QStringLiteral("ssh"), smallArgs);
        }
        for (auto& p : ps)
            p->waitForFinished(-1);
        sshTen.push_back(double(t.nsecsElapsed()) / 1e6);
        sshClientCpu += rusageMs(RUSAGE_CHILDREN) - children0;
        sshHostCpu += processTreeCpuMs(sshdPid) - host0;
    }
    runOpenSsh(viaMaster.mid(0, viaMaster.size() - 1)
        + QStringList { QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("simhost") });

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double mib = double(bytes) / (1 << 20);
    std::printf("bench_ssh (simhost on loopback, libssh %s)\n", ssh_version(0));
    if (sequential > 0)
        std::printf(
            "1. %d sequential `true`: ours %.0f ms (%.2f ms each), OpenSSH ControlMaster %.0f ms (%.2f ms each) "
            "-> ratio %.2fx (goal <= 1.0)\n",
            sequential, oursSeq, oursSeq / sequential, sshSeq, sshSeq / sequential, oursSeq / sshSeq);
    if (bytes > 0) {
        std::printf(
            "2. %.0f MiB cat download (median of %d rounds): ours %.0f ms (%.0f MiB/s, %lld bytes), `ssh host cat "
            ">/dev/null` %.0f ms "
            "(%.0f MiB/s) -> throughput ratio %.2fx (goal >= 1.0)\n",
            mib, rounds, oursCat, mib / (oursCat / 1000), static_cast<long long>(received), sshCat,
            mib / (sshCat / 1000), sshCat / oursCat);
        std::printf("   like with like, OpenSSH with our cipher (-c aes128-gcm@openssh.com): %.0f ms (%.0f MiB/s) -> "
                    "ratio %.2fx; client CPU per GiB: ours %.0f ms, ssh (chacha20) %.0f ms, ssh (aes128-gcm) %.0f ms\n",
            sshGcmCat, mib / (sshGcmCat / 1000), sshGcmCat / oursCat, oursCpu / rounds / (mib / 1024),
            sshCpu / rounds / (mib / 1024), sshGcmCpu / rounds / (mib / 1024));
    }
    if (reps3 > 0) {
        std::printf(
            "3. 10 concurrent commands %.1f ms vs 1 command %.1f ms (medians of 11) -> ratio %.2fx (goal <= 2.0)\n",
            median(ten), median(one), median(ten) / median(one));
        std::printf("   reference, OpenSSH ControlMaster: 10 concurrent %.1f ms vs 1 %.1f ms -> ratio %.2fx\n",
            median(sshTen), median(sshOne), median(sshTen) / median(sshOne));
        const double commands = 11.0 * reps3;
        const double perHost = oursHostCpu / commands;
        const double perClient = oursClientCpu / commands;
        std::printf(
            "   CPU per command: host (sshd + shell + command) ours %.2f ms, OpenSSH %.2f ms; client: ours %.2f "
            "ms, OpenSSH mux clients %.2f ms (master not counted)\n",
            perHost, sshHostCpu / commands, perClient, sshClientCpu / commands);
        std::printf("   -> 10 commands need >= %.1f ms of CPU on 2 cores (host %.1f + ours %.1f, halved): ratio floor "
                    "%.2fx when the cores are idle\n",
            5 * (perHost + perClient), 5 * perHost, 5 * perClient, 5 * (perHost + perClient) / median(one));
    }
    std::printf("   peak RSS of this process: %.1f MiB (the download streams; it is never held whole)\n",
        double(usage.ru_maxrss) / 1024);
    return received == bytes ? 0 : 1;
}
