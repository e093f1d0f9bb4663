#include "widgets/shell/credentialdialog.h"
#include "widgets/common/themecolors.h"

#include "ui_credentialdialog.h"

#include <QLineEdit>

CredentialDialog::CredentialDialog(const CredentialRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialDialog>())
{
    m_ui->setupUi(this);
    QStringList prompts;
    QList<bool> echo;
    switch (request.kind) {
    case CredentialRequest::Kind::KeyPassphrase:
        m_ui->headline->setText(tr("Passphrase of the key %1").arg(request.detail));
        prompts = { tr("Passphrase:") };
        break;
    case CredentialRequest::Kind::Password:
        m_ui->headline->setText(tr("Password of %1").arg(request.target));
        prompts = { tr("Password:") };
        break;
    case CredentialRequest::Kind::SudoPassword:
        m_ui->headline->setText(tr("sudo on %1 asks for a password").arg(request.target));
        prompts = { tr("sudo password:") };
        break;
    case CredentialRequest::Kind::KeyboardInteractive:
        m_ui->headline->setText(request.detail.isEmpty() ? tr("%1 asks:").arg(request.target) : request.detail);
        prompts = request.prompts;
        echo = request.echo;
        // Only single-prompt secrets are worth keeping; a one-time code is not.
        m_ui->rememberBox->setVisible(false);
        break;
    }
    m_ui->errorLabel->setStyleSheet(ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()));
    m_ui->errorLabel->setText(request.previousError);
    m_ui->errorLabel->setVisible(!request.previousError.isEmpty());
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("answer%1").arg(i));
        edit->setEchoMode(echo.value(i, false) ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->fields->addRow(prompts.at(i), edit);
        m_edits.append(edit);
    }
    if (!m_edits.isEmpty())
        m_edits.first()->setFocus();
}

CredentialDialog::~CredentialDialog()
{
    // Do not leave the secret in the widgets' memory longer than needed.
    for (QLineEdit* e : std::as_const(m_edits))
        e->clear();
}

QStringList CredentialDialog::answers() const
{
    QStringList out;
    for (const QLineEdit* e : m_edits)
        out.append(e->text());
    return out;
}

bool CredentialDialog::remember() const
{
    return !m_ui->rememberBox->isHidden() && m_ui->rememberBox->isChecked();
}
