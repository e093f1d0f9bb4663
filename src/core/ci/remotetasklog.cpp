#include "core/ci/remotetasklog.h"

#include "core/ci/forgejo.h"
#include "core/ci/logline.h"
#include "core/host/commandrunner.h"
#include "core/host/psql.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Ci {

namespace {

constexpr int MaxRangesPerCommand = 32;

// `dd` reads exact byte ranges (GNU iflag=skip_bytes,count_bytes); data only in argv.
const char* rangeScript = "f=$1; shift; while [ $# -ge 2 ]; do "
                          "dd if=\"$f\" iflag=skip_bytes,count_bytes skip=\"$1\" count=\"$2\" bs=131072 status=none "
                          "|| exit 1; shift 2; done";
const char* tailScript = "stat -c %s -- \"$1\" || exit 1; tail -c \"$2\" -- \"$1\"";

// The first and the last screen in one command: the size, then the file's tail holding the seek
// table and the last two frames, then its head holding frame 0. Prints "SIZE TAIL HEAD\n" and those
// bytes. A file up to $2 bytes comes whole; one whose last frames or first frame do not fit in $2
// bytes gets only its table (the frames follow by ranges); one without a seekable footer gets its
// last 64 KiB. The footer and the last two table entries come from one od, frame 0's size from a
// second (only when frame 0 is not one of the last two); no other process is started, because each
// one costs milliseconds on a busy host and this command is what the user waits for.
const char* openScript
    = "f=$1; b=$2; s=$(stat -c %s -- \"$f\") || exit 1; t=$s; h=0\n"
      "u() { v=$(($1 + $2 * 256 + $3 * 65536 + $4 * 16777216)); }\n"
      "if [ \"$s\" -gt \"$b\" ]; then\n"
      "  t=65536\n"
      "  if [ \"$s\" -ge 33 ]; then set -- $(od -An -tu1 -j $((s - 33)) -N 33 -- \"$f\"); fi\n"
      "  if [ $# -eq 33 ] && [ \"${30} ${31} ${32} ${33}\" = \"177 234 146 143\" ]; then\n"
      "    u ${25} ${26} ${27} ${28}; n=$v\n"
      "    if [ $((${29} & 128)) -eq 0 ]; then\n"
      "      e=8; u ${17} ${18} ${19} ${20}; c=$v; [ \"$n\" -lt 2 ] || { u $9 ${10} ${11} ${12}; c=$((c + v)); }\n"
      "    else\n"
      "      e=12; u ${13} ${14} ${15} ${16}; c=$v; [ \"$n\" -lt 2 ] || { u $1 $2 $3 $4; c=$((c + v)); }\n"
      "    fi\n"
      "    x=$((n * e + 17)); t=$x\n"
      "    if [ \"$n\" -ge 1 ] && [ \"$x\" -lt \"$s\" ]; then\n"
      "      if [ \"$n\" -gt 2 ]; then set -- $(od -An -tu1 -j $((s - x + 8)) -N 4 -- \"$f\"); u $1 $2 $3 $4; h=$v; "
      "fi\n"
      "      t=$((x + c)); [ $((t + h)) -le \"$b\" ] || h=0; [ \"$t\" -le \"$b\" ] || t=$x\n"
      "    fi\n"
      "  fi\n"
      "  [ \"$t\" -le \"$s\" ] || t=$s; [ $((t + h)) -lt \"$s\" ] || { t=$s; h=0; }\n"
      "fi\n"
      "printf '%s %s %s\\n' \"$s\" \"$t\" \"$h\"; tail -c \"$t\" -- \"$f\" || exit 1\n"
      "[ \"$h\" -eq 0 ] || head -c \"$h\" -- \"$f\"";

} // namespace

RemoteTaskLog::RemoteTaskLog(CommandRunner* runner, QObject* parent)
    : LogSource(parent)
    , m_runner(runner)
    , m_dispatch(new QTimer(this))
{
    m_dispatch->setSingleShot(true);
    m_dispatch->setInterval(0);
    connect(m_dispatch, &QTimer::timeout, this, &RemoteTaskLog::dispatchFrames);
}

RemoteTaskLog::~RemoteTaskLog()
{
    cancel();
}

