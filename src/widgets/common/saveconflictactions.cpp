#include "widgets/common/saveconflictactions.h"

#include "core/host/bytediff.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

SaveConflictActions::SaveConflictActions(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_compare(new QAction(tr("Compare…"), this))
    , m_reload(new QAction(tr("Reload (drop my edits)"), this))
    , m_overwrite(new QAction(tr("Overwrite anyway"), this))
{
    m_compare->setToolTip(tr("Show the host's version beside yours"));
    m_reload->setToolTip(tr("Read the host's version again; your edits are dropped"));
    m_overwrite->setToolTip(tr("Save yours over the version you were shown (backup first)"));
    connect(m_compare, &QAction::triggered, this, &SaveConflictActions::showDifference);
    connect(m_reload, &QAction::triggered, this, [this] {
        m_conflict.reset();
        Q_EMIT reloadRequested();
    });
    connect(m_overwrite, &QAction::triggered, this, [this] {
        if (m_conflict)
            Q_EMIT overwriteRequested(m_conflict->version);
    });
}

QList<QAction*> SaveConflictActions::actions() const
{
    if (m_conflict && !m_conflict->version.exists)
        return { m_overwrite };
    return { m_compare, m_reload, m_overwrite };
}

QByteArray SaveConflictActions::difference(
    const QByteArray& remote, const QByteArray& local, const std::function<QByteArray(const QByteArray&)>& filter)
{
    return ByteDiff::unified(filter ? filter(remote) : remote, filter ? filter(local) : local, QStringLiteral("host"),
        QStringLiteral("mine"));
}

void SaveConflictActions::showDifference()
{
    if (!m_conflict || !m_local)
        return;
    const std::optional<QByteArray> mine = m_local();
    if (!mine)
        return;
    const QPointer<SaveConflictActions> self(this);
    // The display filter hides secrets (config.csv): small files, filtered here.
    openDifferenceDialog(m_parent, tr("%1: the host's version and yours").arg(m_name),
        m_filter ? m_filter(m_conflict->bytes) : m_conflict->bytes, m_filter ? m_filter(*mine) : *mine,
        QStringLiteral("host"), QStringLiteral("mine"), [self](QWidget* dialog) {
            if (self)
                Q_EMIT self->differenceShown(dialog);
        });
}

void SaveConflictActions::openDifferenceDialog(QWidget* parent, const QString& title, const QByteArray& a,
    const QByteArray& b, const QString& labelA, const QString& labelB, const std::function<void(QWidget*)>& shown)
{
    // A large file diffs on a worker thread; the dialog opens when it is ready (not if the parent
    // went away meanwhile: the watcher goes with it).
    auto* watcher = new QFutureWatcher<QByteArray>(parent);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [parent, watcher, title, shown] {
        watcher->deleteLater();
        auto* dialog = new QDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("saveConflictDifference"));
        dialog->setWindowTitle(title);
        auto* layout = new QVBoxLayout(dialog);
        auto* text = new QPlainTextEdit(dialog);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(watcher->result()));
        layout->addWidget(text);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(860, 520);
        dialog->show();
        if (shown)
            shown(dialog);
    });
    watcher->setFuture(QtConcurrent::run([a, b, labelA, labelB] { return ByteDiff::unified(a, b, labelA, labelB); }));
}
