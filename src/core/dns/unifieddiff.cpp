#include "core/dns/unifieddiff.h"

#include <QByteArrayView>

#include <algorithm>
#include <vector>

namespace {
std::vector<QByteArrayView> splitLines(const QByteArray& text)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.emplace_back(text.constData() + start, end - start);
        start = end;
    }
    return lines;
}

enum class Op : char
{
    Keep,
    Remove,
    Add
};

// Myers' O(ND) shortest edit script, appended to `out`. Each step keeps only the frontier it
// used (2d+1 entries), and past kMaxD changes the rest is shown as removed then added.
void myers(const std::vector<QByteArrayView>& a, const std::vector<QByteArrayView>& b, std::vector<Op>& out)
{
    constexpr int kMaxD = 3000;
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    std::vector<int> v(2 * size_t(max) + 2, 0);
    std::vector<std::vector<int>> trace; // trace[d][k + d] = v[k] before step d
    int dEnd = -1;
    for (int d = 0; d <= max && d <= kMaxD; ++d) {
        trace.emplace_back(v.begin() + (max - d), v.begin() + (max + d + 1));
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            const size_t ki = size_t(k + max);
            int x = (k == -d || (k != d && v[ki - 1] < v[ki + 1])) ? v[ki + 1] : v[ki - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[ki] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            dEnd = d;
            break;
        }
    }
    if (dEnd < 0) {
        out.insert(out.end(), size_t(n), Op::Remove);
        out.insert(out.end(), size_t(m), Op::Add);
        return;
    }
    std::vector<Op> rev;
    int x = n;
    int y = m;
    for (int d = dEnd; d > 0; --d) {
        const std::vector<int>& pv = trace[size_t(d)];
        auto at = [&](int k) { return pv[size_t(k + d)]; };
        const int k = x - y;
        const bool down = (k == -d || (k != d && at(k - 1) < at(k + 1)));
        const int pk = down ? k + 1 : k - 1;
        const int px = at(pk);
        const int py = px - pk;
        while (x > px && y > py) {
            rev.push_back(Op::Keep);
            --x;
            --y;
        }
        if (down) {
            rev.push_back(Op::Add);
            --y;
        } else {
            rev.push_back(Op::Remove);
            --x;
        }
    }
    while (x > 0 && y > 0) {
        rev.push_back(Op::Keep);
        --x;
        --y;
    }
    out.insert(out.end(), rev.rbegin(), rev.rend());
}
} // namespace

namespace UnifiedDiff {

QByteArray make(const QByteArray& before, const QByteArray& after, const QByteArray& nameBefore,
    const QByteArray& nameAfter, int context)
{
    if (before == after)
        return {};
    const auto a = splitLines(before);
    const auto b = splitLines(after);
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const std::vector<QByteArrayView> ma(a.begin() + long(head), a.end() - long(tail));
    const std::vector<QByteArrayView> mb(b.begin() + long(head), b.end() - long(tail));
    std::vector<Op> ops(head, Op::Keep);
    myers(ma, mb, ops);
    ops.insert(ops.end(), tail, Op::Keep);

    QByteArray out = "--- " + nameBefore + "\n+++ " + nameAfter + "\n";
    // Hunks: runs of changes with up to `context` unchanged lines around, merged when close.
    const size_t count = ops.size();
    size_t i = 0;
    while (i < count) {
        while (i < count && ops[i] == Op::Keep)
            ++i;
        if (i >= count)
            break;
        size_t start = i >= size_t(context) ? i - size_t(context) : 0;
        size_t end = i;
        while (end < count) {
            while (end < count && ops[end] != Op::Keep)
                ++end;
            size_t keep = end;
            while (keep < count && ops[keep] == Op::Keep)
                ++keep;
            if (keep < count && keep - end <= size_t(2 * context)) {
                end = keep;
                continue;
            }
            end = std::min(count, end + size_t(context));
            break;
        }
        // Line numbers at `start`.
        size_t la = 0;
        size_t lb = 0;
        for (size_t k = 0; k < start; ++k) {
            if (ops[k] != Op::Add)
                ++la;
            if (ops[k] != Op::Remove)
                ++lb;
        }
        size_t na = 0;
        size_t nb = 0;
        QByteArray body;
        size_t ia = la;
        size_t ib = lb;
        for (size_t k = start; k < end; ++k) {
            const bool fromA = ops[k] != Op::Add;
            const QByteArrayView line = fromA ? a[ia] : b[ib];
            body += ops[k] == Op::Keep ? ' ' : ops[k] == Op::Remove ? '-' : '+';
            body += line;
            if (!line.endsWith('\n'))
                body += "\n\\ No newline at end of file\n";
            if (ops[k] != Op::Add) {
                ++ia;
                ++na;
            }
            if (ops[k] != Op::Remove) {
                ++ib;
                ++nb;
            }
        }
        out += "@@ -" + QByteArray::number(qulonglong(na ? la + 1 : la)) + ',' + QByteArray::number(qulonglong(na))
            + " +" + QByteArray::number(qulonglong(nb ? lb + 1 : lb)) + ',' + QByteArray::number(qulonglong(nb))
            + " @@\n" + body;
        i = end;
    }
    return out;
}

} // namespace UnifiedDiff