QByteArray RemoteTaskLog::placeholderText()
{
    return QByteArrayLiteral("\xe2\x8b\xaf"); // ⋯
}

void RemoteTaskLog::cancel()
{
    for (const QPointer<CommandJob>& j : std::as_const(m_jobs))
        if (j)
            j->cancel();
    m_jobs.clear();
}

QList<ContainerShell::Script> RemoteTaskLog::shellScripts()
{
    return { { QStringLiteral("open"), QString::fromLatin1(openScript) },
        { QStringLiteral("tail"), QString::fromLatin1(tailScript) },
        { QStringLiteral("range"), QString::fromLatin1(rangeScript) } };
}

void RemoteTaskLog::setShell(ContainerShell* shell)
{
    m_shell = shell;
}

CommandJob* RemoteTaskLog::runScript(const QString& name, const QStringList& args, const QString& description)
{
    if (m_shell && m_shell->container() == m_container)
        return m_shell->run(name, args, description, this);
    QString text;
    for (const ContainerShell::Script& s : shellScripts())
        if (s.name == name)
            text = s.text;
    return m_runner->run(ContainerShell::oneShot(m_container, text, args, description), this);
}

void RemoteTaskLog::open(const QString& container, const QString& path, qint64 taskId, qint64 lineCount)
{
    m_container = container;
    m_path = path;
    m_taskId = taskId;
    m_lineCount = qMax<qint64>(0, lineCount);
    CommandJob* job = runScript(QStringLiteral("open"), { path, QString::number(m_openBudget) },
        tr("Read a CI log's seek table and its first and last frames"));
    m_jobs << job;
    connect(job, &CommandJob::finished, this, &RemoteTaskLog::onOpened);
    if (m_lineCount == 0)
        m_headDone = m_tailDone = m_indexDone = true;
    // The line index (two psql commands in another container) is asked for once this command has
    // returned: started beside it, they took the host's CPU from it and made the first screen, which
    // the decoded end frames give alone, wait about twice as long.
}

void RemoteTaskLog::requestIndexEnds()
{
    if (m_indexDone || m_tailRequested || !m_error.isEmpty())
        return;
    requestIndexChunk();
    // The index's tail at the same time as its head (the last screen needs it): one round trip less.
    auto tail = Forgejo::logIndexesTailCommand(m_taskId, IndexHeadTail);
    if (!tail) {
        failWith(tail.errorMessage());
        return;
    }
    m_tailRequested = true;
    CommandJob* tailJob = m_runner->run(*tail, this);
    m_jobs << tailJob;
    connect(tailJob, &CommandJob::finished, this, [this](const CommandResult& r) { onIndexChunk(r, true); });
}

void RemoteTaskLog::failWith(const QString& message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    cancel();
    Q_EMIT failed(message, 0);
}

bool RemoteTaskLog::readFailed(const CommandResult& r)
{
    m_bytes += r.stdoutData.size();
    ++m_commands;
    if (!r.succeeded()) {
        const QString err = QString::fromUtf8(r.stderrData).trimmed();
        if (err.contains(QLatin1String("No such file")))
            failWith(tr("The log file %1 is missing from the log storage.").arg(m_path));
        else
            failWith(tr("Could not read the log file %1: %2").arg(m_path, err.isEmpty() ? r.error : err));
        return true;
    }
    return false;
}

void RemoteTaskLog::onOpened(const CommandResult& r)
{
    if (readFailed(r))
        return;
    // "SIZE TAIL HEAD\n", the file's last TAIL bytes, its first HEAD bytes.
    const QByteArray& out = r.stdoutData;
    const qsizetype nl = out.indexOf('\n');
    const QList<QByteArray> words = nl > 0 ? out.left(nl).split(' ') : QList<QByteArray>();
    qint64 v[3] = { -1, -1, -1 };
    bool ok = words.size() == 3;
    for (int i = 0; ok && i < 3; ++i)
        v[i] = words[i].toLongLong(&ok);
    if (!ok || v[1] < 0 || v[2] < 0 || v[1] > v[0] || nl + 1 + v[1] + v[2] != out.size()) {
        failWith(tr("Could not read the size of the log file %1.").arg(m_path));
        return;
    }
    m_heldHead = out.mid(nl + 1 + v[1]);
    const bool seekable = takeTail(v[0], out.mid(nl + 1, v[1]));
    m_heldHead.clear();
    m_heldTail.clear();
    if (seekable)
        requestIndexEnds(); // not needed when the log came whole (indexFromFrames)
}

