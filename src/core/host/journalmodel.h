#pragma once

#include "core/host/journal.h"

#include <QAbstractTableModel>
#include <QPointer>

// The journal as a table for the journal view; refreshes itself when an entry is appended.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ProfileColumn,
        EnvironmentColumn,
        ActionColumn,
        ResultColumn,
        CommandsColumn,
        BackupColumn,
        ColumnCount,
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int OkRole = Qt::UserRole + 2; // the view colours failed rows

    explicit JournalModel(Journal* journal, QObject* parent = nullptr);

    void setFilter(const JournalFilter& filter);
    const JournalFilter& filter() const { return m_filter; }
    Result<void> reload();
    const QList<JournalEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<Journal> m_journal;
    JournalFilter m_filter;
    QList<JournalEntry> m_entries;
};
