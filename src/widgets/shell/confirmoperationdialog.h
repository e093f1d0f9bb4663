#pragma once

#include "core/host/hostprofile.h"
#include "core/host/hostprompts.h"
#include "core/host/operation.h"

#include <QDialog>
#include <QPointer>

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

// The confirmation as the window asks it: a window-modal dialog over `window`.
class DialogConfirmer : public OperationConfirmer
{
public:
    explicit DialogConfirmer(QWidget* window)
        : m_window(window)
    { }
    std::optional<QString> confirm(const Operation& operation, const HostProfile& profile) override;

private:
    QPointer<QWidget> m_window;
};
