#pragma once

#include "core/common/result.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class AppSettings;
class HostConnection;
class MessageBanner;
class QAction;
class Task;
struct HostProfile;
struct Operation;

// The contract every tab implements. The main window builds its tabs from one table (PaneTable),
// attaches each to the window's host context and settings, and frames it with the environment
// banner and the pane's message banner. A pane reads its own preferences (onAttached,
// onSettingChanged), (re)subscribes on every connect and stops on disconnect, and sends every
// change through perform(): confirmation, PROD guard, backup and journal are the context's job.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(QWidget* parent = nullptr);
    ~Pane() override;

    // The tab's title, translated.
    virtual QString title() const = 0;
    // Actions with shortcuts the pane offers (added to the window's View/pane menu by the shell).
    virtual QList<QAction*> paneActions() const { return {}; }

    // Called once, before the pane is shown. Neither is owned; both outlive the pane.
    void attach(HostConnection* host, AppSettings* settings);
    HostConnection* host() const { return m_host; }
    AppSettings* settings() const { return m_settings; }
    bool isConnected() const;
    // The pane's inline message (information, warning, error with actions). The frame shows it above
    // the pane; a pane without a frame (tests) still has it.
    MessageBanner* banner() const { return m_banner; }

protected:
    virtual void onAttached() { }
    // After every (re)connect, including an automatic reconnect: refresh and resubscribe here.
    virtual void onConnected() { }
    // The connection is gone or dropped: stop follows and timers, keep what is shown.
    virtual void onDisconnected() { }
    virtual void onProfileChanged(const HostProfile& profile) { Q_UNUSED(profile) }
    // AppSettings::changed, for the pane's own preferences.
    virtual void onSettingChanged(const QString& key) { Q_UNUSED(key) }

    // host()->perform(operation); a refusal is shown in the banner. Null when nothing started.
    Task* perform(const Operation& operation);
    void showError(const QString& text);
    void showWarning(const QString& text);
    void showInformation(const QString& text);

private:
    HostConnection* m_host = nullptr;
    AppSettings* m_settings = nullptr;
    MessageBanner* m_banner;
};
