#include "core/dns/rdatachecker.h"

#include "core/dns/dnsname.h"
#include "core/dns/rrtype.h"

#include <QCoreApplication>
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
                QCoreApplication::translate(
                    "RdataChecker", "Unexpected text \"%1\" after the %2 record's data (it takes %3).")
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
            error(from,
                QCoreApplication::translate(
                    "RdataChecker", "The hexadecimal data has an odd number of digits; each byte takes two."));
    }
    void base64Rest(size_t from)
    {
        size_t chars = 0;
        size_t padding = 0;
        for (size_t i = from; i < count; ++i) {
            if (!isBase64(text(i))) {
                error(i, QStringLiteral("\"%1\" is not base64 data.").arg(q(text(i))));
                return;
            }
            for (const char ch : text(i)) {
                // '=' pads the end only; BIND refuses data after it (and more than two).
                if (ch == '=')
                    ++padding;
                else if (padding > 0)
                    padding = 3;
            }
            if (padding > 2) {
                error(i, QStringLiteral("\"%1\" continues base64 data after its padding (=).").arg(q(text(i))));
                return;
            }
            chars += text(i).size();
            result.hash = fnv(result.hash, text(i), false);
        }
        if (chars % 4)
            error(from,
                QCoreApplication::translate(
                    "RdataChecker", "The base64 data is cut short (its length is not a multiple of 4)."));
    }
    // A type mnemonic or TYPEnnn, as RRSIG's type covered and the NSEC/NSEC3 type lists use.
    bool recordType(size_t i)
    {
        if (tokens[i].quoted || RrType::fromText(text(i)) == 0) {
            error(i, QStringLiteral("\"%1\" is not a record type.").arg(q(text(i))));
            return false;
        }
        result.hash = fnv(result.hash, text(i), true);
        return true;
    }
    bool typeList(size_t from)
    {
        for (size_t i = from; i < count; ++i) {
            if (!recordType(i))
                return false;
        }
        return true;
    }
    // NSEC3 salt: "-" for none, else hexadecimal of at most 255 bytes.
    bool salt(size_t i)
    {
        const auto s = text(i);
        if (!tokens[i].quoted && s == "-")
            return true;
        if (tokens[i].quoted || !isHex(s) || s.size() % 2 || s.size() > 510) {
            error(i,
                QStringLiteral("\"%1\" is not a valid salt (hexadecimal with an even number of digits, or - for "
                               "none).")
                    .arg(q(s)));
            return false;
        }
        result.hash = fnv(result.hash, s, true);
        return true;
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
        c.error(c.count,
            QCoreApplication::translate("RdataChecker", "Generic data (\\#) needs a length and hexadecimal data."));
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
            QCoreApplication::translate(
                "RdataChecker", "Generic data (\\#) says %1 bytes but %2 hexadecimal digits follow (expected %3).")
                .arg(len)
                .arg(digits)
                .arg(len * 2));
    }
}

// RFC 4648 base32hex without padding, as NSEC3 writes the next hashed owner. Returns the decoded
// length, -1 when a character is outside 0-9A-V, the length cannot end a group or the unused low
// bits of the last character are not zero (BIND's "bad base32 encoding").
int base32HexLength(std::string_view s)
{
    if (s.empty())
        return -1;
    int last = 0;
    for (const char ch : s) {
        if (ch >= '0' && ch <= '9')
            last = ch - '0';
        else if (ch >= 'a' && ch <= 'v')
            last = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'V')
            last = ch - 'A' + 10;
        else
            return -1;
    }
    const size_t bits = s.size() * 5;
    const size_t unused = bits % 8;
    // A group of 8 characters holds 5 bytes; only 2, 4, 5 or 7 characters can end one early.
    const size_t rest = s.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return -1;
    if (unused && (last & ((1 << unused) - 1)))
        return -1;
    return static_cast<int>(bits / 8);
}

