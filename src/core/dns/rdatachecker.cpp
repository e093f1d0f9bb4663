#include "core/dns/rdatachecker.h"

#include "core/dns/dnsname.h"
#include "core/dns/rrtype.h"

#include <arpa/inet.h>

#include <charconv>

namespace {
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

uint32_t fnv(uint32_t h, std::string_view s, bool fold)
{
    for (char c : s) {
        if (fold && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    h ^= 0xff;
    h *= 16777619u;
    return h;
}

bool parseUnsigned(std::string_view s, uint64_t max, uint64_t& v)
{
    if (s.empty() || s.size() > 20)
        return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && v <= max;
}

bool isHex(std::string_view s)
{
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool isBase64(std::string_view s)
{
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '/'
                || c == '='))
            return false;
    }
    return true;
}

struct Ctx
{
    uint16_t type;
    std::string_view entry;
    const ZoneToken* tokens;
    size_t count;
    std::string_view origin;
    std::vector<RdataProblem>& problems;
    RdataChecker::Result& result;
    QString typeName;

    std::string_view text(size_t i) const { return entry.substr(tokens[i].offset, tokens[i].length); }
    uint32_t at(size_t i) const
    {
        if (i < count)
            return tokens[i].offset;
        return count ? tokens[count - 1].offset + tokens[count - 1].length : static_cast<uint32_t>(entry.size());
    }
    void error(size_t i, QString msg) { problems.push_back(RdataProblem { at(i), true, std::move(msg) }); }

