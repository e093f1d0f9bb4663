#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

// The bytes of a text file as the editor shows them, and the way back. Saving text that was not
// edited returns the original bytes exactly (BOM, CRLF, tabs, no final newline, even invalid
// UTF-8); an edit is encoded with the file's BOM and line ending. When the file holds something an
// edit cannot carry over (invalid UTF-8, NUL, mixed line endings, a lone CR, U+2028/U+2029) the
// reason is kept, and encode() refuses the edit unless the caller accepts the change knowingly.
class TextFileFormat
{
public:
    enum class LineEnding
    {
        LF,
        CRLF,
    };

    static TextFileFormat decode(const QByteArray& bytes);

    const QString& text() const { return m_text; } // lines separated by '\n' only
    const QByteArray& originalBytes() const { return m_original; }
    bool hasBom() const { return m_bom; }
    LineEnding lineEnding() const { return m_lineEnding; }
    bool hasFinalNewline() const { return m_text.endsWith(QLatin1Char('\n')); }
    bool isValidUtf8() const { return m_validUtf8; }

    // Empty when any edit can be saved without changing what was not edited.
    QString lossyEditReason() const { return m_lossyReason; }
    // Invalid UTF-8 cannot be edited at all (the editor would write U+FFFD over the bytes).
    bool isEditable() const { return m_validUtf8; }

    // Bytes for `text`: the original bytes when `text` equals text(); otherwise the encoded edit.
    // Fails when the edit would change untouched bytes and acceptLossy is false, or the file is
    // not editable.
    Result<QByteArray> encode(const QString& text, bool acceptLossy = false) const;

private:
    QByteArray encodeEdit(const QString& text) const;

    QByteArray m_original;
    QString m_text;
    QString m_lossyReason;
    LineEnding m_lineEnding = LineEnding::LF;
    bool m_bom = false;
    bool m_validUtf8 = true;
};
