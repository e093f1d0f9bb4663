#include "core/ssh/sudogate.h"

#include "core/ssh/shellquote.h"

#include <QRandomGenerator>

namespace {
constexpr qsizetype kHeldLimit = 64 * 1024; // sudo's chatter is short; a flood is cut, not kept

QByteArray nonce(const char* tag)
{
    // Hex only: sudo expands %-escapes in -p, and the marker must be plain for every shell.
    quint64 words[2];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    return QByteArray("GBADMIN_") + tag + '_' + QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}
} // namespace

SudoGate::SudoGate()
    : SudoGate(nonce("SUDO_PROMPT"), nonce("SUDO_STARTED"))
{ }

SudoGate::SudoGate(QByteArray promptNonce, QByteArray startMarker)
    : m_prompt(std::move(promptNonce))
    , m_marker(std::move(startMarker))
{ }

QString SudoGate::commandLine(const QString& quotedCommand) const
{
    // The marker is printed by the root shell sudo starts, i.e. only after sudo authenticated;
    // exec keeps the process (and its process group) for the command itself.
    const QString script
        = QStringLiteral("printf %s ") + QString::fromLatin1(m_marker) + QStringLiteral(" >&2; exec \"$@\"");
    return QStringLiteral("sudo -S -p ") + ShellQuote::quote(QString::fromLatin1(m_prompt))
        + QStringLiteral(" -- sh -c ") + ShellQuote::quote(script) + QStringLiteral(" sh ") + quotedCommand;
}

SudoGate::Step SudoGate::feed(const QByteArray& chunk)
{
    Step step;
    if (m_started) {
        step.passThrough = chunk;
        return step;
    }
    m_held += chunk;
    // Prompts first: they always come before the marker.
    qsizetype at = 0;
    while ((at = m_held.indexOf(m_prompt)) >= 0) {
        const qsizetype markerAt = m_held.indexOf(m_marker);
        if (markerAt >= 0 && markerAt < at)
            break;
        m_held.remove(at, m_prompt.size());
        ++step.prompts;
        ++m_prompts;
    }
    const qsizetype markerAt = m_held.indexOf(m_marker);
    if (markerAt >= 0) {
        m_started = true;
        step.started = true;
        // sudo's chatter before the command ran ("Sorry, try again.", a lecture) is not the command's.
        step.passThrough = m_held.mid(markerAt + m_marker.size());
        m_held.clear();
        return step;
    }
    if (m_held.size() > kHeldLimit) {
        // Keep the tail: a nonce split across reads must still be found.
        m_held.remove(0, m_held.size() - kHeldLimit);
    }
    return step;
}

QByteArray SudoGate::takeHeld()
{
    return std::exchange(m_held, {});
}
