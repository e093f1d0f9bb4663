#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// ANSI escape handling for one CI log line, as Forgejo's web UI renders it (spec §4.4):
// pre-processing (cursor moves deleted, erase codes split the line, `\r` splits into visual
// parts) and an SGR parser that yields plain text plus attribute runs. Colour state never
// crosses lines: Forgejo renders every line with a fresh ansi_up instance.
//
// Pure functions, no Qt Gui: colours are kept symbolic (base index, 256 index or RGB) so the
// widgets layer can map the 16 base colours to the palette in use.
namespace Ci::Ansi {

struct Color
{
    enum class Kind : quint8
    {
        Default,
        Indexed,
        Rgb
    };
    Kind kind = Kind::Default;
    quint8 index = 0; // Indexed: 0-7 normal, 8-15 bright, 16-255 the xterm cube and grey ramp
    quint32 rgb = 0; // Rgb: 0x00RRGGBB

    static Color indexed(int i) { return { Kind::Indexed, quint8(i), 0 }; }
    static Color fromRgb(int r, int g, int b) { return { Kind::Rgb, 0, quint32((r << 16) | (g << 8) | b) }; }
    friend bool operator==(const Color&, const Color&) = default;
};

struct Style
{
    Color fg;
    Color bg;
    bool bold = false;
    bool faint = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;
    bool strike = false;

    bool isPlain() const { return *this == Style {}; }
    friend bool operator==(const Style&, const Style&) = default;
};

// A span of StyledText::text with one style; runs are contiguous, ordered and cover the text.
struct Run
{
    int start = 0; // UTF-16 index into StyledText::text
    int length = 0;
    Style style;
};

struct StyledText
{
    QString text;
    QList<Run> runs;
};

// Tab stops used when tabs are expanded to spaces (monospace display).
inline constexpr int TabWidth = 8;

// Forgejo's pre-processing of a line's content: drop a trailing "\r\n"/"\n", delete cursor
// moves ESC[nA..ESC[nH, turn erase codes ESC[nJ / ESC[nK into '\r', split on '\r' and drop
// empty parts. A line without '\r' gives one part; an empty line gives no parts.
QList<QByteArray> visualParts(QByteArrayView content);

// Parses SGR sequences of one visual part into text and runs, starting from and updating
// *state when given. Every other escape sequence (CSI, OSC including hyperlinks, two-byte
// ESC x) is removed without a trace; C0 controls other than TAB are dropped; tabs expand to
// TabWidth stops. Invalid UTF-8 becomes U+FFFD.
StyledText parse(QByteArrayView part, Style* state = nullptr);

// The whole line as Forgejo renders it: the visual parts in order, each parsed with the style
// left by the previous part (one ansi_up instance per line), parts without text dropped.
QList<StyledText> parseLine(QByteArrayView content);

// What the log view shows for a line: the last part of parseLine() (a terminal ends up showing
// the last redraw of a progress bar), or empty text. *partCount receives parseLine().size().
StyledText parseFinal(QByteArrayView content, int* partCount = nullptr);

// Convenience: parseFinal(content).text, the plain text the view shows and copies.
QString plainText(QByteArrayView content);

// RGB (0x00RRGGBB) of an xterm 256-colour index for 16..255 (cube and grey ramp). The 16 base
// colours return the xterm defaults; views normally substitute their own palette for them.
quint32 xtermRgb(int index);

} // namespace Ci::Ansi
