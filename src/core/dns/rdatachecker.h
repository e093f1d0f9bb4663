#pragma once

#include "core/dns/zonelexer.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct RdataProblem
{
    uint32_t offset = 0; // from the entry start
    bool error = true; // false: a warning
    QString message;
};

// Checks the data part of one record the way a zone loader parses it, and extracts what the
// cross-record checks need (the target name of NS, CNAME, MX, SRV, ...; a hash for duplicates).
class RdataChecker
{
public:
    struct Result
    {
        std::string targetWire; // empty when the type has no target name or it did not parse
        uint32_t hash = 0;
    };

    static void check(uint16_t type, std::string_view entry, const ZoneToken* tokens, size_t count,
        std::string_view originWire, std::vector<RdataProblem>& problems, Result& result);

    // RFC 1035 TTL with BIND's unit suffixes (1h30m, 2d, 1w). False when not a TTL at all.
    static bool parseTtl(std::string_view text, uint64_t& value);

    // Length in octets of a character-string after unescaping; -1 on a bad escape.
    static int unescapedLength(std::string_view text);

    static QString nameProblemText(int problem, std::string_view name);
};
