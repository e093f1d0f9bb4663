#include "core/dns/dnsname.h"

namespace {
char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

DnsName::Problem DnsName::toWire(std::string_view text, std::string_view originWire, std::string& out)
{
    out.clear();
    if (text.empty())
        return Problem::Empty;
    if (text == "@") {
        out.assign(originWire);
        return Problem::None;
    }
    if (text == ".") {
        out.push_back('\0');
        return Problem::None;
    }
    size_t labelStart = 0;
    out.push_back('\0');
    bool absolute = false;
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
        char c = text[i];
        if (c == '.') {
            const size_t len = out.size() - labelStart - 1;
            if (len == 0)
                return Problem::EmptyLabel;
            if (len > 63)
                return Problem::LabelTooLong;
            out[labelStart] = static_cast<char>(len);
            if (i + 1 == n) {
                absolute = true;
                break;
            }
            labelStart = out.size();
            out.push_back('\0');
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= n)
                return Problem::BadEscape;
            if (isDigit(text[i + 1])) {
                if (i + 3 >= n || !isDigit(text[i + 2]) || !isDigit(text[i + 3]))
                    return Problem::BadEscape;
                const int v = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                if (v > 255)
                    return Problem::BadEscape;
                c = static_cast<char>(v);
                i += 3;
            } else {
                c = text[i + 1];
                ++i;
            }
        }
        out.push_back(lower(c));
        if (out.size() > 300)
            return Problem::NameTooLong;
    }
    if (!absolute) {
        const size_t len = out.size() - labelStart - 1;
        if (len == 0)
            return Problem::EmptyLabel;
        if (len > 63)
            return Problem::LabelTooLong;
        out[labelStart] = static_cast<char>(len);
        out.append(originWire);
    } else {
        out.push_back('\0');
    }
    if (out.size() > 255)
        return Problem::NameTooLong;
    return Problem::None;
}

bool DnsName::isAtOrBelow(std::string_view nameWire, std::string_view apexWire)
{
    if (nameWire.size() < apexWire.size())
        return false;
    size_t p = 0;
    while (nameWire.size() - p > apexWire.size()) {
        p += 1 + static_cast<unsigned char>(nameWire[p]);
        if (p >= nameWire.size())
            return false;
    }
    return nameWire.size() - p == apexWire.size() && nameWire.substr(p) == apexWire;
}

std::string DnsName::toText(std::string_view wire)
{
    std::string s;
    size_t p = 0;
    while (p < wire.size() && wire[p] != '\0') {
        const size_t len = static_cast<unsigned char>(wire[p]);
        for (size_t i = 1; i <= len && p + i < wire.size(); ++i) {
            const auto c = static_cast<unsigned char>(wire[p + i]);
            if (c == '.' || c == '\\' || c == '"' || c == ';' || c == '(' || c == ')' || c == '@' || c == '$') {
                s.push_back('\\');
                s.push_back(static_cast<char>(c));
            } else if (c <= 32 || c >= 127) {
                s.push_back('\\');
                s.push_back(static_cast<char>('0' + c / 100));
                s.push_back(static_cast<char>('0' + (c / 10) % 10));
                s.push_back(static_cast<char>('0' + c % 10));
            } else {
                s.push_back(static_cast<char>(c));
            }
        }
        s.push_back('.');
        p += len + 1;
    }
    if (s.empty())
        s.push_back('.'); // not s = ".": GCC 12 -O3 reports a false -Wrestrict on that assignment
    return s;
}

std::string DnsName::toRelativeText(std::string_view wire, std::string_view originWire)
{
    if (wire == originWire)
        return "@";
    if (!isAtOrBelow(wire, originWire))
        return toText(wire);
    std::string full = toText(wire.substr(0, wire.size() - originWire.size()));
    // toText of a prefix stops at the prefix end; drop its trailing dot to make it relative.
    if (!full.empty() && full.back() == '.')
        full.pop_back();
    return full;
}
