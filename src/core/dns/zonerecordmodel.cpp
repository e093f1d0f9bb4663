#include "core/dns/zonerecordmodel.h"

#include "core/dns/zonedocument.h"

#include <algorithm>

ZoneRecordModel::ZoneRecordModel(ZoneDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &ZoneDocument::documentReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(document, &ZoneDocument::entriesReplaced, this, &ZoneRecordModel::onEntriesReplaced);
    connect(document, &ZoneDocument::entriesChanged, this, &ZoneRecordModel::onEntriesChanged);
}

void ZoneRecordModel::rebuild()
{
    m_positions.clear();
    m_lineCount = 0;
    if (!m_document)
        return;
    m_lineCount = m_document->lineCount();
    for (int p = 0; p < m_document->entryCount(); ++p) {
        if (m_document->entryKind(p) == ZoneDocument::EntryKind::Record)
            m_positions.push_back(p);
    }
}

void ZoneRecordModel::onEntriesReplaced(int pos, int removed, int inserted)
{
    const auto first = std::lower_bound(m_positions.begin(), m_positions.end(), pos);
    const auto last = std::lower_bound(first, m_positions.end(), pos + removed);
    const int row = static_cast<int>(first - m_positions.begin());
    std::vector<int> added;
    for (int p = pos; p < pos + inserted; ++p) {
        if (m_document->entryKind(p) == ZoneDocument::EntryKind::Record)
            added.push_back(p);
    }
    const int lines = m_document->lineCount();
    const bool linesMoved = lines != m_lineCount;
    m_lineCount = lines;
    if (removed == inserted && std::equal(first, last, added.begin(), added.end())) {
        // Edited in place (a record's data or TTL, a comment): the same rows, new contents.
        if (!added.empty())
            Q_EMIT dataChanged(index(row, 0), index(row + static_cast<int>(added.size()) - 1, ColumnCount - 1));
    } else {
        if (first != last) {
            beginRemoveRows(QModelIndex(), row, row + static_cast<int>(last - first) - 1);
            m_positions.erase(first, last);
            endRemoveRows();
        }
        const int shift = inserted - removed;
        for (auto it = m_positions.begin() + row; it != m_positions.end(); ++it)
            *it += shift;
        if (!added.empty()) {
            beginInsertRows(QModelIndex(), row, row + static_cast<int>(added.size()) - 1);
            m_positions.insert(m_positions.begin() + row, added.begin(), added.end());
            endInsertRows();
        }
    }
    // Line numbers below the edit move only when it added or removed lines.
    if (linesMoved && row + static_cast<int>(added.size()) < rowCount())
        Q_EMIT dataChanged(index(row + static_cast<int>(added.size()), Line), index(rowCount() - 1, Line));
}

void ZoneRecordModel::onEntriesChanged(int first, int last)
{
    // Re-read entries can become records or stop being ones (e.g. an owner became invalid).
    const auto b = std::lower_bound(m_positions.begin(), m_positions.end(), first);
    const auto e = std::upper_bound(b, m_positions.end(), last);
    std::vector<int> now;
    for (int p = first; p <= last; ++p) {
        if (m_document->entryKind(p) == ZoneDocument::EntryKind::Record)
            now.push_back(p);
    }
    if (std::equal(b, e, now.begin(), now.end())) {
        if (b != e)
            Q_EMIT dataChanged(index(static_cast<int>(b - m_positions.begin()), 0),
                index(static_cast<int>(e - m_positions.begin()) - 1, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(b - m_positions.begin());
    if (b != e) {
        beginRemoveRows(QModelIndex(), row, row + static_cast<int>(e - b) - 1);
        m_positions.erase(b, e);
        endRemoveRows();
    }
    if (!now.empty()) {
        beginInsertRows(QModelIndex(), row, row + static_cast<int>(now.size()) - 1);
        m_positions.insert(m_positions.begin() + row, now.begin(), now.end());
        endInsertRows();
    }
}

int ZoneRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_positions.size());
}

int ZoneRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ZoneRecordModel::entryPosition(int row) const
{
    return row >= 0 && row < rowCount() ? m_positions[static_cast<size_t>(row)] : -1;
}

QVariant ZoneRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return QVariant();
    const int pos = m_positions[static_cast<size_t>(index.row())];
    if (role == EntryPositionRole)
        return pos;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    if (index.column() == Line)
        return m_document->entryLine(pos);
    const ZoneDocument::Record r = m_document->record(pos);
    switch (index.column()) {
    case Owner:
        return r.owner;
    case Ttl:
        return r.ttl;
    case Class:
        return r.recordClass;
    case Type:
        return r.type;
    case Data:
        return r.data;
    default:
        return QVariant();
    }
}

QVariant ZoneRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Owner:
        return tr("Name");
    case Ttl:
        return tr("TTL");
    case Class:
        return tr("Class");
    case Type:
        return tr("Type");
    case Data:
        return tr("Data");
    case Line:
        return tr("Line");
    default:
        return QVariant();
    }
}