void RemoteTaskLog::onTail(const CommandResult& r)
{
    if (readFailed(r))
        return;
    // The table did not fit the first read (a big log): exactly the table now.
    const qsizetype nl = r.stdoutData.indexOf('\n');
    bool ok = false;
    const qint64 size = nl > 0 ? r.stdoutData.left(nl).trimmed().toLongLong(&ok) : -1;
    if (!ok) {
        failWith(tr("Could not read the size of the log file %1.").arg(m_path));
        return;
    }
    takeTail(size, r.stdoutData.mid(nl + 1));
    m_heldTail.clear();
}

bool RemoteTaskLog::takeTail(qint64 size, const QByteArray& tail)
{
    m_fileSize = size;
    m_heldTail = tail;
    auto need = SeekTable::requiredTailSize(QByteArrayView(tail).last(qMin<qsizetype>(tail.size(), 9)));
    if (!need || tail.size() < 9) {
        Q_EMIT notSeekable(need ? tr("The file is too short to be a seekable zstd log.") : need.errorMessage());
        return false;
    }
    if (*need > tail.size() && *need <= size) {
        // A big log: its table did not fit in the first read. Read exactly the table.
        CommandJob* job
            = runScript(QStringLiteral("tail"), { m_path, QString::number(*need) }, tr("Read a CI log's seek table"));
        m_jobs << job;
        connect(job, &CommandJob::finished, this, &RemoteTaskLog::onTail);
        return true;
    }
    auto table = SeekTable::parse(tail, size);
    if (!table) {
        Q_EMIT notSeekable(table.errorMessage());
        return false;
    }
    m_table = std::move(table.value());
    m_seekable = true;
    m_tableDone = true;
    // The first and the last screen live in the first and the last frames: decode them from the
    // bytes that came with the table, or ask for them now, while the line index is on its way.
    // A small log came whole: every frame that fits the cache is decoded now.
    const qsizetype frames = m_table.frames.size();
    QList<qsizetype> order { 0, frames - 2, frames - 1 };
    for (qsizetype f = 1; f < frames - 2 && order.size() < CachedFrames; ++f)
        order << f;
    bool decoded = false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const qsizetype f = order[i];
        if (f < 0 || f >= frames || m_frames.contains(f) || m_inFlight.contains(f) || m_badFrames.contains(f))
            continue;
        const SeekTable::Frame& fr = m_table.frames[f];
        const qint64 end = fr.compressedOffset + fr.compressedSize;
        const qint64 tailFrom = m_fileSize - m_heldTail.size();
        if (end <= m_heldHead.size()) {
            acceptFrame(f, QByteArrayView(m_heldHead).sliced(fr.compressedOffset, fr.compressedSize));
            decoded = true;
        } else if (fr.compressedOffset >= tailFrom) {
            acceptFrame(f, QByteArrayView(m_heldTail).sliced(fr.compressedOffset - tailFrom, fr.compressedSize));
            decoded = true;
        } else if (i < 3) {
            m_wanted.insert(f); // only the ends are worth a read now
        }
    }
    const bool whole = m_heldTail.size() == m_fileSize;
    m_heldTail.clear();
    if (whole)
        indexFromFrames();
    if (decoded) {
        trimFrameCache();
        Q_EMIT contentChanged();
    }
    if (!m_wanted.isEmpty() && !m_dispatch->isActive())
        m_dispatch->start();
    maybeReady();
    return true;
}

