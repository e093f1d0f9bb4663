#include "widgets/containers/snapshotsdialog.h"

#include <QLocale>

#include "ui_snapshotsdialog.h"

SnapshotsDialog::SnapshotsDialog(const QString& container, const QList<SnapshotInfo>& snapshots, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SnapshotsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Snapshots of %1").arg(container));
    connect(m_ui->create, &QPushButton::clicked, this, &SnapshotsDialog::createRequested);
    connect(m_ui->restore, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested(currentSnapshot()); });
    connect(m_ui->remove, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(currentSnapshot()); });
    connect(m_ui->list, &QTreeWidget::currentItemChanged, this, &SnapshotsDialog::updateButtons);
    setSnapshots(snapshots);
}

SnapshotsDialog::~SnapshotsDialog() = default;

void SnapshotsDialog::setSnapshots(const QList<SnapshotInfo>& snapshots)
{
    const QString keep = currentSnapshot();
    m_ui->list->clear();
    const QLocale locale;
    for (const SnapshotInfo& s : snapshots) {
        auto* item = new QTreeWidgetItem(m_ui->list);
        item->setText(0, s.name);
        item->setText(1, locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(
            2, s.expiresAt.isValid() ? locale.toString(s.expiresAt.toLocalTime(), QLocale::ShortFormat) : tr("never"));
        item->setText(3, s.stateful ? tr("yes") : tr("no"));
        if (s.name == keep)
            m_ui->list->setCurrentItem(item);
    }
    for (int c = 0; c < m_ui->list->columnCount(); ++c)
        m_ui->list->resizeColumnToContents(c);
    updateButtons();
}

QString SnapshotsDialog::currentSnapshot() const
{
    const QTreeWidgetItem* item = m_ui->list->currentItem();
    return item ? item->text(0) : QString();
}

void SnapshotsDialog::updateButtons()
{
    const bool has = m_ui->list->currentItem() != nullptr;
    m_ui->restore->setEnabled(has);
    m_ui->remove->setEnabled(has);
}
