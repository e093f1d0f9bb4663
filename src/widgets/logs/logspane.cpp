#include "widgets/logs/logspane.h"
#include "widgets/common/themecolors.h"

#include "core/host/commandfailure.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "widgets/logs/logrowsview.h"

#include <QAction>
#include <QFontDatabase>
#include <QTimer>

#include "ui_logspane.h"

LogsPane::LogsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::LogsPane>())
{
    m_ui->setupUi(this);
    m_ui->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->text->setMaximumBlockCount(int(m_buffer.capacity()));
    m_rows = new LogRowsView(m_ui->text, &m_buffer, this);
    connect(m_rows, &LogRowsView::pendingChanged, this, &LogsPane::updateStatus);
    m_ui->botName->setEnabled(false);
    // botserver writes a wrapped record at once; a pause this long means no continuation is coming.
    m_idleFlush.setSingleShot(true);
    m_idleFlush.setInterval(250);
    connect(&m_idleFlush, &QTimer::timeout, this, [this] { add(m_joiner.flush()); });

    connect(m_ui->file, &QComboBox::currentIndexChanged, this, &LogsPane::startFollowing);
    connect(m_ui->preset, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_ui->botName->setEnabled(Logs::Preset(i) == Logs::Preset::Bot);
        applyFilter();
    });
    connect(m_ui->botName, &QLineEdit::textChanged, this, &LogsPane::applyFilter);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &LogsPane::applyFilter);
    connect(m_ui->regex, &QCheckBox::toggled, this, &LogsPane::applyFilter);
    connect(m_ui->follow, &QToolButton::toggled, this, [this](bool on) {
        m_wantFollow = on;
        on ? startFollowing() : stopFollowing();
    });
    connect(m_ui->clear, &QToolButton::clicked, this, [this] {
        m_buffer.clear();
        m_rows->rebuild();
        updateStatus();
    });
    connect(m_ui->search, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_ui->next, &QToolButton::clicked, this, [this] { find(false); });
    connect(m_ui->previous, &QToolButton::clicked, this, [this] { find(true); });
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->search->setFocus();
        m_ui->search->selectAll();
    });
    addAction(findAction);
    auto* nextAction = new QAction(this);
    nextAction->setShortcuts({ QKeySequence::FindNext });
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, [this] { find(false); });
    addAction(nextAction);
    auto* previousAction = new QAction(this);
    previousAction->setShortcuts({ QKeySequence::FindPrevious });
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAction, &QAction::triggered, this, [this] { find(true); });
    addAction(previousAction);
    applyFilter();
}

LogsPane::~LogsPane()
{
    endStream({});
}

void LogsPane::onAttached()
{
    setCapacity(Preferences::load(*settings()).logBufferLines);
}

void LogsPane::onSettingChanged(const QString& key)
{
    if (key == QLatin1String(Settings::Keys::LogBufferLines.name))
        setCapacity(Preferences::load(*settings()).logBufferLines);
}

void LogsPane::onConnected()
{
    // Also after an automatic reconnect: the follow the drop interrupted resumes.
    if (m_wantFollow)
        startFollowing();
    else
        updateStatus();
}

void LogsPane::onDisconnected()
{
    endStream(
        m_wantFollow ? tr("Not connected; following resumes when the connection is back.") : tr("Not connected."));
}

void LogsPane::setCapacity(int lines)
{
    const qsizetype capacity = std::max(100, lines);
    if (capacity == m_buffer.capacity())
        return;
    // Keep what was received: the newest lines, as many as the new size holds.
    Logs::LineBuffer resized(capacity);
    QList<Logs::LogEntry> kept;
    for (qsizetype i = std::max<qsizetype>(0, m_buffer.size() - capacity); i < m_buffer.size(); ++i)
        kept.append(m_buffer.at(i));
    resized.append(kept);
    m_buffer = std::move(resized);
    m_ui->text->setMaximumBlockCount(int(m_buffer.capacity()));
    m_rows->rebuild();
}

int LogsPane::capacity() const
{
    return int(m_buffer.capacity());
}

RemoteCommand LogsPane::followCommand() const
{
    return Logs::followCommand(m_ui->file->currentIndex() == 1 ? Logs::File::Output : Logs::File::Errors);
}

