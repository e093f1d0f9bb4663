#pragma once

#include "core/dns/zonediagnostic.h"

#include <QAbstractListModel>

// The findings of a zone's validation as a list, for a QListView with uniform item sizes. Each
// setDiagnostics() updates only the rows that differ from the list shown (an edit changes a few
// findings of thousands; findings below it whose line moved change in place), so the view keeps
// its scroll position and selection and never re-lays out every row. An empty list shows one row
// saying so (isPlaceholder()).
class ZoneDiagnosticModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        LineRole = Qt::UserRole + 1, // int; 0 when about the whole zone
        ColumnRole, // int
        SeverityRole, // int(ZoneDiagnostic::Severity)
        MessageRole, // the finding without "Error · line n:"
        PlaceholderRole // bool: the "no problems" row
    };

    explicit ZoneDiagnosticModel(QObject* parent = nullptr);

    // The findings, in the order to show them (ZoneDocument::diagnostics() sorts by line).
    void setDiagnostics(const ZoneDiagnostics& diagnostics);
    // No zone: no rows at all, not even the placeholder.
    void clear();

    int errorCount() const { return m_errors; }
    int warningCount() const { return m_count - m_errors; }
    int count() const { return m_count; } // findings, without the placeholder
    bool isPlaceholder(int row) const;
    ZoneDiagnostic diagnostic(int row) const;
    // "Error · line 12: message", as a row shows it.
    static QString textOf(const ZoneDiagnostic& d);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void setRows(QList<ZoneDiagnostic> rows);

    QList<ZoneDiagnostic> m_rows;
    bool m_placeholder = false; // m_rows is the one "no problems" row
    int m_count = 0;
    int m_errors = 0;
};
