#include "logsearch.h"

#include "core/ci/tasklog.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Ci {

namespace {

constexpr qint64 ChunkLines = 32768; // ≈ 3 MiB of a typical log (≈ 23 frames) per work item

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

void lowerInPlace(QByteArray& b)
{
    char* p = b.data();
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n; ++i)
        p[i] = lowerAscii(p[i]);
}

bool isAscii(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool equalFolded(const char* text, const char* lowerNeedle, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i)
        if (lowerAscii(text[i]) != lowerNeedle[i])
            return false;
    return true;
}

// First occurrence of `needle` in [p, end), or nullptr. `fold`: ASCII case-insensitive, the
// needle given in lower case. glibc's memmem (no SIMD) spent ~0.2 s of CPU per GiB and the
// folded search needed a lowered copy of every block; this compares the needle's first and last
// bytes at 16 positions at once and checks the rest only where both fit (rare in log text).
const char* findLiteral(const char* p, const char* end, const QByteArray& needle, bool fold)
{
    const qsizetype n = needle.size();
    const char* const nd = needle.constData();
    if (n == 0 || end - p < n)
        return nullptr;
    if (n == 1 && !fold)
        return static_cast<const char*>(std::memchr(p, nd[0], size_t(end - p)));
#if defined(__SSE2__)
    const char first = nd[0], last = nd[n - 1];
    auto upper = [](char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; };
    const __m128i f1 = _mm_set1_epi8(first), l1 = _mm_set1_epi8(last);
    const __m128i f2 = _mm_set1_epi8(fold ? upper(first) : first), l2 = _mm_set1_epi8(fold ? upper(last) : last);
    // 16 candidate starts per step, while the 16 bytes at p + n - 1 are inside the text.
    for (; (end - p) >= n + 15; p += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 1));
        const __m128i ma = _mm_or_si128(_mm_cmpeq_epi8(a, f1), _mm_cmpeq_epi8(a, f2));
        const __m128i mb = _mm_or_si128(_mm_cmpeq_epi8(b, l1), _mm_cmpeq_epi8(b, l2));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(ma, mb)));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            const char* c = p + bit;
            if (fold ? equalFolded(c, nd, n) : std::memcmp(c, nd, size_t(n)) == 0)
                return c;
            mask &= mask - 1;
        }
    }
#endif
    // The tail (or every position without SSE2).
    for (; end - p >= n; ++p)
        if (fold ? equalFolded(p, nd, n) : std::memcmp(p, nd, size_t(n)) == 0)
            return p;
    return nullptr;
}

qint64 countNewlines(const char* p, const char* end)
{
    qint64 n = 0;
#if defined(__SSE2__)
    // Each byte lane counts its newlines (a match compares as -1 and is subtracted) for up to 255
    // blocks of 16, then one SAD sums the lanes. A popcount per block was a libgcc call (POPCNT is
    // not in baseline x86-64): a fifth of a search's time.
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    while (end - p >= 16) {
        const qsizetype blocks = std::min<qsizetype>((end - p) / 16, 255);
        __m128i lanes = zero;
        for (qsizetype i = 0; i < blocks; ++i, p += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), nl));
        const __m128i sums = _mm_sad_epu8(lanes, zero);
        n += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

} // namespace

