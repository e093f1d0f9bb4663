#include "core/dns/rrtype.h"

#include <array>
#include <charconv>

namespace {
struct TypeName
{
    std::string_view name;
    uint16_t code;
};

constexpr std::array<TypeName, 48> kTypes { {
    { "A", 1 },
    { "NS", 2 },
    { "MD", 3 },
    { "MF", 4 },
    { "CNAME", 5 },
    { "SOA", 6 },
    { "MB", 7 },
    { "MG", 8 },
    { "MR", 9 },
    { "NULL", 10 },
    { "WKS", 11 },
    { "PTR", 12 },
    { "HINFO", 13 },
    { "MINFO", 14 },
    { "MX", 15 },
    { "TXT", 16 },
    { "RP", 17 },
    { "AFSDB", 18 },
    { "X25", 19 },
    { "ISDN", 20 },
    { "RT", 21 },
    { "KEY", 25 },
    { "AAAA", 28 },
    { "LOC", 29 },
    { "SRV", 33 },
    { "NAPTR", 35 },
    { "KX", 36 },
    { "CERT", 37 },
    { "DNAME", 39 },
    { "APL", 42 },
    { "DS", 43 },
    { "SSHFP", 44 },
    { "IPSECKEY", 45 },
    { "RRSIG", 46 },
    { "NSEC", 47 },
    { "DNSKEY", 48 },
    { "DHCID", 49 },
    { "NSEC3", 50 },
    { "NSEC3PARAM", 51 },
    { "TLSA", 52 },
    { "SMIMEA", 53 },
    { "CDS", 59 },
    { "CDNSKEY", 60 },
    { "OPENPGPKEY", 61 },
    { "SVCB", 64 },
    { "HTTPS", 65 },
    { "SPF", 99 },
    { "CAA", 257 },
} };

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != b[i])
            return false;
    }
    return true;
}

uint16_t numberAfter(std::string_view text, std::string_view prefix)
{
    if (text.size() <= prefix.size() || !equalsNoCase(text.substr(0, prefix.size()), prefix))
        return 0;
    unsigned v = 0;
    const char* b = text.data() + prefix.size();
    const char* e = text.data() + text.size();
    const auto r = std::from_chars(b, e, v);
    if (r.ec != std::errc() || r.ptr != e || v == 0 || v > 65535)
        return 0;
    return static_cast<uint16_t>(v);
}
} // namespace

uint16_t RrType::fromText(std::string_view text)
{
    if (text.empty() || text.size() > 10)
        return numberAfter(text, "TYPE");
    for (const auto& t : kTypes) {
        if (equalsNoCase(text, t.name))
            return t.code;
    }
    return numberAfter(text, "TYPE");
}

std::string RrType::toText(uint16_t type)
{
    for (const auto& t : kTypes) {
        if (t.code == type)
            return std::string(t.name);
    }
    return "TYPE" + std::to_string(type);
}

uint16_t RrType::classFromText(std::string_view text)
{
    if (equalsNoCase(text, "IN"))
        return 1;
    if (equalsNoCase(text, "CH") || equalsNoCase(text, "CHAOS"))
        return 3;
    if (equalsNoCase(text, "HS"))
        return 4;
    if (equalsNoCase(text, "NONE"))
        return 254;
    if (equalsNoCase(text, "ANY"))
        return 255;
    return numberAfter(text, "CLASS");
}

std::string RrType::classToText(uint16_t cls)
{
    switch (cls) {
    case 1:
        return "IN";
    case 3:
        return "CH";
    case 4:
        return "HS";
    case 254:
        return "NONE";
    case 255:
        return "ANY";
    default:
        return "CLASS" + std::to_string(cls);
    }
}
