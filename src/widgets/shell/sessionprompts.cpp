#include "widgets/shell/sessionprompts.h"

#include "widgets/shell/credentialdialog.h"

#include <QPointer>

namespace SessionPrompts {

void apply(SshSession* session, HostKeyDialog::Decision decision)
{
    switch (decision) {
    case HostKeyDialog::Decision::AcceptOnce:
        session->acceptHostKey(false);
        break;
    case HostKeyDialog::Decision::AcceptAndSave:
        session->acceptHostKey(true);
        break;
    case HostKeyDialog::Decision::Reject:
        session->rejectHostKey();
        break;
    }
}

void attach(SshSession* session, QWidget* parent)
{
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(session);
    QObject::connect(session, &SshSession::hostKeyDecisionNeeded, context, [session, parent](const HostKeyInfo& info) {
        auto* dialog = new HostKeyDialog(info, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<SshSession> guard(session);
        QObject::connect(dialog, &QDialog::finished, session, [guard, dialog] {
            if (guard)
                apply(guard, dialog->decision());
        });
        dialog->open();
    });
    QObject::connect(
        session, &SshSession::credentialNeeded, context, [session, parent](const CredentialRequest& request) {
            auto* dialog = new CredentialDialog(request, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QPointer<SshSession> guard(session);
            const quint64 id = request.id;
            QObject::connect(dialog, &QDialog::finished, session, [guard, dialog, id](int result) {
                if (!guard)
                    return;
                if (result == QDialog::Accepted)
                    guard->provideCredential(id, dialog->answers(), dialog->remember());
                else
                    guard->cancelCredential(id);
            });
            dialog->open();
        });
}

} // namespace SessionPrompts
