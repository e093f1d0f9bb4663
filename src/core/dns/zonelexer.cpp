#include "core/dns/zonelexer.h"

ZoneEntryScan ZoneLexer::scanEntry(std::string_view text, size_t pos, std::vector<ZoneToken>& tokens)
{
    tokens.clear();
    ZoneEntryScan scan;
    const size_t n = text.size();
    const size_t start = pos;
    scan.ownerBlank = pos < n && (text[pos] == ' ' || text[pos] == '\t');
    int depth = 0;
    auto problem = [&](size_t at) {
        if (!scan.unbalancedOpen && !scan.strayClose && !scan.unterminatedQuote)
            scan.problemOffset = static_cast<uint32_t>(at - start);
    };
    size_t openAt = 0;
    while (pos < n) {
        const char c = text[pos];
        if (c == '\n') {
            ++pos;
            if (depth == 0) {
                scan.end = pos;
                ++scan.newlines;
                return scan;
            }
            ++scan.newlines;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++pos;
            continue;
        }
        if (c == ';') {
            while (pos < n && text[pos] != '\n')
                ++pos;
            continue;
        }
        if (c == '(') {
            if (depth == 0)
                openAt = pos;
            ++depth;
            ++pos;
            continue;
        }
        if (c == ')') {
            if (depth == 0) {
                problem(pos);
                scan.strayClose = true;
            } else {
                --depth;
            }
            ++pos;
            scan.lastCloseEnd = static_cast<uint32_t>(pos - start);
            continue;
        }
        if (c == '"') {
            const size_t q = pos;
            ++pos;
            while (pos < n && text[pos] != '"' && text[pos] != '\n') {
                if (text[pos] == '\\' && pos + 1 < n && text[pos + 1] != '\n')
                    ++pos;
                ++pos;
            }
            ZoneToken t;
            t.offset = static_cast<uint32_t>(q + 1 - start);
            t.length = static_cast<uint32_t>(pos - q - 1);
            t.quoted = true;
            tokens.push_back(t);
            if (pos < n && text[pos] == '"') {
                ++pos;
            } else {
                problem(q);
                scan.unterminatedQuote = true;
            }
            continue;
        }
        const size_t w = pos;
        while (pos < n) {
            const char d = text[pos];
            if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || d == ';' || d == '(' || d == ')' || d == '"')
                break;
            if (d == '\\' && pos + 1 < n && text[pos + 1] != '\n')
                ++pos;
            ++pos;
        }
        tokens.push_back(ZoneToken { static_cast<uint32_t>(w - start), static_cast<uint32_t>(pos - w), false });
    }
    if (depth > 0) {
        problem(openAt);
        scan.unbalancedOpen = true;
    }
    scan.end = n;
    return scan;
}

void ZoneLexer::position(std::string_view entry, uint32_t offset, uint32_t& line, uint32_t& column)
{
    line = 0;
    uint32_t lineStart = 0;
    for (uint32_t i = 0; i < offset && i < entry.size(); ++i) {
        if (entry[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = offset - lineStart;
}
