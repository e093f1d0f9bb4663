#pragma once

#include "core/logs/botserverlogs.h"
#include "core/logs/logfollow.h"
#include "core/ssh/remotecommand.h"
#include "widgets/common/pane.h"

#include <QPointer>
#include <QTimer>

#include <memory>

#include "core/host/commandrunner.h"
class LogRowsView;

namespace Ui {
class LogsPane;
}

// botserver's err.log / out.log followed live (`tail -F` inside the system container over one
// streaming channel), with INFRA.md's grep presets and a free filter applied locally, search, a
// pause while the user reads above the bottom, and a bounded buffer. A follow interrupted by a
// dropped connection resumes by itself after the reconnect.
class LogsPane : public Pane
{
    Q_OBJECT
public:
    explicit LogsPane(QWidget* parent = nullptr);
    ~LogsPane() override;

    static QString displayTitle() { return tr("Logs"); }
    QString title() const override { return displayTitle(); }

    // The most lines kept (Settings::Keys::LogBufferLines); a smaller size keeps the newest ones.
    int capacity() const;
    bool isFollowing() const { return m_job != nullptr; }

    QString visibleText() const;
    bool isPaused() const;
    qint64 pendingLines() const;
    // The remote command for the chosen file (shown as "the command" in tooltips and tests).
    RemoteCommand followCommand() const;

public Q_SLOTS:
    void startFollowing();
    void stopFollowing();

Q_SIGNALS:
    void linesReceived(int count);

protected:
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onSettingChanged(const QString& key) override;

private:
    void setCapacity(int lines);
    void endStream(const QString& reason);
    void onOutput(const QByteArray& chunk);
    void onFinished(const CommandResult& result);
    void add(const QList<Logs::LogEntry>& entries);
    void updateStatus();
    void applyFilter();
    void find(bool backward);

    std::unique_ptr<Ui::LogsPane> m_ui;
    QPointer<CommandJob> m_job;
    bool m_wantFollow = true; // the user's choice; a dropped connection does not change it
    int m_retryMs = 1000; // pause before restarting a stream the connection cut
    Logs::LineSplitter m_splitter;
    Logs::LineJoiner m_joiner;
    Logs::LineBuffer m_buffer { 20000 };
    Logs::LogFilter m_filter;
    LogRowsView* m_rows;
    QTimer m_idleFlush; // hands on a held record when no continuation came
    QString m_stopReason;
};
