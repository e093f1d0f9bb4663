#pragma once

#include "core/dns/corefile.h"

#include <QAbstractTableModel>

#include <optional>

// The zones of the Corefile with the serial in each file and the serial the server answers;
// a row is marked when they differ (an edit not yet live, or a file CoreDNS refused).
class ZoneListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Zone,
        File,
        Reload,
        FileSerial,
        ServedSerial,
        ColumnCount
    };
    enum Role
    {
        DiffersRole = Qt::UserRole + 1, // bool: both serials known and different
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setZones(const QList<CorefileZone>& zones);
    const QList<CorefileZone>& zones() const { return m_zones; }
    int rowOf(const QString& zone) const;
    const CorefileZone& zone(int row) const { return m_zones.at(row); }

    void setFileSerial(const QString& zone, std::optional<quint32> serial, const QString& problem = {});
    void setServedSerial(const QString& zone, std::optional<quint32> serial, const QString& problem = {});
    std::optional<quint32> fileSerial(int row) const { return m_rows.at(row).file; }
    std::optional<quint32> servedSerial(int row) const { return m_rows.at(row).served; }
    bool differs(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Serials
    {
        std::optional<quint32> file;
        std::optional<quint32> served;
        QString fileProblem;
        QString servedProblem;
    };
    void changed(int row);

    QList<CorefileZone> m_zones;
    QList<Serials> m_rows;
};
