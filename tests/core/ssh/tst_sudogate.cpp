// SudoGate: sudo's prompt and the command's start are recognised by their nonces only, whatever
// language sudo speaks and however the bytes are split.

#include "core/ssh/sudogate.h"

#include <QTest>

class TestSudoGate : public QObject
{
    Q_OBJECT

private:
    static SudoGate gate() { return SudoGate(QByteArray("PROMPT_n0nce"), QByteArray("STARTED_n0nce")); }

private Q_SLOTS:
    void commandLineCarriesBothNonces()
    {
        const QString line = gate().commandLine(QStringLiteral("cat"));
        QCOMPARE(
            line, QStringLiteral("sudo -S -p PROMPT_n0nce -- sh -c 'printf %s STARTED_n0nce >&2; exec \"$@\"' sh cat"));
        // Fresh gates never share nonces.
        QVERIFY(SudoGate().commandLine(QStringLiteral("x")) != SudoGate().commandLine(QStringLiteral("x")));
    }

    void startWithoutPrompt()
    {
        SudoGate g = gate();
        const auto step = g.feed("STARTED_n0ncecommand's own stderr\n");
        QCOMPARE(step.prompts, 0);
        QVERIFY(step.started);
        QCOMPARE(step.passThrough, QByteArray("command's own stderr\n"));
        // Afterwards everything passes, even text that looks like a prompt.
        QCOMPARE(g.feed("PROMPT_n0nce").passThrough, QByteArray("PROMPT_n0nce"));
        QCOMPARE(g.promptsSeen(), 0);
    }

    void promptAndMarkerSplitAnywhere()
    {
        const QByteArray all = "PROMPT_n0nce\nSorry, try again.\nPROMPT_n0nce\nSTARTED_n0nceerr";
        for (int cut = 1; cut < all.size(); ++cut) {
            SudoGate g = gate();
            const auto a = g.feed(all.left(cut));
            const auto b = g.feed(all.mid(cut));
            QCOMPARE(a.prompts + b.prompts, 2);
            QVERIFY(b.started || a.started);
            QCOMPARE(a.passThrough + b.passThrough, QByteArray("err"));
        }
    }

    void localisedSudoNeedsNoEnglish()
    {
        // A German sudo: only the nonce counts, none of its words.
        SudoGate g = gate();
        QCOMPARE(g.feed("PROMPT_n0nce").prompts, 1);
        QCOMPARE(g.feed("\nEntschuldigung, versuchen Sie es noch einmal.\n").prompts, 0);
        QVERIFY(!g.started());
        QCOMPARE(g.feed("sudo: 3 Fehlversuche bei der Passwort-Eingabe\n").prompts, 0);
        // Never started: what sudo said goes to the caller, without the nonce.
        QCOMPARE(g.takeHeld(),
            QByteArray("\nEntschuldigung, versuchen Sie es noch einmal.\nsudo: 3 Fehlversuche bei der "
                       "Passwort-Eingabe\n"));
    }

    void englishTextIsNotAPrompt()
    {
        // "password is required" printed by anyone is just text: no prompt, no start.
        SudoGate g = gate();
        const auto step = g.feed("sudo: a password is required\n[sudo] password for admin: ");
        QCOMPARE(step.prompts, 0);
        QVERIFY(!step.started);
        QVERIFY(step.passThrough.isEmpty());
    }

    void floodBeforeStartIsBounded()
    {
        SudoGate g = gate();
        for (int i = 0; i < 100; ++i)
            g.feed(QByteArray(4096, 'x'));
        QVERIFY(g.feed("PROMPT_n0nce").prompts == 1);
        const QByteArray held = g.takeHeld();
        QVERIFY(held.size() <= 64 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestSudoGate)
#include "tst_sudogate.moc"
