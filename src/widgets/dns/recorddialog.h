#pragma once

#include "core/dns/zonedocument.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLineEdit;
class QPlainTextEdit;

namespace Ui {
class RecordDialog;
}

// Add or edit one record: name, TTL, type and the fields of that type (A, AAAA, CNAME, MX, TXT,
// SRV, CAA, NS, PTR; other types as one line of data), checked with the zone engine's own rules
// as the user types. OK stays disabled while the record would not load.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(const QString& zone, quint32 defaultTtl, QWidget* parent = nullptr);
    ~RecordDialog() override;

    void setRecord(const ZoneDocument::Record& record);
    ZoneDocument::Record record() const;
    // Empty when the record is valid; otherwise the message shown under the fields.
    QString problem() const { return m_problem; }

    // For tests: the field editors of the current type, in fieldNames() order.
    QList<QWidget*> fieldEditors() const { return m_editors; }
    QLineEdit* nameEdit() const;
    QLineEdit* ttlEdit() const;
    void setType(const QString& type);

private:
    void rebuildFields(const QStringList& values);
    QStringList fieldValues() const;
    void revalidate();

    std::unique_ptr<Ui::RecordDialog> m_ui;
    QString m_zone;
    quint32 m_defaultTtl;
    QString m_type;
    QList<QWidget*> m_editors;
    QString m_problem;
};
