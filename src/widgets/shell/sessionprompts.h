#pragma once

#include "core/host/hostprompts.h"
#include "core/ssh/sshsession.h"
#include "widgets/shell/hostkeydialog.h"

#include <QPointer>

class QWidget;

// Answers a session's questions with dialogs: the host-key prompt and credential requests.
// Dialogs are window-modal and non-blocking (open(), not exec()), so the event loop keeps running.
namespace SessionPrompts {
void attach(SshSession* session, QWidget* parent);
// What a host-key decision means for the session (exposed for tests).
void apply(SshSession* session, HostKeyDialog::Decision decision);
} // namespace SessionPrompts

// The window's answers for its host context: the dialogs above, parented to the window.
class DialogPrompts : public HostPrompts
{
public:
    explicit DialogPrompts(QWidget* window)
        : m_window(window)
    { }
    void attach(SshSession* session) override { SessionPrompts::attach(session, m_window); }

private:
    QPointer<QWidget> m_window;
};
