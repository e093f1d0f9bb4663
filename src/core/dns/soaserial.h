#pragma once

#include "core/common/result.h"

#include <QDate>

#include <cstdint>

// SOA serial numbers: scheme detection, RFC 1982 comparison and the bump an edit needs before
// CoreDNS (which reloads only when the serial changes) and the secondaries pick the zone up.
class SoaSerial
{
public:
    enum class Scheme
    {
        Date,
        UnixTime,
        Counter
    };

    struct Bump
    {
        uint32_t serial = 0;
        Scheme scheme = Scheme::Counter;
    };

    static Scheme detect(uint32_t serial);

    // RFC 1982: true when `a` is greater than `b` in serial arithmetic.
    static bool greater(uint32_t a, uint32_t b);

    // Date-style YYYYMMDDNN becomes max(today*100, old+1); other schemes go up by one. Fails,
    // without proposing a number, when the result would not be greater than `old` in serial
    // arithmetic (a jump of 2^31 or more) or `today` cannot be written as a date serial.
    static Result<Bump> bumpSerial(uint32_t old, const QDate& today);
};
