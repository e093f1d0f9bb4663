#include "core/host/journalmodel.h"

JournalModel::JournalModel(Journal* journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    if (journal)
        connect(journal, &Journal::appended, this, [this] { (void)reload(); });
}

void JournalModel::setFilter(const JournalFilter& filter)
{
    m_filter = filter;
    (void)reload();
}

Result<void> JournalModel::reload()
{
    if (!m_journal)
        return Error::of(tr("No journal."));
    auto loaded = m_journal->entries(m_filter);
    beginResetModel();
    m_entries = loaded ? std::move(loaded).value() : QList<JournalEntry>();
    endResetModel();
    if (!loaded)
        return loaded.error();
    return {};
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == OkRole)
        return e.ok;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return role == Qt::ToolTipRole ? e.time.toUTC().toString(Qt::ISODateWithMs)
                                       : e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ProfileColumn:
        return e.profile;
    case EnvironmentColumn:
        return environmentName(e.environment);
    case ActionColumn:
        return e.action;
    case ResultColumn:
        return e.result;
    case CommandsColumn:
        return role == Qt::ToolTipRole ? e.commands.join(u'\n') : e.commands.join(QStringLiteral(" ⏎ "));
    case BackupColumn:
        return e.backupPath;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case EnvironmentColumn:
        return tr("Environment");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case CommandsColumn:
        return tr("Commands");
    case BackupColumn:
        return tr("Backup");
    case ColumnCount:
        break;
    }
    return {};
}
