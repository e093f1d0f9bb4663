#include "core/host/hostconnection.h"
#include "core/host/journal.h"
#include "core/host/operation.h"
#include "core/host/tasklistmodel.h"
#include "support/simhostenv.h"
#include "support/testhelpers.h"
#include "widgets/shell/confirmoperationdialog.h"
#include "widgets/shell/hostkeydialog.h"
#include "widgets/shell/sessionprompts.h"
#include "widgets/shell/taskpanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
class Yes : public OperationConfirmer
{
public:
    std::optional<QString> confirm(const Operation& op, const HostProfile&) override { return op.nameToType(); }
};
} // namespace

class TestShellSimhost : public QObject
{
    Q_OBJECT
private:
    SimHostEnv m_env;
    QTemporaryDir m_dir;

    // An ssh config for the simhost whose known_hosts is a fresh file of this test.
    QString writeConfig(const QString& knownHosts)
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1").arg(QFileInfo(knownHosts).fileName()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("Host simtest\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n"
                               "  UserKnownHostsFile %5\n")
                    .arg(m_env.host)
                    .arg(m_env.port)
                    .arg(m_env.user, m_env.identity, knownHosts)
                    .toUtf8());
        return path;
    }

    // A `sleep SECONDS` process runs on this machine (the simhost's host).
    static bool sleeping(const QString& seconds)
    {
        const QByteArray wanted = QByteArray("sleep\0", 6) + seconds.toLatin1() + '\0';
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& pid : pids) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (f.open(QIODevice::ReadOnly) && f.readAll().endsWith(wanted))
                return true;
        }
        return false;
    }

    HostProfile simProfile(const QString& config, Environment env = Environment::Stage)
    {
        HostProfile p;
        p.name = QStringLiteral("simtest");
        p.sshAlias = QStringLiteral("simtest");
        p.sshConfigFile = config;
        p.auth = AuthMethod::KeyFile;
        p.environment = env;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = SimHostEnv::load(&why);
        if (!m_env.isValid())
            GBADMIN_SKIP_UNAVAILABLE(QStringLiteral("simulated host: ") + why);
    }

    void hostKeyPromptAcceptAndSave()
    {
        const QString known = m_dir.filePath(QStringLiteral("known_hosts_a"));
        QWidget window;
        window.show();
        HostConnection controller(nullptr);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        controller.connectTo(simProfile(writeConfig(known)));
        HostKeyDialog* prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<HostKeyDialog*>()) != nullptr, 15000);
        QVERIFY(prompt->findChild<QLabel*>(QStringLiteral("fingerprintValue"))
                    ->text()
                    .startsWith(QLatin1String("SHA256:")));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("acceptSaveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SshSession::State::Connected, 15000);
        QFile f(known);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray line = f.readAll();
        QVERIFY2(line.contains("ssh-ed25519") || line.contains("ecdsa") || line.contains("ssh-rsa"), line.constData());
    }

    void hostKeyPromptRejectConnectsNot()
    {
        const QString known = m_dir.filePath(QStringLiteral("known_hosts_r"));
        QWidget window;
        window.show();
        HostConnection controller(nullptr);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        controller.connectTo(simProfile(writeConfig(known)));
        HostKeyDialog* prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<HostKeyDialog*>()) != nullptr, 15000);
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("rejectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SshSession::State::Disconnected, 15000);
        QVERIFY(!QFile::exists(known) || QFileInfo(known).size() == 0);
    }

    // A profile said STAGE, but the address the connection reached is in a PROD subnet: PROD
    // rules apply before any pane hears of the connection.
    void prodSubnetWinsOverTheProfile()
    {
        HostConnection controller(nullptr);
        controller.setEnvironmentRules(
            EnvironmentRules({ { EnvironmentRule::Kind::HostPattern, QStringLiteral("sim*"), Environment::Stage },
                { EnvironmentRule::Kind::Subnet, m_env.host + QStringLiteral("/32"), Environment::Prod } }));
        HostProfile p = simProfile(m_env.sshConfig, Environment::Stage);
        p.sshAlias = QStringLiteral("simhost");
        std::optional<Environment> atConnected;
        connect(&controller, &HostConnection::connected, this, [&] { atConnected = controller.profile().environment; });
        QSignalSpy message(&controller, &HostConnection::message);
        controller.connectTo(p);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SshSession::State::Connected, 15000);
        QCOMPARE(atConnected, std::optional(Environment::Prod));
        QVERIFY(controller.session()->reachedAddresses().contains(m_env.host));
        QVERIFY(!message.isEmpty());
        QVERIFY(message.last().first().toString().contains(m_env.host));

        // Another subnet: the profile's own environment stays.
        HostConnection other(nullptr);
        other.setEnvironmentRules(
            EnvironmentRules({ { EnvironmentRule::Kind::Subnet, QStringLiteral("10.0.2.0/24"), Environment::Prod } }));
        other.connectTo(p);
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), SshSession::State::Connected, 15000);
        QCOMPARE(other.profile().environment, Environment::Stage);
    }

    void operationRunsJournalsAndCancels()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("j.sqlite"))).ok());
        QWidget window;
        HostConnection controller(&journal);
        controller.setPrompts(std::make_unique<DialogPrompts>(&window));
        controller.setConfirmer(std::make_unique<DialogConfirmer>(&window));
        controller.setConfirmer(std::make_unique<Yes>());
        HostProfile p = simProfile(m_env.sshConfig);
        p.sshAlias = QStringLiteral("simhost");
        p.name = QStringLiteral("simhost");
        controller.connectTo(p);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SshSession::State::Connected, 15000);

        // A real change with a hostile file name, then its journal line.
        const QString target = m_env.dir + QStringLiteral("/shell test 'x' $(id)");
        QFile::remove(target);
        Operation touch;
        touch.action = QStringLiteral("Create marker");
        touch.targets = { QStringLiteral("marker") };
        touch.commands = { RemoteCommand::of({ QStringLiteral("touch"), QStringLiteral("--"), target }) };
        const auto started = controller.perform(touch);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
        Task* task = *started;
        QTRY_VERIFY_WITH_TIMEOUT(!task->isRunning(), 15000);
        QCOMPARE(task->state(), Task::State::Succeeded);
        QVERIFY(QFile::exists(target));
        QFile::remove(target);
        const JournalEntry e = journal.entries()->last();
        QVERIFY(e.ok);
        QCOMPARE(e.commands, touch.commandLines());

        // Cancel from the task panel ends a remote `sleep 30` quickly.
        TaskPanel panel(controller.tasks());
        Operation sleep;
        sleep.action = QStringLiteral("Sleep");
        sleep.targets = { QStringLiteral("host") };
        // A duration no other process uses: the simhost runs on this machine, so /proc shows it.
        const QString seconds
            = QStringLiteral("29.%1").arg(QCoreApplication::applicationPid() % 1000, 3, 10, QLatin1Char('0'));
        sleep.commands = { RemoteCommand::of({ QStringLiteral("sleep"), seconds }) };
        const auto slept = controller.perform(sleep);
        QVERIFY(slept.ok());
        QTRY_VERIFY_WITH_TIMEOUT(sleeping(seconds), 15000); // really started on the host
        QElapsedTimer timer;
        timer.start();
        panel.cancelTask();
        QTRY_VERIFY_WITH_TIMEOUT(!(*slept)->isRunning(), 5000);
        QCOMPARE((*slept)->state(), Task::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!sleeping(seconds), 5000); // the remote process ended, not only the task
        qInfo("cancel took %lld ms", qint64(timer.elapsed()));
        QVERIFY(journal.entries()->last().result.startsWith(QLatin1String("cancelled")));
    }
};

QTEST_MAIN(TestShellSimhost)
#include "tst_shell_simhost.moc"
