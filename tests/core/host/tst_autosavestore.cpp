#include "core/host/autosaver.h"
#include "core/host/autosavestore.h"

#include "support/testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

#include <csignal>
#include <cstdio>

namespace {

const char oddRaw[] = "\xEF\xBB\xBFline\r\n\ttab\xFF\xC3\x28\x00 no newline";
const QByteArray oddBytes(oddRaw, sizeof(oddRaw) - 1);

RemoteLocation zone()
{
    return RemoteLocation::containerFile(QStringLiteral("dns"), QStringLiteral("/opt/gbo/data/example.com.zone"));
}

RemoteLocation hostileObject()
{
    return RemoteLocation::minioObject(QStringLiteral("default.gbai"), QStringLiteral("a/b/-x $(id) 'q'\nção.bas"));
}

RemoteVersion someVersion()
{
    RemoteVersion v;
    v.exists = true;
    v.size = 42;
    v.mtime = QStringLiteral("1796455009.504129427");
    v.sha256 = QString(64, u'c');
    return v;
}

// The child mode of this executable: keep an edit through an Autosaver (as a pane would), print
// "stored", then wait to be killed.
int childMain(const QString& dir)
{
    AutosaveStore store(dir);
    Autosaver saver(&store, QStringLiteral("prod host"), hostileObject());
    saver.setBaseVersion(someVersion());
    saver.setDelay(10);
    saver.setSource([] { return oddBytes; });
    QObject::connect(&saver, &Autosaver::stored, &saver, [] {
        std::fputs("stored\n", stdout);
        std::fflush(stdout);
    });
    saver.markDirty();
    return QCoreApplication::exec();
}

} // namespace

class TestAutosaveStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultDirectoryIsAppData()
    {
        const QString dir = AutosaveStore::defaultDirectory();
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(dir.endsWith(QStringLiteral("/autosave")));
        QCOMPARE(AutosaveStore().directory(), dir);
    }

    void storeLoadListRemove()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.filePath(QStringLiteral("autosave")));
        QVERIFY(store.list().entries.isEmpty());
        QCOMPARE(store.load(QStringLiteral("p"), zone()).error().code, 2);
        QVERIFY(store.store(QStringLiteral("p"), zone(), someVersion(), oddBytes).ok());
        QVERIFY(store.store(QStringLiteral("p"), hostileObject(), RemoteVersion::absent(), "x").ok());
        QVERIFY(store.store(QStringLiteral("other"), zone(), someVersion(), "other profile").ok());
        QVERIFY(store.contains(QStringLiteral("p"), zone()));

        const auto e = store.load(QStringLiteral("p"), zone());
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        QCOMPARE(e->bytes, oddBytes);
        QCOMPARE(e->location, zone());
        QCOMPARE(e->baseVersion, someVersion());
        QCOMPARE(e->profile, QStringLiteral("p"));
        QVERIFY(qAbs(e->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // The newest first, one profile at a time.
        QCOMPARE(store.list().entries.size(), 3);
        const auto mine = store.list(QStringLiteral("p"));
        QCOMPARE(mine.entries.size(), 2);
        QVERIFY(mine.problems.isEmpty());
        QCOMPARE(store.list(QStringLiteral("other")).entries.value(0).bytes, QByteArray("other profile"));
        const auto hostile = store.load(QStringLiteral("p"), hostileObject());
        QCOMPARE(hostile->location, hostileObject());
        QVERIFY(!hostile->baseVersion.exists);

        // A newer store replaces the entry.
        QVERIFY(store.store(QStringLiteral("p"), zone(), someVersion(), "newer").ok());
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, QByteArray("newer"));
        QCOMPARE(store.list(QStringLiteral("p")).entries.size(), 2);

        // File names never carry the user's names; only the owner may read them.
        for (const QString& name : QDir(store.directory()).entryList(QDir::Files)) {
            QVERIFY2(!name.contains(QStringLiteral("zone")) && !name.contains(QStringLiteral("$")), qPrintable(name));
            QCOMPARE(
                QFile::permissions(store.directory() + u'/' + name) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
        }

        QVERIFY(store.remove(QStringLiteral("p"), zone()).ok());
        QVERIFY(store.remove(QStringLiteral("p"), zone()).ok()); // nothing there is fine
        QVERIFY(!store.contains(QStringLiteral("p"), zone()));
        QCOMPARE(store.list(QStringLiteral("p")).entries.size(), 1);
    }

    void damagedFilesAreReportedNotRestored()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        QVERIFY(store.store(QStringLiteral("p"), zone(), someVersion(), "complete bytes").ok());
        const QString path = store.filePathFor(QStringLiteral("p"), zone());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 3)); // cut short
        f.close();
        const auto listing = store.list();
        QVERIFY(listing.entries.isEmpty());
        QCOMPARE(listing.problems.size(), 1);
        QVERIFY2(listing.problems.first().contains(QStringLiteral("damaged")), qPrintable(listing.problems.first()));
        QVERIFY(!store.load(QStringLiteral("p"), zone()).ok());
        QVERIFY(QFile::exists(path)); // left for a person to look at

        QFile junk(tmp.filePath(QStringLiteral("junk.gbautosave")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{not json\nbytes");
        junk.close();
        QCOMPARE(store.list().problems.size(), 2);
    }

    void settingsNeverHoldEdits()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        QVERIFY(store.store(QStringLiteral("p"), zone(), someVersion(), "secret-ish edit").ok());
        QSettings settings;
        QVERIFY(!QFile::exists(settings.fileName())
            || !TestHelpers::readFile(settings.fileName()).contains("secret-ish edit"));
    }

    void autosaverDebouncesAndDiscards()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        QByteArray current = "v1";
        int reads = 0;
        Autosaver saver(&store, QStringLiteral("p"), zone());
        saver.setBaseVersion(someVersion());
        saver.setDelay(50);
        saver.setSource([&] {
            ++reads;
            return current;
        });
        QSignalSpy stored(&saver, &Autosaver::stored);
        for (int i = 0; i < 5; ++i) {
            current = "v" + QByteArray::number(i);
            saver.markDirty();
        }
        QVERIFY(saver.isDirty());
        QVERIFY(stored.wait(5000));
        QCOMPARE(reads, 1); // five changes, one write
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, QByteArray("v4"));
        QCOMPARE(store.load(QStringLiteral("p"), zone())->baseVersion, someVersion());

        current = "v5";
        saver.markDirty();
        saver.flush();
        saver.discard(); // while the write runs: it must not come back
        QTRY_VERIFY(!saver.isWriting());
        QTest::qWait(50);
        QVERIFY(!store.contains(QStringLiteral("p"), zone()));
    }

    // Closing a document while its write runs: nothing of it lands afterwards (a new window's
    // discard would be undone), and a newer edit queued behind the write is the one kept.
    void closingWaitsForTheRunningWrite()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        QByteArray current = "old";
        auto slowSnapshot = [&current]() -> Autosaver::Serialiser {
            return [bytes = current] {
                QThread::msleep(300); // a slow disk: the write still runs when the window closes
                return bytes;
            };
        };
        {
            Autosaver saver(&store, QStringLiteral("p"), zone());
            saver.setSnapshotSource(slowSnapshot);
            saver.markDirty();
            saver.flush();
            QVERIFY(saver.isWriting());
            saver.discard();
        }
        QThreadPool::globalInstance()->waitForDone(); // whatever was still running has landed
        QVERIFY(!store.contains(QStringLiteral("p"), zone()));
        {
            Autosaver saver(&store, QStringLiteral("p"), zone());
            saver.setSnapshotSource(slowSnapshot);
            saver.markDirty();
            saver.flush();
            QVERIFY(saver.isWriting());
            current = "newest";
            saver.markDirty();
            saver.flush(); // queued behind the running write
        }
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, QByteArray("newest"));
        QVERIFY(store.remove(QStringLiteral("p"), zone()));
        {
            Autosaver saver(&store, QStringLiteral("p"), zone());
            saver.setSnapshotSource(slowSnapshot);
            saver.markDirty();
            saver.flush();
        }
        // Written before the destructor returned, not some time later.
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, QByteArray("newest"));
    }

    // A snapshot source: captured on the GUI thread, serialised on the worker thread that writes.
    void snapshotIsSerialisedOffTheGuiThread()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        Autosaver saver(&store, QStringLiteral("p"), zone());
        saver.setDelay(10);
        QThread* gui = QThread::currentThread();
        QThread* captured = nullptr;
        std::atomic<QThread*> serialised { nullptr };
        QByteArray current = oddBytes;
        saver.setSnapshotSource([&]() -> Autosaver::Serialiser {
            captured = QThread::currentThread();
            return [&serialised, bytes = current] {
                serialised = QThread::currentThread();
                return bytes;
            };
        });
        QSignalSpy stored(&saver, &Autosaver::stored);
        saver.markDirty();
        current = "the newest edit";
        QVERIFY(stored.wait(5000));
        QCOMPARE(captured, gui);
        QVERIFY(serialised.load() != nullptr);
        QVERIFY(serialised.load() != gui);
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, current); // taken when the write began
    }

    // Edits that never pause are still written within the delay: the timer is not pushed back by
    // each change (a debounce would keep waiting for a pause).
    void editsWithoutAPauseAreStillWritten()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        Autosaver saver(&store, QStringLiteral("p"), zone());
        saver.setDelay(200);
        int edits = 0;
        saver.setSource([&]() -> QByteArray { return "edit " + QByteArray::number(edits); });
        QSignalSpy stored(&saver, &Autosaver::stored);
        QTimer typing;
        typing.setInterval(20); // ten times as often as the delay
        connect(&typing, &QTimer::timeout, &saver, [&] {
            ++edits;
            saver.markDirty();
        });
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= 2, 10000);
        typing.stop();
        QVERIFY(store.load(QStringLiteral("p"), zone())->bytes.startsWith("edit "));
        QCOMPARE(Autosaver(&store, QStringLiteral("q"), zone()).delay(), 1000); // the default: about a second
    }

    void pendingEditIsWrittenOnDestruction()
    {
        QTemporaryDir tmp;
        AutosaveStore store(tmp.path());
        {
            Autosaver saver(&store, QStringLiteral("p"), zone());
            saver.setDelay(60000);
            saver.setSource([] { return QByteArray("closing with unsaved work"); });
            saver.markDirty();
        }
        QCOMPARE(store.load(QStringLiteral("p"), zone())->bytes, QByteArray("closing with unsaved work"));
    }

    // The app is killed (SIGKILL: no handler, no flush) with an unsaved edit; the next start finds it.
    void survivesSigkill()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("autosave"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--autosave-child"), dir });
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += child.readAllStandardOutput()).contains("stored") || child.state() == QProcess::NotRunning, 30000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const AutosaveStore store(dir);
        const auto listing = store.list(QStringLiteral("prod host"));
        QVERIFY(listing.problems.isEmpty());
        QCOMPARE(listing.entries.size(), 1);
        const AutosaveEntry& e = listing.entries.first();
        QCOMPARE(e.bytes, oddBytes);
        QCOMPARE(e.location, hostileObject());
        QCOMPARE(e.baseVersion, someVersion());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--autosave-child") == 0)
        return childMain(QString::fromLocal8Bit(argv[2]));
    TestAutosaveStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavestore.moc"
