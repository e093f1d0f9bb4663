#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

#include <functional>

class QTextDocument;

// A mark in the editor's margin: a lint warning or a compiler error at a line (1-based), with the
// sentence shown as its tooltip; `column`/`length` (1-based, 0 = whole line) underline the text.
struct EditorMarker
{
    enum class Severity
    {
        Information,
        Warning,
        Error,
    };
    int line = 1;
    int column = 0;
    int length = 0;
    Severity severity = Severity::Warning;
    QString message;
};

// A range of the document to highlight as a partner of the block keyword under the cursor.
struct TextRange
{
    int position = 0;
    int length = 0;
};

// The shared code editor: line numbers, current line, margin markers with tooltips, indentation
// kept on Enter, block-keyword matching (a language-specific finder is installed by the owner),
// light and dark colours. Knows nothing about files or hosts.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class ColorScheme
    {
        Light,
        Dark,
    };
    // Ranges to highlight for the cursor `position`: the keyword under it and its partners.
    using BlockMatcher = std::function<QList<TextRange>(const QTextDocument* document, int position)>;

    explicit CodeEditor(QWidget* parent = nullptr);

    void setMarkers(const QString& source, const QList<EditorMarker>& markers); // replaces that source's
    QList<EditorMarker> markers() const;
    QList<EditorMarker> markersAt(int line) const;

    void setBlockMatcher(BlockMatcher matcher);
    QList<TextRange> blockMatches() const { return m_blockMatches; }

    void setColorScheme(ColorScheme scheme);
    ColorScheme colorScheme() const { return m_scheme; }

    // 1-based line and column; clamped to the document. Centres the line.
    void goToLine(int line, int column = 1);
    int currentLine() const;

    int lineNumberAreaWidth() const;

    // Replaces the text like setPlainText() but a big text goes in by slices from the event loop:
    // the first screen shows at once, the window never blocks on a 2 MB file. While loading the
    // editor is read-only (then `readOnly`), undo starts after the load, and the document's
    // modified flag is what the caller set. isLoading() until loaded() is emitted.
    void loadText(const QString& text, bool readOnly);
    bool isLoading() const { return m_loadAt >= 0; }
    // Characters per slice (the first slice, and each one after it).
    void setLoadSlice(qsizetype chars) { m_loadSlice = std::max<qsizetype>(1, chars); }

Q_SIGNALS:
    void colorSchemeChanged(CodeEditor::ColorScheme scheme);
    void loaded();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent* event);
    bool lineNumberToolTip(const QPoint& pos, QString* text) const;
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    void updateExtraSelections();
    void applySchemeColors();
    void loadNextSlice();
    qsizetype sliceEnd(qsizetype from) const;

    QWidget* m_gutter = nullptr;
    QList<QPair<QString, QList<EditorMarker>>> m_markerSources;
    BlockMatcher m_matcher;
    QList<TextRange> m_blockMatches;
    ColorScheme m_scheme = ColorScheme::Light;
    bool m_schemeFromPalette = true;
    QString m_loadText;
    qsizetype m_loadAt = -1; // where the next slice starts; -1: not loading
    qsizetype m_loadSlice = 16 * 1024;
    bool m_loadReadOnly = false;
    quint64 m_loadGeneration = 0;
};
