#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "support/fakecommandrunner.h"
#include "widgets/shell/confirmoperationdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/sessionprompts.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
HostProfile profile(Environment env, bool readOnly = false)
{
    HostProfile p;
    p.name = QStringLiteral("gb-%1").arg(environmentName(env).toLower());
    p.host = QStringLiteral("10.0.2.5");
    p.environment = env;
    p.environmentFromRules = false;
    p.readOnly = readOnly;
    return p;
}

Operation restartAlm()
{
    Operation op;
    op.action = QStringLiteral("Restart container alm");
    op.targets = { QStringLiteral("alm") };
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("restart"), QStringLiteral("alm") });
    c.sudo = true;
    op.commands = { c };
    op.undo = {};
    return op;
}

// Answers the confirmation like a user would, and counts how often it was asked.
class ScriptedConfirmer : public OperationConfirmer
{
public:
    explicit ScriptedConfirmer(std::optional<QString> answer, int* asked)
        : m_answer(std::move(answer))
        , m_asked(asked)
    { }
    std::optional<QString> confirm(const Operation&, const HostProfile&) override
    {
        ++*m_asked;
        return m_answer;
    }

private:
    std::optional<QString> m_answer;
    int* m_asked;
};
} // namespace

class TestOperationConfirm : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void prodNeedsTheTypedName()
    {
        ConfirmOperationDialog d(restartAlm(), profile(Environment::Prod));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* typed = d.findChild<QLineEdit*>(QStringLiteral("typedName"));
        QVERIFY(typed->isVisible());
        QVERIFY(!d.runButton()->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("ALM"));
        QVERIFY(!d.runButton()->isEnabled()); // case matters
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("al"));
        QVERIFY(!d.runButton()->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("m"));
        QVERIFY(d.runButton()->isEnabled());
        // Enter must never run it: Cancel is the default button.
        QVERIFY(!d.runButton()->isDefault());
    }

    void stageNeedsNoTypedName()
    {
        ConfirmOperationDialog d(restartAlm(), profile(Environment::Stage));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.findChild<QLineEdit*>(QStringLiteral("typedName"))->isVisible());
        QVERIFY(d.runButton()->isEnabled());
    }

    void showsAndCopiesTheExactCommands()
    {
        Operation op = restartAlm();
        op.commands.append(RemoteCommand::of({ QStringLiteral("echo"), QStringLiteral("it's done; $(id)") }));
        ConfirmOperationDialog d(op, profile(Environment::Stage));
        const QString expected = QStringLiteral("sudo incus restart alm\necho 'it'\\''s done; $(id)'\n");
        QCOMPARE(d.findChild<QPlainTextEdit*>(QStringLiteral("commandsView"))->toPlainText(), expected);
        d.findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    }

    void realDialogThroughTheController()
    {
        // The default confirmer shows the dialog modally; answer it like a user: type, click Run.
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("j1.sqlite"))).ok());
        QWidget window;
        HostConnection controller(&journal);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        FakeCommandRunner fake;
        controller.useRunner(&fake);
        controller.setProfile(profile(Environment::Prod));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<ConfirmOperationDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            QVERIFY(!d->runButton()->isEnabled());
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("typedName")), QStringLiteral("alm"));
            QVERIFY(d->runButton()->isEnabled());
            d->runButton()->click();
            answered = true;
        });
        const auto started = controller.perform(restartAlm());
        QVERIFY(answered);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        QCOMPARE(fake.commands.size(), 1);
        QCOMPARE(fake.commands.first().argv,
            QStringList({ QStringLiteral("incus"), QStringLiteral("restart"), QStringLiteral("alm") }));
        QVERIFY(fake.commands.first().sudo);
    }

    void cancelledDialogRunsNothing()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("j2.sqlite"))).ok());
        QWidget window;
        HostConnection controller(&journal);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        FakeCommandRunner fake;
        controller.useRunner(&fake);
        controller.setProfile(profile(Environment::Prod));
        QTimer::singleShot(0, this, [] {
            if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                d->reject();
        });
        QVERIFY(!controller.perform(restartAlm()).ok());
        QVERIFY(fake.commands.isEmpty());
        QCOMPARE(journal.entries()->size(), 0);
    }

    void prodWrongNameFromTheSeamIsRefused()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("j3.sqlite"))).ok());
        QWidget window;
        HostConnection controller(&journal);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        FakeCommandRunner fake;
        int asked = 0;
        controller.useRunner(&fake);
        controller.setConfirmer(std::make_unique<ScriptedConfirmer>(QStringLiteral("web"), &asked));
        controller.setProfile(profile(Environment::Prod));
        QVERIFY(!controller.perform(restartAlm()).ok());
        QCOMPARE(asked, 1);
        QVERIFY(fake.commands.isEmpty());
    }

    void readOnlyRefuses()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("s.conf")));
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("j4.sqlite"))).ok());
        MainWindow w(&settings, &journal);
        FakeCommandRunner fake;
        int asked = 0;
        // Read-only from the start, as a profile is chosen before its connection opens.
        w.host()->setProfile(profile(Environment::Stage, true));
        w.host()->useRunner(&fake);
        w.host()->setConfirmer(std::make_unique<ScriptedConfirmer>(QStringLiteral("alm"), &asked));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto started = w.host()->perform(restartAlm());
        QVERIFY(!started.ok());
        QCOMPARE(asked, 0); // not even asked
        // The panes query the host as soon as it is connected; nothing else ran.
        const auto ran = [&fake](const QStringList& argv) {
            return std::count_if(fake.commands.cbegin(), fake.commands.cend(),
                [&argv](const RemoteCommand& c) { return c.argv == argv; });
        };
        QCOMPARE(ran({ QStringLiteral("incus"), QStringLiteral("restart"), QStringLiteral("alm") }), 0);
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("read-only")));
        QCOMPARE(w.host()->tasks()->rowCount(), 0);
        // A query (not mutating) still runs on a read-only profile.
        Operation query = restartAlm();
        query.mutating = false;
        query.action = QStringLiteral("List containers");
        query.commands = { RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("list") }) };
        QVERIFY(w.host()->perform(query).ok());
        QCOMPARE(ran({ QStringLiteral("incus"), QStringLiteral("list") }), 1);
    }
};

QTEST_MAIN(TestOperationConfirm)
#include "tst_operationconfirm.moc"
