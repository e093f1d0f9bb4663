#pragma once

#include "core/health/healthcheck.h"

#include <QAbstractTableModel>

// The health checks of the last round, one row per check, in INFRA.md's order.
class HealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Check,
        Status,
        Summary,
        Time,
        ColumnCount
    };
    enum Roles
    {
        StatusRole = Qt::UserRole, // int(Health::Status)
        DetailsRole,
        IdRole,
    };

    explicit HealthModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new round: every row back to Pending (rows are replaced only when the check list changes).
    void setResults(const QList<Health::Result>& results);
    void updateResult(const Health::Result& result);
    const QList<Health::Result>& results() const { return m_rows; }

private:
    QList<Health::Result> m_rows;
};
