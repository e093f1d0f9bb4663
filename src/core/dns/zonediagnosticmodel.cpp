#include "core/dns/zonediagnosticmodel.h"

#include <algorithm>

namespace {
// The same finding, wherever its line is now (the lines below an edit move with it).
bool sameFinding(const ZoneDiagnostic& a, const ZoneDiagnostic& b)
{
    return a.severity == b.severity && a.column == b.column && a.message == b.message && (a.line == 0) == (b.line == 0);
}

bool identical(const ZoneDiagnostic& a, const ZoneDiagnostic& b)
{
    return a.line == b.line && sameFinding(a, b);
}
} // namespace

ZoneDiagnosticModel::ZoneDiagnosticModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ZoneDiagnosticModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_placeholder = false;
    m_count = 0;
    m_errors = 0;
    endResetModel();
}

void ZoneDiagnosticModel::setDiagnostics(const ZoneDiagnostics& diagnostics)
{
    m_count = int(diagnostics.size());
    m_errors = int(
        std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const ZoneDiagnostic& d) { return d.isError(); }));
    if (diagnostics.isEmpty()) {
        ZoneDiagnostic none;
        none.severity = ZoneDiagnostic::Severity::Info;
        none.message = tr("No problems found.");
        if (m_placeholder)
            return;
        if (!m_rows.isEmpty()) {
            beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
            m_rows.clear();
            endRemoveRows();
        }
        m_placeholder = true;
        setRows({ none });
        return;
    }
    if (m_placeholder) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_rows.clear();
        m_placeholder = false;
        endRemoveRows();
    }
    setRows(diagnostics);
}

// Old rows [p, oldSize - s) become new rows [p, newSize - s): a common head p and a common tail s
// (the same findings, maybe on moved lines) stay rows; only the middle is removed, inserted or
// changed, and the tail's moved line numbers are one dataChanged.
void ZoneDiagnosticModel::setRows(QList<ZoneDiagnostic> rows)
{
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = rows.size();
    const qsizetype common = std::min(oldSize, newSize);
    qsizetype p = 0;
    while (p < common && identical(m_rows[p], rows[p]))
        ++p;
    qsizetype s = 0;
    while (s < common - p && sameFinding(m_rows[oldSize - 1 - s], rows[newSize - 1 - s]))
        ++s;
    const qsizetype oldMid = oldSize - s - p;
    const qsizetype newMid = newSize - s - p;
    // The tail's first and last rows whose line moved (in new row numbers).
    qsizetype movedFirst = -1;
    qsizetype movedLast = -1;
    for (qsizetype k = 0; k < s; ++k) {
        if (m_rows[oldSize - 1 - k].line != rows[newSize - 1 - k].line) {
            movedFirst = newSize - 1 - k;
            if (movedLast < 0)
                movedLast = newSize - 1 - k;
        }
    }
    if (oldMid == newMid) {
        for (qsizetype k = p; k < p + newMid; ++k)
            m_rows[k] = rows[k];
        if (newMid > 0)
            Q_EMIT dataChanged(index(int(p)), index(int(p + newMid - 1)));
    } else {
        if (oldMid > 0) {
            beginRemoveRows(QModelIndex(), int(p), int(p + oldMid - 1));
            m_rows.remove(p, oldMid);
            endRemoveRows();
        }
        if (newMid > 0) {
            beginInsertRows(QModelIndex(), int(p), int(p + newMid - 1));
            m_rows.insert(p, newMid, ZoneDiagnostic());
            for (qsizetype k = p; k < p + newMid; ++k)
                m_rows[k] = rows[k];
            endInsertRows();
        }
    }
    if (movedFirst >= 0) {
        for (qsizetype k = movedFirst; k <= movedLast; ++k)
            m_rows[k].line = rows[k].line;
        Q_EMIT dataChanged(index(int(movedFirst)), index(int(movedLast)), { Qt::DisplayRole, LineRole });
    }
}

bool ZoneDiagnosticModel::isPlaceholder(int row) const
{
    return m_placeholder && row == 0;
}

ZoneDiagnostic ZoneDiagnosticModel::diagnostic(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : ZoneDiagnostic();
}

QString ZoneDiagnosticModel::textOf(const ZoneDiagnostic& d)
{
    const QString where = d.line > 0 ? tr("line %1").arg(d.line) : tr("zone");
    QString kind;
    switch (d.severity) {
    case ZoneDiagnostic::Severity::Error:
        kind = tr("Error");
        break;
    case ZoneDiagnostic::Severity::Warning:
        kind = tr("Warning");
        break;
    case ZoneDiagnostic::Severity::Info:
        kind = tr("Note");
        break;
    }
    return tr("%1 · %2: %3").arg(kind, where, d.message);
}

int ZoneDiagnosticModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ZoneDiagnosticModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ZoneDiagnostic& d = m_rows[index.row()];
    const bool placeholder = isPlaceholder(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return placeholder ? d.message : textOf(d);
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case SeverityRole:
        return int(d.severity);
    case MessageRole:
        return d.message;
    case PlaceholderRole:
        return placeholder;
    default:
        return QVariant();
    }
}
