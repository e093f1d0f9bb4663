#pragma once

#include "core/common/result.h"
#include "core/containers/containerinfo.h"
#include "core/host/latestquery.h"
#include "core/host/operation.h"
#include "widgets/common/pane.h"

#include <memory>

class ContainerModel;
class QAction;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class ContainersPane;
}

// The host's Incus containers: a live table (refreshed every few seconds without losing selection
// or scroll position; stale answers dropped) and INFRA.md's container actions. Mutating actions are
// built as Operations and performed through the host context (confirmation, PROD guard, journal).
class ContainersPane : public Pane
{
    Q_OBJECT
public:
    explicit ContainersPane(QWidget* parent = nullptr);
    ~ContainersPane() override;

    static QString displayTitle() { return tr("Containers"); }
    QString title() const override { return displayTitle(); }
    QList<QAction*> paneActions() const override;

    // From the preferences (Settings::Keys::RefreshIntervalSeconds); a running auto-refresh
    // continues at the new pace.
    int refreshInterval() const; // seconds
    // How "Open shell" reaches the host, from the profile: {"ssh", "-F", cfg, "prod"}.
    QStringList sshInvocation() const { return m_sshInvocation; }
    // Settings::Keys::TerminalCommand for "Open shell": empty auto-detects (TerminalLauncher::open).
    QString terminalCommand() const { return m_terminalCommand; }

    ContainerModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QStringList selectedContainers() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(int containerCount);
    // An operation this pane started (after confirmation); it refreshes when the task ends.
    void operationStarted(Task* task);

protected:
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onProfileChanged(const HostProfile& profile) override;
    void onSettingChanged(const QString& key) override;

private:
    void applyPreferences();
    void createActions();
    void updateActions();
    void request(const Result<Operation>& operation);
    void onListed(const Result<ContainerList>& list);
    void showLog();
    void showSnapshots();
    void showServices();
    void openShell();

    std::unique_ptr<Ui::ContainersPane> m_ui;
    ContainerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_timer;
    std::unique_ptr<LatestQuery<ContainerList>> m_list;
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
