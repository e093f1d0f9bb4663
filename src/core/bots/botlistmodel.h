#pragma once

#include "core/bots/botqueries.h"

#include <QAbstractTableModel>

// The bots of the host, one row each: name, active, created, last configuration change, bucket,
// scripts and KB files, DriveMonitor's state of config.csv and the id. Rows are updated in place (a
// refresh keeps selection and scroll position).
class BotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        // What needs attention first (the list is narrow beside the configuration), dates and id last.
        Name,
        Active,
        ConfigState,
        Bucket,
        Scripts,
        KbFiles,
        ConfigChanged,
        Created,
        Id, // the UUID (bot_configuration.bot_id), for psql and logs
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProblemRole, // bool: bucket missing, config.csv skipped, inactive
        SortRole,
    };

    explicit BotListModel(QObject* parent = nullptr);

    void setBots(const QList<BotSummary>& bots); // keeps the bucket data of bots already known
    void setBuckets(const QSet<QString>& buckets); // marks Present/Missing
    void updateBot(const BotSummary& bot); // by id
    const QList<BotSummary>& bots() const { return m_bots; }
    int rowOfId(const QString& id) const;
    std::optional<BotSummary> botAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString configStateText(const BotSummary& bot);

private:
    QList<BotSummary> m_bots;
};
