#include "core/host/localfilesink.h"
#include "core/ssh/commandhandle.h"
#include "core/ssh/outputsink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <sys/stat.h>

// The file a download streams into: bytes pushed from another thread (as the session thread does)
// land exactly, the file is named only when kept, and whatever ends it otherwise leaves nothing.
class TstLocalFileSink : public QObject
{
    Q_OBJECT

    static QStringList entries(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    static QByteArray pattern(qsizetype n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            b[i] = char((i * 131) ^ (i >> 9));
        return b;
    }

private Q_SLOTS:
    void keptFileHasExactBytesAndProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        LocalFileSink sink(path);
        QVERIFY(sink.open());
        QSignalSpy progress(&sink, &LocalFileSink::progressed);
        QSignalSpy closed(&sink, &LocalFileSink::closed);
        const QByteArray data = pattern(20 * 1024 * 1024 + 5);
        std::shared_ptr<OutputSink> in = sink.input();
        // Pushed from another thread, in the odd sizes a channel delivers.
        QThread* pusher = QThread::create([in, data] {
            for (qsizetype at = 0; at < data.size(); at += 300007)
                in->push(data.mid(at, 300007));
        });
        pusher->start();
        QVERIFY(pusher->wait(30000));
        delete pusher;
        QCOMPARE(sink.received(), qint64(data.size()));
        QTRY_COMPARE(sink.written(), qint64(data.size()));
        // Not named before it is kept.
        QVERIFY(!QFile::exists(path));
        sink.finish(true);
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY2(closed.first().at(0).toBool(), qPrintable(closed.first().at(1).toString()));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.bin") });
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(data.size()));
    }

    void keptFileHasUsualPermissionsAndNeverReplacesAnother()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(022);
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        LocalFileSink sink(path);
        QVERIFY(sink.open());
        ::umask(old);
        QSignalSpy closed(&sink, &LocalFileSink::closed);
        sink.input()->push("new bytes");
        QTRY_COMPARE(sink.written(), qint64(9));
        // A file takes the name while the download runs: it stays as it is.
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("someone else's");
        other.close();
        sink.finish(true);
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(!closed.first().at(0).toBool());
        QVERIFY(!closed.first().at(1).toString().isEmpty());
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("someone else's"));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.bin") });

        // Without that file: named, readable by others as the umask allows (not 0600).
        QVERIFY(QFile::remove(path));
        ::umask(022);
        LocalFileSink again(path);
        QVERIFY(again.open());
        ::umask(old);
        QSignalSpy closedAgain(&again, &LocalFileSink::closed);
        again.input()->push("x");
        again.finish(true);
        QTRY_COMPARE(closedAgain.count(), 1);
        QVERIFY(closedAgain.first().at(0).toBool());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
            QFile::ReadGroup | QFile::ReadOther);
    }

    void discardedCancelledOrAbandonedLeaveNothing()
    {
        QTemporaryDir dir;
        {
            LocalFileSink sink(dir.filePath(QStringLiteral("a.bin")));
            QVERIFY(sink.open());
            QSignalSpy closed(&sink, &LocalFileSink::closed);
            sink.input()->push(pattern(1000));
            sink.finish(false);
            QTRY_COMPARE(closed.count(), 1);
            QVERIFY(!closed.first().at(0).toBool());
            QCOMPARE(entries(dir.path()), QStringList());
            // After the end, bytes are dropped and not counted as waiting.
            sink.input()->push(pattern(10));
            QCOMPARE(sink.input()->backlog(), 0);
        }
        {
            // Gone while bytes wait (the download object deleted mid-transfer).
            auto sink = std::make_unique<LocalFileSink>(dir.filePath(QStringLiteral("b.bin")));
            QVERIFY(sink->open());
            std::shared_ptr<OutputSink> in = sink->input();
            for (int i = 0; i < 16; ++i)
                in->push(pattern(512 * 1024));
            sink.reset();
            QCOMPARE(entries(dir.path()), QStringList());
            in->push(pattern(10)); // a job still holding the input: harmless
            QCOMPARE(in->backlog(), 0);
        }
        {
            LocalFileSink sink(dir.filePath(QStringLiteral("no/such/dir/c.bin")));
            QVERIFY(!sink.open());
            QVERIFY(!sink.errorString().isEmpty());
        }
    }

    // The session thread stops reading at the high-water mark; the sink wakes it once it drained.
    void drainingWakesTheReader()
    {
        QTemporaryDir dir;
        LocalFileSink sink(dir.filePath(QStringLiteral("w.bin")));
        QVERIFY(sink.open());
        std::atomic<int> wakes { 0 };
        std::shared_ptr<OutputSink> in = sink.input();
        in->setWaker([&wakes] { ++wakes; });
        const qint64 mark = CommandHandle::highWaterMark();
        in->push(pattern(mark)); // at the mark at once, whatever the writer's pace
        QTRY_COMPARE(in->backlog(), 0);
        QTRY_VERIFY(wakes.load() >= 1);
        in->setWaker({});
        QSignalSpy closed(&sink, &LocalFileSink::closed);
        sink.finish(true);
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(QFileInfo(sink.fileName()).size(), mark);
    }
};

QTEST_GUILESS_MAIN(TstLocalFileSink)
#include "tst_localfilesink.moc"
