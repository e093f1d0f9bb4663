// Renders the LogViewer on a real Forgejo task log and saves a PNG (docs/screenshots/ci-logview.png).
//
//   ci_logviewshot --sql prod-alm.sql --root actions_log --task 2346 --search 'error|FAILED'
//                  --out docs/screenshots/ci-logview.png [--dark]   (one command line)
//
// The task row (log_filename, log_indexes, status) and its step rows come from the simhost's
// Forgejo seed (tests/simhost/data/forgejo.py --out DIR writes DIR/prod-alm.sql and DIR/actions_log/).
// Without --sql/--task it renders a generated log instead.
#include "core/ci/stepmap.h"
#include "core/ci/tasklog.h"
#include "widgets/ci/logview.h"
#include "widgets/ci/logviewer.h"
#include "widgets/shell/appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// One "INSERT INTO t (cols) VALUES (vals);" line as column -> value (quotes removed).
QHash<QString, QString> parseInsert(const QString& line, const QString& table)
{
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (");
    if (!line.startsWith(head))
        return {};
    const qsizetype colsEnd = line.indexOf(QStringLiteral(") VALUES ("));
    if (colsEnd < 0)
        return {};
    const QStringList cols = line.mid(head.size(), colsEnd - head.size()).split(QStringLiteral(", "));
    QStringList values;
    QString cur;
    bool quoted = false;
    for (qsizetype i = colsEnd + 10; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('\'') && i + 1 < line.size() && line[i + 1] == QLatin1Char('\'')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('\'')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('\'')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(')')) {
            values.append(cur.trimmed());
            cur.clear();
            if (c == QLatin1Char(')'))
                break;
        } else {
            cur += c;
        }
    }
    QHash<QString, QString> row;
    for (qsizetype i = 0; i < cols.size() && i < values.size(); ++i) {
        QString col = cols[i];
        col.remove(QLatin1Char('"'));
        row.insert(col, values[i]);
    }
    return row;
}

