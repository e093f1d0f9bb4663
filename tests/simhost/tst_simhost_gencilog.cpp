// simhost_gen_ci_log, the large-log generator: its output must be what Forgejo would have stored.

#include "logcheck.h"
#include "support/testhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace LogCheck;

class TstSimhostGenCiLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputMatchesTheFormat();
    void deterministicPerSeed();

private:
    QJsonObject run(const QStringList& args);
};

QJsonObject TstSimhostGenCiLog::run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SIMHOST_GEN_CI_LOG_PATH), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("generator failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

using TestHelpers::readFile;

void TstSimhostGenCiLog::outputMatchesTheFormat()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("big.log.zst"));
    const QString plain = tmp.filePath(QStringLiteral("big.log"));
    const QString idx = tmp.filePath(QStringLiteral("big.idx"));
    const QJsonObject summary = run(
        { QStringLiteral("--lines"), QStringLiteral("40000"), QStringLiteral("--out"), out, QStringLiteral("--plain"),
            plain, QStringLiteral("--indexes"), idx, QStringLiteral("--steps"), QStringLiteral("3") });
    QVERIFY(!summary.isEmpty());
    QCOMPARE(summary.value(QStringLiteral("log_length")).toInteger(), 40000);

    // The real zstd CLI accepts the concatenated frames plus the skippable seek table.
    QCOMPARE(QProcess::execute(QStringLiteral("zstd"), { QStringLiteral("-tq"), out }), 0);

    QList<SeekEntry> entries;
    QString why;
    const QByteArray text = decodeSeekable(readFile(out), &entries, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(text, readFile(plain));
    QCOMPARE(qint64(text.size()), summary.value(QStringLiteral("log_size")).toInteger());
    QCOMPARE(qint64(entries.size()), summary.value(QStringLiteral("frames")).toInteger());
    QVERIFY(entries.size() >= 3);
    for (qsizetype i = 0; i + 1 < entries.size(); ++i)
        QCOMPARE(entries[i].decompressed, kFrameSize);
    const QString bad = checkLines(text);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));

    bool ok = false;
    const QList<qint64> offsets = decodeIndexes(readFile(idx), &ok);
    QVERIFY(ok);
    const QList<qint64> starts = lineStarts(text);
    QCOMPARE(starts.size(), qsizetype(40000));
    QCOMPARE(offsets, starts);

    // Steps follow each other, after set-up lines and before completion lines.
    const QJsonArray steps = summary.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), qsizetype(3));
    qint64 next = steps.at(0).toObject().value(QStringLiteral("log_index")).toInteger();
    QVERIFY(next > 0);
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const QJsonObject s = steps.at(k).toObject();
        const qint64 at = s.value(QStringLiteral("log_index")).toInteger();
        QCOMPARE(at, next);
        next = at + s.value(QStringLiteral("log_length")).toInteger();
        const QByteArray first = text.mid(starts[at], text.indexOf('\n', starts[at]) - starts[at]);
        const QByteArray want = QByteArray("Run Main step ") + QByteArray::number(k);
        QVERIFY2(first.endsWith(want), first.constData());
    }
    QVERIFY(next < 40000);
    for (const char* needle : { "##[group]", "##[endgroup]", "::error file=", "\x1b[38;5;", "\x1b[38;2;", "\r", "\\n" })
        QVERIFY2(text.contains(needle), needle);
}

void TstSimhostGenCiLog::deterministicPerSeed()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const auto hashOf = [&](const QString& name, const QString& seed) {
        const QString path = tmp.filePath(name);
        if (run({ QStringLiteral("--lines"), QStringLiteral("5000"), QStringLiteral("--out"), path,
                    QStringLiteral("--seed"), seed })
                .isEmpty())
            return QByteArray();
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    };
    const QByteArray a = hashOf(QStringLiteral("a.zst"), QStringLiteral("1"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(hashOf(QStringLiteral("b.zst"), QStringLiteral("1")), a);
    QVERIFY(hashOf(QStringLiteral("c.zst"), QStringLiteral("2")) != a);
}

QTEST_GUILESS_MAIN(TstSimhostGenCiLog)
#include "tst_simhost_gencilog.moc"