void RemoteTaskLog::indexFromFrames()
{
    // A small log came whole and every frame decoded: its line index is the text's newlines, so
    // the log is complete now; log_indexes replies that come later are not needed.
    if (m_indexDone)
        return;
    for (qsizetype f = 0; f < m_table.frames.size(); ++f)
        if (!m_frames.contains(f))
            return;
    LineIndex index;
    qint64 pending = 0, lastStart = 0, pos = 0;
    for (qsizetype f = 0; f < m_table.frames.size(); ++f) {
        const QByteArray& t = m_frames[f];
        qsizetype from = 0;
        for (qsizetype nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', from)) {
            index.append(pending + nl + 1 - from);
            lastStart = pos + nl + 1;
            pending = 0;
            from = nl + 1;
        }
        pending += t.size() - from;
        pos += t.size();
    }
    if (pending > 0)
        index.append(pending); // a last line without a newline
    m_index = std::move(index);
    m_decodedLines = m_index.count();
    m_prevOffset = pending > 0 ? lastStart : (m_decodedLines > 0 ? m_index.lineStart(m_decodedLines - 1) : -1);
    m_lineCount = m_decodedLines;
    m_headDone = m_tailDone = m_indexDone = true;
    m_tailOffsets.clear();
    m_tailFirst = -1;
    scanHeldFrames();
}

void RemoteTaskLog::learnEndsFromFrames(qsizetype frame)
{
    // Line spans at both ends known from the decoded text alone, so the first and the last screen
    // need not wait for log_indexes: lines counted from the start of frame 0, and back from the end
    // of the text (numbered from log_length). The index, once here, takes precedence.
    const qsizetype frames = m_table.frames.size();
    if (frames == 0)
        return;
    if (frame == 0 && m_headEnds.isEmpty()) {
        const QByteArray& t = m_frames[0];
        for (qsizetype i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1))
            m_headEnds << i + 1;
        if (frames == 1 && !t.isEmpty() && !t.endsWith('\n'))
            m_headEnds << t.size(); // the whole text: its last line has no newline
    }
    // Again when frame n-2 joins n-1 (or the other way round): more of the last lines.
    if (frame >= frames - 2 && m_frames.contains(frames - 1)) {
        qsizetype first = frames - 1;
        if (first > 0 && m_frames.contains(first - 1))
            --first;
        QByteArray t;
        for (qsizetype f = first; f < frames; ++f)
            t += m_frames[f];
        const qint64 base = m_table.frames[first].decompressedOffset;
        // Starts of the lines that begin inside t (a line begins after each newline but the last).
        QList<qint64> starts;
        if (first == 0)
            starts << 0;
        for (qsizetype i = t.indexOf('\n'); i >= 0 && i + 1 < t.size(); i = t.indexOf('\n', i + 1))
            starts << base + i + 1;
        if (starts.size() > m_endStarts.size()) // a frame read again alone must not shrink it
            m_endStarts = starts;
    }
}

void RemoteTaskLog::trimFrameCache()
{
    while (m_lru.size() > CachedFrames)
        m_frames.remove(m_lru.takeFirst());
}

void RemoteTaskLog::requestIndexChunk()
{
    if (m_indexInFlight || m_indexDone || !m_error.isEmpty())
        return;
    qint64 from = 0, len = IndexHeadTail;
    bool tail = false;
    if (!m_headDone) {
        from = 0;
    } else if (!m_tailDone) {
        if (m_tailRequested)
            return; // on its way with the head (requestIndexEnds)
        tail = true;
        from = qMax<qint64>(0, m_blobSize - IndexHeadTail);
        len = m_blobSize - from;
    } else {
        from = m_blobFetched;
        len = IndexChunk;
    }
    auto cmd = Forgejo::logIndexesCommand(m_taskId, from, len);
    if (!cmd) {
        failWith(cmd.errorMessage());
        return;
    }
    m_indexInFlight = true;
    CommandJob* job = m_runner->run(*cmd, this);
    m_jobs << job;
    connect(job, &CommandJob::finished, this, [this, tail](const CommandResult& r) { onIndexChunk(r, tail); });
}

