#pragma once

// Synthetic Forgejo task logs for the CI engine tests: the stored line format of spec §3.4 with
// groups, error markers, ANSI, UTF-8, '\r', and long lines (over 255 B and up to 64 KiB).

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

#include <random>

namespace CiFixture {

inline QByteArray timestamp(qint64 i)
{
    // 2024-11-07T10:00:00 plus i × 10 ms, 7 fractional digits.
    const qint64 cs = i;
    const qint64 sec = cs / 100;
    return QByteArray("2024-11-07T1") + QByteArray::number(sec / 3600 % 10) + ':'
        + QByteArray::number(sec / 60 % 60).rightJustified(2, '0') + ':'
        + QByteArray::number(sec % 60).rightJustified(2, '0') + '.'
        + QByteArray::number(cs % 100 * 100000).rightJustified(7, '0') + 'Z';
}

struct Log
{
    QByteArray text;
    QList<qint64> offsets; // start of each line
    QList<qint64> errors;
    QList<qint64> groupHeaders;
};

inline Log make(int lines, quint32 seed = 1)
{
    std::mt19937 rng(seed);
    Log log;
    int depth = 0;
    for (int i = 0; i < lines; ++i) {
        log.offsets.append(log.text.size());
        QByteArray content;
        const int r = int(rng() % 100);
        if (r < 3 && depth < 3) {
            content = "##[group]Run step " + QByteArray::number(i);
            log.groupHeaders.append(i);
            ++depth;
        } else if (r < 6 && depth > 0) {
            content = "##[endgroup]";
            --depth;
        } else if (r < 8) {
            content = "##[error]Process completed with exit code " + QByteArray::number(i % 7);
            log.errors.append(i);
        } else if (r < 10) {
            content = "\x1b[31mError: \x1b[0mtest Suite" + QByteArray::number(i % 13) + ".Test" + QByteArray::number(i)
                + " failed";
            log.errors.append(i);
        } else if (r < 15) {
            content = "\x1b[32mok\x1b[0m Suite" + QByteArray::number(i % 13) + ".Test" + QByteArray::number(i) + " (0."
                + QByteArray::number(i % 97) + "s) ERROR count 0";
        } else if (r < 17) {
            content = QByteArray(300 + int(rng() % 2000), 'x') + " long WARNING line";
        } else if (r < 18) {
            content = "progress 10%\r progress 50%\r progress 100% – done ✓ Grüße";
        } else if (r == 18 && i % 5 == 0) {
            content = QByteArray(65536, 'y'); // the longest stored content
        } else {
            content = "compiling src/module" + QByteArray::number(i % 101) + "/file" + QByteArray::number(rng() % 1000)
                + ".cpp -O2 -Wall info";
        }
        log.text += timestamp(i) + ' ' + content + '\n';
    }
    return log;
}

// Runs a tool with stdin/stdout as bytes; empty on failure.
inline QByteArray run(const QString& program, const QStringList& args, const QByteArray& input, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace CiFixture
