#include "widgets/ci/logview.h"

#include "widgets/common/themecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int Margin = 4;
constexpr int ScrollBarMax = 1 << 30; // beyond this many rows the scroll bar is scaled
constexpr qsizetype TimestampSize = 28;
constexpr int TimestampColumns = 20; // "yyyy-MM-dd HH:mm:ss "
constexpr int MaxHighlightsPerLine = 512;
constexpr int LineCacheCost = 16 * 1024; // ≈ 16 MiB of parsed text

// The 16 base colours for light and dark backgrounds; chosen to read well on each before the
// contrast guard in readable() has to step in.
constexpr quint32 LightBase16[16] = { 0x24292f, 0xb3261e, 0x1a7f37, 0x8a5a00, 0x0550ae, 0x8250df, 0x1b7c83, 0x6e7781,
    0x57606a, 0xcf222e, 0x116329, 0x7d4e00, 0x0969da, 0x7c4dbd, 0x0e6e86, 0x424a53 };
constexpr quint32 DarkBase16[16] = { 0x6e7681, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff, 0x39c5cf, 0xb1bac4,
    0x8b949e, 0xffa198, 0x56d364, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xf0f6fc };

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

// "2024-11-07T10:36:45.1234560Z" -> local "2024-11-07 11:36:45"; the raw bytes when malformed.
QString formatTimestamp(const QByteArray& ts)
{
    if (ts.size() != TimestampSize)
        return QString::fromLatin1(ts);
    const QDateTime utc = QDateTime::fromString(QString::fromLatin1(ts.left(19)), Qt::ISODate);
    if (!utc.isValid())
        return QString::fromLatin1(ts);
    QDateTime t = utc;
    t.setTimeZone(QTimeZone::utc());
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

LogView::LogView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_lineCache(LineCacheCost)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_structureDirty)
            refreshStructure();
    });
    buildColors();
    rebuildRows();
}

LogView::~LogView() = default;

void LogView::setSource(Ci::LogSource* source)
{
    for (const auto& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_source = source;
    m_lineCache.clear();
    m_foldedGroups.clear();
    m_foldedSteps.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_currentLine = -1;
    m_anchor = m_cursor = {};
    m_topRow = 0;
    m_maxColumns = 0;
    m_atBottom = true;
    if (source) {
        m_sourceConnections.append(
            connect(source, &Ci::LogSource::linesAvailable, this, [this](qint64) { onLinesAvailable(); }));
        m_sourceConnections.append(connect(source, &Ci::LogSource::finished, this, [this] { refreshStructure(); }));
        m_sourceConnections.append(connect(source, &QObject::destroyed, this, [this] { setSource(nullptr); }));
        m_sourceConnections.append(connect(source, &Ci::LogSource::contentChanged, this, [this] {
            m_lineCache.clear();
            m_structureDirty = true;
            viewport()->update();
        }));
    }
    refreshStructure();
    setTopRow(0);
}

void LogView::onLinesAvailable()
{
    // The first announcement is handled at once (the first screen appears), the following ones
    // at most every 100 ms: a log being indexed announces growth very often.
    m_structureDirty = true;
    if (!m_refreshTimer.isActive()) {
        refreshStructure();
        m_refreshTimer.start();
    }
}

void LogView::refreshStructure()
{
    m_structureDirty = false;
    m_lineCount = m_source ? m_source->lineCount() : 0;
    m_groups = m_source ? m_source->groups() : QList<Ci::GroupRange> {};
    m_errors = m_source ? m_source->errorLines() : QList<qint64> {};
    if (QList<QByteArray> masks = m_source ? m_source->maskValues() : QList<QByteArray> {}; masks != m_masks) {
        m_masks = std::move(masks); // lines shown before the mask was found show it masked now
        m_lineCache.clear();
        viewport()->update();
    }
    // An unterminated group grows with the log: keep the folded ranges current.
    if (!m_foldedGroups.isEmpty() && !(m_source && m_source->isComplete())) {
        for (FoldedGroup& f : m_foldedGroups) {
            if (const Ci::GroupRange* g = groupAt(f.header))
                f.last = g->lastLine;
        }
    }
    rebuildRows();
}

void LogView::rebuildRows()
{
    const bool wasAtBottom = m_atBottom;
    const LogRowMap::Row top = m_rows.rowAt(m_topRow);

    QList<qint64> headers;
    headers.reserve(m_steps.size());
    qint64 cursor = 0;
    for (const Ci::UiStep& s : std::as_const(m_steps)) {
        const qint64 pos = std::max(cursor, s.lineCount > 0 ? s.firstLine : cursor);
        headers.append(pos);
        cursor = s.lineCount > 0 ? std::max(pos, s.firstLine + s.lineCount) : pos;
    }
    // Both lists come sorted by their first line; a merge keeps the rebuild linear.
    QList<LogRowMap::Range> stepRanges;
    for (const int s : std::as_const(m_foldedSteps)) {
        if (s >= 0 && s < m_steps.size() && m_steps[s].lineCount > 0)
            stepRanges.append({ m_steps[s].firstLine, m_steps[s].firstLine + m_steps[s].lineCount });
    }
    std::sort(stepRanges.begin(), stepRanges.end(),
        [](const LogRowMap::Range& a, const LogRowMap::Range& b) { return a.first < b.first; });
    QList<LogRowMap::Range> hidden;
    hidden.reserve(m_foldedGroups.size() + stepRanges.size());
    qsizetype si = 0;
    for (const FoldedGroup& f : std::as_const(m_foldedGroups)) {
        while (si < stepRanges.size() && stepRanges[si].first <= f.header + 1)
            hidden.append(stepRanges[si++]);
        hidden.append({ f.header + 1, f.last + 1 });
    }
    while (si < stepRanges.size())
        hidden.append(stepRanges[si++]);
    m_rows.rebuild(m_lineCount, headers, std::move(hidden));

    qint64 newTop = m_topRow;
    if (m_follow && wasAtBottom)
        newTop = std::numeric_limits<qint64>::max();
    else if (top.isHeader)
        newTop = m_rows.rowOfHeader(top.step);
    else if (top.line >= 0)
        newTop = m_rows.rowAtOrAfterLine(top.line);
    updateScrollBars();
    setTopRow(newTop);
}

void LogView::setSteps(const QList<Ci::UiStep>& steps)
{
    m_steps = steps;
    m_foldedSteps.clear();
    m_stepsByFirstLine.clear();
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].lineCount > 0)
            m_stepsByFirstLine.append(i);
    }
    std::stable_sort(m_stepsByFirstLine.begin(), m_stepsByFirstLine.end(),
        [this](int a, int b) { return m_steps[a].firstLine < m_steps[b].firstLine; });
    rebuildRows();
    viewport()->update();
}

