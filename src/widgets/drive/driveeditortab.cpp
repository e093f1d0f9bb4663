#include "widgets/drive/driveeditortab.h"

#include "core/drive/basicblocks.h"
#include "core/drive/basiclint.h"
#include "core/drive/drivecommands.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorhighlighter.h"
#include "widgets/editor/editorview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

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

DriveEditorTab::DriveEditorTab(CommandRunner* runner, const QString& bucket, const QString& key,
    const QByteArray& bytes, const QString& etag, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_bucket(bucket)
    , m_key(key)
    , m_etag(etag)
    , m_format(TextFileFormat::decode(bytes))
    , m_view(new EditorView(this))
    , m_banner(new QLabel(this))
    , m_jumpButton(new QPushButton(tr("Go to the error"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bannerRow = new QHBoxLayout;
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_jumpButton);
    layout->addLayout(bannerRow);
    layout->addWidget(m_view, 1);
    m_banner->hide();
    m_jumpButton->hide();
    connect(m_jumpButton, &QPushButton::clicked, this, [this] {
        if (m_watch && m_watch->errorLine() > 0)
            m_view->editor()->goToLine(m_watch->errorLine());
    });

    CodeEditor* editor = m_view->editor();
    editor->setPlainText(m_format.text());
    editor->document()->setModified(false);
    if (!m_format.isEditable()) {
        editor->setReadOnly(true);
        showBanner(m_format.lossyEditReason(), true);
    } else if (!m_format.lossyEditReason().isEmpty()) {
        showBanner(m_format.lossyEditReason(), false);
    }

    if (isBasic(key)) {
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
}

QString DriveEditorTab::title() const
{
    const QString name = m_key.section(QLatin1Char('/'), -1);
    return isModified() ? QStringLiteral("● ") + name : name;
}

bool DriveEditorTab::isModified() const
{
    return m_view->editor()->document()->isModified();
}

QString DriveEditorTab::bannerText() const
{
    return m_banner->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

void DriveEditorTab::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("QLabel { background: #f8d7da; color: #58151c; padding: 4px; }")
                                  : QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"));
    m_banner->setVisible(!text.isEmpty());
}

void DriveEditorTab::lintNow()
{
    QList<EditorMarker> markers;
    for (const LintIssue& i : BasicLint::lint(m_view->editor()->toPlainText()))
        markers.append(EditorMarker { i.line, i.column, i.length, EditorMarker::Severity::Warning, i.message });
    m_view->editor()->setMarkers(QStringLiteral("lint"), markers);
}

void DriveEditorTab::save()
{
    if (m_saving)
        return;
    QString text = m_view->editor()->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    auto bytes = m_format.encode(text);
    if (!bytes) {
        showBanner(tr("Not saved: %1").arg(bytes.errorMessage()), true);
        return;
    }
    m_saving = true;
    showBanner(tr("Checking that %1 did not change on the host…").arg(m_key), false);
    // Conflict check: the object must still be the version that was opened.
    CommandJob* job = m_runner->run(DriveCommands::stat(m_bucket, m_key), this);
    connect(job, &CommandJob::finished, this, [this, job, data = *bytes](const CommandResult& r) {
        job->deleteLater();
        auto current = DriveCommands::parseStatEtag(r.stdoutData);
        if (current && *current != m_etag) {
            m_saving = false;
            showBanner(tr("Not saved: %1 changed on the host since it was opened (ETag %2, now %3). Reopen it to see "
                          "the other change.")
                           .arg(m_key, m_etag, *current),
                true);
            return;
        }
        upload(data);
    });
}

// The one save path: until the shared remote file edit lands, a single PUT with mc pipe (all or
// nothing) followed by mc stat for the new ETag.
void DriveEditorTab::upload(const QByteArray& bytes)
{
    showBanner(tr("Uploading %1…").arg(m_key), false);
    CommandJob* job = m_runner->run(DriveCommands::pipe(m_bucket, m_key, bytes), this);
    connect(job, &CommandJob::finished, this, [this, job](const CommandResult& r) {
        job->deleteLater();
        if (!r.succeeded()) {
            m_saving = false;
            showBanner(tr("Not saved: the upload failed: %1")
                           .arg(r.error.isEmpty() ? QString::fromUtf8(r.stdoutData + r.stderrData).trimmed() : r.error),
                true);
            return;
        }
        CommandJob* stat = m_runner->run(DriveCommands::stat(m_bucket, m_key), this);
        connect(stat, &CommandJob::finished, this, [this, stat](const CommandResult& s) {
            stat->deleteLater();
            m_saving = false;
            auto etag = DriveCommands::parseStatEtag(s.stdoutData);
            if (!etag) {
                showBanner(tr("Uploaded, but the new ETag could not be read: %1").arg(etag.errorMessage()), true);
                return;
            }
            m_etag = *etag;
            const QString text = m_view->editor()->toPlainText();
            m_format = TextFileFormat::decode(*m_format.encode(text, true));
            m_view->editor()->document()->setModified(false);
            m_view->editor()->setMarkers(QStringLiteral("compiler"), {});
            Q_EMIT saved();
            if (!m_bucket.endsWith(QLatin1String(".gbai")))
                return showBanner(tr("Saved."), false);
            if (m_watch)
                m_watch->deleteLater();
            m_watch = new SaveWatch(m_runner, { m_bucket.chopped(5), m_key, m_etag, 60 }, this);
            connect(m_watch, &SaveWatch::stageChanged, this, &DriveEditorTab::onWatchStage);
            showBanner(m_watch->message(), false);
            m_watch->start();
        });
    });
}

void DriveEditorTab::onWatchStage(SaveWatch::Stage stage, const QString& message)
{
    const bool bad = stage == SaveWatch::Stage::Failed || stage == SaveWatch::Stage::Skipped
        || stage == SaveWatch::Stage::TimedOut || stage == SaveWatch::Stage::Error;
    showBanner(message, bad);
    m_jumpButton->setVisible(stage == SaveWatch::Stage::Failed && m_watch && m_watch->errorLine() > 0);
    if (stage == SaveWatch::Stage::Failed && m_watch && m_watch->errorLine() > 0)
        m_view->editor()->setMarkers(QStringLiteral("compiler"),
            { EditorMarker { m_watch->errorLine(), 0, 0, EditorMarker::Severity::Error, m_watch->compilerError() } });
}
