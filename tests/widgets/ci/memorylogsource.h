#pragma once

#include "core/ci/logsource.h"

#include <QList>

#include <algorithm>
#include <functional>

// In-memory LogSource test double. Records every line() call so tests can check what the view
// reads. Lines are whole stored rows ("<timestamp> <content>"); groups and error lines are
// derived from the content the way the engine does it (##[group]/##[endgroup], ##[error]).
class MemoryLogSource : public Ci::LogSource
{
public:
    explicit MemoryLogSource(QObject* parent = nullptr)
        : Ci::LogSource(parent)
    { }

    static QByteArray row(int i, const QByteArray& content)
    {
        // A valid 28-byte timestamp, one second per line.
        const QByteArray ts = QStringLiteral("2024-11-07T10:%1:%2.0000000Z")
                                  .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                                  .arg(i % 60, 2, 10, QLatin1Char('0'))
                                  .toLatin1();
        return ts + ' ' + content;
    }

    void appendContent(const QList<QByteArray>& contents)
    {
        for (const QByteArray& c : contents) {
            const qint64 index = m_lines.size();
            m_lines.append(row(int(index), c));
            if (c.startsWith("##[group]")) {
                m_groups.append({ index, index, int(m_open.size()) });
                m_open.append(m_groups.size() - 1);
            } else if (c.startsWith("##[endgroup]") && !m_open.isEmpty()) {
                m_groups[m_open.takeLast()].lastLine = index;
            }
            if (c.startsWith("##[error]"))
                m_errors.append(index);
        }
        for (const qsizetype g : std::as_const(m_open))
            m_groups[g].lastLine = m_lines.size() - 1; // unterminated: to the end
        Q_EMIT linesAvailable(m_lines.size());
    }

    void finish()
    {
        m_complete = true;
        Q_EMIT finished();
    }

    qint64 lineCount() const override { return m_virtualCount >= 0 ? m_virtualCount : m_lines.size(); }
    QByteArray line(qint64 index) const override
    {
        m_calls.append(index);
        if (m_virtualCount >= 0)
            return row(int(index % 3600),
                (std::binary_search(
                     m_groups.cbegin(), m_groups.cend(), index, [](auto a, auto b) { return key(a) < key(b); })
                        ? "##[group]virtual group "
                        : "virtual line ")
                    + QByteArray::number(index));
        return index >= 0 && index < m_lines.size() ? m_lines[index] : QByteArray();
    }
    bool isComplete() const override { return m_complete; }
    QList<Ci::GroupRange> groups() const override { return m_groups; }
    QList<qint64> errorLines() const override { return m_errors; }
    QList<QByteArray> maskValues() const override { return m_masks; }
    void addMask(const QByteArray& value) { m_masks.append(value); }

    // A huge log whose lines are generated on demand (for 64-bit row counts).
    void setVirtualLineCount(qint64 count)
    {
        m_virtualCount = count;
        Q_EMIT linesAvailable(count);
    }

    // Virtual groups: one every `every` lines, `length` lines long (header included).
    void setVirtualGroups(qint64 every, qint64 length)
    {
        m_groups.clear();
        for (qint64 h = 0; h + length <= m_virtualCount; h += every)
            m_groups.append({ h, h + length - 1, 0 });
    }

    mutable QList<qint64> m_calls;

private:
    static qint64 key(qint64 v) { return v; }
    static qint64 key(const Ci::GroupRange& g) { return g.headerLine; }

    QList<QByteArray> m_lines;
    QList<Ci::GroupRange> m_groups;
    QList<qsizetype> m_open;
    QList<qint64> m_errors;
    QList<QByteArray> m_masks;
    qint64 m_virtualCount = -1;
    bool m_complete = false;
};
