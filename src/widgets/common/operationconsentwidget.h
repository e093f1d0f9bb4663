#pragma once

#include "core/host/hostprofile.h"
#include "core/host/operation.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class OperationConsentWidget;
}

// The confirmation part of a pane's own dialog that asks once for a remote change (the zone save
// dialog shows its diff above it): the backup, the exact commands (expandable, copyable) and, where
// OperationPolicy requires it (PROD, unknown environment), the field for the target's typed name.
// The dialog enables its OK button from canConfirm() and hands consent() to
// HostConnection::performWithConsent, which runs only what was shown here and checks the name again.
class OperationConsentWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OperationConsentWidget(QWidget* parent = nullptr);
    ~OperationConsentWidget() override;

    // The operations the dialog confirms, in the order they will run (the first one names the
    // target to type; the others should use the same confirmationName).
    void setOperations(const QList<Operation>& operations, const HostProfile& profile);
    QList<Operation> operations() const { return m_operations; }

    bool canConfirm() const;
    bool needsTypedName() const;
    OperationConsent consent() const;
    // One command per line, as "Copy commands" puts them on the clipboard.
    QString commandsText() const;
    bool commandsShown() const;
    void setCommandsShown(bool shown);
    QLineEdit* typedNameEdit() const;

Q_SIGNALS:
    void canConfirmChanged(bool canConfirm);

private:
    void update();

    std::unique_ptr<Ui::OperationConsentWidget> m_ui;
    QList<Operation> m_operations;
    HostProfile m_profile;
    bool m_canConfirm = false;
};
