#include "widgets/drive/driveeditortab.h"

#include "core/drive/basicblocks.h"
#include "core/drive/basiclint.h"
#include "core/host/autosaver.h"
#include "core/host/tasklistmodel.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/saveconflictactions.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorhighlighter.h"
#include "widgets/editor/editorview.h"

#include <QAction>
#include <QCryptographicHash>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
bool isBasic(const QString& key)
{
    return key.endsWith(QLatin1String(".bas"), Qt::CaseInsensitive);
}

QStringList documentLines(const QTextDocument* doc)
{
    QStringList lines;
    for (QTextBlock b = doc->firstBlock(); b.isValid(); b = b.next())
        lines.append(b.text());
    return lines;
}
} // namespace

DriveEditorTab::DriveEditorTab(CommandRunner* runner, RemoteFile* file, const RemoteSnapshot& snapshot,
    AutosaveStore* store, const QString& profile, bool modified, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_file(file)
    , m_view(new EditorView(this))
    , m_banner(new MessageBanner(this))
    , m_jump(new QAction(tr("Go to the error"), this))
    , m_conflict(new SaveConflictActions(this))
{
    m_file->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    connect(m_jump, &QAction::triggered, this, [this] {
        if (m_watch && m_watch->errorLine() > 0)
            m_view->editor()->goToLine(m_watch->errorLine());
    });
    m_conflict->setTitle(m_file->location().key);
    m_conflict->setLocalBytes([this] { return currentBytes(); });
    connect(m_conflict, &SaveConflictActions::reloadRequested, this, &DriveEditorTab::reload);
    connect(m_conflict, &SaveConflictActions::overwriteRequested, this, &DriveEditorTab::overwrite);

    connect(m_file, &RemoteFile::opened, this, [this](const RemoteSnapshot& s) {
        m_conflict->clear();
        if (m_autosave) {
            m_autosave->setBaseVersion(s.version);
            m_autosave->discard();
        }
        setContents(s.bytes, false);
        m_banner->showMessage(MessageBanner::Level::Information, tr("Reloaded %1 from the host.").arg(key()));
    });
    connect(m_file, &RemoteFile::openFailed, this, [this](const QString& message, int) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("Could not read %1: %2").arg(key(), message));
    });
    connect(m_file, &RemoteFile::saveStarted, this, [this](Task*) {
        m_banner->showMessage(MessageBanner::Level::Information, tr("Saving %1 (backup, upload, verify)…").arg(key()));
    });
    connect(m_file, &RemoteFile::saveFinished, this, &DriveEditorTab::onSaveFinished);

    CodeEditor* editor = m_view->editor();
    if (store) {
        m_autosave = new Autosaver(store, profile, m_file->location(), this);
        m_autosave->setBaseVersion(snapshot.version);
        m_autosave->setSource([this] { return currentBytes().value_or(QByteArray()); });
        connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
            // Load slices are no edit (and the document is not whole yet).
            if (!m_loading && !m_view->editor()->isLoading() && isModified())
                m_autosave->markDirty();
        });
    }
    setContents(snapshot.bytes, modified);

    if (isBasic(key())) {
        EditorHighlighter::attach(editor, QStringLiteral("GB BASIC"));
        editor->setBlockMatcher([](const QTextDocument* doc, int position) {
            const QTextBlock block = doc->findBlock(position);
            QList<TextRange> out;
            for (const BasicBlocks::Keyword& k :
                BasicBlocks::partners(documentLines(doc), block.blockNumber() + 1, position - block.position() + 1)) {
                const QTextBlock b = doc->findBlockByNumber(k.line - 1);
                out.append(TextRange { b.position() + k.column - 1, k.length });
            }
            return out;
        });
        m_lintTimer.setSingleShot(true);
        m_lintTimer.setInterval(300);
        connect(&m_lintTimer, &QTimer::timeout, this, &DriveEditorTab::lintNow);
        connect(editor->document(), &QTextDocument::contentsChanged, &m_lintTimer, qOverload<>(&QTimer::start));
        connect(editor, &CodeEditor::loaded, this, &DriveEditorTab::lintNow);
        connect(&m_lintWatcher, &QFutureWatcherBase::finished, this, &DriveEditorTab::applyLint);
        lintNow();
    }
    connect(editor->document(), &QTextDocument::modificationChanged, this, &DriveEditorTab::titleChanged);

    auto* save = new QAction(tr("&Save"), this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &DriveEditorTab::save);
    addAction(save);
}

DriveEditorTab::~DriveEditorTab()
{
    if (m_watch)
        m_watch->stop();
    // Writes a pending edit while the editor it reads from still exists (children die after us).
    delete m_autosave;
}

void DriveEditorTab::setContents(const QByteArray& bytes, bool modified)
{
    m_loading = true;
    m_format = TextFileFormat::decode(bytes);
    CodeEditor* editor = m_view->editor();
    // A 2 MB script shows its first screen at once; the rest follows in slices (read-only till then).
    editor->loadText(m_format.text(), !m_format.isEditable());
    editor->document()->setModified(modified);
    editor->setMarkers(QStringLiteral("compiler"), {});
    m_loading = false;
    if (!m_format.isEditable())
        m_banner->showMessage(MessageBanner::Level::Error, m_format.lossyEditReason());
    else if (!m_format.lossyEditReason().isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, m_format.lossyEditReason());
    Q_EMIT titleChanged();
}

QString DriveEditorTab::title() const
{
    const QString name = key().section(QLatin1Char('/'), -1);
    return isModified() ? QStringLiteral("● ") + name : name;
}

bool DriveEditorTab::isModified() const
{
    return m_view->editor()->document()->isModified();
}

