#pragma once

#include "core/ssh/hostkeyinfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HostKeyDialog;
}

// First contact with a host: shows the SHA256 fingerprint (as `ssh-keygen -lf` prints it) and
// asks to accept it once, accept and save it to known_hosts, or reject. Reject is the default.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision
    {
        Reject,
        AcceptOnce,
        AcceptAndSave,
    };
    Q_ENUM(Decision)

    explicit HostKeyDialog(const HostKeyInfo& info, QWidget* parent = nullptr);
    ~HostKeyDialog() override;

    Decision decision() const { return m_decision; }

Q_SIGNALS:
    void decided(HostKeyDialog::Decision decision);

private:
    void decide(Decision d);

    std::unique_ptr<Ui::HostKeyDialog> m_ui;
    Decision m_decision = Decision::Reject;
};