void RemoteTaskLog::onIndexChunk(const CommandResult& r, bool tail)
{
    if (!tail || !m_tailRequested)
        m_indexInFlight = false; // the tail asked for by open() runs beside the sequential chunks
    m_bytes += r.stdoutData.size();
    ++m_commands;
    if (m_indexDone)
        return; // built from the whole file's frames already (indexFromFrames)
    auto parsed = Forgejo::parseLogIndexes(r);
    if (!parsed) {
        failWith(parsed.errorMessage());
        return;
    }
    const QByteArray& chunk = parsed->first;
    m_blobSize = parsed->second;
    if (m_blobSize == 0) {
        failWith(tr("The task has no line index (log_indexes is empty)."));
        return;
    }
    if (tail) {
        // Varints end at bytes without the continuation bit: skip a cut one at the chunk's start.
        qsizetype start = 0;
        if (m_blobSize > chunk.size()) {
            while (start < chunk.size() && (quint8(chunk[start]) & 0x80))
                ++start;
            ++start;
        }
        QList<qint64> offsets;
        qint64 u = 0;
        int shift = 0;
        for (qsizetype i = start; i < chunk.size(); ++i) {
            const quint8 c = quint8(chunk[i]);
            u |= qint64(c & 0x7f) << shift;
            shift += 7;
            if (!(c & 0x80)) {
                offsets << ((u >> 1) ^ -(u & 1));
                u = 0;
                shift = 0;
            }
        }
        m_tailOffsets = offsets;
        m_tailFirst = m_lineCount - offsets.size();
        m_tailDone = true;
    } else {
        // Sequential decode from the start: lengths of consecutive lines into the compact index.
        QByteArray data = m_blobCarry + chunk;
        m_blobFetched += chunk.size();
        qsizetype lastEnd = 0;
        qint64 u = 0;
        int shift = 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const quint8 c = quint8(data[i]);
            u |= qint64(c & 0x7f) << shift;
            shift += 7;
            if (c & 0x80)
                continue;
            const qint64 v = (u >> 1) ^ -(u & 1);
            u = 0;
            shift = 0;
            lastEnd = i + 1;
            if (v < m_prevOffset || (m_prevOffset < 0 && v != 0)) {
                failWith(tr("The task's line index (log_indexes) does not fit its log."));
                return;
            }
            if (m_prevOffset >= 0)
                m_index.append(v - m_prevOffset);
            m_prevOffset = v;
            ++m_decodedLines;
        }
        m_blobCarry = data.mid(lastEnd);
        m_headDone = true;
        if (m_blobFetched >= m_blobSize) {
            // The last line runs to the end of the decoded text (known from the seek table).
            m_indexDone = true;
            m_tailDone = true;
            m_lineCount = m_decodedLines;
        }
    }
    maybeReady();
    if (m_indexDone && m_tableDone && m_prevOffset >= 0 && m_index.count() < m_decodedLines)
        m_index.append(m_table.decompressedSize() - m_prevOffset);
    // Frames that arrived before the index reached their lines were not scanned: scan them now.
    scanHeldFrames();
    // More of the index only while lines beyond it are asked for: a glance at both ends of a
    // 1 GiB log must not pull its 50 MB index (nor a 1 MiB chunk of it because the head and tail
    // chunks came before the seek table did).
    if (!m_indexDone && m_indexWanted) {
        m_indexWanted = false;
        requestIndexChunk();
    }
    if (m_ready)
        Q_EMIT linesAvailable(m_lineCount);
}

void RemoteTaskLog::maybeReady()
{
    if (m_ready || !m_tableDone)
        return;
    // Both ends from log_indexes, or both ends from the decoded first and last frames.
    const bool fromIndex = m_headDone && m_tailDone;
    const bool fromFrames = !m_headEnds.isEmpty() && !m_endStarts.isEmpty();
    if (!fromIndex && !fromFrames)
        return;
    if (m_indexDone && m_prevOffset >= 0 && m_index.count() < m_decodedLines)
        m_index.append(m_table.decompressedSize() - m_prevOffset);
    m_ready = true;
    Q_EMIT ready();
    Q_EMIT linesAvailable(m_lineCount);
}