    bool need(size_t n, const char* what)
    {
        if (count < n) {
            error(count, QStringLiteral("%1 record is incomplete: it needs %2.").arg(typeName, QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool exact(size_t n, const char* what)
    {
        if (!need(n, what))
            return false;
        if (count > n) {
            error(n,
                QStringLiteral("Unexpected text \"%1\" after the %2 record's data (it takes %3).")
                    .arg(q(text(n)), typeName, QLatin1String(what)));
            return false;
        }
        return true;
    }
    bool number(size_t i, uint64_t max, const char* what)
    {
        uint64_t v = 0;
        if (tokens[i].quoted || !parseUnsigned(text(i), max, v)) {
            error(i,
                QStringLiteral("\"%1\" is not a valid %2 (a whole number from 0 to %3).")
                    .arg(q(text(i)), QLatin1String(what))
                    .arg(max));
            return false;
        }
        result.hash = fnv(result.hash, text(i), false);
        return true;
    }
    bool name(size_t i, bool target)
    {
        std::string wire;
        const auto p = DnsName::toWire(text(i), origin, wire);
        if (p != DnsName::Problem::None) {
            error(i, RdataChecker::nameProblemText(static_cast<int>(p), text(i)));
            return false;
        }
        result.hash = fnv(result.hash, wire, false);
        if (target)
            result.targetWire = std::move(wire);
        return true;
    }
    void hexRest(size_t from)
    {
        size_t digits = 0;
        for (size_t i = from; i < count; ++i) {
            if (!isHex(text(i))) {
                error(i, QStringLiteral("\"%1\" is not hexadecimal data.").arg(q(text(i))));
                return;
            }
            digits += text(i).size();
            result.hash = fnv(result.hash, text(i), true);
        }
        if (digits % 2)
            error(from, QStringLiteral("The hexadecimal data has an odd number of digits; each byte takes two."));
    }
    void base64Rest(size_t from)
    {
        size_t chars = 0;
        for (size_t i = from; i < count; ++i) {
            if (!isBase64(text(i))) {
                error(i, QStringLiteral("\"%1\" is not base64 data.").arg(q(text(i))));
                return;
            }
            chars += text(i).size();
            result.hash = fnv(result.hash, text(i), false);
        }
        if (chars % 4)
            error(from, QStringLiteral("The base64 data is cut short (its length is not a multiple of 4)."));
    }
    void rest(size_t from)
    {
        for (size_t i = from; i < count; ++i)
            result.hash = fnv(result.hash, text(i), !tokens[i].quoted);
    }
};

void checkGeneric(Ctx& c)
{
    // RFC 3597: \# <length> <hex>...
    if (c.count < 2) {
        c.error(c.count, QStringLiteral("Generic data (\\#) needs a length and hexadecimal data."));
        return;
    }
    uint64_t len = 0;
    if (!parseUnsigned(c.text(1), 65535, len)) {
        c.error(1, QStringLiteral("\"%1\" is not a valid length for generic data (\\#).").arg(q(c.text(1))));
        return;
    }
    size_t digits = 0;
    for (size_t i = 2; i < c.count; ++i) {
        if (!isHex(c.text(i))) {
            c.error(i, QStringLiteral("\"%1\" is not hexadecimal data.").arg(q(c.text(i))));
            return;
        }
        digits += c.text(i).size();
        c.result.hash = fnv(c.result.hash, c.text(i), true);
    }
    if (digits != len * 2) {
        c.error(1,
            QStringLiteral("Generic data (\\#) says %1 bytes but %2 hexadecimal digits follow (expected %3).")
                .arg(len)
                .arg(digits)
                .arg(len * 2));
    }
}
} // namespace

QString RdataChecker::nameProblemText(int problem, std::string_view name)
{
    switch (static_cast<DnsName::Problem>(problem)) {
    case DnsName::Problem::Empty:
        return QStringLiteral("A name is missing here.");
    case DnsName::Problem::EmptyLabel:
        return QStringLiteral("\"%1\" has an empty label (two dots in a row or a leading dot).").arg(q(name));
    case DnsName::Problem::LabelTooLong:
        return QStringLiteral("\"%1\" has a label longer than 63 characters.").arg(q(name));
    case DnsName::Problem::NameTooLong:
        return QStringLiteral("\"%1\" is longer than 255 octets once the zone name is added.").arg(q(name));
    case DnsName::Problem::BadEscape:
        return QStringLiteral("\"%1\" has a bad backslash escape (use \\DDD with 000-255, or \\ and a character).")
            .arg(q(name));
    case DnsName::Problem::None:
        break;
    }
    return QString();
}

bool RdataChecker::parseTtl(std::string_view text, uint64_t& value)
{
    if (text.empty() || !(text[0] >= '0' && text[0] <= '9'))
        return false;
    uint64_t total = 0;
    uint64_t cur = 0;
    bool digits = false;
    bool units = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            cur = cur * 10 + static_cast<uint64_t>(c - '0');
            if (cur > 0xffffffffull)
                return false;
            digits = true;
            continue;
        }
        if (!digits)
            return false;
        uint64_t mult = 0;
        switch (c) {
        case 's':
        case 'S':
            mult = 1;
            break;
        case 'm':
        case 'M':
            mult = 60;
            break;
        case 'h':
        case 'H':
            mult = 3600;
            break;
        case 'd':
        case 'D':
            mult = 86400;
            break;
        case 'w':
        case 'W':
            mult = 604800;
            break;
        default:
            return false;
        }
        total += cur * mult;
        if (total > 0xffffffffull)
            return false;
        cur = 0;
        digits = false;
        units = true;
    }
    if (digits)
        total += cur;
    if (!units && !digits)
        return false;
    if (total > 0xffffffffull)
        return false;
    value = total;
    return true;
}

int RdataChecker::unescapedLength(std::string_view s)
{
    int n = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\') {
            if (i + 1 >= s.size())
                return -1;
            if (s[i + 1] >= '0' && s[i + 1] <= '9') {
                if (i + 3 >= s.size())
                    return -1;
                if (!(s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9'))
                    return -1;
                if ((s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0') > 255)
                    return -1;
                i += 3;
            } else {
                ++i;
            }
        }
        ++n;
    }
    return n;
}

void RdataChecker::check(uint16_t type, std::string_view entry, const ZoneToken* tokens, size_t count,
    std::string_view originWire, std::vector<RdataProblem>& problems, Result& result)
{
    Ctx c { type, entry, tokens, count, originWire, problems, result, QString::fromStdString(RrType::toText(type)) };
    result.hash = 2166136261u ^ type;
    if (count >= 1 && !tokens[0].quoted && c.text(0) == "\\#") {
        checkGeneric(c);
        return;
    }
    switch (type) {
    case RrType::A:
    case RrType::AAAA: {
        const bool v6 = type == RrType::AAAA;
        if (!c.exact(1, v6 ? "one IPv6 address" : "one IPv4 address"))
            return;
        const std::string addr(c.text(0));
        unsigned char buf[16];
        if (tokens[0].quoted || inet_pton(v6 ? AF_INET6 : AF_INET, addr.c_str(), buf) != 1) {
            c.error(0,
                v6 ? QStringLiteral("\"%1\" is not a valid IPv6 address.").arg(q(addr))
                   : QStringLiteral("\"%1\" is not a valid IPv4 address (four numbers 0-255 separated by dots).")
                         .arg(q(addr)));
            return;
        }
        result.hash = fnv(result.hash, std::string_view(reinterpret_cast<const char*>(buf), v6 ? 16 : 4), false);
        return;
    }
    case RrType::NS:
    case RrType::CNAME:
    case RrType::PTR:
    case RrType::DNAME:
        if (c.exact(1, "one domain name"))
            c.name(0, true);
        return;
    case RrType::MX:
        if (c.exact(2, "a preference number and a mail server name") && c.number(0, 65535, "MX preference"))
            c.name(1, true);
        return;
    case RrType::SRV:
        if (c.exact(4, "priority, weight, port and target name") && c.number(0, 65535, "SRV priority")
            && c.number(1, 65535, "SRV weight") && c.number(2, 65535, "port"))
            c.name(3, true);
        return;
    case RrType::SOA: {
        if (!c.exact(7, "primary server, contact mailbox, serial, refresh, retry, expire and minimum"))
            return;
        if (!c.name(0, false) || !c.name(1, false) || !c.number(2, 0xffffffffull, "serial number"))
            return;
        static const char* const fields[] = { "refresh", "retry", "expire", "minimum" };
        for (size_t i = 3; i < 7; ++i) {
            uint64_t v = 0;
            if (tokens[i].quoted || !parseTtl(c.text(i), v)) {
                c.error(i,
                    QStringLiteral("\"%1\" is not a valid SOA %2 time.")
                        .arg(q(c.text(i)), QLatin1String(fields[i - 3])));
                return;
            }
        }
        c.rest(3);
        return;
    }
    case RrType::TXT:
    case RrType::SPF:
        if (!c.need(1, "at least one text string"))
            return;
        for (size_t i = 0; i < count; ++i) {
            const int len = unescapedLength(c.text(i));
            if (len < 0) {
                c.error(i, QStringLiteral("Text string has a bad backslash escape."));
                return;
            }
            if (len > 255) {
                c.error(i,
                    QStringLiteral("Text string is %1 characters long; one string holds at most 255. Split it into "
                                   "several quoted strings.")
                        .arg(len));
                return;
            }
        }
        c.rest(0);
        return;
    case RrType::CAA:
        if (c.exact(3, "flags, a tag and a value") && c.number(0, 255, "CAA flags value")) {
            const auto tag = c.text(1);
            bool ok = !tag.empty() && !tokens[1].quoted;
            for (const char ch : tag)
                ok = ok && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
            if (!ok) {
                c.error(
                    1, QStringLiteral("\"%1\" is not a valid CAA tag (letters and digits, e.g. issue).").arg(q(tag)));
                return;
            }
            c.rest(1);
        }
        return;
    case RrType::TLSA:
        if (c.need(4, "usage, selector, matching type and certificate data") && c.number(0, 255, "TLSA usage")
            && c.number(1, 255, "TLSA selector") && c.number(2, 255, "TLSA matching type"))
            c.hexRest(3);
        return;
    case RrType::SSHFP:
        if (c.need(3, "algorithm, fingerprint type and fingerprint") && c.number(0, 255, "SSHFP algorithm")
            && c.number(1, 255, "SSHFP fingerprint type"))
            c.hexRest(2);
        return;
    case RrType::DS:
        if (c.need(4, "key tag, algorithm, digest type and digest") && c.number(0, 65535, "DS key tag")
            && c.number(1, 255, "DS algorithm") && c.number(2, 255, "DS digest type"))
            c.hexRest(3);
        return;
    case RrType::DNSKEY:
        if (c.need(4, "flags, protocol, algorithm and key") && c.number(0, 65535, "DNSKEY flags")
            && c.number(1, 255, "DNSKEY protocol") && c.number(2, 255, "DNSKEY algorithm"))
            c.base64Rest(3);
        return;
    case RrType::HINFO:
        if (c.exact(2, "a CPU and an operating system string"))
            c.rest(0);
        return;
    case RrType::SVCB:
    case RrType::HTTPS:
        // Parameters are kept as text; the priority and target are what admins get wrong.
        if (c.need(2, "a priority and a target name") && c.number(0, 65535, "priority") && c.name(1, false))
            c.rest(2);
        return;
    default:
        if (c.need(1, "data"))
            c.rest(0);
        return;
    }
}
