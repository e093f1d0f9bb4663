#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Ci {

// One stored Forgejo log row (spec §3.4): "<28-byte UTC timestamp> <content>". Views point into
// the caller's buffer; nothing is copied.
struct LogLine
{
    static constexpr qsizetype TimestampSize = 28;

    enum class Kind : quint8
    {
        Normal,
        GroupStart,
        GroupEnd,
        Error,
        Warning,
        Notice,
        // Another workflow command (`::debug::`, `::add-mask::`, `::add-matcher::`, `::set-output`,
        // `##[debug]` …): runners usually remove these, a view dims what is left.
        Command
    };

    // A workflow command as written in a log row: `::name key=v,key=v::message` or `##[name]message`.
    struct WorkflowCommand
    {
        QByteArrayView name;
        QByteArrayView properties; // "file=a.c,line=3" (raw, escapes kept)
        QByteArrayView message;
    };

    QByteArrayView timestamp; // empty when the row has no well-formed timestamp
    QByteArrayView content;

    // Splits at the first space; a row without a 28-byte timestamp is all content.
    static LogLine split(QByteArrayView row);
    // "2024-11-07T10:36:45.1234560Z" -> ms since the Unix epoch (UTC); nullopt when malformed.
    static std::optional<qint64> parseTimestampMs(QByteArrayView ts);
    // Classifies the content (not the whole row). Error detection is conservative: workflow
    // error commands and a short list of well-known failure prefixes at the start of the line.
    static Kind classify(QByteArrayView content);
    // The workflow command the content starts with, if any (no validation of the name).
    static std::optional<WorkflowCommand> parseCommand(QByteArrayView content);
    // The value of an `::add-mask::value` line (what must never be shown), else empty.
    static QByteArrayView maskValue(QByteArrayView content);
    // Replaces every occurrence of the mask values in `text` with "***" (longest values first, so
    // a value that contains another is masked whole).
    static QByteArray applyMasks(QByteArray text, const QList<QByteArray>& masks);
    // Text after `##[group]` / `::group::` for a GroupStart line, else empty.
    static QByteArrayView groupTitle(QByteArrayView content);
};

} // namespace Ci
