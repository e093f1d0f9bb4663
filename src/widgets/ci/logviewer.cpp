#include "widgets/ci/logviewer.h"

#include "core/ci/remotetasklog.h"

#include "core/ci/logsearch.h"
#include "core/ci/logsource.h"
#include "core/ci/tasklog.h"
#include "widgets/ci/logview.h"

#include <QLocale>
#include <QShortcut>

#include "ui_logviewer.h"

LogViewer::LogViewer(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogViewer>())
{
    m_ui->setupUi(this);
    LogView* view = m_ui->logView;
    setFocusProxy(view);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogViewer::startSearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this, view] {
        // Enter on the same query moves on, like F3; a changed query searches at once.
        if (!m_searchDelay.isActive() && m_ui->searchEdit->text() == m_lastQuery && !view->searchResults().isEmpty())
            view->nextMatch();
        else
            startSearch();
    });
    connect(m_ui->regexButton, &QToolButton::toggled, this, &LogViewer::startSearch);
    connect(m_ui->caseButton, &QToolButton::toggled, this, &LogViewer::startSearch);
    connect(m_ui->nextButton, &QToolButton::clicked, view, &LogView::nextMatch);
    connect(m_ui->previousButton, &QToolButton::clicked, view, &LogView::previousMatch);
    // F3 also works while typing in the search field.
    // (Built with setKey/setContext: the nullptr-member constructors clash with Qt 6.8's functor
    // overloads.)
    const auto shortcut = [this](const QKeySequence& key) {
        auto* s = new QShortcut(this);
        s->setKey(key);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        return s;
    };
    connect(shortcut(QKeySequence(Qt::Key_F3)), &QShortcut::activated, view, &LogView::nextMatch);
    connect(shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3)), &QShortcut::activated, view, &LogView::previousMatch);
    connect(shortcut(QKeySequence::Find), &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    connect(m_ui->firstErrorButton, &QToolButton::clicked, this, [this, view] {
        if (!view->gotoFirstError())
            m_ui->statusLabel->setText(tr("No error lines found."));
    });
    // Items in TimestampMode order (None, Absolute, Relative).
    connect(m_ui->timestampMode, &QComboBox::currentIndexChanged, view,
        [view](int i) { view->setTimestampMode(LogView::TimestampMode(qBound(0, i, 2))); });
    connect(m_ui->followButton, &QToolButton::toggled, view, &LogView::setFollow);
    connect(m_ui->foldAllButton, &QToolButton::clicked, view, &LogView::foldAllGroups);
    connect(m_ui->unfoldAllButton, &QToolButton::clicked, view, &LogView::unfoldAll);

    connect(&m_search, &LogViewSearch::matchesFound, this, &LogViewer::onMatchesFound);
    connect(&m_search, &LogViewSearch::finished, this, &LogViewer::updateStatus);
    connect(view, &LogView::currentMatchChanged, this, &LogViewer::updateStatus);
    connect(view, &LogView::followPausedChanged, this, &LogViewer::updateStatus);
    connect(view, &LogView::copyTruncated, this, [this](qint64 rows) {
        m_ui->statusLabel->setText(tr("Copied the first %1 lines only.").arg(QLocale().toString(rows)));
    });
    updateStatus();
}

LogViewer::~LogViewer() = default;

bool LogViewer::isSearching() const
{
    return m_engineSearch ? m_engineSearch->isRunning() : m_search.isRunning();
}

void LogViewer::onMatchesFound(const QList<qint64>& lines)
{
    LogView* view = m_ui->logView;
    view->appendSearchResults(lines);
    if (m_jumpToFirstMatch) {
        m_jumpToFirstMatch = false;
        view->nextMatch();
    }
    updateStatus();
}

LogView* LogViewer::view() const
{
    return m_ui->logView;
}

