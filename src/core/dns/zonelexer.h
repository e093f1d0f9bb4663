#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Splits master-file text into entries (one logical line: a record or directive, possibly spanning
// physical lines inside parentheses) and the tokens of each entry. Works on byte spans only, so a
// million-record zone is read without one allocation per token.
struct ZoneToken
{
    uint32_t offset = 0; // from the start of the entry
    uint32_t length = 0; // for quoted tokens: without the quotes
    bool quoted = false;
};

struct ZoneEntryScan
{
    size_t end = 0; // one past the entry's last byte (after its newline when there is one)
    uint32_t newlines = 0;
    bool ownerBlank = false; // the entry starts with white space: it inherits the previous owner
    bool unbalancedOpen = false; // '(' never closed before the end of the input
    bool strayClose = false; // ')' without '('
    bool unterminatedQuote = false;
    uint32_t problemOffset = 0; // where the first of the problems above starts, from the entry start
    uint32_t lastCloseEnd = 0; // one past the last ')' (0 when none), from the entry start
};

class ZoneLexer
{
public:
    // Scans one entry starting at `pos` of `text`; fills `tokens` (cleared first).
    static ZoneEntryScan scanEntry(std::string_view text, size_t pos, std::vector<ZoneToken>& tokens);

    // Column (0-based, tabs count as one) and line (0-based) of `offset` inside `entry`.
    static void position(std::string_view entry, uint32_t offset, uint32_t& line, uint32_t& column);
};
