#pragma once

#include "core/drive/mcjsonstream.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The objects of one bucket prefix as listed by mc: name, size, modified, ETag, role. Rows arrive
// in batches while the listing streams (appendEntries), so the first rows show before it ends.
class DriveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Size,
        Modified,
        ETag,
        Role,
        ColumnCount,
    };
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // the full key inside the bucket
        IsFolderRole,
        SortRole,
    };

    explicit DriveModel(QObject* parent = nullptr);

    void reset(const QString& bucket, const QString& prefix);
    void appendEntries(const QList<DriveEntry>& entries);
    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    const DriveEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1.5 MiB" style sizes.
    static QString formatSize(qint64 bytes);

private:
    QString m_bucket;
    QString m_prefix;
    QList<DriveEntry> m_entries;
    QStringList m_roles;
};

// Sorts and filters a DriveModel the way its SortRole says (folders first, then by the column), but
// reads the entries directly: a sorted prefix of 50,000 objects takes about a million comparisons,
// and building two QVariants per comparison was most of the GUI thread's time while a listing
// streamed in.
class DriveSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
