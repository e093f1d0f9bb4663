#include "ansi.h"

namespace Ci::Ansi {

namespace {

constexpr char Esc = '\x1b';

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of a CSI sequence starting at content[i] == ESC, content[i+1] == '[' (final byte
// included), or -1 when the sequence is not terminated inside the buffer.
qsizetype csiLength(QByteArrayView s, qsizetype i)
{
    qsizetype j = i + 2;
    while (j < s.size()) {
        const auto c = static_cast<unsigned char>(s[j]);
        if (c >= 0x40 && c <= 0x7e)
            return j - i + 1;
        if (c < 0x20 || c > 0x3f)
            return -1; // not a CSI byte: malformed, treat as unterminated
        ++j;
    }
    return -1;
}

} // namespace

QList<QByteArray> visualParts(QByteArrayView content)
{
    if (content.endsWith("\r\n"))
        content.chop(2);
    else if (content.endsWith('\n'))
        content.chop(1);

    // Forgejo's regexes: /\x1b\[\d+[A-H]/ deleted, /\x1b\[\d?[JK]/ replaced by '\r'.
    QByteArray cleaned;
    cleaned.reserve(content.size());
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] == Esc && i + 2 < content.size() && content[i + 1] == '[') {
            qsizetype j = i + 2;
            while (j < content.size() && isDigit(content[j]))
                ++j;
            const qsizetype digits = j - (i + 2);
            if (j < content.size()) {
                const char f = content[j];
                if (digits >= 1 && f >= 'A' && f <= 'H') {
                    i = j;
                    continue;
                }
                if (digits <= 1 && (f == 'J' || f == 'K')) {
                    cleaned.append('\r');
                    i = j;
                    continue;
                }
            }
        }
        cleaned.append(content[i]);
    }

    QList<QByteArray> parts;
    for (const QByteArray& p : cleaned.split('\r')) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts;
}

quint32 xtermRgb(int index)
{
    static constexpr quint32 base[16] = { 0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd,
        0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff };
    if (index < 0 || index > 255)
        return 0;
    if (index < 16)
        return base[index];
    if (index < 232) {
        const int i = index - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + 40 * v; };
        return quint32(level(i / 36) << 16 | level((i / 6) % 6) << 8 | level(i % 6));
    }
    const int g = 8 + 10 * (index - 232);
    return quint32(g << 16 | g << 8 | g);
}

namespace {

// One SGR parameter with its colon sub-parameters; -1 stands for an empty field.
using Param = QList<int>;

QList<Param> splitParams(QByteArrayView s)
{
    QList<Param> out;
    Param cur;
    int value = -1;
    for (const char c : s) {
        if (isDigit(c)) {
            value = value < 0 ? 0 : value;
            if (value < 100000) // clamp: nothing valid is that large
                value = value * 10 + (c - '0');
        } else if (c == ':') {
            cur.append(value);
            value = -1;
        } else if (c == ';') {
            cur.append(value);
            out.append(cur);
            cur.clear();
            value = -1;
        }
    }
    cur.append(value);
    out.append(cur);
    return out;
}

bool validByte(int v)
{
    return v >= 0 && v <= 255;
}

// Extended colour from the colon form ("38:5:n", "38:2::r:g:b", "38:2:r:g:b").
bool extendedFromSub(const Param& p, Color* out)
{
    if (p.size() >= 3 && p[1] == 5 && validByte(p[2])) {
        *out = Color::indexed(p[2]);
        return true;
    }
    if (p[1] == 2) {
        const qsizetype first = p.size() >= 6 ? 3 : 2;
        if (p.size() >= first + 3 && validByte(p[first]) && validByte(p[first + 1]) && validByte(p[first + 2])) {
            *out = Color::fromRgb(p[first], p[first + 1], p[first + 2]);
            return true;
        }
    }
    return false;
}

void applySgr(QByteArrayView params, Style& st)
{
    const QList<Param> ps = splitParams(params);
    for (qsizetype i = 0; i < ps.size(); ++i) {
        const Param& p = ps[i];
        const int code = p[0] < 0 ? 0 : p[0];
        if (code == 38 || code == 48 || code == 58) {
            Color c;
            bool ok = false;
            if (p.size() > 1) {
                ok = extendedFromSub(p, &c);
            } else if (i + 1 < ps.size()) {
                const int mode = ps[i + 1][0];
                if (mode == 5 && i + 2 < ps.size()) {
                    ok = validByte(ps[i + 2][0]);
                    if (ok)
                        c = Color::indexed(ps[i + 2][0]);
                    i += 2;
                } else if (mode == 2 && i + 4 < ps.size()) {
                    ok = validByte(ps[i + 2][0]) && validByte(ps[i + 3][0]) && validByte(ps[i + 4][0]);
                    if (ok)
                        c = Color::fromRgb(ps[i + 2][0], ps[i + 3][0], ps[i + 4][0]);
                    i += 4;
                } else {
                    // Unknown or incomplete extended colour: the rest of the sequence is not
                    // interpretable, as in xterm.
                    return;
                }
            }
            if (ok && code == 38)
                st.fg = c;
            else if (ok && code == 48)
                st.bg = c;
            continue; // 58 (underline colour) is accepted and ignored
        }
        switch (code) {
        case 0:
            st = Style {};
            break;
        case 1:
            st.bold = true;
            break;
        case 2:
            st.faint = true;
            break;
        case 3:
            st.italic = true;
            break;
        case 4:
            st.underline = p.size() < 2 || p[1] != 0; // "4:0" is "no underline"
            break;
        case 7:
            st.inverse = true;
            break;
        case 9:
            st.strike = true;
            break;
        case 21:
            st.underline = true; // double underline, shown as single
            break;
        case 22:
            st.bold = false;
            st.faint = false;
            break;
        case 23:
            st.italic = false;
            break;
        case 24:
            st.underline = false;
            break;
        case 27:
            st.inverse = false;
            break;
        case 29:
            st.strike = false;
            break;
        case 39:
            st.fg = {};
            break;
        case 49:
            st.bg = {};
            break;
        default:
            if (code >= 30 && code <= 37)
                st.fg = Color::indexed(code - 30);
            else if (code >= 40 && code <= 47)
                st.bg = Color::indexed(code - 40);
            else if (code >= 90 && code <= 97)
                st.fg = Color::indexed(code - 90 + 8);
            else if (code >= 100 && code <= 107)
                st.bg = Color::indexed(code - 100 + 8);
            break; // everything else (blink, fonts, ...) is ignored
        }
    }
}

// Appends UTF-8 bytes to the text, expanding tabs against the text's current column.
void appendText(StyledText& out, const QByteArray& bytes, const Style& st)
{
    if (bytes.isEmpty())
        return;
    const QString decoded = QString::fromUtf8(bytes);
    const int start = int(out.text.size());
    if (decoded.contains(QLatin1Char('\t'))) {
        for (const QChar ch : decoded) {
            if (ch == QLatin1Char('\t')) {
                const qsizetype spaces = TabWidth - out.text.size() % TabWidth;
                out.text.append(QString(spaces, QLatin1Char(' ')));
            } else {
                out.text.append(ch);
            }
        }
    } else {
        out.text.append(decoded);
    }
    const int length = int(out.text.size()) - start;
    if (!out.runs.isEmpty() && out.runs.last().style == st && out.runs.last().start + out.runs.last().length == start)
        out.runs.last().length += length;
    else
        out.runs.append(Run { start, length, st });
}

// Length of a string sequence (OSC, DCS, SOS, PM, APC) from ESC at i up to and including its
// terminator (BEL or ESC '\'); the rest of the buffer when unterminated.
qsizetype stringSequenceLength(QByteArrayView s, qsizetype i)
{
    for (qsizetype j = i + 2; j < s.size(); ++j) {
        if (s[j] == '\a')
            return j - i + 1;
        if (s[j] == Esc && j + 1 < s.size() && s[j + 1] == '\\')
            return j - i + 2;
    }
    return s.size() - i;
}

} // namespace

