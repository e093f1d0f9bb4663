#pragma once

#include "core/dns/zonesave.h"
#include "core/host/hostprofile.h"
#include "core/host/operation.h"

#include <QDialog>

#include <memory>

class OperationConsentWidget;
class QPushButton;

namespace Ui {
class ZoneSaveDialog;
}

// The one confirmation of a zone save: the unified diff of the exact bytes that will be written,
// the serial change, how to make the zone live (the reload tick, or SIGUSR1 shown as its command),
// the exact commands (expandable) and, on PROD, the typed name. Accepting it is the consent for the
// write operation (and the SIGUSR1 one when chosen): HostConnection::performWithConsent runs them
// without asking again.
class ZoneSaveDialog : public QDialog
{
    Q_OBJECT
public:
    // `write`: the RemoteFile save operation (backup, checked write, verify); `reload`: the SIGUSR1
    // operation, run after a successful write when the user picks it.
    ZoneSaveDialog(const QString& path, const ZoneSave::Plan& plan, int reloadSeconds, const Operation& write,
        const Operation& reload, const HostProfile& profile, QWidget* parent = nullptr);
    ~ZoneSaveDialog() override;

    bool sendSignal() const;
    void setSendSignal(bool send);
    QString diffText() const;
    // Every command the user confirms (the write's, then the signal's when chosen).
    QString commandsText() const;
    OperationConsent consent() const;
    bool canSave() const;
    QPushButton* saveButton() const;
    OperationConsentWidget* consentWidget() const;
    // Types into the PROD name field (tests).
    void setTypedName(const QString& name);

    void accept() override;

private:
    void updateOperations();

    std::unique_ptr<Ui::ZoneSaveDialog> m_ui;
    Operation m_write;
    Operation m_reload;
    HostProfile m_profile;
};