void LogViewer::setSource(Ci::LogSource* source)
{
    if (Ci::LogSource* old = m_ui->logView->source())
        disconnect(old, nullptr, this, nullptr);
    m_sourceProblem.clear();
    m_bytesDone = 0;
    m_bytesTotal = -1;
    m_ui->logView->setSource(source);
    m_engineSearch.reset();
    if (auto* taskLog = qobject_cast<Ci::TaskLog*>(source)) {
        m_search.setSource(nullptr);
        m_engineSearch = std::make_unique<Ci::LogSearch>(taskLog);
        connect(m_engineSearch.get(), &Ci::LogSearch::matchesFound, this, &LogViewer::onMatchesFound);
        connect(m_engineSearch.get(), &Ci::LogSearch::finished, this, &LogViewer::updateStatus);
        connect(m_engineSearch.get(), &Ci::LogSearch::failed, this, [this](const QString& message) {
            m_sourceProblem = message;
            updateStatus();
        });
    } else {
        m_search.setSource(source);
    }
    if (source) {
        connect(source, &Ci::LogSource::progress, this, [this](qint64 done, qint64 total) {
            m_bytesDone = done;
            m_bytesTotal = total;
            updateStatus();
        });
        connect(source, &Ci::LogSource::linesAvailable, this, &LogViewer::updateStatus);
        connect(source, &QObject::destroyed, this, [this] {
            // A search must not outlive its log (the caller should reset the source first).
            m_engineSearch.reset();
            m_search.setSource(nullptr);
            updateStatus();
        });
        connect(source, &Ci::LogSource::finished, this, &LogViewer::updateStatus);
        connect(source, &Ci::LogSource::failed, this, [this](const QString& message, qint64 offset) {
            m_sourceProblem
                = tr("%1 (at byte %2); the lines before it are shown.").arg(message, QLocale().toString(offset));
            updateStatus();
        });
    }
    m_ui->logView->setFollow(m_ui->followButton->isChecked());
    startSearch();
}

void LogViewer::setSteps(const QList<Ci::UiStep>& steps)
{
    m_ui->logView->setSteps(steps);
}

void LogViewer::search(const QString& text, bool regex, bool caseSensitive)
{
    const QSignalBlocker b1(m_ui->regexButton);
    const QSignalBlocker b2(m_ui->caseButton);
    m_ui->searchEdit->setText(text);
    m_ui->regexButton->setChecked(regex);
    m_ui->caseButton->setChecked(caseSensitive);
    startSearch();
}

void LogViewer::startSearch()
{
    m_searchDelay.stop();
    const QString text = m_ui->searchEdit->text();
    const bool regex = m_ui->regexButton->isChecked();
    const bool caseSensitive = m_ui->caseButton->isChecked();
    m_lastQuery = text;
    m_ui->logView->setSearchResults({});
    if (!text.isEmpty() && qobject_cast<Ci::RemoteTaskLog*>(m_ui->logView->source())) {
        // Searching a remote log line by line would fetch every frame in small pieces.
        Q_EMIT searchNeedsWholeLog(text);
        m_ui->logView->setSearchPattern(text, regex, caseSensitive);
        updateStatus();
        return;
    }
    if (m_engineSearch) {
        m_engineSearch->cancel();
        Ci::SearchQuery query;
        query.pattern = text;
        query.regex = regex;
        query.caseSensitive = caseSensitive;
        m_invalidPattern = regex && !QRegularExpression(text).isValid();
        if (!text.isEmpty() && !m_invalidPattern)
            m_engineSearch->start(query);
    } else {
        m_invalidPattern = !m_search.start(text, regex, caseSensitive);
    }
    m_ui->logView->setSearchPattern(m_invalidPattern ? QString() : text, regex, caseSensitive);
    m_jumpToFirstMatch = !text.isEmpty() && !m_invalidPattern;
    updateStatus();
}

QString LogViewer::statusText() const
{
    return m_ui->statusLabel->text();
}

void LogViewer::updateStatus()
{
    const LogView* view = m_ui->logView;
    const Ci::LogSource* source = view->source();
    QStringList parts;
    const QLocale locale;
    if (!source) {
        m_ui->statusLabel->setText(tr("No log."));
        return;
    }
    parts << tr("%1 lines").arg(locale.toString(source->lineCount()));
    if (!source->isComplete()) {
        if (m_bytesTotal > 0)
            parts << tr("reading %1%").arg(m_bytesDone * 100 / m_bytesTotal);
        else
            parts << tr("reading…");
    }
    if (m_invalidPattern) {
        parts << tr("invalid regular expression");
    } else if (!m_lastQuery.isEmpty()) {
        const int total = int(view->searchResults().size());
        const QString count = view->currentMatch() >= 0
            ? tr("match %1 of %2").arg(locale.toString(view->currentMatch() + 1), locale.toString(total))
            : tr("%n match(es)", nullptr, total);
        parts << (isSearching() ? tr("%1, searching…").arg(count) : count);
    }
    if (view->isFollowPaused())
        parts << tr("follow paused (scroll to the end to resume)");
    if (!m_sourceProblem.isEmpty())
        parts << m_sourceProblem;
    m_ui->statusLabel->setText(parts.join(QStringLiteral(" · ")));
}