RemoteTaskLog::Span RemoteTaskLog::locate(qint64 index, bool countedBack) const
{
    if (index < 0 || index >= m_lineCount || !m_tableDone)
        return {};
    const qint64 total = m_table.decompressedSize();
    if (index < m_index.count())
        return { m_index.lineStart(index), m_index.lineLength(index) };
    if (m_tailFirst >= 0 && index >= m_tailFirst) {
        const qint64 k = index - m_tailFirst;
        const qint64 start = m_tailOffsets[k];
        const qint64 end = k + 1 < m_tailOffsets.size() ? m_tailOffsets[k + 1] : total;
        return { start, end - start };
    }
    if (index < m_headEnds.size()) {
        const qint64 start = index == 0 ? 0 : m_headEnds[index - 1];
        return { start, m_headEnds[index] - start };
    }
    const qint64 endFirst = m_lineCount - m_endStarts.size();
    if (countedBack && !m_endStarts.isEmpty() && index >= endFirst) {
        const qint64 k = index - endFirst;
        const qint64 start = m_endStarts[k];
        const qint64 end = k + 1 < m_endStarts.size() ? m_endStarts[k + 1] : total;
        return { start, end - start };
    }
    return {};
}

bool RemoteTaskLog::isLineLoaded(qint64 index) const
{
    const Span s = locate(index);
    if (s.start < 0)
        return false;
    const qsizetype a = m_table.frameAt(s.start), b = m_table.frameAt(s.start + qMax<qint64>(s.length, 1) - 1);
    for (qsizetype f = a; f <= b && f >= 0; ++f)
        if (!m_frames.contains(f) && !m_badFrames.contains(f))
            return false;
    return a >= 0;
}

