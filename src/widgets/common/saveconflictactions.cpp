#include "widgets/common/saveconflictactions.h"

#include "core/host/bytediff.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPlainTextEdit>
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
    // A large file diffs on a worker thread; the dialog opens when it is ready.
    auto* watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        auto* dialog = new QDialog(m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("saveConflictDifference"));
        dialog->setWindowTitle(tr("%1: the host's version and yours").arg(m_name));
        auto* layout = new QVBoxLayout(dialog);
        auto* text = new QPlainTextEdit(dialog);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(watcher->result()));
        layout->addWidget(text);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(800, 500);
        dialog->show();
        Q_EMIT differenceShown(dialog);
    });
    watcher->setFuture(QtConcurrent::run(
        [remote = m_conflict->bytes, local = *mine, filter = m_filter] { return difference(remote, local, filter); }));
}
