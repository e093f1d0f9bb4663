#pragma once

#include "core/logs/logfollow.h"
#include "core/ssh/remotecommand.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class CommandJob;
class CommandRunner;
class LogRowsView;

namespace Ui {
class LogsPane;
}

// botserver's err.log / out.log followed live (`tail -F` inside the system container over one
// streaming channel), with INFRA.md's grep presets and a free filter applied locally, search, a
// pause while the user reads above the bottom, and a bounded buffer.
class LogsPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPane(QWidget* parent = nullptr);
    ~LogsPane() override;

    void setCommandRunner(CommandRunner* runner);
    // The most lines kept; a smaller size keeps the newest ones. Takes effect while following.
    void setCapacity(int lines);
    int capacity() const;

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

private:
    void onOutput(const QByteArray& chunk);
    void onFinished(const CommandResult& result);
    void add(const QList<Logs::LogEntry>& entries);
    void updateStatus();
    void applyFilter();
    void find(bool backward);

    std::unique_ptr<Ui::LogsPane> m_ui;
    CommandRunner* m_runner = nullptr;
    QPointer<CommandJob> m_job;
    Logs::LineSplitter m_splitter;
    Logs::LineJoiner m_joiner;
    Logs::LineBuffer m_buffer { 20000 };
    Logs::LogFilter m_filter;
    LogRowsView* m_rows;
    QTimer m_idleFlush; // hands on a held record when no continuation came
    QString m_stopReason;
};
