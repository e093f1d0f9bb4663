#include "widgets/editor/findreplacebar.h"

#include "ui_findreplacebar.h"
#include "widgets/editor/codeeditor.h"

#include <QKeyEvent>
#include <QTextBlock>

FindReplaceBar::FindReplaceBar(CodeEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindReplaceBar>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_ui->previousButton, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, [this] { setStatus(QString()); });
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_ui->findEdit->setText(selected);
    for (QWidget* w : { static_cast<QWidget*>(m_ui->replaceLabel), static_cast<QWidget*>(m_ui->replaceEdit),
             static_cast<QWidget*>(m_ui->replaceButton), static_cast<QWidget*>(m_ui->replaceAllButton) })
        w->setVisible(false);
    show();
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    for (QWidget* w : { static_cast<QWidget*>(m_ui->replaceLabel), static_cast<QWidget*>(m_ui->replaceEdit),
             static_cast<QWidget*>(m_ui->replaceButton), static_cast<QWidget*>(m_ui->replaceAllButton) })
        w->setVisible(true);
}

void FindReplaceBar::setSearch(const QString& text, bool regex, bool matchCase)
{
    m_ui->findEdit->setText(text);
    m_ui->regexCheck->setChecked(regex);
    m_ui->caseCheck->setChecked(matchCase);
}

void FindReplaceBar::setReplacement(const QString& text)
{
    m_ui->replaceEdit->setText(text);
}

QString FindReplaceBar::statusText() const
{
    return m_ui->statusLabel->text();
}

void FindReplaceBar::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

QRegularExpression FindReplaceBar::expression(bool anchored) const
{
    QString pattern
        = m_ui->regexCheck->isChecked() ? m_ui->findEdit->text() : QRegularExpression::escape(m_ui->findEdit->text());
    if (anchored)
        pattern = QRegularExpression::anchoredPattern(pattern);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_ui->caseCheck->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

bool FindReplaceBar::find(bool backward)
{
    if (m_ui->findEdit->text().isEmpty())
        return false;
    const QRegularExpression re = expression(false);
    if (!re.isValid()) {
        setStatus(tr("Invalid regular expression: %1").arg(re.errorString()));
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_ui->caseCheck->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument* doc = m_editor->document();
    QTextCursor found = doc->find(re, m_editor->textCursor(), flags);
    // Zero-length matches (e.g. "^") would stick at the cursor: step past them.
    if (!found.isNull() && !found.hasSelection() && found.position() == m_editor->textCursor().position()) {
        QTextCursor from = m_editor->textCursor();
        from.movePosition(backward ? QTextCursor::PreviousCharacter : QTextCursor::NextCharacter);
        found = doc->find(re, from, flags);
    }
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor start(doc);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = doc->find(re, start, flags);
        wrapped = true;
    }
    if (found.isNull()) {
        setStatus(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    setStatus(wrapped ? tr("Search wrapped around") : QString());
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::currentSelectionMatches(QRegularExpressionMatch* match) const
{
    const QTextCursor c = m_editor->textCursor();
    if (!c.hasSelection())
        return false;
    // Match in the context of the whole line so that anchors and look-arounds behave as in find().
    const QTextBlock block = c.block();
    const int start = c.selectionStart() - block.position();
    const int length = c.selectionEnd() - c.selectionStart();
    const QRegularExpression re = expression(false);
    QRegularExpressionMatch m = re.match(block.text(), start, QRegularExpression::NormalMatch);
    if (!m.hasMatch() || m.capturedStart() != start || m.capturedLength() != length)
        return false;
    *match = m;
    return true;
}

QString FindReplaceBar::replacementFor(const QRegularExpressionMatch& match) const
{
    const QString text = m_ui->replaceEdit->text();
    if (!m_ui->regexCheck->isChecked())
        return text;
    // \N inserts captured group N; \\ is a backslash.
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next.isDigit()) {
                out += match.captured(next.digitValue());
                ++i;
                continue;
            }
            if (next == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                ++i;
                continue;
            }
        }
        out += ch;
    }
    return out;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    QRegularExpressionMatch match;
    if (currentSelectionMatches(&match)) {
        QTextCursor c = m_editor->textCursor();
        c.insertText(replacementFor(match));
        m_editor->setTextCursor(c);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_ui->findEdit->text().isEmpty())
        return 0;
    const QRegularExpression re = expression(false);
    if (!re.isValid()) {
        setStatus(tr("Invalid regular expression: %1").arg(re.errorString()));
        return -1;
    }
    QTextDocument* doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock();
    int count = 0;
    // Line by line (matches never span lines, as in find()), right to left so positions stay valid.
    for (QTextBlock block = doc->firstBlock(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QList<QRegularExpressionMatch> matches;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                matches.append(m);
        }
        for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
            edit.setPosition(block.position() + int(m->capturedStart()));
            edit.setPosition(block.position() + int(m->capturedEnd()), QTextCursor::KeepAnchor);
            edit.insertText(replacementFor(*m));
            ++count;
        }
    }
    edit.endEditBlock();
    setStatus(tr("%n replacement(s)", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}