void LogView::setTimestampMode(TimestampMode mode)
{
    if (m_timestampMode == mode)
        return;
    m_timestampMode = mode;
    updateScrollBars();
    viewport()->update();
}

QString LogView::timestampText(qint64 line) const
{
    if (m_timestampMode == TimestampMode::None || line < 0 || line >= m_lineCount)
        return {};
    const QByteArray& ts = shownLine(line).timestamp;
    if (ts.isEmpty())
        return {};
    if (m_timestampMode == TimestampMode::Absolute)
        return formatTimestamp(ts);
    const auto at = Ci::LogLine::parseTimestampMs(ts);
    if (!at)
        return QString::fromLatin1(ts);
    // Since the step started: its recorded start, else its first line's time (pseudo-steps and
    // logs without steps count from the log's first line).
    const int step = stepOfLine(line);
    std::optional<qint64> base;
    if (step >= 0 && m_steps[step].started > 0)
        base = m_steps[step].started * 1000;
    else
        base = Ci::LogLine::parseTimestampMs(shownLine(step >= 0 ? m_steps[step].firstLine : 0).timestamp);
    if (!base)
        return {};
    const qint64 secs = (*at - *base) / 1000;
    const qint64 a = qAbs(secs);
    const QString sign = secs < 0 ? QStringLiteral("-") : QStringLiteral("+");
    if (a < 60)
        return tr("%1%2s").arg(sign).arg(a);
    if (a < 3600)
        return tr("%1%2m %3s").arg(sign).arg(a / 60).arg(a % 60, 2, 10, QLatin1Char('0'));
    return tr("%1%2h %3m %4s")
        .arg(sign)
        .arg(a / 3600)
        .arg((a / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString LogView::shownText(qint64 line) const
{
    return line >= 0 && line < m_lineCount ? shownLine(line).text.text : QString();
}

void LogView::setFollow(bool follow)
{
    const bool wasPaused = isFollowPaused();
    m_follow = follow;
    if (follow)
        scrollToBottom();
    if (wasPaused != isFollowPaused())
        Q_EMIT followPausedChanged(isFollowPaused());
}

void LogView::setGroupFolded(qint64 headerLine, bool folded)
{
    const Ci::GroupRange* g = groupAt(headerLine);
    auto it = foldedGroup(headerLine);
    const bool isFolded = it != m_foldedGroups.end() && it->header == headerLine;
    if (!g || folded == isFolded)
        return;
    if (folded)
        m_foldedGroups.insert(it, FoldedGroup { headerLine, g->lastLine });
    else
        m_foldedGroups.erase(it);
    rebuildRows();
    Q_EMIT foldingChanged();
}

void LogView::setStepFolded(int step, bool folded)
{
    if (step < 0 || step >= m_steps.size() || folded == m_foldedSteps.contains(step))
        return;
    if (folded)
        m_foldedSteps.insert(step);
    else
        m_foldedSteps.remove(step);
    rebuildRows();
    Q_EMIT foldingChanged();
}

void LogView::foldAllGroups()
{
    m_foldedGroups.clear();
    m_foldedGroups.reserve(m_groups.size());
    for (const Ci::GroupRange& g : std::as_const(m_groups))
        m_foldedGroups.append({ g.headerLine, g.lastLine }); // groups() is in header order
    rebuildRows();
    Q_EMIT foldingChanged();
}

void LogView::unfoldAll()
{
    m_foldedGroups.clear();
    m_foldedSteps.clear();
    rebuildRows();
    Q_EMIT foldingChanged();
}

const Ci::GroupRange* LogView::groupAt(qint64 headerLine) const
{
    auto it = std::lower_bound(m_groups.cbegin(), m_groups.cend(), headerLine,
        [](const Ci::GroupRange& g, qint64 l) { return g.headerLine < l; });
    return it != m_groups.cend() && it->headerLine == headerLine ? &*it : nullptr;
}

bool LogView::isErrorLine(qint64 line) const
{
    return std::binary_search(m_errors.cbegin(), m_errors.cend(), line);
}

int LogView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

qint64 LogView::maxTopRow() const
{
    return std::max<qint64>(0, m_rows.rowCount() - visibleRowCount());
}

int LogView::stepOfLine(qint64 line) const
{
    auto it = std::upper_bound(m_stepsByFirstLine.cbegin(), m_stepsByFirstLine.cend(), line,
        [this](qint64 l, int s) { return l < m_steps[s].firstLine; });
    if (it == m_stepsByFirstLine.cbegin())
        return -1;
    const Ci::UiStep& s = m_steps[*(it - 1)];
    return line < s.firstLine + s.lineCount ? *(it - 1) : -1;
}

qint64 LogView::displayLineNumber(qint64 line) const
{
    const int s = stepOfLine(line);
    return s >= 0 ? line - m_steps[s].firstLine + 1 : line + 1;
}

void LogView::updateScrollBars()
{
    const qint64 maxTop = maxTopRow();
    QScrollBar* v = verticalScrollBar();
    const QSignalBlocker block(v);
    if (maxTop <= ScrollBarMax) {
        v->setRange(0, int(maxTop));
        v->setPageStep(visibleRowCount());
        v->setValue(int(std::min(m_topRow, maxTop)));
    } else {
        // Scaled: the bar only positions; rows are scrolled by keys and wheel in row units.
        v->setRange(0, ScrollBarMax);
        v->setPageStep(std::max(1, int(double(visibleRowCount()) * ScrollBarMax / double(maxTop))));
        v->setValue(int(double(m_topRow) / double(maxTop) * ScrollBarMax));
    }
    QScrollBar* h = horizontalScrollBar();
    const int textColumns = std::max(1, int((viewport()->width() - textX()) / m_advance));
    h->setRange(0, std::max(0, m_maxColumns + 1 - textColumns));
    h->setPageStep(textColumns);
}

void LogView::setTopRow(qint64 row, bool fromScrollBar)
{
    m_topRow = std::clamp<qint64>(row, 0, maxTopRow());
    if (!fromScrollBar)
        updateScrollBars();
    updateFollowState();
    viewport()->update();
}

void LogView::scrollToRow(qint64 row)
{
    setTopRow(row);
}

void LogView::scrollToBottom()
{
    setTopRow(std::numeric_limits<qint64>::max());
}

void LogView::updateFollowState()
{
    const bool wasPaused = isFollowPaused();
    m_atBottom = m_topRow >= maxTopRow();
    if (wasPaused != isFollowPaused())
        Q_EMIT followPausedChanged(isFollowPaused());
}

void LogView::scrollContentsBy(int dx, int dy)
{
    if (dx != 0)
        m_leftColumn = horizontalScrollBar()->value();
    if (dy != 0) {
        const qint64 maxTop = maxTopRow();
        const int v = verticalScrollBar()->value();
        if (maxTop <= ScrollBarMax)
            setTopRow(v, true);
        else
            setTopRow(v >= ScrollBarMax ? maxTop : qint64(double(v) / ScrollBarMax * double(maxTop)), true);
    }
    viewport()->update();
}

const LogView::Shown& LogView::shownLine(qint64 line) const
{
    if (Shown* s = m_lineCache.object(line))
        return *s;
    auto* s = new Shown;
    QByteArray raw = m_source ? m_source->line(line) : QByteArray();
    QByteArrayView content = raw;
    if (raw.size() > TimestampSize && raw[TimestampSize] == ' ') {
        s->timestamp = raw.left(TimestampSize);
        content = QByteArrayView(raw).sliced(TimestampSize + 1);
    }
    QByteArray rewritten; // a workflow command shown as a label and its message
    switch (Ci::LogLine::classify(content)) {
    case Ci::LogLine::Kind::GroupStart:
        s->kind = Shown::Kind::GroupHeader;
        content = Ci::LogLine::groupTitle(content);
        break;
    case Ci::LogLine::Kind::GroupEnd:
        s->kind = Shown::Kind::GroupEnd;
        break;
    case Ci::LogLine::Kind::Error:
    case Ci::LogLine::Kind::Warning:
    case Ci::LogLine::Kind::Notice: {
        const auto kind = Ci::LogLine::classify(content);
        s->kind = kind == Ci::LogLine::Kind::Error ? Shown::Kind::Error
            : kind == Ci::LogLine::Kind::Warning   ? Shown::Kind::Warning
                                                   : Shown::Kind::Notice;
        if (const auto cmd = Ci::LogLine::parseCommand(content)) {
            rewritten = commandText(*cmd, s->kind);
            content = rewritten;
        }
        break;
    }
    case Ci::LogLine::Kind::Command:
        s->kind = Shown::Kind::Command;
        if (!Ci::LogLine::maskValue(content).isEmpty()) {
            rewritten = QByteArrayLiteral("::add-mask::***"); // the value itself is the secret
            content = rewritten;
        }
        break;
    case Ci::LogLine::Kind::Normal:
        break;
    }
    QByteArray masked;
    if (!m_masks.isEmpty()) {
        masked = Ci::LogLine::applyMasks(content.toByteArray(), m_masks);
        content = masked;
    }
    s->text = Ci::Ansi::parseFinal(content, &s->parts);
    // Cost in KiB of text: a screenful of 64 KiB lines must not pin hundreds of MB.
    m_lineCache.insert(line, s, 1 + int(s->text.text.size() / 512));
    return *m_lineCache.object(line);
}

QByteArray LogView::commandText(const Ci::LogLine::WorkflowCommand& cmd, Shown::Kind kind)
{
    // GitHub's escapes: %25 %0D %0A in messages, also %3A %2C in properties. A newline cannot be
    // shown in a one-row line: it reads as " ⏎ ".
    const auto unescape = [](QByteArrayView v, bool property) {
        QByteArray out = v.toByteArray();
        out.replace("%0D", "").replace("%0A", " \xe2\x8f\x8e ");
        if (property)
            out.replace("%3A", ":").replace("%2C", ",");
        return out.replace("%25", "%");
    };
    QByteArray file, lineNo, col, title;
    for (const QByteArray& p : cmd.properties.toByteArray().split(',')) {
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = p.first(eq).trimmed();
        const QByteArray value = unescape(p.sliced(eq + 1), true);
        if (key == "file")
            file = value;
        else if (key == "line")
            lineNo = value;
        else if (key == "col")
            col = value;
        else if (key == "title")
            title = value;
    }
    QByteArray out = (kind == Shown::Kind::Error            ? tr("Error:")
                             : kind == Shown::Kind::Warning ? tr("Warning:")
                                                            : tr("Notice:"))
                         .toUtf8()
        + ' ';
    if (!file.isEmpty()) {
        out += file;
        if (!lineNo.isEmpty()) {
            out += ':';
            out += lineNo;
            if (!col.isEmpty()) {
                out += ':';
                out += col;
            }
        }
        out += ": ";
    }
    if (!title.isEmpty())
        out += title + " \xe2\x80\x94 ";
    return out + unescape(cmd.message, false);
}

int LogView::foldColumnX() const
{
    return Margin;
}

int LogView::gutterWidth() const
{
    const qint64 maxNumber = std::max<qint64>(999, m_lineCount);
    const int digits = int(QString::number(maxNumber).size());
    int w = Margin + 2 * m_charWidth + (digits + 2) * m_charWidth;
    if (showTimestamps())
        w += TimestampColumns * m_charWidth;
    return w;
}

int LogView::textX() const
{
    return gutterWidth() + m_charWidth;
}

void LogView::buildColors()
{
    const QFontMetrics fm(font());
    m_lineHeight = std::max(1, fm.height() + 2);
    // Text columns use the exact (fractional) advance: rounding drifts by columns on long lines;
    // the gutter rounds up so its numbers and timestamps never run into the text.
    m_advance = std::max<qreal>(1.0, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('M')));
    m_charWidth = std::max(1, int(std::ceil(m_advance)));
    m_ascent = fm.ascent() + 1;
    m_dark = palette().color(QPalette::Base).lightness() < 128;
    const quint32* table = m_dark ? DarkBase16 : LightBase16;
    for (int i = 0; i < 16; ++i)
        m_base16[i] = QColor::fromRgb(table[i]);
    m_readableCache.clear();
}

void LogView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        buildColors();
        updateScrollBars();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

QColor LogView::ansiColor(const Ci::Ansi::Color& c, bool foreground) const
{
    using Kind = Ci::Ansi::Color::Kind;
    switch (c.kind) {
    case Kind::Default:
        return palette().color(foreground ? QPalette::Text : QPalette::Base);
    case Kind::Indexed:
        return c.index < 16 ? m_base16[c.index] : QColor::fromRgb(Ci::Ansi::xtermRgb(c.index));
    case Kind::Rgb:
        return QColor::fromRgb(c.rgb);
    }
    return {};
}

QColor LogView::readable(const QColor& fg, const QColor& bg) const
{
    // WCAG AA for normal text: 4.5:1. Colours that miss it move towards white on dark
    // backgrounds and towards black on light ones, keeping their hue.
    const quint64 key = (quint64(fg.rgb()) << 32) | bg.rgb();
    if (auto it = m_readableCache.constFind(key); it != m_readableCache.cend())
        return *it;
    QColor out = fg;
    if (ThemeColors::contrast(fg, bg) < 4.5) {
        const QColor target = ThemeColors::luminance(bg) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
        for (int step = 1; step <= 10; ++step) {
            out = mix(fg, target, step / 10.0);
            if (ThemeColors::contrast(out, bg) >= 4.5)
                break;
        }
    }
    m_readableCache.insert(key, out);
    return out;
}

void LogView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor gutterText = mix(text, base, 0.45);
    const QColor errorBg = mix(base, QColor(0xd0, 0x30, 0x30), m_dark ? 0.28 : 0.12);
    const QColor warningBg = mix(base, QColor(0xd0, 0xa0, 0x00), m_dark ? 0.26 : 0.14);
    const QColor noticeBg = mix(base, QColor(0x30, 0x70, 0xd0), m_dark ? 0.26 : 0.10);
    const QColor warningMark = QColor(0xc0, 0x8a, 0x00);
    const QColor noticeMark = QColor(0x30, 0x70, 0xd0);
    const QColor currentBg = mix(base, pal.color(QPalette::Highlight), 0.18);
    const QColor matchBg = m_dark ? QColor(0x80, 0x6a, 0x00) : QColor(0xff, 0xe5, 0x6b);
    const QColor currentMatchBg = m_dark ? QColor(0xb0, 0x58, 0x00) : QColor(0xff, 0xa8, 0x40);
    QColor selectionBg = pal.color(QPalette::Highlight);
    selectionBg.setAlpha(110);
    const QColor headerBg = mix(base, text, m_dark ? 0.12 : 0.07);
    const QColor failed = readable(m_base16[1], headerBg);

    p.fillRect(viewport()->rect(), base);
    const QFont normalFont = font();
    const int width = viewport()->width();
    const int rows = visibleRowCount() + 1;
    const int gutter = gutterWidth();
    const int tx = textX();
    const int textColumns = std::max(1, int((width - tx) / m_advance) + 1);
    const int numberRight = Margin + 2 * m_charWidth
        + (gutter - Margin - 2 * m_charWidth - (showTimestamps() ? TimestampColumns * m_charWidth : 0)) - m_charWidth;
    TextPos selFrom = std::min(m_anchor, m_cursor);
    TextPos selTo = std::max(m_anchor, m_cursor);
    const bool selection = hasSelection();
    int widest = m_maxColumns;

    const auto drawFoldMark = [&](int y, bool folded, const QColor& color) {
        const int cx = foldColumnX() + m_charWidth / 2;
        const int cy = y + m_lineHeight / 2;
        const int r = std::max(3, m_lineHeight / 4);
        QPolygon tri;
        if (folded)
            tri << QPoint(cx, cy - r) << QPoint(cx + r, cy) << QPoint(cx, cy + r);
        else
            tri << QPoint(cx - r / 2, cy - r / 2) << QPoint(cx + r + r / 2, cy - r / 2) << QPoint(cx + r / 2, cy + r);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(tri);
        p.setBrush(Qt::NoBrush);
    };

    for (int i = 0; i < rows; ++i) {
        const qint64 row = m_topRow + i;
        if (row >= m_rows.rowCount())
            break;
        const int y = i * m_lineHeight;
        const LogRowMap::Row r = m_rows.rowAt(row);
        if (r.isHeader) {
            const Ci::UiStep& s = m_steps[r.step];
            p.fillRect(0, y, width, m_lineHeight, headerBg);
            drawFoldMark(y, m_foldedSteps.contains(r.step) || s.lineCount == 0, gutterText);
            QFont bold = normalFont;
            bold.setBold(true);
            p.setFont(bold);
            const bool failedStep = s.status == Ci::Status::Failure;
            p.setPen(failedStep ? failed : text);
            const QString title = failedStep ? QStringLiteral("\u2717 ") + s.name : s.name;
            p.drawText(Margin + 3 * m_charWidth, y + m_ascent, title);
            p.setFont(normalFont);
            p.setPen(gutterText);
            const QString count = tr("%n line(s)", nullptr, int(std::min<qint64>(s.lineCount, INT_MAX)));
            p.drawText(QRect(0, y, width - Margin, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter, count);
            continue;
        }

        const qint64 line = r.line;
        const Shown& shown = shownLine(line);
        const QString& str = shown.text.text;
        widest = std::max(widest, int(str.size()));
        const bool error = isErrorLine(line);
        const bool warning = !error && shown.kind == Shown::Kind::Warning;
        const bool notice = !error && shown.kind == Shown::Kind::Notice;
        const QColor rowBg = error ? errorBg : warning ? warningBg : notice ? noticeBg : base;
        if (rowBg != base)
            p.fillRect(0, y, width, m_lineHeight, rowBg);
        if (line == m_currentLine) {
            p.fillRect(0, y, width, m_lineHeight, currentBg);
            p.fillRect(0, y, 3, m_lineHeight, pal.color(QPalette::Highlight));
        } else if (error || warning || notice) {
            p.fillRect(0, y, 3, m_lineHeight, error ? failed : warning ? warningMark : noticeMark);
        }

        // Gutter: fold mark, line number, redraw marker, timestamp.
        const bool isGroup = shown.kind == Shown::Kind::GroupHeader && groupAt(line);
        if (isGroup)
            drawFoldMark(y, isGroupFolded(line), gutterText);
        p.setFont(normalFont);
        p.setPen(gutterText);
        p.drawText(QRect(0, y, numberRight, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(displayLineNumber(line)));
        if (shown.parts > 1)
            p.drawText(numberRight, y + m_ascent, QStringLiteral("\u21bb"));
        if (showTimestamps() && !shown.timestamp.isEmpty())
            p.drawText(
                QRect(gutter - TimestampColumns * m_charWidth, y, (TimestampColumns - 1) * m_charWidth, m_lineHeight),
                Qt::AlignRight | Qt::AlignVCenter, timestampText(line));

        p.save();
        p.setClipRect(QRect(tx - 1, y, width - tx + 1, m_lineHeight));
        const auto colX = [&](qsizetype col) { return tx + qreal(col - m_leftColumn) * m_advance; };

        // Search hits behind the text.
        if (m_pattern.isValid() && !m_pattern.pattern().isEmpty()) {
            const bool currentMatchLine = m_currentMatch >= 0 && m_matches.value(m_currentMatch, -1) == line;
            auto it = m_pattern.globalMatch(str);
            for (int n = 0; n < MaxHighlightsPerLine && it.hasNext(); ++n) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() == 0)
                    continue;
                p.fillRect(QRectF(colX(m.capturedStart()), y, qreal(m.capturedLength()) * m_advance, m_lineHeight),
                    currentMatchLine ? currentMatchBg : matchBg);
            }
        }
        // Selection behind the text.
        if (selection && line >= selFrom.line && line <= selTo.line) {
            const qsizetype from = line == selFrom.line ? selFrom.column : 0;
            const qsizetype to = line == selTo.line ? std::min<qsizetype>(selTo.column, str.size()) : str.size() + 1;
            if (to > from)
                p.fillRect(QRectF(colX(from), y, qreal(to - from) * m_advance, m_lineHeight), selectionBg);
        }

        const qsizetype firstCol = m_leftColumn;
        const qsizetype lastCol = m_leftColumn + textColumns;
        for (const Ci::Ansi::Run& run : shown.text.runs) {
            const qsizetype a = std::max<qsizetype>(run.start, firstCol);
            const qsizetype b = std::min<qsizetype>(run.start + run.length, lastCol);
            if (a >= b)
                continue;
            const Ci::Ansi::Style& st = run.style;
            QColor fg = ansiColor(st.fg, true);
            QColor bg = st.bg.kind == Ci::Ansi::Color::Kind::Default ? rowBg : ansiColor(st.bg, false);
            if (st.inverse)
                std::swap(fg, bg);
            const bool ownBg = st.inverse || st.bg.kind != Ci::Ansi::Color::Kind::Default;
            if (ownBg)
                p.fillRect(QRectF(colX(a), y, qreal(b - a) * m_advance, m_lineHeight), bg);
            fg = readable(fg, bg);
            if (st.faint)
                fg = mix(fg, bg, 0.35);
            if (shown.kind == Shown::Kind::GroupEnd || shown.kind == Shown::Kind::Command)
                fg = gutterText;
            QFont f = normalFont;
            f.setBold(st.bold || shown.kind == Shown::Kind::GroupHeader);
            f.setItalic(st.italic);
            f.setUnderline(st.underline);
            f.setStrikeOut(st.strike);
            p.setFont(f);
            p.setPen(fg);
            p.drawText(QPointF(colX(a), y + m_ascent), str.mid(a, b - a));
        }
        if (isGroup && isGroupFolded(line)) {
            const Ci::GroupRange* g = groupAt(line);
            p.setFont(normalFont);
            p.setPen(gutterText);
            p.drawText(
                QPointF(colX(str.size() + 1), y + m_ascent), tr("\u2026 %n line(s)", nullptr, int(g->lastLine - line)));
        }
        p.restore();
    }

    if (widest != m_maxColumns) {
        m_maxColumns = widest;
        QMetaObject::invokeMethod(
            this, [this] { updateScrollBars(); }, Qt::QueuedConnection);
    }
}

void LogView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    setTopRow(m_follow && m_atBottom ? std::numeric_limits<qint64>::max() : m_topRow);
}