StyledText parse(QByteArrayView part, Style* state)
{
    StyledText out;
    Style st = state ? *state : Style {};
    QByteArray pending;
    pending.reserve(part.size());
    qsizetype i = 0;
    while (i < part.size()) {
        const char c = part[i];
        if (c == Esc) {
            if (i + 1 >= part.size())
                break; // lone ESC at the end
            const char n = part[i + 1];
            if (n == '[') {
                const qsizetype len = csiLength(part, i);
                if (len < 0) {
                    // Unterminated CSI: ansi_up shows nothing of it; drop the rest.
                    break;
                }
                const char final = part[i + len - 1];
                const QByteArrayView params = part.sliced(i + 2, len - 3);
                const bool privateMarker = !params.isEmpty() && params[0] >= '<' && params[0] <= '?';
                if (final == 'm' && !privateMarker) {
                    appendText(out, pending, st);
                    pending.clear();
                    applySgr(params, st);
                }
                i += len;
                continue;
            }
            if (n == ']' || n == 'P' || n == 'X' || n == '^' || n == '_') {
                i += stringSequenceLength(part, i);
                continue;
            }
            // ESC, intermediates (0x20-0x2f), final byte: e.g. "ESC ( B", "ESC =".
            qsizetype j = i + 1;
            while (j < part.size() && static_cast<unsigned char>(part[j]) >= 0x20
                && static_cast<unsigned char>(part[j]) <= 0x2f)
                ++j;
            i = j + 1;
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f) {
            ++i; // other control characters have no visible form
            continue;
        }
        pending.append(c);
        ++i;
    }
    appendText(out, pending, st);
    if (state)
        *state = st;
    return out;
}

QList<StyledText> parseLine(QByteArrayView content)
{
    QList<StyledText> out;
    Style st;
    for (const QByteArray& part : visualParts(content)) {
        StyledText t = parse(part, &st);
        if (!t.text.isEmpty())
            out.append(std::move(t));
    }
    return out;
}

StyledText parseFinal(QByteArrayView content, int* partCount)
{
    // Fast path: most lines have neither ESC nor '\r' nor control characters.
    bool simple = true;
    for (const char c : content) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            simple = false;
            break;
        }
    }
    if (simple) {
        StyledText t;
        t.text = QString::fromUtf8(content);
        if (!t.text.isEmpty())
            t.runs.append(Run { 0, int(t.text.size()), Style {} });
        if (partCount)
            *partCount = t.text.isEmpty() ? 0 : 1;
        return t;
    }
    QList<StyledText> parts = parseLine(content);
    if (partCount)
        *partCount = int(parts.size());
    return parts.isEmpty() ? StyledText {} : parts.takeLast();
}

QString plainText(QByteArrayView content)
{
    return parseFinal(content).text;
}

} // namespace Ci::Ansi