void writeGeneratedLog(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    const auto put = [&](int i, const QByteArray& content) {
        f.write(QStringLiteral("2024-11-07T10:%1:%2.0000000Z ")
                    .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .toLatin1()
            + content + '\n');
    };
    int i = 0;
    put(i++, "Current runner version: 'v9.0.3'");
    put(i++, "##[group]Run cargo build");
    for (int k = 0; k < 40; ++k)
        put(i++, "\x1b[1m\x1b[32m   Compiling\x1b[0m crate" + QByteArray::number(k) + " v0.1.0");
    put(i++, "##[endgroup]");
    put(i++, "\x1b[1m\x1b[31merror[E0425]\x1b[0m\x1b[1m: cannot find value `x` in this scope\x1b[0m");
    put(i++, "##[error]Process completed with exit code 101.");
    f.close();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sqlOpt(
        QStringLiteral("sql"), QStringLiteral("prod-alm.sql of the simhost seed"), QStringLiteral("file"));
    const QCommandLineOption rootOpt(
        QStringLiteral("root"), QStringLiteral("actions_log directory"), QStringLiteral("dir"));
    const QCommandLineOption taskOpt(QStringLiteral("task"), QStringLiteral("action_task id"), QStringLiteral("id"));
    const QCommandLineOption searchOpt(QStringLiteral("search"), QStringLiteral("regular expression to search"),
        QStringLiteral("regex"), QStringLiteral("error"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("PNG to write"), QStringLiteral("file"),
        QStringLiteral("ci-logview.png"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("use a dark palette"));
    const QCommandLineOption timestampsOpt(QStringLiteral("timestamps"), QStringLiteral("show timestamps"));
    const QCommandLineOption sizeOpt(
        QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("size"), QStringLiteral("1100x720"));
    parser.addOptions({ sqlOpt, rootOpt, taskOpt, searchOpt, outOpt, darkOpt, timestampsOpt, sizeOpt });
    parser.process(app);

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(darkOpt))
        QApplication::setPalette(Appearance::darkPalette()); // what Preferences ▸ Colours ▸ Dark shows

    Ci::TaskLog log;
    QList<Ci::UiStep> steps;
    QTemporaryDir tmp;
    if (parser.isSet(sqlOpt) && parser.isSet(taskOpt)) {
        QFile sql(parser.value(sqlOpt));
        if (!sql.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(sql.fileName()));
            return 1;
        }
        const QString taskId = parser.value(taskOpt);
        QHash<QString, QString> task;
        QList<Ci::StepRow> rows;
        QList<int> order;
        while (!sql.atEnd()) {
            const QString line = QString::fromUtf8(sql.readLine());
            if (auto t = parseInsert(line, QStringLiteral("action_task")); t.value(QStringLiteral("id")) == taskId)
                task = t;
            auto s = parseInsert(line, QStringLiteral("action_task_step"));
            if (s.value(QStringLiteral("task_id")) == taskId) {
                Ci::StepRow r;
                r.name = s.value(QStringLiteral("name"));
                r.status = Ci::Status(s.value(QStringLiteral("status")).toInt());
                r.logIndex = s.value(QStringLiteral("log_index")).toLongLong();
                r.logLength = s.value(QStringLiteral("log_length")).toLongLong();
                r.started = s.value(QStringLiteral("started")).toLongLong();
                r.stopped = s.value(QStringLiteral("stopped")).toLongLong();
                rows.append(r);
                order.append(s.value(QStringLiteral("index")).toInt());
            }
        }
        if (task.isEmpty()) {
            std::fprintf(stderr, "task %s not found\n", qPrintable(taskId));
            return 1;
        }
        QList<Ci::StepRow> sorted(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            sorted[order[i]] = rows[i];
        QString hex = task.value(QStringLiteral("log_indexes"));
        hex = hex.mid(hex.indexOf(QLatin1Char('x')) + 1).section(QLatin1Char(':'), 0, 0);
        const QByteArray logIndexes = QByteArray::fromHex(hex.toLatin1());
        const QString path = QDir(parser.value(rootOpt)).filePath(task.value(QStringLiteral("log_filename")));
        if (auto r = log.openFile(path, logIndexes); !r) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        Ci::TaskRow t;
        t.status = Ci::Status(task.value(QStringLiteral("status")).toInt());
        t.started = task.value(QStringLiteral("started")).toLongLong();
        t.stopped = task.value(QStringLiteral("stopped")).toLongLong();
        t.logLength = task.value(QStringLiteral("log_length")).toLongLong();
        steps = Ci::fullSteps(t, sorted);
    } else {
        const QString path = tmp.filePath(QStringLiteral("generated.log"));
        writeGeneratedLog(path);
        if (auto r = log.openFile(path); !r)
            return 1;
    }
    log.waitForFinished(30000);
    QCoreApplication::processEvents(); // deliver the queued linesAvailable/finished
    Ci::assignFirstErrors(steps, log.errorLines());

    LogViewer viewer;
    const QStringList size = parser.value(sizeOpt).split(QLatin1Char('x'));
    viewer.resize(size.value(0).toInt(), size.value(1).toInt());
    viewer.setSource(&log);
    viewer.setSteps(steps);
    viewer.view()->setShowTimestamps(parser.isSet(timestampsOpt));
    viewer.show();
    QCoreApplication::processEvents();
    // As the Forgejo page opens a failed job: steps that passed folded, groups folded.
    viewer.view()->foldAllGroups();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].status == Ci::Status::Success)
            viewer.view()->setStepFolded(int(i), true);
    }
    viewer.search(parser.value(searchOpt), true, false);
    QElapsedTimer clock;
    clock.start();
    while (viewer.isSearching() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    // When everything fits, show it from the top (step headers included).
    if (viewer.view()->rowCount() <= viewer.view()->visibleRowCount())
        viewer.view()->scrollToRow(0);
    const QImage image = viewer.grab().toImage();
    const QString out = parser.value(outOpt);
    QDir().mkpath(QFileInfo(out).absolutePath());
    if (!image.save(out)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("%s: %lld rows, %lld lines, %lld groups, %lld error lines, %lld matches, status: %s\n", qPrintable(out),
        viewer.view()->rowCount(), log.lineCount(), qint64(log.groups().size()), qint64(log.errorLines().size()),
        qint64(viewer.view()->searchResults().size()), qPrintable(viewer.statusText()));
    return 0;
}
