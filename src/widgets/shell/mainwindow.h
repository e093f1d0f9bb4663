#pragma once

#include "core/host/hostprofile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AboutDialog;
class AppSettings;
class CredentialStore;
struct DemoHost;
class HostConnection;
class Journal;
class JournalView;
class Pane;
class PaneFrame;
class PreferencesDialog;
class QLabel;
class QTimer;
class ShortcutsDialog;
class TaskPanel;
class WelcomePage;

namespace Ui {
class MainWindow;
}

// The main window only composes: its tabs come from the pane table (panetable.cpp), each attached
// to the window's host context (HostConnection) and the settings; dialogs answer the context's
// questions. One window holds one profile; more windows hold others.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `journal` may be null (then mutating operations are refused); `credentials` may be null
    // (then nothing is remembered in the keyring). Neither is owned.
    explicit MainWindow(AppSettings* settings, Journal* journal = nullptr, CredentialStore* credentials = nullptr,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    HostConnection* host() const { return m_host; }
    // The panes are created after the window, one per event-loop turn (the shown tab's first);
    // these three create the rest at once.
    QList<PaneFrame*> paneFrames();
    QList<Pane*> panes();
    // The pane of that class, or null.
    template<typename T> T* pane()
    {
        for (Pane* p : panes()) {
            if (auto* t = qobject_cast<T*>(p))
                return t;
        }
        return nullptr;
    }
    TaskPanel* taskPanel() const { return m_taskPanel; }

    void connectToProfile(const HostProfile& profile);
    // Brings the tab with this id ("containers") or title (case-insensitive) to the front.
    bool showTab(const QString& idOrTitle);
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
    void createFrames();
    // Creates the pane of tab `index` unless it exists.
    void createPane(int index);
    void createNextPane();
    void updateTarget();
    void updateState();
    // The welcome page replaces the tabs while there is no profile at all and nothing is connected.
    void updateWelcome();
    void connectToDemoHost(const DemoHost& host);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings* m_settings;
    Journal* m_journal;
    CredentialStore* m_credentials;
    HostConnection* m_host;
    QList<Pane*> m_panes; // by tab; null until created
    QStringList m_paneIds;
    QList<PaneFrame*> m_frames;
    QTimer* m_paneTimer = nullptr;
    TaskPanel* m_taskPanel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPointer<JournalView> m_journalView;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
    WelcomePage* m_welcome = nullptr;
    QString m_sshConfigFile;
};
