#include "core/app/uilanguage.h"
#include "widgets/welcome/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestWelcomePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    static void write(const QString& file, const QByteArray& content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    static QCommandLinkButton* button(WelcomePage& page, const char* name)
    {
        return page.findChild<QCommandLinkButton*>(QString::fromLatin1(name));
    }
    static void removeTranslators()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    // Every text a user reads on the page.
    static QStringList texts(WelcomePage& page)
    {
        QStringList list;
        const QList<QLabel*> labels = page.findChildren<QLabel*>();
        for (const QLabel* l : labels)
            list << l->text();
        const QList<QCommandLinkButton*> buttons = page.findChildren<QCommandLinkButton*>();
        for (const QCommandLinkButton* b : buttons)
            list << b->text() << b->description();
        return list;
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void withoutSshConfigImportIsDisabledAndSaysWhy()
    {
        WelcomePage page;
        page.setDemoStateDir(path(QStringLiteral("no-demo")));
        page.setSshConfigFile(path(QStringLiteral("missing_config")));
        QVERIFY(!button(page, "importButton")->isEnabled());
        QVERIFY(button(page, "importButton")->description().contains(path(QStringLiteral("missing_config"))));
        QVERIFY(button(page, "addButton")->isEnabled());
        QVERIFY(button(page, "demoButton")->isHidden());
        QVERIFY(!page.demoHost());
    }

    void importCountsTheHostsAndAsks()
    {
        const QString config = path(QStringLiteral("two hosts"));
        write(config, "Host prod\n  HostName 10.0.2.5\nHost stage\n  HostName 10.0.3.5\nHost *\n  User admin\n");
        WelcomePage page;
        page.setDemoStateDir(path(QStringLiteral("no-demo")));
        page.setSshConfigFile(config);
        QCOMPARE(page.importableHostCount(), 2);
        QCommandLinkButton* import = button(page, "importButton");
        QVERIFY(import->isEnabled());
        QVERIFY2(
            import->description().startsWith(QStringLiteral("Hosts in it: 2.")), qPrintable(import->description()));
        QSignalSpy importSpy(&page, &WelcomePage::importRequested);
        QSignalSpy addSpy(&page, &WelcomePage::addHostRequested);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(importSpy.size(), 1);
        button(page, "addButton")->click();
        QCOMPARE(addSpy.size(), 1);
    }

    void offersTheRunningDemoHost()
    {
        const QString state = path(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(state));
        write(state + QStringLiteral("/ssh_config"), "Host simhost\n  HostName 127.0.0.1\n");
        write(state + QStringLiteral("/env"), "export SIMHOST_SSH_CONFIG='" + state.toUtf8() + "/ssh_config'\n");
        WelcomePage page;
        page.setDemoStateDir(state);
        page.show();
        QCommandLinkButton* demo = button(page, "demoButton");
        QVERIFY(demo->isVisible());
        QSignalSpy spy(&page, &WelcomePage::openDemoRequested);
        demo->click();
        QCOMPARE(spy.size(), 1);
        const auto host = spy.at(0).at(0).value<DemoHost>();
        QCOMPARE(host.sshConfigFile, state + QStringLiteral("/ssh_config"));
        QCOMPARE(host.alias, QStringLiteral("simhost"));

        // `simhost down` removes env: the offer goes away the next time the page is shown.
        QFile::remove(state + QStringLiteral("/env"));
        page.hide();
        page.show();
        QVERIFY(demo->isHidden());
    }

    void keyboardReachesEveryChoice()
    {
        const QString state = path(QStringLiteral("demo-keys"));
        QVERIFY(QDir().mkpath(state));
        write(state + QStringLiteral("/c"), "Host simhost\n");
        write(state + QStringLiteral("/env"), "export SIMHOST_SSH_CONFIG='" + state.toUtf8() + "/c'\n");
        const QString config = path(QStringLiteral("one host"));
        write(config, "Host prod\n");
        WelcomePage page;
        page.setDemoStateDir(state);
        page.setSshConfigFile(config);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QStringList order;
        QWidget* w = button(page, "importButton");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(w->focusPolicy() & Qt::TabFocus);
            order << w->objectName();
            w = w->nextInFocusChain();
        }
        QCOMPARE(order,
            QStringList({ QStringLiteral("importButton"), QStringLiteral("addButton"), QStringLiteral("demoButton") }));
    }

    // The page in each language at the size it has in a 1366x768 window: translated throughout,
    // nothing cut off; the pictures are saved for a person to look at.
    void screenshotsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void screenshotsInEachLanguage()
    {
        QFETCH(QString, language);
        const QString state = path(QStringLiteral("demo-shot"));
        QVERIFY(QDir().mkpath(state));
        write(state + QStringLiteral("/c"), "Host simhost\n");
        write(state + QStringLiteral("/env"), "export SIMHOST_SSH_CONFIG='" + state.toUtf8() + "/c'\n");
        const QString config = path(QStringLiteral("three hosts"));
        write(config, "Host prod\nHost stage\nHost lab\n");

        WelcomePage english;
        english.setDemoStateDir(state);
        english.setSshConfigFile(config);
        const QStringList englishTexts = texts(english);

        if (language != QLatin1String("en"))
            QCOMPARE(UiLanguage::install(qApp, QLocale(language), QStringLiteral(GBADMIN_TRANSLATIONS_DIR)), language);
        WelcomePage page;
        page.setDemoStateDir(state);
        page.setSshConfigFile(config);
        page.resize(1366, 600); // the window's central area on a 1366x768 screen
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        if (language != QLatin1String("en")) {
            const QStringList translated = texts(page);
            QCOMPARE(translated.size(), englishTexts.size());
            for (int i = 0; i < translated.size(); ++i) {
                if (englishTexts[i].isEmpty() || englishTexts[i] == QLatin1String("GB Admin"))
                    continue;
                QVERIFY2(
                    translated[i] != englishTexts[i], qPrintable(QStringLiteral("untranslated: ") + englishTexts[i]));
            }
        }
        const QList<QCommandLinkButton*> buttons = page.findChildren<QCommandLinkButton*>();
        for (const QCommandLinkButton* b : buttons) {
            if (b->isVisible())
                QVERIFY2(b->height() >= b->heightForWidth(b->width()), qPrintable(b->text()));
        }
        QVERIFY(page.grab().save(QStringLiteral("welcome-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
