#include "core/host/bytediff.h"

#include <QByteArrayView>
#include <QHash>

#include <algorithm>
#include <vector>

namespace {

// Lines with their terminators; a final piece without '\n' is a line too. Views into the input:
// no copy per line.
std::vector<QByteArrayView> splitLines(const QByteArray& data)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype nl = data.indexOf('\n', start);
        const qsizetype end = nl < 0 ? data.size() : nl + 1;
        lines.emplace_back(data.constData() + start, end - start);
        start = end;
    }
    return lines;
}

// Myers' linear-space diff over line ids; marks the lines of A deleted and of B inserted.
class Differ
{
public:
    Differ(const std::vector<int>& a, const std::vector<int>& b)
        : m_a(a)
        , m_b(b)
        , deletedA(a.size(), false)
        , insertedB(b.size(), false)
    {
        compare(0, int(a.size()), 0, int(b.size()));
    }

private:
    const std::vector<int>& m_a;
    const std::vector<int>& m_b;

public:
    std::vector<bool> deletedA;
    std::vector<bool> insertedB;

private:
    struct Snake
    {
        int x0, y0, x1, y1; // absolute coordinates of the middle snake
    };

    void compare(int a0, int a1, int b0, int b1)
    {
        while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0]) {
            ++a0;
            ++b0;
        }
        while (a0 < a1 && b0 < b1 && m_a[a1 - 1] == m_b[b1 - 1]) {
            --a1;
            --b1;
        }
        if (a0 == a1) {
            std::fill(insertedB.begin() + b0, insertedB.begin() + b1, true);
            return;
        }
        if (b0 == b1) {
            std::fill(deletedA.begin() + a0, deletedA.begin() + a1, true);
            return;
        }
        // With a common prefix and suffix removed and both sides non-empty, D >= 2, so both halves
        // around the middle snake are strictly smaller problems.
        const Snake s = middleSnake(a0, a1, b0, b1);
        compare(a0, s.x0, b0, s.y0);
        compare(s.x1, a1, s.y1, b1);
    }

    Snake middleSnake(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int max = (n + m + 1) / 2 + 1;
        const int offset = max;
        std::vector<int> vf(size_t(2 * max + 2), 0);
        std::vector<int> vb(size_t(2 * max + 2), 0);
        auto F = [&](int k) -> int& { return vf[size_t(k + offset)]; };
        auto B = [&](int k) -> int& { return vb[size_t(k + offset)]; };
        for (int d = 0; d < max; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && F(k - 1) < F(k + 1))) ? F(k + 1) : F(k - 1) + 1;
                int y = x - k;
                const int xs = x;
                const int ys = y;
                while (x < n && y < m && m_a[size_t(a0 + x)] == m_b[size_t(b0 + y)]) {
                    ++x;
                    ++y;
                }
                F(k) = x;
                const int kb = delta - k;
                if (odd && kb >= -(d - 1) && kb <= d - 1 && F(k) + B(kb) >= n)
                    return { a0 + xs, b0 + ys, a0 + x, b0 + y };
            }
            for (int k = -d; k <= d; k += 2) {
                // Reversed coordinates: x counts lines from the end of A.
                int x = (k == -d || (k != d && B(k - 1) < B(k + 1))) ? B(k + 1) : B(k - 1) + 1;
                int y = x - k;
                const int xs = x;
                const int ys = y;
                while (x < n && y < m && m_a[size_t(a1 - 1 - x)] == m_b[size_t(b1 - 1 - y)]) {
                    ++x;
                    ++y;
                }
                B(k) = x;
                const int kf = delta - k;
                if (!odd && kf >= -d && kf <= d && B(k) + F(kf) >= n)
                    return { a1 - x, b1 - y, a1 - xs, b1 - ys };
            }
        }
        Q_UNREACHABLE();
        return { a0, b0, a0, b0 };
    }
};

enum class Op : char
{
    Equal = ' ',
    Delete = '-',
    Insert = '+',
};

struct Edit
{
    Op op;
    int index; // into A for Equal/Delete, into B for Insert
};

