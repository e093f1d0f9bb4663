#pragma once

#include "core/containers/containerinfo.h"

#include <QAbstractTableModel>

// The containers of one host. setContainers() applies a new `incus list` as row-level changes
// (remove, update, insert by name), so views keep their selection and scroll position.
class ContainerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        IPv4,
        IPv6,
        Type,
        Snapshots,
        Role,
        Ports,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        StatusCodeRole, // int: incus status code (103 Running, 102 Stopped, ...)
        NameRole,
    };
    Q_ENUM(Column)

    explicit ContainerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContainers(const ContainerList& containers);
    const ContainerList& containers() const { return m_rows; }
    const ContainerInfo* container(int row) const;
    int rowOf(const QString& name) const;

private:
    ContainerList m_rows;
};
