#pragma once

#include "core/host/hostprofile.h"
#include "widgets/shell/preferences.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class AboutDialog;
class AppSettings;
struct DemoHost;
class ContainersPane;
class HealthPane;
class HostController;
class LogsPane;
class Journal;
class JournalView;
class PaneFrame;
class PreferencesDialog;
class QLabel;
class ShortcutsDialog;
class TaskPanel;
class WelcomePage;

namespace Ui {
class MainWindow;
}

// The main window only composes: each tab is its own widget class, built elsewhere; the
// connection lives in HostController. One window holds one profile; more windows hold others.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `journal` may be null (then mutating operations are refused); not owned.
    explicit MainWindow(AppSettings* settings, Journal* journal = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    HostController* controller() const { return m_controller; }
    QList<PaneFrame*> paneFrames() const { return m_frames; }
    TaskPanel* taskPanel() const { return m_taskPanel; }
    ContainersPane* containersPane() const { return m_containers; }
    HealthPane* healthPane() const { return m_health; }
    LogsPane* logsPane() const { return m_logs; }

    void connectToProfile(const HostProfile& profile);
    // Brings the tab with this title (case-insensitive) to the front; false when there is none.
    bool showTab(const QString& title);
    // The ssh config the connection dialog lists and imports aliases from (default ~/.ssh/config).
    void setSshConfigFile(const QString& path);
    // Opens the connection dialog; connects when the user picks a profile.
    void openConnectionDialog();
    // A second window, independent of this one (PROD and STAGE side by side).
    MainWindow* openNewWindow();
    JournalView* showJournal();
    // Settings ▸ Preferences… (one per window, window-modal); what it writes reaches every window.
    PreferencesDialog* showPreferences();
    // Help ▸ Keyboard Shortcuts (every action with a key, read from this window) and Help ▸ About.
    ShortcutsDialog* showShortcuts();
    AboutDialog* showAbout();
    WelcomePage* welcomePage() const { return m_welcome; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPane(QWidget* pane, const QString& title = {});
    void wirePanes();
    void updateTarget();
    void updateState();
    // Hands the current Preferences to the panes; called at start and whenever one changes.
    void applyPreferences();
    // The welcome page replaces the tabs while there is no profile at all and nothing is connected.
    void updateWelcome();
    void connectToDemoHost(const DemoHost& host);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings* m_settings;
    Journal* m_journal;
    HostController* m_controller;
    QList<PaneFrame*> m_frames;
    HealthPane* m_health;
    ContainersPane* m_containers;
    LogsPane* m_logs;
    TaskPanel* m_taskPanel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPointer<JournalView> m_journalView;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
    WelcomePage* m_welcome = nullptr;
    std::optional<Preferences> m_appliedPreferences;
    QString m_sshConfigFile;
};
