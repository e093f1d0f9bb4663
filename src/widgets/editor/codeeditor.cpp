#include "widgets/editor/codeeditor.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

// The gutter left of the text: line numbers and the marker column.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return { m_editor->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            QString text;
            if (m_editor->lineNumberToolTip(help->pos(), &text))
                QToolTip::showText(help->globalPos(), text, this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor* m_editor;
};

namespace {
constexpr int kMarkerColumn = 14;

struct SchemeColors
{
    QColor gutterBackground, lineNumber, currentLineNumber, currentLine, match, warning, error, information;
};

SchemeColors colorsFor(CodeEditor::ColorScheme scheme)
{
    if (scheme == CodeEditor::ColorScheme::Dark)
        return { QColor(0x23, 0x26, 0x29), QColor(0x7a, 0x7f, 0x85), QColor(0xe0, 0xe0, 0xe0), QColor(0x2f, 0x34, 0x3a),
            QColor(0x3d, 0x5a, 0x80), QColor(0xe0, 0xa0, 0x30), QColor(0xf0, 0x50, 0x50), QColor(0x50, 0x9a, 0xf0) };
    return { QColor(0xf3, 0xf3, 0xf3), QColor(0x8a, 0x8a, 0x8a), QColor(0x20, 0x20, 0x20), QColor(0xfd, 0xf6, 0xd8),
        QColor(0xc8, 0xe0, 0xff), QColor(0xc0, 0x80, 0x00), QColor(0xd0, 0x20, 0x20), QColor(0x20, 0x70, 0xd0) };
}

QColor markerColor(const SchemeColors& c, EditorMarker::Severity s)
{
    switch (s) {
    case EditorMarker::Severity::Error:
        return c.error;
    case EditorMarker::Severity::Warning:
        return c.warning;
    case EditorMarker::Severity::Information:
        break;
    }
    return c.information;
}
} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    m_scheme = palette().color(QPalette::Base).lightness() < 128 ? ColorScheme::Dark : ColorScheme::Light;
    updateGutterWidth();
    updateExtraSelections();
}

qsizetype CodeEditor::sliceEnd(qsizetype from) const
{
    // Slices end after a line break, so a surrogate pair or a CRLF is never split.
    if (m_loadText.size() - from <= m_loadSlice)
        return m_loadText.size();
    const qsizetype newline = m_loadText.indexOf(QLatin1Char('\n'), from + m_loadSlice - 1);
    return newline < 0 ? m_loadText.size() : newline + 1;
}

void CodeEditor::loadText(const QString& text, bool readOnly)
{
    ++m_loadGeneration;
    m_loadReadOnly = readOnly;
    m_loadText = text;
    setReadOnly(true);
    m_loadAt = sliceEnd(0);
    setPlainText(m_loadAt == text.size() ? text : text.left(m_loadAt));
    loadNextSlice();
}

void CodeEditor::loadNextSlice()
{
    if (m_loadAt >= m_loadText.size()) {
        m_loadText.clear();
        m_loadAt = -1;
        // Undo stays on while loading: without it every highlighting pass would mark the document
        // modified (QTextDocument counts any change as a modification then). Off and on again
        // empties the stack and keeps the modified flag in step with it.
        document()->setUndoRedoEnabled(false);
        document()->setUndoRedoEnabled(true);
        setReadOnly(m_loadReadOnly);
        Q_EMIT loaded();
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_loadGeneration] {
        if (generation != m_loadGeneration || !isLoading())
            return;
        // One slice appended at the end: the view and the cursor stay where they are.
        const qsizetype end = sliceEnd(m_loadAt);
        const bool modified = document()->isModified();
        QTextCursor at(document());
        at.movePosition(QTextCursor::End);
        at.insertText(m_loadText.mid(m_loadAt, end - m_loadAt));
        document()->setModified(modified);
        m_loadAt = end;
        loadNextSlice();
    });
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return kMarkerColumn + 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_schemeFromPalette) {
        const auto scheme = palette().color(QPalette::Base).lightness() < 128 ? ColorScheme::Dark : ColorScheme::Light;
        if (scheme != m_scheme) {
            m_scheme = scheme;
            applySchemeColors();
            Q_EMIT colorSchemeChanged(m_scheme);
        }
    }
}

void CodeEditor::setColorScheme(ColorScheme scheme)
{
    m_schemeFromPalette = false;
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    applySchemeColors();
    Q_EMIT colorSchemeChanged(m_scheme);
}

