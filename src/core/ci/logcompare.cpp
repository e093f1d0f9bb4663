#include "core/ci/logcompare.h"

#include "core/ci/ansi.h"
#include "core/ci/logline.h"

#include <QHash>
#include <QRegularExpression>

namespace Ci::LogCompare {

QString normalize(QByteArrayView row)
{
    const LogLine l = LogLine::split(row);
    QString text = Ansi::parse(l.content).text;
    static const QRegularExpression patterns[] = {
        // Durations: 12.3s, 0.52s, 120ms, 2m 05s, 1h 02m, "in 4.20s", [0.521234s].
        QRegularExpression(QStringLiteral(R"(\b\d+(\.\d+)?\s?(ms|s|m|h|min|sec|secs|seconds)\b)")),
        // Hex hashes and ids (commit SHAs, container ids, hashed asset names).
        QRegularExpression(QStringLiteral(R"(\b[0-9a-f]{7,64}\b)")),
        QRegularExpression(QStringLiteral(R"(-[0-9a-f]{4,}\b)")),
        // Temp paths and numbered scratch names.
        QRegularExpression(QStringLiteral(R"((/tmp|/var/tmp)/[^\s'"]*)")),
        // Sizes and rates (MiB, kB/s), and bare numbers in counters.
        QRegularExpression(QStringLiteral(R"(\b\d+(\.\d+)?\s?(B|kB|KB|KiB|MB|MiB|GB|GiB)(/s)?\b)")),
    };
    text.replace(patterns[0], QStringLiteral("<t>"));
    text.replace(patterns[1], QStringLiteral("<h>"));
    text.replace(patterns[2], QStringLiteral("-<h>"));
    text.replace(patterns[3], QStringLiteral("<tmp>"));
    text.replace(patterns[4], QStringLiteral("<n>"));
    return text.simplified();
}

QList<StepPair> pairSteps(const QList<UiStep>& failed, const QList<UiStep>& green)
{
    auto seconds = [](const UiStep& s) -> qint64 {
        return s.started > 0 && s.stopped >= s.started ? s.stopped - s.started : -1;
    };
    QList<StepPair> out;
    qsizetype g = 0;
    for (qsizetype f = 0; f < failed.size(); ++f) {
        StepPair p;
        p.name = failed[f].name;
        p.failedStep = int(f);
        p.failedStatus = failed[f].status;
        p.failedSeconds = seconds(failed[f]);
        // The next green step of that name; green steps skipped over are listed on their own.
        qsizetype match = -1;
        for (qsizetype k = g; k < green.size(); ++k)
            if (green[k].name == failed[f].name) {
                match = k;
                break;
            }
        if (match >= 0) {
            for (; g < match; ++g) {
                StepPair only;
                only.name = green[g].name;
                only.greenStep = int(g);
                only.greenStatus = green[g].status;
                only.greenSeconds = seconds(green[g]);
                out << only;
            }
            p.greenStep = int(match);
            p.greenStatus = green[match].status;
            p.greenSeconds = seconds(green[match]);
            g = match + 1;
        }
        out << p;
    }
    for (; g < green.size(); ++g) {
        StepPair only;
        only.name = green[g].name;
        only.greenStep = int(g);
        only.greenStatus = green[g].status;
        only.greenSeconds = seconds(green[g]);
        out << only;
    }
    return out;
}

QList<Difference> firstDifferences(const QList<QByteArray>& failedRows, qint64 failedFirstLine,
    const QList<QByteArray>& greenRows, qint64 greenFirstLine, int max)
{
    // Window: the LCS table is |a|×|b| bytes; 4000 lines each is 16 MB at most.
    constexpr qsizetype Window = 4000;
    QList<QString> a, b;
    for (qsizetype i = 0; i < qMin(failedRows.size(), Window); ++i)
        a << normalize(failedRows[i]);
    for (qsizetype i = 0; i < qMin(greenRows.size(), Window); ++i)
        b << normalize(greenRows[i]);
    const qsizetype n = a.size(), m = b.size();
    // Suffix LCS lengths, 16-bit (Window < 65536).
    std::vector<quint16> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> quint16& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? quint16(at(i + 1, j + 1) + 1) : qMax(at(i + 1, j), at(i, j + 1));
    QList<Difference> out;
    qsizetype i = 0, j = 0;
    while ((i < n || j < m) && out.size() < max) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            Difference d; // a line only the green log has
            d.greenLine = greenFirstLine + j;
            d.greenText = b[j];
            d.failedLine = i < n ? failedFirstLine + i : (n > 0 ? failedFirstLine + n - 1 : -1);
            d.onlyInGreen = true;
            out << d;
            ++j;
        } else {
            Difference d; // a line only the failed log has
            d.failedLine = failedFirstLine + i;
            d.failedText = a[i];
            d.greenLine = j < m ? greenFirstLine + j : (m > 0 ? greenFirstLine + m - 1 : -1);
            out << d;
            ++i;
        }
    }
    return out;
}

} // namespace Ci::LogCompare