LineMatcher::LineMatcher(const SearchQuery& query)
{
    if (query.pattern.isEmpty()) {
        m_valid = false;
        m_error = QCoreApplication::translate("LogSearch", "Empty search");
        return;
    }
    if (!query.regex && (query.caseSensitive || isAscii(query.pattern))) {
        m_literal = query.pattern.toUtf8();
        m_fold = !query.caseSensitive;
        if (m_fold)
            lowerInPlace(m_literal);
        return;
    }
    m_regex = true;
    const QString pattern = query.regex ? query.pattern : QRegularExpression::escape(query.pattern);
    m_re = QRegularExpression(
        pattern, query.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    if (!m_re.isValid()) {
        m_valid = false;
        m_error = QCoreApplication::translate("LogSearch", "Invalid regular expression: %1").arg(m_re.errorString());
        return;
    }
    m_re.optimize();
    const QByteArray lit = requiredLiteral(pattern);
    if (lit.size() >= 2) {
        const bool ascii = std::all_of(lit.cbegin(), lit.cend(), [](char c) { return quint8(c) < 0x80; });
        if (query.caseSensitive || ascii) {
            m_literal = lit;
            m_fold = !query.caseSensitive;
            if (m_fold)
                lowerInPlace(m_literal);
        }
    }
}

QByteArray LineMatcher::requiredLiteral(const QString& pattern)
{
    // Conservative: any alternation or inline option defeats the analysis.
    if (pattern.contains(QLatin1Char('|')) || pattern.contains(QLatin1String("(?")))
        return {};
    QString best, cur;
    int depth = 0;
    auto flush = [&] {
        if (cur.size() > best.size())
            best = cur;
        cur.clear();
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= pattern.size())
                return {};
            const QChar n = pattern[++i];
            if (n.isLetterOrNumber()) {
                // Escapes that spell a character or take an argument (\x41, \p{L}, \k<n>, \cA):
                // their argument would look like literal text; give up the prefilter.
                if (QStringView(u"xoupPNgkc").contains(n))
                    return {};
                flush(); // a class (\d, \w), an assertion, or a numeric escape
                while (n.isDigit() && i + 1 < pattern.size() && pattern[i + 1].isDigit())
                    ++i;
                continue;
            }
            if (depth == 0)
                cur.append(n);
            continue;
        }
        switch (c.unicode()) {
        case '[': {
            flush();
            ++i;
            if (i < pattern.size() && pattern[i] == QLatin1Char('^'))
                ++i;
            if (i < pattern.size() && pattern[i] == QLatin1Char(']'))
                ++i;
            while (i < pattern.size() && pattern[i] != QLatin1Char(']')) {
                if (pattern[i] == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            break;
        }
        case '(':
            flush();
            ++depth;
            break;
        case ')':
            flush();
            --depth;
            break;
        case '*':
        case '?':
        case '{':
            // The previous atom may be absent: it is not required.
            if (!cur.isEmpty())
                cur.chop(1);
            flush();
            if (c == QLatin1Char('{'))
                while (i < pattern.size() && pattern[i] != QLatin1Char('}'))
                    ++i;
            break;
        case '+':
            flush();
            break;
        case '.':
        case '^':
        case '$':
            flush();
            break;
        default:
            if (depth == 0)
                cur.append(c);
            else
                flush();
        }
    }
    flush();
    if (depth != 0)
        return {};
    return best.toUtf8();
}

bool LineMatcher::lineMatchesRegex(QByteArrayView line, QString& scratch) const
{
    scratch = QString::fromUtf8(line);
    return m_re.match(scratch).hasMatch();
}

void LineMatcher::matchBlock(QByteArrayView text, qint64 firstLine, QList<qint64>& out) const
{
    if (!m_valid || text.isEmpty())
        return;
    const char* const base = text.data();
    const char* const end = base + text.size();
    QString scratch;

    if (!m_literal.isEmpty()) {
        // Walk prefilter hits; count newlines between them to know the line.
        const char* cursor = base;
        qint64 line = firstLine;
        const char* p = base;
        while (p < end) {
            const char* hit = findLiteral(p, end, m_literal, m_fold);
            if (!hit)
                break;
            line += countNewlines(cursor, hit);
            const char* ls = hit;
            while (ls > base && ls[-1] != '\n')
                --ls;
            const auto* nl = static_cast<const char*>(std::memchr(hit, '\n', size_t(end - hit)));
            const char* le = nl ? nl : end;
            bool ok = true;
            if (m_regex) {
                ok = lineMatchesRegex(QByteArrayView(ls, le), scratch);
            }
            if (ok)
                out.append(line);
            if (!nl)
                break;
            cursor = nl + 1;
            p = nl + 1;
            ++line;
        }
        return;
    }
    // No prefilter: every line goes through the regular expression.
    qint64 line = firstLine;
    const char* p = base;
    while (p < end) {
        const auto* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* le = nl ? nl : end;
        if (lineMatchesRegex(QByteArrayView(p, le), scratch))
            out.append(line);
        ++line;
        p = le + 1;
    }
}

LogSearch::LogSearch(const TaskLog* log, QObject* parent)
    : QObject(parent)
    , m_log(log)
{ }

LogSearch::~LogSearch()
{
    stopWorker();
}

void LogSearch::stopWorker()
{
    ++m_generation;
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
}

void LogSearch::cancel()
{
    stopWorker();
}

void LogSearch::start(const SearchQuery& query)
{
    stopWorker();
    m_matches = 0;
    auto matcher = std::make_shared<LineMatcher>(query);
    if (!matcher->isValid()) {
        Q_EMIT failed(matcher->errorString());
        return;
    }
    const quint64 gen = m_generation.load();
    m_running = true;
    m_worker = std::thread([this, matcher, gen] {
        // Every thread takes the next chunk as soon as it is free (rounds that waited for their
        // slowest chunk left a core idle for half a chunk per round: 1.3 of 2 cores busy). Results
        // are posted in chunk order by whichever thread completes the chunk that is due; at most
        // `ahead` chunks are searched beyond it, so held results stay few.
        const qint64 total = m_log->lineCount();
        const qint64 chunks = (total + ChunkLines - 1) / ChunkLines;
        const int threads = qMax(1, QThread::idealThreadCount());
        const qint64 ahead = qint64(threads) * 4;
        std::mutex mutex;
        std::condition_variable freed;
        std::map<qint64, QList<qint64>> held; // searched, not yet posted
        qint64 next = 0, posted = 0, found = 0;
        const auto stale = [this, gen] { return m_generation.load() != gen; };
        const auto work = [&] {
            while (true) {
                qint64 c = 0;
                {
                    std::unique_lock lock(mutex);
                    freed.wait(lock, [&] { return next >= chunks || next < posted + ahead || stale(); });
                    if (next >= chunks || stale())
                        return;
                    c = next++;
                }
                const qint64 first = c * ChunkLines, last = qMin(total, first + ChunkLines);
                QList<qint64> hits;
                qint64 at = first;
                m_log->visitRange(m_log->lineStart(first), m_log->lineStart(last) - m_log->lineStart(first),
                    [&](QByteArrayView text) {
                        matcher->matchBlock(text, at, hits);
                        at += countNewlines(text.data(), text.data() + text.size());
                    });
                const std::lock_guard lock(mutex);
                held.emplace(c, std::move(hits));
                for (auto it = held.begin(); it != held.end() && it->first == posted; it = held.erase(it)) {
                    found += it->second.size();
                    const qint64 done = qMin(total, (posted + 1) * ChunkLines);
                    QMetaObject::invokeMethod(
                        this,
                        [this, gen, lines = std::move(it->second), done, total] { deliver(gen, lines, done, total); },
                        Qt::QueuedConnection);
                    ++posted;
                }
                freed.notify_all();
            }
        };
        std::vector<std::thread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(work);
        work();
        for (std::thread& t : helpers)
            t.join();
        if (stale())
            return;
        QMetaObject::invokeMethod(
            this, [this, gen, found] { deliverEnd(gen, found); }, Qt::QueuedConnection);
    });
}

void LogSearch::deliver(quint64 generation, const QList<qint64>& lines, qint64 done, qint64 total)
{
    if (generation != m_generation.load())
        return;
    if (!lines.isEmpty()) {
        m_matches += lines.size();
        Q_EMIT matchesFound(lines);
    }
    Q_EMIT progress(done, total);
}

void LogSearch::deliverEnd(quint64 generation, qint64 total)
{
    if (generation != m_generation.load())
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
    Q_EMIT finished(total);
}

qint64 LogSearch::countSequential(const TaskLog& log, const SearchQuery& query)
{
    const LineMatcher matcher(query);
    if (!matcher.isValid())
        return -1;
    const qint64 total = log.lineCount();
    qint64 n = 0;
    QList<qint64> hits;
    for (qint64 line = 0; line < total; line += ChunkLines) {
        const qint64 last = qMin(total, line + ChunkLines);
        const qint64 from = log.lineStart(line);
        hits.clear();
        qint64 at = line;
        log.visitRange(from, log.lineStart(last) - from, [&](QByteArrayView text) {
            matcher.matchBlock(text, at, hits);
            at += countNewlines(text.data(), text.data() + text.size());
        });
        n += hits.size();
    }
    return n;
}

} // namespace Ci
