#pragma once

#include <QByteArray>
#include <QString>

// One `sudo -S` run, seen from its stderr. sudo is started with a random per-command prompt
// (`-p NONCE`) and the command it runs first prints a second random marker, so the session knows,
// without reading any of sudo's (possibly translated) messages:
//  - when sudo wants a password (the prompt nonce appeared): only then is the password written;
//  - when the command itself runs (the start marker appeared): only then is the caller's stdin
//    written. A sudo that uses cached credentials (timestamp_type=global/ppid) never prints the
//    prompt, so a password sent "just in case" can never become the command's stdin.
// Everything sudo prints before the start marker is held; it reaches the caller only when the
// command never started (sudo's own error), without the nonces.
class SudoGate
{
public:
    SudoGate(); // random nonces
    SudoGate(QByteArray promptNonce, QByteArray startMarker); // fixed, for tests

    // The command line that runs `quotedCommand` (already one quoted shell command line) through
    // sudo with this gate's nonces.
    QString commandLine(const QString& quotedCommand) const;

    struct Step
    {
        int prompts = 0; // sudo asked for the password this many times in this chunk
        bool started = false; // the command began in this chunk
        QByteArray passThrough; // the command's own stderr (after the marker)
    };
    // Feeds the next stderr bytes. After started() every byte passes through unchanged.
    Step feed(const QByteArray& chunk);
    bool started() const { return m_started; }
    int promptsSeen() const { return m_prompts; }
    // What sudo said while the command did not run (prompts removed), for the caller when sudo
    // exits without starting it. Empties the buffer.
    QByteArray takeHeld();

private:
    QByteArray m_prompt;
    QByteArray m_marker;
    QByteArray m_held;
    bool m_started = false;
    int m_prompts = 0;
};