void CodeEditor::applySchemeColors()
{
    QPalette p = palette();
    if (m_scheme == ColorScheme::Dark) {
        p.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x22));
        p.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
    } else {
        p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    }
    const bool keep = m_schemeFromPalette;
    m_schemeFromPalette = false; // our own palette change must not re-derive the scheme
    setPalette(p);
    m_schemeFromPalette = keep;
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    // Enter keeps the indentation of the line it splits.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QTextCursor cursor = textCursor();
        const QString line = cursor.block().text();
        qsizetype n = 0;
        while (n < line.size() && (line.at(n) == QLatin1Char(' ') || line.at(n) == QLatin1Char('\t')))
            ++n;
        const int column = cursor.positionInBlock();
        cursor.beginEditBlock();
        cursor.insertText(QStringLiteral("\n") + line.left(std::min<qsizetype>(n, column)));
        cursor.endEditBlock();
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::setMarkers(const QString& source, const QList<EditorMarker>& markers)
{
    auto it = std::find_if(m_markerSources.begin(), m_markerSources.end(),
        [&](const QPair<QString, QList<EditorMarker>>& p) { return p.first == source; });
    if (it != m_markerSources.end())
        it->second = markers;
    else
        m_markerSources.append({ source, markers });
    updateExtraSelections();
    m_gutter->update();
}

QList<EditorMarker> CodeEditor::markers() const
{
    QList<EditorMarker> all;
    for (const auto& s : m_markerSources)
        all += s.second;
    return all;
}

QList<EditorMarker> CodeEditor::markersAt(int line) const
{
    QList<EditorMarker> out;
    for (const auto& s : m_markerSources)
        for (const EditorMarker& m : s.second)
            if (m.line == line)
                out.append(m);
    return out;
}

void CodeEditor::setBlockMatcher(BlockMatcher matcher)
{
    m_matcher = std::move(matcher);
    updateExtraSelections();
}

void CodeEditor::goToLine(int line, int column)
{
    const int blockNumber = std::clamp(line, 1, blockCount()) - 1;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void CodeEditor::updateExtraSelections()
{
    const SchemeColors c = colorsFor(m_scheme);
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection current;
    current.format.setBackground(c.currentLine);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);

    for (const EditorMarker& m : markers()) {
        const QTextBlock block = document()->findBlockByNumber(m.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(markerColor(c, m.severity));
        sel.cursor = QTextCursor(block);
        const int start = m.column > 0 ? std::min(m.column - 1, block.length() - 1) : 0;
        const int length = m.column > 0 && m.length > 0 ? m.length : block.length() - 1 - start;
        sel.cursor.setPosition(block.position() + start);
        sel.cursor.setPosition(
            block.position() + std::min(start + length, block.length() - 1), QTextCursor::KeepAnchor);
        selections.append(sel);
    }

    m_blockMatches = m_matcher ? m_matcher(document(), textCursor().position()) : QList<TextRange>();
    for (const TextRange& r : std::as_const(m_blockMatches)) {
        QTextEdit::ExtraSelection sel;
        sel.format.setBackground(c.match);
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(r.position);
        sel.cursor.setPosition(r.position + r.length, QTextCursor::KeepAnchor);
        selections.append(sel);
    }
    setExtraSelections(selections);
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    const SchemeColors c = colorsFor(m_scheme);
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), c.gutterBackground);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            painter.setPen(number == current ? c.currentLineNumber : c.lineNumber);
            painter.drawText(kMarkerColumn, top, m_gutter->width() - kMarkerColumn - 4, lineHeight, Qt::AlignRight,
                QString::number(number + 1));
            const QList<EditorMarker> marks = markersAt(number + 1);
            if (!marks.isEmpty()) {
                auto worst = std::max_element(marks.begin(), marks.end(),
                    [](const EditorMarker& a, const EditorMarker& b) { return a.severity < b.severity; });
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(markerColor(c, worst->severity));
                const int d = std::min(kMarkerColumn - 4, lineHeight - 4);
                painter.drawEllipse(QRect(3, top + (lineHeight - d) / 2, d, d));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

bool CodeEditor::lineNumberToolTip(const QPoint& pos, QString* text) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, pos.y()));
    const QList<EditorMarker> marks = markersAt(cursor.blockNumber() + 1);
    if (marks.isEmpty())
        return false;
    QStringList lines;
    for (const EditorMarker& m : marks)
        lines.append(m.message);
    *text = lines.join(QLatin1Char('\n'));
    return true;
}
