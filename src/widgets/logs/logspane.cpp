#include "widgets/logs/logspane.h"

#include "core/host/commandrunner.h"
#include "widgets/logs/logrowsview.h"

#include <QAction>
#include <QFontDatabase>

#include "ui_logspane.h"

namespace {

const char* const kFiles[] = { "/opt/gbo/logs/err.log", "/opt/gbo/logs/out.log" };

} // namespace

LogsPane::LogsPane(QWidget* parent)
    : QWidget(parent)
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
    connect(m_ui->follow, &QToolButton::toggled, this, [this](bool on) { on ? startFollowing() : stopFollowing(); });
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
    setCommandRunner(nullptr);
}

LogsPane::~LogsPane()
{
    stopFollowing();
}

void LogsPane::setCommandRunner(CommandRunner* runner)
{
    stopFollowing();
    m_runner = runner;
    m_stopReason = runner ? QString() : tr("Not connected.");
    if (runner && m_ui->follow->isChecked())
        startFollowing();
    updateStatus();
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
    RemoteCommand c = RemoteCommand::of({ QStringLiteral("incus"), QStringLiteral("exec"), QStringLiteral("system"),
        QStringLiteral("--"), QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("500"), QStringLiteral("-F"),
        QString::fromLatin1(kFiles[std::clamp(m_ui->file->currentIndex(), 0, 1)]) });
    c.sudo = true;
    c.output = RemoteCommand::Output::Stream;
    c.description = tr("Follow %1").arg(c.argv.last());
    return c;
}

void LogsPane::startFollowing()
{
    stopFollowing();
    if (!m_runner)
        return;
    m_buffer.clear();
    m_splitter = Logs::LineSplitter();
    m_joiner.reset();
    m_idleFlush.stop();
    m_rows->rebuild();
    m_stopReason.clear();
    m_job = m_runner->run(followCommand(), this);
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
    if (!m_job)
        return;
    CommandJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    job->deleteLater();
    m_stopReason = tr("Paused by you.");
    const QSignalBlocker block(m_ui->follow);
    m_ui->follow->setChecked(false);
    updateStatus();
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
    m_stopReason = result.error.isEmpty() ? tr("The log stream ended (exit %1): %2")
                                                .arg(result.exitCode)
                                                .arg(QString::fromUtf8(result.stderrData).trimmed())
                                          : tr("The log stream stopped: %1").arg(result.error);
    const QSignalBlocker block(m_ui->follow);
    m_ui->follow->setChecked(false);
    updateStatus();
}

void LogsPane::onOutput(const QByteArray& chunk)
{
    const QStringList lines = m_splitter.feed(chunk);
    if (lines.isEmpty())
        return;
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
    m_ui->filter->setStyleSheet(m_filter.isValid() ? QString() : QStringLiteral("color: #d32f2f"));
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
