#include "core/dns/soaserial.h"

#include <QCoreApplication>
#include <algorithm>

SoaSerial::Scheme SoaSerial::detect(uint32_t serial)
{
    const uint32_t day = (serial / 100) % 100;
    const uint32_t month = (serial / 10000) % 100;
    const uint32_t year = serial / 1000000;
    if (year >= 1970 && year <= 2200
        && QDate::isValid(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)))
        return Scheme::Date;
    // Seconds since 1970 for dates between 2001 and 2106; date serials of these years were caught above.
    if (serial >= 1000000000u)
        return Scheme::UnixTime;
    return Scheme::Counter;
}

bool SoaSerial::greater(uint32_t a, uint32_t b)
{
    const uint32_t diff = a - b; // modulo 2^32
    return diff != 0 && diff < 0x80000000u;
}

Result<SoaSerial::Bump> SoaSerial::bumpSerial(uint32_t old, const QDate& today)
{
    Bump bump;
    bump.scheme = detect(old);
    uint64_t next = static_cast<uint64_t>(old) + 1;
    if (bump.scheme == Scheme::Date) {
        if (!today.isValid() || today.year() < 1970 || today.year() > 4294)
            return Error::of(QStringLiteral("Today's date cannot be written as a YYYYMMDDNN serial."));
        const uint64_t base = (static_cast<uint64_t>(today.year()) * 10000 + static_cast<uint64_t>(today.month()) * 100
                                  + static_cast<uint64_t>(today.day()))
            * 100;
        if (base > 0xffffffffull)
            return Error::of(QStringLiteral("Today's date does not fit in a 32-bit serial."));
        next = std::max(base, next);
        if (next > 0xffffffffull || next - old >= 0x80000000ull)
            return Error::of(QStringLiteral("Moving the serial from %1 to today's date would jump by 2^31 or more: "
                                            "secondary servers would see the zone as older. Raise it in two steps "
                                            "(RFC 1982) instead.")
                                 .arg(old));
    }
    // 0 is skipped: CoreDNS treats a serial of 0 as "unchanged" when it re-reads a zone.
    uint32_t serial = static_cast<uint32_t>(next & 0xffffffffull);
    if (serial == 0)
        serial = 1;
    if (!greater(serial, old))
        return Error::of(
            QCoreApplication::translate("SoaSerial", "Serial %1 cannot be raised without leaving the RFC 1982 window.")
                .arg(old));
    bump.serial = serial;
    return bump;
}