QString DriveEditorTab::bannerText() const
{
    return m_banner->text();
}

void DriveEditorTab::lintNow()
{
    // Linting 2 MB takes about half a second: off the GUI thread, one run at a time, and a result
    // for text that has changed since is dropped (the change restarted the timer).
    CodeEditor* editor = m_view->editor();
    if (editor->isLoading())
        return; // loaded() lints the whole text
    if (m_lintWatcher.isRunning()) {
        m_lintAgain = true;
        return;
    }
    m_lintAgain = false;
    m_lintRevision = editor->document()->revision();
    m_lintWatcher.setFuture(QtConcurrent::run([text = editor->toPlainText()] { return BasicLint::lint(text); }));
}

void DriveEditorTab::applyLint()
{
    CodeEditor* editor = m_view->editor();
    if (m_lintAgain || editor->isLoading() || editor->document()->revision() != m_lintRevision) {
        if (!editor->isLoading())
            lintNow();
        return;
    }
    QList<EditorMarker> markers;
    for (const LintIssue& i : m_lintWatcher.result())
        markers.append(EditorMarker { i.line, i.column, i.length, EditorMarker::Severity::Warning, i.message });
    editor->setMarkers(QStringLiteral("lint"), markers);
    Q_EMIT linted();
}

std::optional<QByteArray> DriveEditorTab::currentBytes()
{
    // While loading, the editor is read-only and will hold exactly what was decoded.
    QString text = m_view->editor()->isLoading() ? m_format.text() : m_view->editor()->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    auto bytes = m_format.encode(text);
    if (!bytes) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("Not saved: %1").arg(bytes.errorMessage()));
        return std::nullopt;
    }
    return *bytes;
}

void DriveEditorTab::save()
{
    if (m_file->isSaving())
        return;
    const auto bytes = currentBytes();
    if (!bytes)
        return;
    m_banner->showMessage(
        MessageBanner::Level::Information, tr("Checking that %1 did not change on the host…").arg(key()));
    m_file->save(*bytes);
}

std::optional<RemoteSnapshot> DriveEditorTab::conflict() const
{
    return m_conflict->conflict();
}

void DriveEditorTab::overwrite()
{
    if (!m_conflict->conflict() || m_file->isSaving())
        return;
    const auto bytes = currentBytes();
    if (!bytes)
        return;
    m_file->overwrite(*bytes, m_conflict->conflict()->version);
}

void DriveEditorTab::reload()
{
    m_banner->showMessage(MessageBanner::Level::Information, tr("Reading %1 again…").arg(key()));
    m_file->open();
}

void DriveEditorTab::discardAutosave()
{
    if (m_autosave)
        m_autosave->discard();
}

void DriveEditorTab::onSaveFinished(const RemoteSaveResult& r)
{
    using Outcome = RemoteSaveResult::Outcome;
    if (r.outcome != Outcome::Conflict)
        m_conflict->clear();
    switch (r.outcome) {
    case Outcome::Saved: {
        m_format = TextFileFormat::decode(r.bytes);
        // Typing during the save keeps the document modified: only the saved text is clean.
        if (currentBytes() == r.bytes)
            m_view->editor()->document()->setModified(false);
        m_view->editor()->setMarkers(QStringLiteral("compiler"), {});
        if (m_autosave) {
            m_autosave->setBaseVersion(r.version);
            if (!isModified())
                m_autosave->discard();
        }
        Q_EMIT saved();
        if (!bucket().endsWith(QLatin1String(".gbai")) || !r.version.exists || r.version.etag.isEmpty()) {
            m_banner->showMessage(MessageBanner::Level::Information, r.message);
            break;
        }
        if (m_watch)
            m_watch->deleteLater();
        m_watch = new SaveWatch(m_runner,
            { .bot = bucket().chopped(5),
                .key = key(),
                .etag = r.version.etag,
                .timeoutSeconds = 60,
                .sha256 = QCryptographicHash::hash(r.bytes, QCryptographicHash::Sha256).toHex() },
            this);
        connect(m_watch, &SaveWatch::stageChanged, this, &DriveEditorTab::onWatchStage);
        m_banner->showMessage(MessageBanner::Level::Information, r.message + QLatin1Char(' ') + m_watch->message());
        m_watch->start();
        break;
    }
    case Outcome::Conflict:
        m_conflict->setConflict(r.remote);
        m_banner->showMessage(MessageBanner::Level::Error, r.message, m_conflict->actions());
        break;
    case Outcome::Failed:
    case Outcome::Cancelled:
        m_banner->showMessage(MessageBanner::Level::Error, r.message);
        break;
    case Outcome::Refused:
        // The pane's banner says why (read-only, wrong name); not confirmed is no error.
        m_banner->showMessage(MessageBanner::Level::Warning, tr("Not saved; nothing was written."));
        break;
    }
    Q_EMIT saveEnded(r);
}

void DriveEditorTab::onWatchStage(SaveWatch::Stage stage, const QString& message)
{
    const bool bad = stage == SaveWatch::Stage::Failed || stage == SaveWatch::Stage::Skipped
        || stage == SaveWatch::Stage::TimedOut || stage == SaveWatch::Stage::Error;
    const bool lineKnown = stage == SaveWatch::Stage::Failed && m_watch && m_watch->errorLine() > 0;
    m_banner->showMessage(bad ? MessageBanner::Level::Error : MessageBanner::Level::Information, message,
        lineKnown ? QList<QAction*> { m_jump } : QList<QAction*> {});
    if (lineKnown)
        m_view->editor()->setMarkers(QStringLiteral("compiler"),
            { EditorMarker { m_watch->errorLine(), 0, 0, EditorMarker::Severity::Error, m_watch->compilerError() } });
}
