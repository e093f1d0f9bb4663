#include "core/settings/appsettings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWhenUnset()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("s.conf")));
        QCOMPARE(s.get(Settings::Keys::RefreshIntervalSeconds), 5);
        QVERIFY(s.get(Settings::Keys::LastProfile).isEmpty());
    }

    void valuesPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        {
            AppSettings s(file);
            QSignalSpy spy(&s, &AppSettings::changed);
            s.set(Settings::Keys::RefreshIntervalSeconds, 12);
            s.set(Settings::Keys::RefreshIntervalSeconds, 12); // unchanged: no second signal
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().toString(), QStringLiteral("containers/refreshIntervalSeconds"));
        }
        AppSettings again(file);
        QCOMPARE(again.get(Settings::Keys::RefreshIntervalSeconds), 12);
        again.reset(Settings::Keys::RefreshIntervalSeconds);
        QCOMPARE(again.get(Settings::Keys::RefreshIntervalSeconds), 5);
    }

    void changesReachTheFileWithoutTheCallersThread()
    {
        // Written by the object's own thread: the file has the value while this (the GUI) thread
        // never returns to its event loop. QSettings alone writes from an event on this thread.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        AppSettings s(file);
        s.set(Settings::Keys::LastProfile, QStringLiteral("written-elsewhere"));
        s.setRecords(Settings::Keys::EnvironmentRuleList, { QVariantMap { { QStringLiteral("k"), 1 } } });
        auto fileHasBoth = [&] {
            QFile f(file);
            const QByteArray text = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            return text.contains("written-elsewhere") && text.contains("environmentRules");
        };
        QDeadlineTimer deadline(30000);
        while (!fileHasBoth() && !deadline.hasExpired())
            QThread::msleep(5); // no event processing on purpose
        QVERIFY(fileHasBoth());
        QCOMPARE(s.get(Settings::Keys::LastProfile), QStringLiteral("written-elsewhere"));
    }

    void recordsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        const QList<QVariantMap> records { { { QStringLiteral("name"), QStringLiteral("prod") },
                                               { QStringLiteral("port"), 22 } },
            { { QStringLiteral("name"), QStringLiteral("stage") } } };
        {
            AppSettings s(file);
            s.setRecords(QStringLiteral("profiles"), records);
        }
        AppSettings again(file);
        const auto back = again.records(QStringLiteral("profiles"));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].value(QStringLiteral("name")).toString(), QStringLiteral("prod"));
        QCOMPARE(back[0].value(QStringLiteral("port")).toInt(), 22);
        QCOMPARE(back[1].value(QStringLiteral("name")).toString(), QStringLiteral("stage"));
        again.setRecords(QStringLiteral("profiles"), { records[1] });
        QCOMPARE(again.records(QStringLiteral("profiles")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
