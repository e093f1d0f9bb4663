#include "core/app/selfcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestSelfCheck : public QObject
{
    Q_OBJECT

    static bool run(const SelfCheck::Options& options, QString* output)
    {
        QTextStream out(output);
        const bool ok = SelfCheck::run(options, out);
        out.flush();
        return ok;
    }

private Q_SLOTS:
    void passesWithAJournalAndTheTranslations()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("new folder/journal.sqlite"));
        QString output;
        QVERIFY2(run({ journal, QStringLiteral(GBADMIN_TRANSLATIONS_DIR) }, &output), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("ok      Qt SQLite driver loaded")));
        QVERIFY2(output.contains(QStringLiteral("ok      journal ") + journal + QStringLiteral(" opened (schema ")),
            qPrintable(output));
        QVERIFY(output.contains(QStringLiteral(", 0 entries)")));
        QVERIFY(output.contains(QStringLiteral("libssh ")));
        QVERIFY(!output.contains(QStringLiteral("FAILED")));
        QVERIFY(QFile::exists(journal));
    }

    void namesMissingTranslations()
    {
        QTemporaryDir dir;
        QString output;
        QVERIFY(!run({ dir.filePath(QStringLiteral("journal.sqlite")), dir.path() }, &output));
        QVERIFY2(output.contains(
                     QStringLiteral("FAILED  translations missing in ") + dir.path() + QStringLiteral(": pt_BR, es")),
            qPrintable(output));
    }

    void failsWhenTheJournalCannotOpen()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString output;
        // Its folder is a file: nothing can be created there.
        QVERIFY(
            !run({ blocker.fileName() + QStringLiteral("/journal.sqlite"), QStringLiteral(GBADMIN_TRANSLATIONS_DIR) },
                &output));
        QVERIFY2(output.contains(QStringLiteral("FAILED  journal ")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestSelfCheck)
#include "tst_selfcheck.moc"