std::vector<Edit> editScript(const std::vector<QByteArrayView>& la, const std::vector<QByteArrayView>& lb)
{
    // The common head and tail are equal lines whatever the middle holds; only the middle is
    // hashed and compared, so a small edit of a 100,000-line zone costs a pass over it.
    size_t head = 0;
    while (head < la.size() && head < lb.size() && la[head] == lb[head])
        ++head;
    size_t tail = 0;
    while (tail < la.size() - head && tail < lb.size() - head && la[la.size() - 1 - tail] == lb[lb.size() - 1 - tail])
        ++tail;
    QHash<QByteArrayView, int> ids;
    std::vector<int> a, b;
    a.reserve(la.size() - head - tail);
    b.reserve(lb.size() - head - tail);
    auto idOf = [&ids](QByteArrayView line) {
        auto it = ids.constFind(line);
        return it != ids.constEnd() ? *it : *ids.insert(line, int(ids.size()));
    };
    for (size_t i = head; i < la.size() - tail; ++i)
        a.push_back(idOf(la[i]));
    for (size_t j = head; j < lb.size() - tail; ++j)
        b.push_back(idOf(lb[j]));
    const Differ d(a, b);
    std::vector<Edit> script;
    script.reserve(la.size() + b.size());
    for (size_t i = 0; i < head; ++i)
        script.push_back({ Op::Equal, int(i) });
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && d.deletedA[i]) {
            script.push_back({ Op::Delete, int(head + i++) });
        } else if (j < b.size() && d.insertedB[j]) {
            script.push_back({ Op::Insert, int(head + j++) });
        } else {
            script.push_back({ Op::Equal, int(head + i) });
            ++i;
            ++j;
        }
    }
    for (size_t t = la.size() - tail; t < la.size(); ++t)
        script.push_back({ Op::Equal, int(t) });
    return script;
}

QByteArray range(int linesBefore, int count)
{
    // GNU: "l,n"; ",1" omitted; an empty range names the line before it.
    const int start = count == 0 ? linesBefore : linesBefore + 1;
    QByteArray r = QByteArray::number(start);
    if (count != 1)
        r += ',' + QByteArray::number(count);
    return r;
}

} // namespace

namespace ByteDiff {

QByteArray unified(const QByteArray& a, const QByteArray& b, const QString& labelA, const QString& labelB, int context)
{
    if (a == b)
        return {};
    context = std::max(0, context);
    const std::vector<QByteArrayView> la = splitLines(a);
    const std::vector<QByteArrayView> lb = splitLines(b);
    const std::vector<Edit> script = editScript(la, lb);

    QByteArray out;
    out += "--- " + labelA.toUtf8() + '\n';
    out += "+++ " + labelB.toUtf8() + '\n';
    const int n = int(script.size());
    // Line counters before position p: how many A and B lines precede it.
    std::vector<int> beforeA(size_t(n + 1), 0), beforeB(size_t(n + 1), 0);
    for (int p = 0; p < n; ++p) {
        beforeA[size_t(p + 1)] = beforeA[size_t(p)] + (script[size_t(p)].op != Op::Insert ? 1 : 0);
        beforeB[size_t(p + 1)] = beforeB[size_t(p)] + (script[size_t(p)].op != Op::Delete ? 1 : 0);
    }
    int p = 0;
    while (p < n) {
        if (script[size_t(p)].op == Op::Equal) {
            ++p;
            continue;
        }
        // A hunk: from this change to the last change that is at most 2·context equal lines away.
        const int first = p;
        int last = p;
        int q = p + 1;
        while (q < n) {
            if (script[size_t(q)].op != Op::Equal) {
                last = q++;
                continue;
            }
            int r = q;
            while (r < n && script[size_t(r)].op == Op::Equal)
                ++r;
            if (r < n && r - q <= 2 * context) {
                q = r;
                continue;
            }
            break;
        }
        const int from = std::max(0, first - context);
        const int to = std::min(n, last + 1 + context);
        out += "@@ -" + range(beforeA[size_t(from)], beforeA[size_t(to)] - beforeA[size_t(from)]) + " +"
            + range(beforeB[size_t(from)], beforeB[size_t(to)] - beforeB[size_t(from)]) + " @@\n";
        for (int e = from; e < to; ++e) {
            const Edit& edit = script[size_t(e)];
            const QByteArrayView line = edit.op == Op::Insert ? lb[size_t(edit.index)] : la[size_t(edit.index)];
            out += char(edit.op);
            out += line;
            if (!line.endsWith('\n'))
                out += "\n\\ No newline at end of file\n";
        }
        p = to;
    }
    return out;
}

Stats stats(const QByteArray& a, const QByteArray& b)
{
    Stats s;
    if (a == b)
        return s;
    for (const Edit& e : editScript(splitLines(a), splitLines(b))) {
        if (e.op == Op::Delete)
            ++s.removed;
        else if (e.op == Op::Insert)
            ++s.added;
    }
    return s;
}

} // namespace ByteDiff
