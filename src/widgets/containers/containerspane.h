#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

#include "core/common/result.h"
#include "core/containers/containerinfo.h"
#include "core/host/operation.h"
#include "core/ssh/remotecommand.h"

class CommandJob;
class CommandRunner;
class ContainerModel;
class QAction;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class ContainersPane;
}

// The host's Incus containers: a live table (refreshed every few seconds without losing selection
// or scroll position; stale answers dropped) and INFRA.md's container actions. Mutating actions are
// built as Operations and handed to the shell (operationRequested) for confirmation, PROD guard and
// journal; this pane never runs them itself.
class ContainersPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContainersPane(QWidget* parent = nullptr);
    ~ContainersPane() override;

    // nullptr while disconnected. Not owned.
    void setCommandRunner(CommandRunner* runner);
    // Takes effect at once: a running auto-refresh continues at the new pace.
    void setRefreshInterval(int seconds);
    int refreshInterval() const; // seconds
    // How to open an interactive ssh to the host, e.g. {"ssh", "-F", cfg, "prod"}; "Open shell"
    // appends -t and the remote command.
    void setSshInvocation(const QStringList& argv);
    // Settings::Keys::TerminalCommand for "Open shell": empty auto-detects (TerminalLauncher::open).
    void setTerminalCommand(const QString& command) { m_terminalCommand = command; }
    QString terminalCommand() const { return m_terminalCommand; }

    ContainerModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QStringList selectedContainers() const;

public Q_SLOTS:
    void refresh();
    // Called by the shell when an operation this pane asked for has ended: refresh at once.
    void operationFinished();

Q_SIGNALS:
    void operationRequested(const Operation& operation);
    void refreshed(int containerCount);

private:
    struct Parsed
    {
        ContainerList list;
        QString error;
    };
    void createActions();
    void updateActions();
    void request(const Result<Operation>& operation);
    void showMessage(const QString& text);
    void onListed(quint64 generation, const CommandResult& result);
    void onParsed();
    void showLog();
    void showSnapshots();
    void showServices();
    void openShell();

    std::unique_ptr<Ui::ContainersPane> m_ui;
    ContainerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_timer;
    CommandRunner* m_runner = nullptr;
    QPointer<CommandJob> m_listJob;
    QFutureWatcher<Parsed> m_parse;
    quint64 m_generation = 0;
    quint64 m_parseGeneration = 0;
    QStringList m_sshInvocation;
    QString m_terminalCommand;

    QAction* m_start = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_snapshot = nullptr;
    QAction* m_snapshotRestart = nullptr;
    QAction* m_snapshots = nullptr;
    QAction* m_log = nullptr;
    QAction* m_services = nullptr;
    QAction* m_shell = nullptr;
    QAction* m_refresh = nullptr;
};