QList<LogView::FoldedGroup>::iterator LogView::foldedGroup(qint64 headerLine)
{
    return std::lower_bound(m_foldedGroups.begin(), m_foldedGroups.end(), headerLine,
        [](const FoldedGroup& f, qint64 l) { return f.header < l; });
}

bool LogView::isGroupFolded(qint64 headerLine) const
{
    auto it = std::lower_bound(m_foldedGroups.cbegin(), m_foldedGroups.cend(), headerLine,
        [](const FoldedGroup& f, qint64 l) { return f.header < l; });
    return it != m_foldedGroups.cend() && it->header == headerLine;
}

void LogView::unfoldToShow(qint64 line)
{
    if (m_rows.rowOfLine(line) >= 0)
        return; // already visible
    bool changed = false;
    // Folded groups holding the line: walk back over the groups that start before it. Groups
    // nest, so the walk can stop after the first top-level group (depth 0).
    auto git = std::lower_bound(
        m_groups.cbegin(), m_groups.cend(), line, [](const Ci::GroupRange& g, qint64 l) { return g.headerLine < l; });
    while (git != m_groups.cbegin()) {
        --git;
        if (git->lastLine >= line) {
            auto f = foldedGroup(git->headerLine);
            if (f != m_foldedGroups.end() && f->header == git->headerLine) {
                m_foldedGroups.erase(f);
                changed = true;
            }
        }
        if (git->depth == 0)
            break;
    }
    for (auto it = m_foldedSteps.begin(); it != m_foldedSteps.end();) {
        const Ci::UiStep& s = m_steps[*it];
        if (line >= s.firstLine && line < s.firstLine + s.lineCount) {
            it = m_foldedSteps.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        rebuildRows();
    if (m_rows.rowOfLine(line) < 0) {
        // Depths not as expected (or a fold range out of date): unfold whatever covers the line.
        const qsizetype before = m_foldedGroups.size();
        m_foldedGroups.removeIf([line](const FoldedGroup& f) { return line > f.header && line <= f.last; });
        changed = changed || before != m_foldedGroups.size();
        if (before != m_foldedGroups.size())
            rebuildRows();
    }
    if (changed)
        Q_EMIT foldingChanged();
}

void LogView::gotoLine(qint64 line)
{
    if (line < 0 || line >= m_lineCount)
        return;
    unfoldToShow(line);
    const qint64 row = m_rows.rowOfLine(line);
    m_currentLine = line;
    const int visible = visibleRowCount();
    if (row < m_topRow || row >= m_topRow + visible)
        setTopRow(row - visible / 3);
    viewport()->update();
}

void LogView::setSearchPattern(const QString& text, bool regex, bool caseSensitive)
{
    if (text.isEmpty()) {
        m_pattern = QRegularExpression();
    } else {
        m_pattern = QRegularExpression(regex ? text : QRegularExpression::escape(text),
            caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        m_pattern.optimize();
    }
    viewport()->update();
}

void LogView::setSearchResults(const QList<qint64>& lines)
{
    m_matches = lines;
    m_currentMatch = -1;
    Q_EMIT currentMatchChanged(m_currentMatch, int(m_matches.size()));
    viewport()->update();
}

void LogView::appendSearchResults(const QList<qint64>& lines)
{
    if (lines.isEmpty())
        return;
    const bool ordered = m_matches.isEmpty() || lines.first() > m_matches.last();
    m_matches.append(lines);
    if (!ordered) {
        const qint64 current = m_currentMatch >= 0 ? m_matches[m_currentMatch] : -1;
        std::sort(m_matches.begin(), m_matches.end());
        m_matches.erase(std::unique(m_matches.begin(), m_matches.end()), m_matches.end());
        if (current >= 0)
            m_currentMatch = int(std::lower_bound(m_matches.cbegin(), m_matches.cend(), current) - m_matches.cbegin());
    }
    Q_EMIT currentMatchChanged(m_currentMatch, int(m_matches.size()));
}

void LogView::selectMatch(int index)
{
    m_currentMatch = index;
    gotoLine(m_matches[index]);
    Q_EMIT currentMatchChanged(m_currentMatch, int(m_matches.size()));
}

void LogView::nextMatch()
{
    if (m_matches.isEmpty())
        return;
    int index = 0;
    if (m_currentMatch >= 0) {
        index = (m_currentMatch + 1) % int(m_matches.size());
    } else {
        // Start from what the user looks at.
        const qint64 from = m_currentLine >= 0 ? m_currentLine : std::max<qint64>(0, lineAtRow(m_topRow));
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        index = it == m_matches.cend() ? 0 : int(it - m_matches.cbegin());
    }
    selectMatch(index);
}

void LogView::previousMatch()
{
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    int index = n - 1;
    if (m_currentMatch >= 0) {
        index = (m_currentMatch - 1 + n) % n;
    } else {
        const qint64 from = m_currentLine >= 0 ? m_currentLine : std::max<qint64>(0, lineAtRow(m_topRow));
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        index = it == m_matches.cbegin() ? n - 1 : int(it - m_matches.cbegin()) - 1;
    }
    selectMatch(index);
}

bool LogView::gotoFirstError()
{
    if (m_source)
        m_errors = m_source->errorLines();
    if (m_errors.isEmpty())
        return false;
    gotoLine(m_errors.first());
    return true;
}

bool LogView::hasSelection() const
{
    return m_anchor.line >= 0 && m_cursor.line >= 0 && !(m_anchor == m_cursor);
}

void LogView::clearSelection()
{
    m_anchor = m_cursor = {};
    viewport()->update();
}

void LogView::selectLines(qint64 first, qint64 last)
{
    m_anchor = { first, 0 };
    m_cursor = { last, std::numeric_limits<int>::max() };
    viewport()->update();
}

QString LogView::selectedText(bool* truncated) const
{
    if (truncated)
        *truncated = false;
    if (!hasSelection())
        return {};
    const TextPos from = std::min(m_anchor, m_cursor);
    const TextPos to = std::max(m_anchor, m_cursor);
    QStringList out;
    qint64 row = m_rows.rowAtOrAfterLine(from.line);
    qint64 taken = 0;
    for (; row < m_rows.rowCount() && taken < MaxCopyRows; ++row) {
        const LogRowMap::Row r = m_rows.rowAt(row);
        if (r.isHeader)
            continue;
        if (r.line > to.line)
            break;
        const QString& s = shownLine(r.line).text.text;
        const qsizetype a = r.line == from.line ? std::min<qsizetype>(from.column, s.size()) : 0;
        const qsizetype b = r.line == to.line ? std::min<qsizetype>(to.column, s.size()) : s.size();
        out.append(s.mid(a, std::max<qsizetype>(0, b - a)));
        ++taken;
    }
    if (truncated && taken >= MaxCopyRows && row < m_rows.rowCount()) {
        const LogRowMap::Row r = m_rows.rowAt(row);
        *truncated = r.isHeader || r.line <= to.line;
    }
    return out.join(QLatin1Char('\n'));
}

void LogView::copy()
{
    if (!hasSelection())
        return;
    bool truncated = false;
    QApplication::clipboard()->setText(selectedText(&truncated));
    if (truncated)
        Q_EMIT copyTruncated(MaxCopyRows);
}

LogView::TextPos LogView::textPosAt(const QPoint& pos) const
{
    if (m_rows.rowCount() == 0)
        return {};
    qint64 row = m_topRow + (pos.y() < 0 ? -1 : pos.y() / m_lineHeight);
    row = std::clamp<qint64>(row, 0, m_rows.rowCount() - 1);
    LogRowMap::Row r = m_rows.rowAt(row);
    int column = std::max(0, int((pos.x() - textX()) / m_advance + 0.5) + m_leftColumn);
    // A step header stands for the start of the next line below it.
    while (r.isHeader && row + 1 < m_rows.rowCount()) {
        r = m_rows.rowAt(++row);
        column = 0;
    }
    if (r.isHeader)
        return {};
    return { r.line, column };
}

void LogView::toggleFoldAtRow(qint64 row)
{
    const LogRowMap::Row r = m_rows.rowAt(row);
    if (r.isHeader)
        setStepFolded(r.step, !m_foldedSteps.contains(r.step));
    else if (r.line >= 0 && groupAt(r.line))
        setGroupFolded(r.line, !isGroupFolded(r.line));
}

void LogView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const qint64 row = m_topRow + pos.y() / m_lineHeight;
    if (row >= m_rows.rowCount())
        return;
    const LogRowMap::Row r = m_rows.rowAt(row);
    if (r.isHeader || (pos.x() < Margin + 2 * m_charWidth && groupAt(r.line))) {
        toggleFoldAtRow(row);
        return;
    }
    const TextPos at = textPosAt(pos);
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor.line < 0)
        m_anchor = at;
    m_cursor = at;
    m_selecting = true;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_selecting)
        return;
    const QPoint pos = event->position().toPoint();
    if (pos.y() < 0)
        setTopRow(m_topRow - 1);
    else if (pos.y() > viewport()->height())
        setTopRow(m_topRow + 1);
    const TextPos at = textPosAt(pos);
    if (at.line >= 0)
        m_cursor = at;
    viewport()->update();
}

