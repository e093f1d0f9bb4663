#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

class ZoneDocument;

// The records of a ZoneDocument as a table (owner, TTL, class, type, data, line); directives,
// comments and blank lines are not rows. Follows the document's edits row by row: an entry
// edited in place changes its row (dataChanged), and line numbers below an edit change only when
// the edit added or removed lines.
class ZoneRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Owner,
        Ttl,
        Class,
        Type,
        Data,
        Line,
        ColumnCount
    };
    enum Role
    {
        EntryPositionRole = Qt::UserRole + 1
    };

    explicit ZoneRecordModel(ZoneDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int entryPosition(int row) const;

private:
    void rebuild();
    void onEntriesReplaced(int pos, int removed, int inserted);
    void onEntriesChanged(int first, int last);

    QPointer<ZoneDocument> m_document;
    std::vector<int> m_positions; // entry position of each row, ascending
    int m_lineCount = 0; // the document's lines when the rows were last updated
};
