// Ratios of issue 3, measured in one run against the simhost:
//  1. 200 sequential `true` on the open session vs OpenSSH through a ControlMaster socket (≤ 1.0×)
//  2. a 1 GiB `cat` download vs `ssh host cat > /dev/null` (throughput ratio, ≥ 1.0×)
//  3. 10 concurrent commands vs 1 (≤ 2×)

#include "core/ssh/sshconfig.h"
#include "core/ssh/sshsession.h"

#include "support/simhostenv.h"

#include <libssh/libssh.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
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
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--bytes"))
            bytes = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--sequential"))
            sequential = args[i + 1].toInt();
        if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
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
    std::vector<double> oursCats, sshCats;
    for (int round = 0; round < rounds; ++round) {
        received = 0;
        t.restart();
        {
            std::unique_ptr<CommandHandle> h(session.run(cat));
            QObject::connect(
                h.get(), &CommandHandle::stdoutData, &app, [&](const QByteArray& d) { received += d.size(); });
            h->waitForFinished(600000);
        }
        oursCats.push_back(double(t.nsecsElapsed()) / 1e6);
        if (received != bytes)
            break;
        t.restart();
        runOpenSsh(base + QStringList { QStringLiteral("simhost"), QStringLiteral("cat"), file }, true);
        sshCats.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    QFile::remove(file);
    const double oursCat = median(oursCats);
    const double sshCat = median(sshCats.empty() ? std::vector<double> { 1 } : sshCats);

    // 3. 10 concurrent vs 1 (median of 5 each)
    const RemoteCommand small
        = RemoteCommand::of({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo x") });
    std::vector<double> one, ten;
    for (int rep = 0; rep < 11; ++rep) {
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
    }
    // Reference: the same through OpenSSH's ControlMaster (separates host-side process start-up
    // cost, which 10 parallel commands pay on 2 cores, from the client's own overhead).
    std::vector<double> sshOne, sshTen;
    const QStringList smallArgs
        = viaMaster + QStringList { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("'echo x'") };
    for (int rep = 0; rep < 11; ++rep) {
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
    }
    runOpenSsh(viaMaster.mid(0, viaMaster.size() - 1)
        + QStringList { QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("simhost") });

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double mib = double(bytes) / (1 << 20);
    std::printf("bench_ssh (simhost on loopback, libssh %s)\n", ssh_version(0));
    std::printf("1. %d sequential `true`: ours %.0f ms (%.2f ms each), OpenSSH ControlMaster %.0f ms (%.2f ms each) "
                "-> ratio %.2fx (goal <= 1.0)\n",
        sequential, oursSeq, oursSeq / sequential, sshSeq, sshSeq / sequential, oursSeq / sshSeq);
    std::printf("2. %.0f MiB cat download (median of %d rounds): ours %.0f ms (%.0f MiB/s, %lld bytes), `ssh host cat "
                ">/dev/null` %.0f ms "
                "(%.0f MiB/s) -> throughput ratio %.2fx (goal >= 1.0)\n",
        mib, rounds, oursCat, mib / (oursCat / 1000), static_cast<long long>(received), sshCat, mib / (sshCat / 1000),
        sshCat / oursCat);
    std::printf("3. 10 concurrent commands %.1f ms vs 1 command %.1f ms (medians of 11) -> ratio %.2fx (goal <= 2.0)\n",
        median(ten), median(one), median(ten) / median(one));
    std::printf("   reference, OpenSSH ControlMaster: 10 concurrent %.1f ms vs 1 %.1f ms -> ratio %.2fx\n",
        median(sshTen), median(sshOne), median(sshTen) / median(sshOne));
    std::printf("   peak RSS of this process: %.1f MiB (the download streams; it is never held whole)\n",
        double(usage.ru_maxrss) / 1024);
    return received == bytes ? 0 : 1;
}