void LogView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_selecting = false;
}

void LogView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const qint64 row = m_topRow + pos.y() / m_lineHeight;
    if (row >= m_rows.rowCount())
        return;
    const LogRowMap::Row r = m_rows.rowAt(row);
    if (r.isHeader || groupAt(r.line)) {
        toggleFoldAtRow(row);
        return;
    }
    m_anchor = { r.line, 0 };
    m_cursor = { r.line, int(shownLine(r.line).text.text.size()) };
    viewport()->update();
}

void LogView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d / 120 * 8);
    } else if (delta.y() != 0) {
        setTopRow(m_topRow - qint64(delta.y()) * QApplication::wheelScrollLines() / 120);
    }
    event->accept();
}

void LogView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::FindNext)
        || (event->key() == Qt::Key_F3 && event->modifiers() == Qt::NoModifier)) {
        nextMatch();
        return;
    }
    if (event->matches(QKeySequence::FindPrevious)
        || (event->key() == Qt::Key_F3 && event->modifiers() == Qt::ShiftModifier)) {
        previousMatch();
        return;
    }
    const int page = std::max(1, visibleRowCount() - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        setTopRow(m_topRow - 1);
        return;
    case Qt::Key_Down:
        setTopRow(m_topRow + 1);
        return;
    case Qt::Key_PageUp:
        setTopRow(m_topRow - page);
        return;
    case Qt::Key_PageDown:
        setTopRow(m_topRow + page);
        return;
    case Qt::Key_Home:
        setTopRow(0);
        return;
    case Qt::Key_End:
        scrollToBottom();
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - 4);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 4);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}
