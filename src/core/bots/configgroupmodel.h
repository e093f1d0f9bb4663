#pragma once

#include "core/bots/configdriftmodel.h"
#include "core/bots/configkeys.h"

#include <QAbstractProxyModel>

// ConfigDriftModel as a tree for the Bots pane: one top-level row per group of known keys (LLM,
// embeddings, theme, identity, param-*, …, unknown keys last), its keys as children. The source's
// Group column becomes the parent row; the drift mark comes right after the key, so it stays in
// view however wide the values are: Key, Drift, Desired, Applied, Effective.
// A group row names the group with its key count and sums up the drift of its keys (DriftRole is
// the most urgent kind among them). Key rows forward everything to the source, editing included.
// The source keeps its rows sorted by group; resets and in-place edits are all it emits.
class ConfigGroupModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Drift,
        Desired,
        Applied,
        Effective,
        ColumnCount
    };
    enum Role
    {
        IsGroupRole = ConfigDriftModel::SortRole + 1, // bool
    };

    explicit ConfigGroupModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    ConfigDriftModel* driftModel() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxy) const override;
    QModelIndex mapFromSource(const QModelIndex& source) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex& index) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex buddy(const QModelIndex& index) const override;

    bool isGroup(const QModelIndex& index) const;
    // The top-level row of `group`; invalid when no key of it is shown.
    QModelIndex groupIndex(ConfigKeys::Group group) const;
    ConfigKeys::Group groupAt(int row) const;
    // The tree index of a source row / key (column: this model's).
    QModelIndex indexOfKey(const QString& key, int column = Key) const;

private:
    struct Span
    {
        ConfigKeys::Group group;
        int first = 0; // source row
        int count = 0;
    };
    static int sourceColumn(int column);
    static int columnOfSource(int sourceColumn); // -1: the Group column (the parent row)
    void rebuild();
    int spanOfSourceRow(int row) const;
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    QString groupSummary(const Span& span) const;
    ConfigDriftModel::DriftKind groupDrift(const Span& span) const;

    QList<Span> m_groups;
    QList<QMetaObject::Connection> m_connections;
};
