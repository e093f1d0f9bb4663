// bench_drive_remote: the 1 GiB download goal of issue 11 on the simulated host. The app's
// DriveDownload (mc cat streamed over the libssh channel into a temporary file, renamed when
// complete) against the outside tool over the same host: `ssh simhost sudo incus exec drive --
// /opt/gbo/bin/mc cat local/gbadmin-bench/1024m.bin > file` (goal: the app at least as fast,
// ratio >= 1.0x). Also prints this process's peak memory (VmHWM) before and after the download: it
// streams, so the peak must not grow by anything near the object's size.
// Each side runs once unmeasured, then three alternated pairs; the best of three is compared.
// Usage: SIMHOST_DIR=… bench_drive_remote [MiB]   (default 1024)
#include "core/drive/drivetransfer.h"
#include "core/host/hostprofile.h"
#include "core/host/profiletarget.h"
#include "core/host/sessioncommandrunner.h"
#include "core/ssh/sshsession.h"
#include "support/simhostenv.h"
#include "support/simhostsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
// Peak resident set size of this process so far, in KiB (Linux /proc).
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / 1048576.0 / (double(ms) / 1000.0) : 0;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const qint64 mib = argc > 1 ? std::max(1LL, QByteArray(argv[1]).toLongLong()) : 1024;
    const qint64 size = mib * 1024 * 1024;
    QString why;
    const SimHostEnv env = SimHostEnv::load(&why);
    if (!env.isValid()) {
        std::fprintf(stderr, "no simhost: %s\n", qPrintable(why));
        return 1;
    }
    // The simhost's mc keeps objects as files: put the object there directly (1 MiB of random bytes
    // repeated, so nothing along the way can compress it much), in a bucket of its own that is not a
    // bot's (DriveMonitor would hash it on every scan), removed at the end.
    const QString bucket = QStringLiteral("gbadmin-bench");
    const QString key = QStringLiteral("%1m.bin").arg(mib);
    const QString bucketDir = env.dir + QStringLiteral("/root/drive/opt/gbo/data/minio/") + bucket;
    const QString objectFile = bucketDir + u'/' + key;
    struct Cleanup
    {
        QString dir;
        ~Cleanup() { QDir(dir).removeRecursively(); }
    } cleanup { bucketDir };
    if (QFileInfo(objectFile).size() != size) {
        std::printf("writing a %lld MiB object on the simhost ...\n", static_cast<long long>(mib));
        QDir().mkpath(QFileInfo(objectFile).absolutePath());
        QFile f(objectFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(1);
        gen.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        for (qint64 i = 0; i < mib; ++i)
            f.write(block);
    }
    QTemporaryDir out(QDir::currentPath() + QStringLiteral("/bench-drive-XXXXXX"));
    if (!out.isValid())
        return 1;

    HostProfile profile = profileForAlias(QStringLiteral("simhost"), env.sshConfig);
    auto session = connectToSimHost(profile, &why);
    if (!session) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(why));
        return 1;
    }
    SessionCommandRunner runner(session.get());

    // The outside tool, once to warm the page cache and once measured.
    const QString sshFile = out.filePath(QStringLiteral("ssh.bin"));
    const auto outside = [&]() -> qint64 {
        QProcess p;
        p.setStandardOutputFile(sshFile);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("ssh"),
            env.sshArgs({ QStringLiteral("sudo"), QStringLiteral("incus"), QStringLiteral("exec"),
                QStringLiteral("drive"), QStringLiteral("--"), QStringLiteral("/opt/gbo/bin/mc"), QStringLiteral("cat"),
                QStringLiteral("local/") + bucket + u'/' + key }));
        if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0 || QFileInfo(sshFile).size() != size)
            return -1;
        return t.elapsed();
    };
    const auto ours = [&]() -> qint64 {
        DriveDownload dl(&runner, bucket, { { key, size } }, out.path(), profile.name);
        bool ok = false;
        // A real event loop, as in the app: it sleeps until an event comes. (processEvents(flags, ms)
        // drops WaitForMoreEvents, so a loop around it spins a whole core beside the download.)
        QEventLoop loop;
        QObject::connect(&dl, &DriveDownload::finished, &loop, [&](bool success, const QString& message) {
            ok = success;
            loop.quit();
            if (!success)
                std::fprintf(stderr, "download failed: %s\n", qPrintable(message));
        });
        QElapsedTimer t;
        t.start();
        dl.start();
        if (dl.isRunning())
            loop.exec();
        const qint64 ms = t.elapsed();
        const QStringList files = dl.files();
        delete dl.task();
        const bool right = ok && files.size() == 1 && QFileInfo(files.first()).size() == size;
        for (const QString& f : files)
            QFile::remove(f);
        return right ? ms : -1;
    };

    // Each side runs once unmeasured first (with one warm-up for the tool only, the app's first
    // measured run was up to 1.5 s slower than its second), then three alternated pairs.
    std::printf("warming up (ssh + mc cat once, the app once) ...\n");
    if (outside() < 0) {
        std::fprintf(stderr, "the outside tool failed\n");
        return 1;
    }
    QFile::remove(sshFile);
    const qint64 rssBefore = peakRssKiB();
    if (ours() < 0) {
        std::fprintf(stderr, "the app's download failed\n");
        return 1;
    }
    const qint64 rssAfter = peakRssKiB();
    constexpr int Runs = 3;
    QList<qint64> apps, sshs;
    for (int k = 0; k < Runs; ++k) {
        apps << ours();
        sshs << outside();
        QFile::remove(sshFile);
        if (apps.last() < 0 || sshs.last() < 0) {
            std::fprintf(stderr, "a run failed (app %lld ms, ssh %lld ms)\n", static_cast<long long>(apps.last()),
                static_cast<long long>(sshs.last()));
            return 1;
        }
    }
    auto list = [](const QList<qint64>& runs) {
        QStringList text;
        for (const qint64 ms : runs)
            text << QString::number(ms);
        return text.join(QStringLiteral(", "));
    };
    const qint64 app = *std::min_element(apps.cbegin(), apps.cend());
    const qint64 ssh = *std::min_element(sshs.cbegin(), sshs.cend());
    std::printf("%lld MiB download, best of %d (runs alternated, after one unmeasured run each):\n",
        static_cast<long long>(mib), Runs);
    std::printf("  app (DriveDownload over libssh): %lld ms (%.1f MiB/s)  [runs: %s ms]\n", static_cast<long long>(app),
        mibPerSecond(size, app), qPrintable(list(apps)));
    std::printf("  ssh simhost sudo incus exec drive -- mc cat > file: %lld ms (%.1f MiB/s)  [runs: %s ms]\n",
        static_cast<long long>(ssh), mibPerSecond(size, ssh), qPrintable(list(sshs)));
    std::printf("  ratio (outside time / app time): %.2fx (goal >= 1.0x)\n", double(ssh) / double(app));
    std::printf("  peak RSS of this process: %.1f MiB before the download, %.1f MiB after (grew %.1f MiB for a "
                "%lld MiB object)\n",
        double(rssBefore) / 1024.0, double(rssAfter) / 1024.0, double(rssAfter - rssBefore) / 1024.0,
        static_cast<long long>(mib));
    return 0;
}
