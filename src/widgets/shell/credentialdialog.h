#pragma once

#include "core/ssh/credentialrequest.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class CredentialDialog;
}

// Asks for what the SSH session needs (password, key passphrase, keyboard-interactive answers,
// sudo password). The answers go straight to the session; nothing here stores or logs them.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialDialog(const CredentialRequest& request, QWidget* parent = nullptr);
    ~CredentialDialog() override;

    QStringList answers() const;
    bool remember() const;

private:
    std::unique_ptr<Ui::CredentialDialog> m_ui;
    QList<QLineEdit*> m_edits;
};
