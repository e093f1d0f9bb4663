#include "core/app/componentversions.h"
#include "core/common/version.h"

#include <QRegularExpression>
#include <QTest>

class TestComponentVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryLibraryWithAVersion()
    {
        const QList<ComponentVersion> list = componentVersions();
        QStringList names;
        for (const ComponentVersion& c : list) {
            names << c.name;
            // Every entry starts with a dotted version number, never an empty or placeholder text.
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(c.version).hasMatch(),
                qPrintable(c.name + QStringLiteral(": ") + c.version));
        }
        QCOMPARE(names,
            QStringList({ QStringLiteral("GB Admin"), QStringLiteral("Qt"), QStringLiteral("libssh"),
                QStringLiteral("zstd"), QStringLiteral("QtKeychain"), QStringLiteral("SQLite") }));
        QCOMPARE(list[0].version, GbAdmin::version());
        QVERIFY(list[1].version.startsWith(QString::fromLatin1(qVersion())));
    }

    void textHasOneLinePerComponent()
    {
        const QString text = componentVersionsText(
            { { QStringLiteral("A"), QStringLiteral("1.0") }, { QStringLiteral("B c"), QStringLiteral("2") } });
        QCOMPARE(text, QStringLiteral("A 1.0\nB c 2\n"));
    }
};

QTEST_GUILESS_MAIN(TestComponentVersions)
#include "tst_componentversions.moc"
