#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Record type mnemonics and numbers (IANA registry, the subset admins meet plus TYPEnnn).
class RrType
{
public:
    enum : uint16_t
    {
        A = 1,
        NS = 2,
        CNAME = 5,
        SOA = 6,
        PTR = 12,
        HINFO = 13,
        MX = 15,
        TXT = 16,
        AAAA = 28,
        SRV = 33,
        DNAME = 39,
        DS = 43,
        SSHFP = 44,
        RRSIG = 46,
        NSEC = 47,
        DNSKEY = 48,
        NSEC3 = 50,
        NSEC3PARAM = 51,
        TLSA = 52,
        SVCB = 64,
        HTTPS = 65,
        SPF = 99,
        CAA = 257,
    };

    // 0 when `text` is neither a known mnemonic nor TYPEnnn (case-insensitive).
    static uint16_t fromText(std::string_view text);
    static std::string toText(uint16_t type);
    // Class mnemonics: 1 = IN, 3 = CH, 4 = HS, 254 = NONE, 255 = ANY, CLASSnnn; 0 when not a class.
    static uint16_t classFromText(std::string_view text);
    static std::string classToText(uint16_t cls);
};
