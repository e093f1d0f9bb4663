#include "widgets/logs/logspane.h"

#include "core/host/commandfailure.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "widgets/common/statusdelegate.h"

#include <QAction>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTimer>

#include "ui_logspane.h"

namespace {

// Colours whole lines by level; continuation lines of a wrapped entry keep their colour.
class LevelHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override
    {
        Logs::Level level = Logs::levelOf(text);
        if (level == Logs::Level::Unknown && text.startsWith(QLatin1String("    ")))
            level = Logs::Level(std::max(0, previousBlockState()));
        setCurrentBlockState(int(level));
        QTextCharFormat format;
        switch (level) {
        case Logs::Level::Error:
            format.setForeground(StatusDelegate::red());
            format.setFontWeight(QFont::DemiBold);
            break;
        case Logs::Level::Warn:
            format.setForeground(StatusDelegate::amber());
            break;
        case Logs::Level::Debug:
        case Logs::Level::Trace:
            format.setForeground(StatusDelegate::grey());
            break;
        default:
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

LogsPane::LogsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::LogsPane>())
{
    m_ui->setupUi(this);
    m_ui->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->text->setMaximumBlockCount(int(m_buffer.capacity()));
    m_highlighter = new LevelHighlighter(m_ui->text->document());
    m_ui->botName->setEnabled(false);

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
        m_ui->text->clear();
        m_pending = 0;
        updateStatus();
    });
    connect(m_ui->text->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogsPane::onScrolled);
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
    QStringList kept;
    for (qsizetype i = std::max<qsizetype>(0, m_buffer.size() - capacity); i < m_buffer.size(); ++i)
        kept.append(m_buffer.at(i));
    resized.append(kept);
    m_buffer = std::move(resized);
    m_ui->text->setMaximumBlockCount(int(m_buffer.capacity()));
    rebuild();
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
    m_ui->text->clear();
    m_shownUpTo = 0;
    m_pending = 0;
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
    m_buffer.append(lines);
    if (!isPaused())
        appendFrom(m_shownUpTo);
    else
        for (const QString& l : lines)
            m_pending += m_filter.matches(l) ? 1 : 0;
    updateStatus();
    Q_EMIT linesReceived(int(lines.size()));
}

bool LogsPane::isPaused() const
{
    const QScrollBar* bar = m_ui->text->verticalScrollBar();
    return bar->value() < bar->maximum();
}

void LogsPane::appendFrom(qint64 sequence)
{
    // Sequence numbers count every line ever received; the buffer holds the last capacity() ones.
    const qint64 first = m_buffer.dropped();
    const qint64 end = first + m_buffer.size();
    QStringList out;
    for (qint64 s = std::max(sequence, first); s < end; ++s) {
        const QString& line = m_buffer.at(s - first);
        if (m_filter.matches(line))
            out.append(line);
    }
    m_shownUpTo = end;
    m_pending = 0;
    if (!out.isEmpty())
        m_ui->text->appendPlainText(out.join(QLatin1Char('\n')));
    QScrollBar* bar = m_ui->text->verticalScrollBar();
    bar->setValue(bar->maximum());
}

void LogsPane::rebuild()
{
    m_ui->text->clear();
    appendFrom(0);
    updateStatus();
}

void LogsPane::onScrolled()
{
    if (m_pending > 0 && !isPaused())
        appendFrom(m_shownUpTo);
    updateStatus();
}

void LogsPane::applyFilter()
{
    m_filter = Logs::LogFilter(Logs::Preset(m_ui->preset->currentIndex()), m_ui->botName->text(), m_ui->filter->text(),
        m_ui->regex->isChecked());
    m_ui->filter->setToolTip(m_filter.isValid() ? QString() : m_filter.errorString());
    m_ui->filter->setStyleSheet(m_filter.isValid() ? QString() : QStringLiteral("color: #d32f2f"));
    rebuild();
}

void LogsPane::updateStatus()
{
    QString text;
    if (m_job)
        text = tr("Following %1 in system — %2 lines kept (of at most %3)")
                   .arg(followCommand().argv.last())
                   .arg(m_buffer.size())
                   .arg(m_buffer.capacity());
    else
        text = m_stopReason;
    if (m_pending > 0)
        text += QLatin1String("  ·  ")
            + tr("paused: %n new line(s) below — scroll to the bottom to resume", nullptr, int(m_pending));
    if (!m_filter.isValid())
        text += QLatin1String("  ·  ") + m_filter.errorString();
    m_ui->status->setText(text);
}

QString LogsPane::visibleText() const
{
    return m_ui->text->toPlainText();
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
