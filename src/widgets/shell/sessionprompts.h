#pragma once

#include "core/ssh/sshsession.h"
#include "widgets/shell/hostkeydialog.h"

class QWidget;

// Answers a session's questions with dialogs: the host-key prompt and credential requests.
// Dialogs are window-modal and non-blocking (open(), not exec()), so the event loop keeps running.
namespace SessionPrompts {
void attach(SshSession* session, QWidget* parent);
// What a host-key decision means for the session (exposed for tests).
void apply(SshSession* session, HostKeyDialog::Decision decision);
} // namespace SessionPrompts
