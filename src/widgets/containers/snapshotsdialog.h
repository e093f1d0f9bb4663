#pragma once

#include "core/containers/containerinfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SnapshotsDialog;
}

// The snapshots of one container. It only asks: the pane turns requests into Operations.
class SnapshotsDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotsDialog(const QString& container, const QList<SnapshotInfo>& snapshots, QWidget* parent = nullptr);
    ~SnapshotsDialog() override;

    void setSnapshots(const QList<SnapshotInfo>& snapshots);
    QString currentSnapshot() const;

Q_SIGNALS:
    void createRequested();
    void restoreRequested(const QString& snapshot);
    void deleteRequested(const QString& snapshot);

private:
    void updateButtons();

    std::unique_ptr<Ui::SnapshotsDialog> m_ui;
};
