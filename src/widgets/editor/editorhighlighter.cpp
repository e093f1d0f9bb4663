#include "widgets/editor/editorhighlighter.h"

#include "gbadmin-config.h"
#include "widgets/editor/fallbackhighlighter.h"
#include "widgets/editor/syntaxdefinition.h"

#include <QHash>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace {
QString g_lastError;

#if HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository& repository()
{
    static KSyntaxHighlighting::Repository repo;
    static const bool added = [] {
        repo.addCustomSearchPath(EditorHighlighter::searchPath());
        return true;
    }();
    Q_UNUSED(added);
    return repo;
}
#endif
} // namespace

QString EditorHighlighter::searchPath()
{
    return QStringLiteral(":/gbadmin");
}

QString EditorHighlighter::definitionFile(const QString& definition)
{
    static const QHash<QString, QString> files { { QStringLiteral("GB BASIC"), QStringLiteral("gbbasic.xml") } };
    const QString file = files.value(definition);
    return file.isEmpty() ? QString() : searchPath() + QStringLiteral("/syntax/") + file;
}

QString EditorHighlighter::lastError()
{
    return g_lastError;
}

EditorHighlighter::EditorHighlighter(CodeEditor* editor, QSyntaxHighlighter* highlighter, bool ksh)
    : QObject(editor)
    , m_highlighter(highlighter)
    , m_ksh(ksh)
{
    connect(editor, &CodeEditor::colorSchemeChanged, this, &EditorHighlighter::applyScheme);
    applyScheme(editor->colorScheme());
}

void EditorHighlighter::applyScheme(CodeEditor::ColorScheme scheme)
{
    const bool dark = scheme == CodeEditor::ColorScheme::Dark;
#if HAVE_KSYNTAXHIGHLIGHTING
    if (m_ksh) {
        auto* ksh = static_cast<KSyntaxHighlighting::SyntaxHighlighter*>(m_highlighter);
        ksh->setTheme(repository().defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
        ksh->rehighlight();
        return;
    }
#endif
    static_cast<FallbackHighlighter*>(m_highlighter)->setDark(dark);
}

bool EditorHighlighter::isComplete() const
{
    return m_ksh || static_cast<FallbackHighlighter*>(m_highlighter)->isComplete();
}

EditorHighlighter* EditorHighlighter::attach(CodeEditor* editor, const QString& definition)
{
    g_lastError.clear();
#if HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition def = repository().definitionForName(definition);
    if (def.isValid()) {
        auto* ksh = new KSyntaxHighlighting::SyntaxHighlighter(editor->document());
        ksh->setDefinition(def);
        return new EditorHighlighter(editor, ksh, true);
    }
#endif
    const QString file = definitionFile(definition);
    if (file.isEmpty()) {
        g_lastError = tr("No syntax definition named %1.").arg(definition);
        return nullptr;
    }
    auto loaded = SyntaxDefinition::load(file);
    if (!loaded) {
        g_lastError = loaded.errorMessage();
        return nullptr;
    }
    auto* fallback = new FallbackHighlighter(editor->document(), *loaded);
    return new EditorHighlighter(editor, fallback, false);
}