// RRSIG times: YYYYMMDDHHmmSS (a real date and time) or seconds since 1970 (at most 2^32-1).
bool isSignatureTime(std::string_view s)
{
    for (const char ch : s) {
        if (ch < '0' || ch > '9')
            return false;
    }
    if (s.size() == 14) {
        auto num = [&](size_t at, size_t n) {
            int v = 0;
            for (size_t k = 0; k < n; ++k)
                v = v * 10 + (s[at + k] - '0');
            return v;
        };
        const int year = num(0, 4);
        const int month = num(4, 2);
        const int day = num(6, 2);
        static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
            return false;
        if (month == 2 && day == 29 && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
            return false;
        return num(8, 2) < 24 && num(10, 2) < 60 && num(12, 2) < 61;
    }
    uint64_t v = 0;
    return s.size() <= 10 && parseUnsigned(s, 0xffffffffull, v);
}

// DNSSEC algorithm numbers or the mnemonics BIND accepts for them.
bool isAlgorithm(std::string_view s)
{
    static constexpr std::string_view names[]
        = { "RSAMD5", "DH", "DSA", "ECC", "RSASHA1", "NSEC3DSA", "NSEC3RSASHA1", "RSASHA256", "RSASHA512", "ECCGOST",
              "ECDSAP256SHA256", "ECDSAP384SHA384", "ED25519", "ED448", "INDIRECT", "PRIVATEDNS", "PRIVATEOID" };
    uint64_t v = 0;
    if (parseUnsigned(s, 255, v))
        return true;
    for (const auto n : names) {
        if (s.size() != n.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < s.size() && same; ++i)
            same = (s[i] >= 'a' && s[i] <= 'z' ? char(s[i] - 'a' + 'A') : s[i]) == n[i];
        if (same)
            return true;
    }
    return false;
}

void checkRrsig(Ctx& c)
{
    if (!c.need(9,
            "type covered, algorithm, labels, original TTL, expiration, inception, key tag, signer name and "
            "signature"))
        return;
    if (!c.recordType(0))
        return;
    if (c.tokens[1].quoted || !isAlgorithm(c.text(1))) {
        c.error(1,
            QStringLiteral("\"%1\" is not a DNSSEC algorithm (a number 0-255 or a name such as "
                           "ECDSAP256SHA256).")
                .arg(q(c.text(1))));
        return;
    }
    if (!c.number(2, 255, "label count") || !c.number(3, 0xffffffffull, "original TTL (in seconds)"))
        return;
    for (size_t i = 4; i < 6; ++i) {
        if (c.tokens[i].quoted || !isSignatureTime(c.text(i))) {
            c.error(i,
                QStringLiteral("\"%1\" is not a signature time (YYYYMMDDHHmmSS or seconds since 1970).")
                    .arg(q(c.text(i))));
            return;
        }
        c.result.hash = fnv(c.result.hash, c.text(i), false);
    }
    if (c.number(6, 65535, "key tag") && c.name(7, false))
        c.base64Rest(8);
}

void checkNsec3(Ctx& c)
{
    if (!c.need(5, "hash algorithm, flags, iterations, salt and next hashed owner"))
        return;
    if (!c.number(0, 255, "hash algorithm") || !c.number(1, 255, "NSEC3 flags value")
        || !c.number(2, 65535, "iteration count") || !c.salt(3))
        return;
    const auto next = c.text(4);
    const int bytes = c.tokens[4].quoted ? -1 : base32HexLength(next);
    if (bytes < 0) {
        c.error(4,
            QStringLiteral("\"%1\" is not a valid next hashed owner (base32hex: digits and letters A-V, no "
                           "padding).")
                .arg(q(next)));
        return;
    }
    if (bytes > 255 || (c.text(0) == "1" && bytes != 20)) {
        c.error(4,
            QStringLiteral("\"%1\" is %2 bytes long; a SHA-1 hashed owner has exactly 20 (32 characters).")
                .arg(q(next))
                .arg(bytes));
        return;
    }
    c.result.hash = fnv(c.result.hash, next, true);
    c.typeList(5);
}

// SVCB/HTTPS SvcParams (RFC 9460) with the keys BIND knows; anything else must be keyNNNNN.
void checkSvcParams(Ctx& c, size_t from)
{
    static constexpr std::string_view known[]
        = { "mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint", "dohpath" };
    std::vector<std::string_view> seen;
    for (size_t i = from; i < c.count; ++i) {
        const size_t at = i;
        if (c.tokens[i].quoted) {
            c.error(i, QStringLiteral("\"%1\" is not a service parameter (key=value).").arg(q(c.text(i))));
            return;
        }
        const auto tok = c.text(i);
        const size_t eq = tok.find('=');
        const std::string_view key = tok.substr(0, eq);
        std::string_view value;
        bool hasValue = eq != std::string_view::npos;
        if (hasValue) {
            value = tok.substr(eq + 1);
            if (value.empty() && i + 1 < c.count && c.tokens[i + 1].quoted)
                value = c.text(++i);
        }
        bool isKnown = false;
        for (const auto k : known)
            isKnown = isKnown || key == k;
        if (!isKnown) {
            uint64_t n = 0;
            const auto digits = key.substr(std::min<size_t>(3, key.size()));
            const bool keyForm = key.size() > 3 && key.substr(0, 3) == "key" && !digits.empty()
                && (digits.size() == 1 || digits[0] != '0')
                && digits.find_first_not_of("0123456789") == std::string_view::npos;
            if (!keyForm) {
                c.error(at,
                    QStringLiteral("\"%1\" is not a known service parameter key (mandatory, alpn, no-default-alpn, "
                                   "port, ipv4hint, ech, ipv6hint, dohpath or keyNNNNN).")
                        .arg(q(key)));
                return;
            }
            if (!parseUnsigned(digits, 65535, n)) {
                c.error(at, QStringLiteral("\"%1\": service parameter keys go up to key65535.").arg(q(key)));
                return;
            }
        }
        for (const auto s : seen) {
            if (s == key) {
                c.error(at,
                    QCoreApplication::translate("RdataChecker", "The service parameter \"%1\" is given twice.")
                        .arg(q(key)));
                return;
            }
        }
        seen.push_back(key);
        const bool flag = key == "no-default-alpn";
        if (flag == hasValue && (flag || isKnown)) {
            c.error(at,
                flag ? QStringLiteral("no-default-alpn takes no value.")
                     : QCoreApplication::translate(
                         "RdataChecker", "The service parameter \"%1\" needs a value (%1=...).")
                           .arg(q(key)));
            return;
        }
        auto bad = [&](const QString& what) {
            c.error(at, QStringLiteral("\"%1\" is not a valid %2.").arg(q(value), what));
        };
        if (key == "port") {
            uint64_t n = 0;
            if (!parseUnsigned(value, 65535, n)) {
                bad(QStringLiteral("port (0-65535)"));
                return;
            }
        } else if (key == "ipv4hint" || key == "ipv6hint") {
            const bool v6 = key == "ipv6hint";
            size_t p = 0;
            while (true) {
                const size_t comma = value.find(',', p);
                const std::string addr(value.substr(p, comma == std::string_view::npos ? value.npos : comma - p));
                unsigned char buf[16];
                if (inet_pton(v6 ? AF_INET6 : AF_INET, addr.c_str(), buf) != 1) {
                    bad(v6 ? QStringLiteral("list of IPv6 addresses") : QStringLiteral("list of IPv4 addresses"));
                    return;
                }
                if (comma == std::string_view::npos)
                    break;
                p = comma + 1;
            }
        } else if ((key == "alpn" || key == "mandatory") && value.empty()) {
            bad(QStringLiteral("%1 list").arg(q(key)));
            return;
        } else if (key == "mandatory") {
            size_t p = 0;
            while (true) {
                const size_t comma = value.find(',', p);
                const auto k = value.substr(p, comma == std::string_view::npos ? value.npos : comma - p);
                bool ok = k.size() > 3 && k.substr(0, 3) == "key";
                for (const auto kn : known)
                    ok = ok || k == kn;
                if (!ok) {
                    bad(QStringLiteral("mandatory key list"));
                    return;
                }
                if (comma == std::string_view::npos)
                    break;
                p = comma + 1;
            }
        }
        c.result.hash = fnv(c.result.hash, tok, false);
        if (at != i)
            c.result.hash = fnv(c.result.hash, value, false);
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
                c.error(i, QCoreApplication::translate("RdataChecker", "Text string has a bad backslash escape."));
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
            checkSvcParams(c, 2);
        return;
    case RrType::RRSIG:
        checkRrsig(c);
        return;
    case RrType::NSEC:
        if (c.need(1, "the next owner name") && c.name(0, false))
            c.typeList(1);
        return;
    case RrType::NSEC3:
        checkNsec3(c);
        return;
    case RrType::NSEC3PARAM:
        if (c.exact(4, "hash algorithm, flags, iterations and salt") && c.number(0, 255, "hash algorithm")
            && c.number(1, 255, "NSEC3PARAM flags value") && c.number(2, 65535, "iteration count"))
            c.salt(3);
        return;
    default:
        if (c.need(1, "data"))
            c.rest(0);
        return;
    }
}
