#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Domain names in presentation form are turned into lower-case wire form (length-prefixed labels,
// ending with the root's zero byte). Wire form makes the RFC 1035 limits (63-octet labels,
// 255-octet names) exact and gives one key per name however it was spelled.
class DnsName
{
public:
    enum class Problem : uint8_t
    {
        None,
        Empty,
        EmptyLabel,
        LabelTooLong,
        NameTooLong,
        BadEscape
    };

    // `text` is absolute when it ends in an unescaped dot; otherwise `originWire` is appended.
    // "@" is the origin itself. Returns Problem::None on success; `out` gets the wire form.
    static Problem toWire(std::string_view text, std::string_view originWire, std::string& out);

    // True when `nameWire` equals `apexWire` or lies below it.
    static bool isAtOrBelow(std::string_view nameWire, std::string_view apexWire);

    // Presentation form of a wire name, absolute with the trailing dot.
    static std::string toText(std::string_view wire);

    // `wire` written relative to `originWire` when below it ("@" for the origin itself).
    static std::string toRelativeText(std::string_view wire, std::string_view originWire);
};
