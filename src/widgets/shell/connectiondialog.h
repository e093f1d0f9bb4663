#pragma once

#include "core/common/result.h"
#include "core/host/hostprofile.h"

#include <QDialog>

#include <functional>
#include <memory>

class ProfileStore;

namespace Ui {
class ConnectionDialog;
}

// Picks or edits a connection profile: ssh config alias or explicit fields, auth method,
// environment (detected by the rules, or set by hand), read-only, "Test connection".
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // Tests a profile and reports a sentence ("Connected as admin@…") or an error. The default
    // opens a real SSH session (with host-key and credential prompts) and closes it again.
    using Tester = std::function<void(const HostProfile&, QObject* context, std::function<void(Result<QString>)> done)>;

    ConnectionDialog(ProfileStore* store, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setTester(Tester tester) { m_tester = std::move(tester); }
    // Where the alias list and the import read from (default ~/.ssh/config).
    void setSshConfigFile(const QString& path);

    // The profile to connect to, valid after accept().
    HostProfile selectedProfile() const { return m_selected; }
    // The profile as the form shows it now (environment resolved).
    HostProfile profileFromForm() const;
    void selectProfile(const QString& name);
    int importSshConfig();
    Result<void> saveProfile();
    QString message() const;

    void accept() override;

private:
    void loadProfiles(const QString& select = {});
    void showProfile(const HostProfile& p);
    void newProfile();
    void deleteProfile();
    void testConnection();
    void updateDetection();
    void setMessage(const QString& text, bool error);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore* m_store;
    Tester m_tester;
    QString m_sshConfigFile;
    QString m_editingName; // the stored name of the profile in the form; empty for a new one
    HostProfile m_selected;
    bool m_loading = false;
};