void LogsPane::startFollowing()
{
    endStream({});
    if (!isConnected()) {
        m_stopReason = tr("Not connected.");
        updateStatus();
        return;
    }
    m_buffer.clear();
    m_splitter = Logs::LineSplitter();
    m_joiner.reset();
    m_idleFlush.stop();
    m_rows->rebuild();
    m_stopReason.clear();
    m_job = host()->runner()->run(followCommand(), this);
    connect(m_job, &CommandJob::outputReceived, this, [this](const QByteArray& chunk, bool isStderr) {
        if (!isStderr)
            onOutput(chunk);
    });
    connect(m_job, &CommandJob::finished, this, &LogsPane::onFinished);
    const QSignalBlocker block(m_ui->follow);
    m_ui->follow->setChecked(true);
    updateStatus();
}

void LogsPane::stopFollowing()
{
    m_wantFollow = false;
    endStream(tr("Paused by you."));
    const QSignalBlocker block(m_ui->follow);
    m_ui->follow->setChecked(false);
}

void LogsPane::endStream(const QString& reason)
{
    if (CommandJob* job = m_job) {
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
    if (!reason.isEmpty()) {
        m_stopReason = reason;
        updateStatus();
    }
}

void LogsPane::onFinished(const CommandResult& result)
{
    if (const QString rest = m_splitter.flush(); !rest.isEmpty())
        add(m_joiner.feed({ rest }));
    add(m_joiner.flush());
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    // A stream cut by the connection (Failed: the session may not even know yet that it dropped)
    // resumes on reconnect (onConnected) or, if the session stays up, after a growing pause. One
    // that ended on the host (tail exited, file gone) stays stopped until the user asks again.
    if (m_wantFollow && result.status == CommandResult::Status::Failed) {
        m_stopReason
            = tr("Interrupted (%1); following resumes when the connection is back.").arg(describeFailure(result));
        QTimer::singleShot(m_retryMs, this, [this] {
            if (m_wantFollow && !m_job && isConnected())
                startFollowing();
        });
        m_retryMs = std::min(m_retryMs * 2, 30000);
    } else {
        m_stopReason = tr("The log stream stopped: %1").arg(describeFailure(result));
        m_wantFollow = false;
        const QSignalBlocker block(m_ui->follow);
        m_ui->follow->setChecked(false);
    }
    updateStatus();
}

void LogsPane::onOutput(const QByteArray& chunk)
{
    const QStringList lines = m_splitter.feed(chunk);
    if (lines.isEmpty())
        return;
    m_retryMs = 1000; // the stream works again
    add(m_joiner.feed(lines));
    if (m_joiner.hasPending())
        m_idleFlush.start();
    Q_EMIT linesReceived(int(lines.size()));
}

void LogsPane::add(const QList<Logs::LogEntry>& entries)
{
    if (entries.isEmpty())
        return;
    m_rows->rowsAdded(m_buffer.append(entries));
    updateStatus();
}

bool LogsPane::isPaused() const
{
    return m_rows->isPaused();
}

qint64 LogsPane::pendingLines() const
{
    return m_rows->pendingRows();
}

void LogsPane::applyFilter()
{
    m_filter = Logs::LogFilter(Logs::Preset(m_ui->preset->currentIndex()), m_ui->botName->text(), m_ui->filter->text(),
        m_ui->regex->isChecked());
    m_ui->filter->setToolTip(m_filter.isValid() ? QString() : m_filter.errorString());
    m_ui->filter->setStyleSheet(
        m_filter.isValid() ? QString() : ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()));
    m_rows->setFilter(m_filter);
}

void LogsPane::updateStatus()
{
    QString text;
    if (m_job)
        text = tr("Following %1 in system — %2 messages kept (of at most %3), repeats folded")
                   .arg(followCommand().argv.last())
                   .arg(m_buffer.size())
                   .arg(m_buffer.capacity());
    else
        text = m_stopReason;
    if (const qint64 pending = m_rows->pendingRows(); pending > 0)
        text += QLatin1String("  ·  ")
            + tr("paused: %n new message(s) below — scroll to the bottom to resume", nullptr, int(pending));
    if (!m_filter.isValid())
        text += QLatin1String("  ·  ") + m_filter.errorString();
    m_ui->status->setText(text);
}

QString LogsPane::visibleText() const
{
    m_rows->flush(); // what the next update shows
    return m_rows->visibleText();
}

void LogsPane::find(bool backward)
{
    const QString needle = m_ui->search->text();
    if (needle.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (!m_ui->text->find(needle, flags)) {
        // Wrap around once.
        QTextCursor c = m_ui->text->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_ui->text->setTextCursor(c);
        m_ui->text->find(needle, flags);
    }
}
