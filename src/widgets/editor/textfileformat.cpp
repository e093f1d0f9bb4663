#include "widgets/editor/textfileformat.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

namespace {
const QByteArray kBom("\xEF\xBB\xBF", 3);

} // namespace

TextFileFormat TextFileFormat::decode(const QByteArray& bytes)
{
    TextFileFormat f;
    f.m_original = bytes;
    f.m_bom = bytes.startsWith(kBom);
    const QByteArray body = f.m_bom ? bytes.mid(kBom.size()) : bytes;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    f.m_validUtf8 = !decoder.hasError();

    const qsizetype crlf = body.count("\r\n");
    const qsizetype cr = body.count('\r');
    const qsizetype lf = body.count('\n');
    f.m_lineEnding = (crlf > 0 && crlf * 2 >= lf) ? LineEnding::CRLF : LineEnding::LF;
    if (crlf > 0)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    f.m_text = std::move(text);

    if (!f.m_validUtf8)
        f.m_lossyReason = QCoreApplication::translate(
            "TextFileFormat", "The file is not valid UTF-8; it is shown read-only so its bytes stay as they are.");
    else if (cr != crlf)
        f.m_lossyReason = QCoreApplication::translate("TextFileFormat",
            "The file contains a carriage return without a line feed; saving an edit would turn it "
            "into a line break.");
    else if (crlf > 0 && crlf != lf)
        f.m_lossyReason = QCoreApplication::translate(
            "TextFileFormat", "The file mixes CRLF and LF line endings; saving an edit writes %1 everywhere.")
                              .arg(f.m_lineEnding == LineEnding::CRLF ? QStringLiteral("CRLF") : QStringLiteral("LF"));
    else if (body.contains('\0'))
        f.m_lossyReason = QCoreApplication::translate(
            "TextFileFormat", "The file contains NUL bytes; the editor cannot keep them through an edit.");
    else if (f.m_text.contains(QChar::LineSeparator) || f.m_text.contains(QChar::ParagraphSeparator))
        f.m_lossyReason = QCoreApplication::translate("TextFileFormat",
            "The file contains Unicode line or paragraph separators; the editor turns them into "
            "line breaks when an edit is saved.");
    return f;
}

QByteArray TextFileFormat::encodeEdit(const QString& text) const
{
    QString out = text;
    if (m_lineEnding == LineEnding::CRLF)
        out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QStringEncoder encoder(QStringEncoder::Utf8);
    QByteArray bytes = encoder.encode(out);
    if (m_bom)
        bytes.prepend(kBom);
    return bytes;
}

Result<QByteArray> TextFileFormat::encode(const QString& text, bool acceptLossy) const
{
    if (text == m_text)
        return m_original;
    if (!isEditable())
        return Error::of(m_lossyReason);
    if (!m_lossyReason.isEmpty() && !acceptLossy)
        return Error::of(m_lossyReason);
    return encodeEdit(text);
}