QByteArray RemoteTaskLog::line(qint64 index) const
{
    const Span s = locate(index);
    if (s.start < 0 || s.length <= 0) {
        if (index >= 0 && index < m_lineCount && m_ready) {
            m_indexWanted = true; // the index does not reach this line yet
            const_cast<RemoteTaskLog*>(this)->requestIndexChunk();
        }
        return index >= 0 && index < m_lineCount ? placeholderText() : QByteArray();
    }
    const qsizetype a = m_table.frameAt(s.start);
    const qsizetype b = m_table.frameAt(s.start + s.length - 1);
    if (a < 0 || b < 0)
        return {};
    QByteArray out;
    bool missing = false;
    for (qsizetype f = a; f <= b; ++f) {
        if (m_badFrames.contains(f))
            return QByteArrayLiteral("\xe2\x9a\xa0 [")
                + tr("frame %1 of the log is damaged: %2").arg(f).arg(m_badFrames.value(f)).toUtf8() + ']';
        auto it = m_frames.constFind(f);
        if (it == m_frames.constEnd()) {
            missing = true;
            if (!m_inFlight.contains(f))
                m_wanted.insert(f);
            continue;
        }
        m_lru.removeOne(f);
        m_lru.append(f);
        if (missing)
            continue;
        const SeekTable::Frame& fr = m_table.frames[f];
        const qint64 from = qMax(s.start, fr.decompressedOffset);
        const qint64 to = qMin(s.start + s.length, fr.decompressedOffset + fr.decompressedSize);
        out.append(it->constData() + (from - fr.decompressedOffset), to - from);
    }
    if (missing) {
        if (!m_wanted.isEmpty() && !m_dispatch->isActive())
            m_dispatch->start();
        return placeholderText();
    }
    if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

void RemoteTaskLog::dispatchFrames()
{
    if (m_wanted.isEmpty() || !m_error.isEmpty())
        return;
    QList<qsizetype> frames(m_wanted.begin(), m_wanted.end());
    m_wanted.clear();
    std::sort(frames.begin(), frames.end());
    // Neighbours coalesce into one byte range; a command carries at most a few dozen ranges.
    while (!frames.isEmpty()) {
        QList<qsizetype> batch;
        QStringList args { m_path };
        int ranges = 0;
        while (!frames.isEmpty() && ranges < MaxRangesPerCommand) {
            const qsizetype first = frames.takeFirst();
            qsizetype last = first;
            while (!frames.isEmpty() && frames.first() == last + 1)
                last = frames.takeFirst();
            const qint64 from = m_table.frames[first].compressedOffset;
            const qint64 to = m_table.frames[last].compressedOffset + m_table.frames[last].compressedSize;
            args << QString::number(from) << QString::number(to - from);
            for (qsizetype f = first; f <= last; ++f) {
                batch << f;
                m_inFlight.insert(f);
            }
            ++ranges;
        }
        CommandJob* job = runScript(QStringLiteral("range"), args, tr("Read CI log frames"));
        m_jobs << job;
        connect(job, &CommandJob::finished, this, [this, batch](const CommandResult& r) { onFrames(r, batch); });
    }
}

void RemoteTaskLog::onFrames(const CommandResult& r, const QList<qsizetype>& frames)
{
    m_bytes += r.stdoutData.size();
    ++m_commands;
    for (qsizetype f : frames)
        m_inFlight.remove(f);
    if (!r.succeeded()) {
        if (r.status == CommandResult::Status::Cancelled)
            return;
        const QString why = r.error.isEmpty() ? QString::fromUtf8(r.stderrData).trimmed() : r.error;
        for (qsizetype f : frames) {
            m_badFrames.insert(f, tr("could not be read (%1)").arg(why));
            m_unreadFrames.insert(f);
        }
        Q_EMIT contentChanged();
        return;
    }
    qint64 pos = 0;
    for (qsizetype f : frames) {
        const SeekTable::Frame& fr = m_table.frames[f];
        if (pos + fr.compressedSize > r.stdoutData.size()) {
            m_badFrames.insert(f, tr("the file ended early"));
            continue;
        }
        acceptFrame(f, QByteArrayView(r.stdoutData).sliced(pos, fr.compressedSize));
        pos += fr.compressedSize;
    }
    trimFrameCache();
    Q_EMIT contentChanged();
    maybeReady(); // the first and last frames can make the ends readable before the index
    if (m_ready) // frames asked for with the seek table can land before the index (ready() comes then)
        Q_EMIT linesAvailable(m_lineCount);
}

void RemoteTaskLog::acceptFrame(qsizetype f, QByteArrayView compressed)
{
    QByteArray text;
    auto d = decodeSeekableFrame(compressed, m_table.frames[f], m_table.hasChecksums, text);
    if (!d) {
        m_badFrames.insert(f, d.errorMessage());
        return;
    }
    m_frames.insert(f, std::move(text));
    m_lru.removeOne(f);
    m_lru.append(f);
    learnEndsFromFrames(f);
    scanFrame(f, m_frames[f]);
}

void RemoteTaskLog::scanFrame(qsizetype frame, const QByteArray& text)
{
    // Group and error markers of the lines that start in this frame (the index must reach them).
    if (m_scanned.contains(frame))
        return;
    const SeekTable::Frame& fr = m_table.frames[frame];
    // First line starting in the frame: binary search over what is located.
    qint64 lo = 0, hi = m_lineCount;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        const Span s = locate(mid, false);
        if (s.start < 0)
            return; // the index is not here yet: scan later
        if (s.start < fr.decompressedOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    // Every line starting in the frame must be located too, or the frame waits for the index.
    for (qint64 line = lo; line < m_lineCount; ++line) {
        const Span s = locate(line, false);
        if (s.start < 0)
            return;
        if (s.start >= fr.decompressedOffset + fr.decompressedSize)
            break;
    }
    m_scanned.insert(frame);
    bool changed = false;
    for (qint64 line = lo; line < m_lineCount; ++line) {
        const Span s = locate(line, false);
        if (s.start < 0 || s.start >= fr.decompressedOffset + fr.decompressedSize)
            break;
        const qint64 in = s.start - fr.decompressedOffset;
        const qint64 n = qMin<qint64>(qMin<qint64>(s.length, 512), text.size() - in);
        const QByteArrayView content = LogLine::split(QByteArrayView(text).sliced(in, n)).content;
        const LogLine::Kind kind = LogLine::classify(content);
        if (kind == LogLine::Kind::Error) {
            m_errors.insert(std::lower_bound(m_errors.begin(), m_errors.end(), line), line);
            changed = true;
        } else if (kind == LogLine::Kind::Warning) {
            m_warnings.insert(std::lower_bound(m_warnings.begin(), m_warnings.end(), line), line);
        } else if (kind == LogLine::Kind::Command) {
            // The whole value, not the 512-byte classification window.
            const QByteArrayView whole
                = LogLine::split(QByteArrayView(text).sliced(in, qMin<qint64>(s.length, text.size() - in))).content;
            QByteArrayView v = LogLine::maskValue(whole);
            if (v.endsWith('\n'))
                v.chop(1);
            if (!v.isEmpty() && !m_masks.contains(v))
                m_masks.append(v.toByteArray());
        } else if (kind == LogLine::Kind::GroupStart || kind == LogLine::Kind::GroupEnd) {
            m_groups.append(GroupRange { line, kind == LogLine::Kind::GroupEnd ? -2 : -1, 0 });
            changed = true;
        }
    }
    Q_UNUSED(changed);
}

void RemoteTaskLog::retryUnreadFrames()
{
    if (m_unreadFrames.isEmpty())
        return;
    for (qsizetype f : std::as_const(m_unreadFrames))
        m_badFrames.remove(f);
    m_unreadFrames.clear();
    Q_EMIT contentChanged(); // views paint again and so ask for those frames
}

void RemoteTaskLog::scanHeldFrames()
{
    if (!m_tableDone)
        return;
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it)
        if (!m_scanned.contains(it.key()))
            scanFrame(it.key(), it.value());
}

void RemoteTaskLog::prefetch(qint64 first, qint64 count, int maxFrames)
{
    if (!m_tableDone || count <= 0 || first < 0 || first >= m_lineCount || !m_error.isEmpty())
        return;
    const qint64 last = qMin(first + count, m_lineCount) - 1;
    const Span a = locate(first);
    const Span b = locate(last);
    if (a.start < 0 || b.start < 0) {
        // The index does not reach these lines yet: ask for more of it; the caller asks again later.
        m_indexWanted = true;
        requestIndexChunk();
        return;
    }
    const qsizetype fa = m_table.frameAt(a.start);
    const qsizetype fb = m_table.frameAt(b.start + qMax<qint64>(b.length, 1) - 1);
    if (fa < 0 || fb < 0)
        return;
    // From the start of the range (its first error is wanted), at most PrefetchReach frames deep,
    // plus the range's last two frames (where a failed step says how it ended); each call takes the
    // next frames not scanned yet, so calls walk through a long range a batch at a time.
    QList<qsizetype> candidates;
    for (qsizetype f = fa; f <= qMin<qsizetype>(fb, fa + PrefetchReach - 1); ++f)
        candidates << f;
    for (qsizetype f = qMax(fa, fb - 1); f <= fb; ++f)
        if (f >= fa + PrefetchReach)
            candidates << f;
    int taken = 0;
    for (qsizetype f : std::as_const(candidates)) {
        if (taken >= maxFrames)
            break;
        if (m_frames.contains(f) || m_badFrames.contains(f) || m_scanned.contains(f))
            continue;
        ++taken;
        if (!m_inFlight.contains(f))
            m_wanted.insert(f);
    }
    if (!m_wanted.isEmpty() && !m_dispatch->isActive())
        m_dispatch->start();
}

bool RemoteTaskLog::isScanned(qint64 first, qint64 end) const
{
    end = qMin(end, m_lineCount);
    if (first >= end)
        return true;
    const Span a = locate(first);
    const Span b = locate(end - 1);
    if (a.start < 0 || b.start < 0)
        return false;
    const qsizetype fa = m_table.frameAt(a.start);
    const qsizetype fb = m_table.frameAt(b.start + qMax<qint64>(b.length, 1) - 1);
    if (fa < 0 || fb < 0)
        return false;
    for (qsizetype f = fa; f <= fb; ++f)
        if (!m_scanned.contains(f) && !m_badFrames.contains(f))
            return false;
    return true;
}

QList<GroupRange> RemoteTaskLog::groups() const
{
    // Markers (header: lastLine -1, end: -2) paired in line order; an end not fetched yet leaves
    // its group folding only its header.
    QList<GroupRange> markers = m_groups;
    std::sort(markers.begin(), markers.end(),
        [](const GroupRange& a, const GroupRange& b) { return a.headerLine < b.headerLine; });
    QList<GroupRange> out;
    QList<qsizetype> open;
    for (const GroupRange& m : markers) {
        if (m.lastLine == -1) {
            out.append(GroupRange { m.headerLine, m.headerLine, int(open.size()) });
            open.append(out.size() - 1);
        } else if (!open.isEmpty()) {
            out[open.takeLast()].lastLine = m.headerLine;
        }
    }
    return out;
}

QList<qint64> RemoteTaskLog::errorLines() const
{
    return m_errors;
}

} // namespace Ci
