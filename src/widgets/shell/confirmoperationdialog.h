#pragma once

#include "core/host/hostprofile.h"
#include "core/host/operation.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConfirmOperationDialog;
}

// Shows what a mutating operation will do before it runs: targets, the exact commands (copyable),
// the backup and the undo. On PROD the Run button stays disabled until the target's name is typed.
class ConfirmOperationDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmOperationDialog(const Operation& operation, const HostProfile& profile, QWidget* parent = nullptr);
    ~ConfirmOperationDialog() override;

    QString typedName() const;
    bool canRun() const;
    QPushButton* runButton() const;
    // The text "Copy commands" puts on the clipboard: one command per line.
    QString commandsText() const;

private:
    void updateRunButton();

    std::unique_ptr<Ui::ConfirmOperationDialog> m_ui;
    Operation m_operation;
    HostProfile m_profile;
};

// The seam between panes and the confirmation: the real one shows the dialog; tests answer it.
class OperationConfirmer
{
public:
    virtual ~OperationConfirmer() = default;
    // Returns the typed name (empty off PROD) when the user confirmed, nullopt when not.
    virtual std::optional<QString> confirm(const Operation& operation, const HostProfile& profile, QWidget* parent) = 0;
};

class DialogConfirmer : public OperationConfirmer
{
public:
    std::optional<QString> confirm(const Operation& operation, const HostProfile& profile, QWidget* parent) override;
};
