#include "core/dns/zonedocument.h"

#include "core/dns/dnsname.h"
#include "core/dns/rrtype.h"
#include "core/dns/soaserial.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cstdio>

namespace {
constexpr uint32_t kMaxTtl = 0x7fffffffu; // RFC 2181 §8
constexpr uint32_t kGenerateMaxPerEntry = 65536;
constexpr uint32_t kGenerateMaxPerDocument = 262144;

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view tokenText(std::string_view raw, const ZoneToken& t)
{
    return raw.substr(t.offset, t.length);
}

bool isNonData(uint16_t type)
{
    // DNSSEC records may sit beside a CNAME (RFC 4035 §2.5).
    return type == RrType::RRSIG || type == RrType::NSEC || type == RrType::NSEC3;
}

// Where the fields of a record entry are, by token index (-1 when absent).
struct Fields
{
    int owner = -1;
    int ttl = -1;
    int cls = -1;
    int type = -1;
};

Fields fieldsOf(std::string_view raw, const std::vector<ZoneToken>& tokens, bool ownerBlank)
{
    Fields f;
    size_t i = 0;
    if (!ownerBlank && !tokens.empty()) {
        f.owner = 0;
        i = 1;
    }
    for (int k = 0; k < 2 && i < tokens.size(); ++k) {
        const auto t = tokenText(raw, tokens[i]);
        uint64_t v = 0;
        if (tokens[i].quoted)
            break;
        if (f.ttl < 0 && RdataChecker::parseTtl(t, v)) {
            f.ttl = static_cast<int>(i++);
        } else if (f.cls < 0 && RrType::classFromText(t) != 0 && RrType::fromText(t) == 0) {
            f.cls = static_cast<int>(i++);
        } else {
            break;
        }
    }
    if (i < tokens.size())
        f.type = static_cast<int>(i);
    return f;
}
} // namespace

ZoneDocument::ZoneDocument(QObject* parent)
    : QObject(parent)
{ }

ZoneDocument::~ZoneDocument() = default;

std::string_view ZoneDocument::text(const Entry& e) const
{
    if (e.owned >= 0)
        return std::string_view(m_owned[static_cast<size_t>(e.owned)]);
    return std::string_view(m_source.constData() + e.offset, e.length);
}

void ZoneDocument::load(const QByteArray& bytes, const QString& zoneName)
{
    m_source = bytes; // shared with the caller's copy, not duplicated
    m_owned.clear();
    m_names.clear();
    QByteArray zone = zoneName.toUtf8();
    if (!zone.endsWith('.'))
        zone.append('.');
    std::string wire;
    if (DnsName::toWire(
            std::string_view(zone.constData(), static_cast<size_t>(zone.size())), std::string_view("\0", 1), wire)
        != DnsName::Problem::None)
        wire.assign(1, '\0');
    m_apexWire = wire;
    m_apex = m_names.intern(m_apexWire);
    m_initialOrigin = m_apex;
    m_includesLeft = 64;
    m_undo.clear();
    m_undoIndex = 0;
    m_cleanIndex = 0;
    ++m_loads;
    parseAll();
    Q_EMIT documentReset();
}

QString ZoneDocument::zoneName() const
{
    return QString::fromStdString(DnsName::toText(m_apexWire));
}

QByteArray ZoneDocument::save() const
{
    size_t total = 0;
    for (const uint32_t id : m_order)
        total += text(id).size();
    QByteArray out;
    out.reserve(static_cast<qsizetype>(total));
    for (const uint32_t id : m_order) {
        const auto t = text(id);
        out.append(t.data(), static_cast<qsizetype>(t.size()));
    }
    return out;
}

std::function<QByteArray()> ZoneDocument::saveLater() const
{
    struct Piece
    {
        qsizetype offset; // into the source, or into `owned`
        qsizetype length;
        bool owned;
    };
    std::vector<Piece> pieces;
    std::string owned;
    for (const uint32_t id : m_order) {
        const Entry& e = m_entries[id];
        if (e.owned >= 0) {
            const std::string& t = m_owned[static_cast<size_t>(e.owned)];
            if (!pieces.empty() && pieces.back().owned)
                pieces.back().length += static_cast<qsizetype>(t.size());
            else
                pieces.push_back({ static_cast<qsizetype>(owned.size()), static_cast<qsizetype>(t.size()), true });
            owned += t;
        } else if (!pieces.empty() && !pieces.back().owned
            && pieces.back().offset + pieces.back().length == static_cast<qsizetype>(e.offset)) {
            pieces.back().length += e.length; // the next bytes of the source: one copy later
        } else {
            pieces.push_back({ static_cast<qsizetype>(e.offset), static_cast<qsizetype>(e.length), false });
        }
    }
    return [source = m_source, owned = std::move(owned), pieces = std::move(pieces)] {
        qsizetype total = 0;
        for (const Piece& p : pieces)
            total += p.length;
        QByteArray out;
        out.reserve(total);
        for (const Piece& p : pieces)
            out.append(p.owned ? owned.data() + p.offset : source.constData() + p.offset, p.length);
        return out;
    };
}

void ZoneDocument::parseAll()
{
    m_entries.clear();
    m_order.clear();
    m_entryFindings.clear();
    m_ownerFindings.clear();
    m_targetFindings.clear();
    m_firstOfOwner.clear();
    m_firstOfTarget.clear();
    m_generated = 0;
    m_positionsValid = false;
    // A typical record line is 25-40 bytes; reserving avoids regrowing a million-entry vector.
    m_entries.reserve(static_cast<size_t>(m_source.size()) / 28 + 16);
    m_order.reserve(static_cast<size_t>(m_source.size()) / 28 + 16);
    const std::string_view all(m_source.constData(), static_cast<size_t>(m_source.size()));
    size_t pos = 0;
    while (pos < all.size()) {
        ZoneEntryScan scan = ZoneLexer::scanEntry(all, pos, m_tokens);
        const auto id = static_cast<uint32_t>(m_entries.size());
        Entry e;
        e.offset = static_cast<uint32_t>(pos);
        e.length = static_cast<uint32_t>(scan.end - pos);
        m_entries.push_back(e);
        m_order.push_back(id);
        parseScanned(id, id > 0 ? &m_entries[id - 1] : nullptr, scan);
        pos = scan.end;
    }
    ensureNameArrays();
    for (uint32_t n = 0; n < m_firstOfOwner.size(); ++n) {
        if (m_firstOfOwner[n] != None)
            checkOwner(n);
    }
    for (uint32_t id = 0; id < m_entries.size(); ++id) {
        if (m_entries[id].target != None)
            checkTarget(id);
    }
}

void ZoneDocument::parseEntry(uint32_t id, const Entry* before)
{
    const ZoneEntryScan scan = ZoneLexer::scanEntry(text(id), 0, m_tokens);
    parseScanned(id, before, scan);
}

void ZoneDocument::parseScanned(uint32_t id, const Entry* before, const ZoneEntryScan& scan)
{
    if (m_entries[id].flags & Linked)
        unlink(id);
    m_entryFindings.erase(id);
    m_targetFindings.erase(id);
    Entry& e = m_entries[id];
    e.newlines = scan.newlines;
    e.kind = EntryKind::Blank;
    e.type = 0;
    e.target = None;
    e.hash = 0;
    e.flags = 0;
    if (before) {
        e.origin = before->origin;
        e.owner = before->owner;
        e.ttl = before->ttl;
        e.defaultTtl = before->defaultTtl;
        e.flags = before->flags & (HasDefaultTtl | HasTtl);
    } else {
        e.origin = m_initialOrigin;
        e.owner = None;
        e.ttl = 0;
        e.defaultTtl = 0;
    }
    const std::string_view raw = text(e);
    if (scan.unbalancedOpen || scan.strayClose || scan.unterminatedQuote) {
        e.kind = EntryKind::Invalid;
        QString msg;
        if (scan.unterminatedQuote)
            msg = QStringLiteral("A quoted string is not closed on this line (missing \").");
        else if (scan.unbalancedOpen)
            msg = QCoreApplication::translate(
                "ZoneDocument", "Parenthesis \"(\" is never closed: the record runs to the end of the file.");
        else
            msg = QCoreApplication::translate("ZoneDocument", "Parenthesis \")\" has no matching \"(\".");
        addFinding(id, scan.problemOffset, true, msg);
        return;
    }
    if (m_tokens.empty())
        return;
    if (!scan.ownerBlank && raw[0] == '$')
        parseDirective(id, raw);
    else
        parseRecord(id, raw, scan);
}

void ZoneDocument::addFinding(uint32_t id, uint32_t offset, bool error, QString message)
{
    m_entryFindings[id].push_back(Finding {
        id, offset, error ? ZoneDiagnostic::Severity::Error : ZoneDiagnostic::Severity::Warning, std::move(message) });
}

void ZoneDocument::parseDirective(uint32_t id, std::string_view raw)
{
    Entry& e = m_entries[id];
    const auto& toks = m_tokens;
    const auto word = tokenText(raw, toks[0]);
    auto upper = [](std::string_view w) {
        std::string s(w);
        for (auto& c : s)
            c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        return s;
    };
    const std::string dir = upper(word);
    if (dir == "$ORIGIN") {
        e.kind = EntryKind::Origin;
        if (toks.size() != 2) {
            addFinding(id, toks.size() < 2 ? toks[0].offset : toks[2].offset, true,
                QStringLiteral("$ORIGIN takes exactly one domain name."));
            return;
        }
        const auto p = DnsName::toWire(tokenText(raw, toks[1]), m_names.name(e.origin), m_wire);
        if (p != DnsName::Problem::None) {
            addFinding(
                id, toks[1].offset, true, RdataChecker::nameProblemText(static_cast<int>(p), tokenText(raw, toks[1])));
            return;
        }
        e.origin = m_names.intern(m_wire);
        return;
    }
    if (dir == "$TTL") {
        e.kind = EntryKind::Ttl;
        uint64_t v = 0;
        if (toks.size() != 2 || !RdataChecker::parseTtl(tokenText(raw, toks[1]), v)) {
            addFinding(id, toks.size() > 1 ? toks[1].offset : toks[0].offset, true,
                QStringLiteral("$TTL needs one time value, such as 3600 or 1h."));
            return;
        }
        if (v > kMaxTtl) {
            addFinding(id, toks[1].offset, false,
                QStringLiteral("$TTL %1 is above the maximum of 2147483647 seconds; servers use 0 instead.").arg(v));
            v = 0;
        }
        e.defaultTtl = static_cast<uint32_t>(v);
        e.flags |= HasDefaultTtl;
        return;
    }
    if (dir == "$INCLUDE") {
        e.kind = EntryKind::Include;
        if (toks.size() < 2 || toks.size() > 3) {
            addFinding(id, toks[0].offset, true, QStringLiteral("$INCLUDE takes a file name and an optional origin."));
            return;
        }
        const QString file = q(tokenText(raw, toks[1]));
        if (!m_includeLoader) {
            addFinding(id, toks[1].offset, false,
                QStringLiteral("$INCLUDE %1 is kept as written but not read here; its records are not checked.")
                    .arg(file));
            return;
        }
        if (m_includeDepth >= 8 || m_includesLeft <= 0) {
            addFinding(id, toks[1].offset, true,
                QStringLiteral("$INCLUDE files nest too deeply or are too many (more than 8 levels or 64 files)."));
            return;
        }
        --m_includesLeft;
        const std::optional<QByteArray> included = m_includeLoader(file);
        if (!included) {
            addFinding(id, toks[1].offset, true, QStringLiteral("$INCLUDE %1 cannot be read.").arg(file));
            return;
        }
        uint32_t origin = e.origin;
        if (toks.size() == 3) {
            if (DnsName::toWire(tokenText(raw, toks[2]), m_names.name(e.origin), m_wire) != DnsName::Problem::None) {
                addFinding(id, toks[2].offset, true,
                    QStringLiteral("\"%1\" is not a valid origin.").arg(q(tokenText(raw, toks[2]))));
                return;
            }
            origin = m_names.intern(m_wire);
        }
        ZoneDocument nested;
        nested.m_includeLoader = m_includeLoader;
        nested.m_includeDepth = m_includeDepth + 1;
        nested.m_includesLeft = m_includesLeft;
        nested.m_fragment = true;
        nested.m_source = *included;
        nested.m_apexWire = m_apexWire;
        nested.m_apex = nested.m_names.intern(m_apexWire);
        nested.m_initialOrigin = nested.m_names.intern(m_names.name(origin));
        nested.parseAll();
        m_includesLeft = nested.m_includesLeft;
        for (const ZoneDiagnostic& d : nested.diagnostics())
            addFinding(
                id, toks[1].offset, d.isError(), QStringLiteral("%1 line %2: %3").arg(file).arg(d.line).arg(d.message));
        return;
    }
    if (dir == "$GENERATE") {
        e.kind = EntryKind::Generate;
        expandGenerate(id, raw);
        return;
    }
    e.kind = EntryKind::Invalid;
    addFinding(id, toks[0].offset, true,
        QCoreApplication::translate("ZoneDocument", "Unknown directive %1 (known: $ORIGIN, $TTL, $INCLUDE, $GENERATE).")
            .arg(q(word)));
}

void ZoneDocument::parseRecord(uint32_t id, std::string_view raw, const ZoneEntryScan& scan)
{
    Entry& e = m_entries[id];
    e.kind = EntryKind::Invalid;
    const auto& toks = m_tokens;
    // A copy: interning below may grow the name arena and move the origin's bytes.
    m_origin.assign(m_names.name(e.origin));
    const std::string_view origin = m_origin;
    const Fields f = fieldsOf(raw, toks, scan.ownerBlank);
    bool ownerOk = true;
    if (f.owner >= 0) {
        const auto ownerText = tokenText(raw, toks[0]);
        const auto p = toks[0].quoted ? DnsName::Problem::Empty : DnsName::toWire(ownerText, origin, m_wire);
        if (p != DnsName::Problem::None) {
            addFinding(id, toks[0].offset, true, RdataChecker::nameProblemText(static_cast<int>(p), ownerText));
            ownerOk = false;
        } else {
            e.owner = m_names.intern(m_wire);
        }
    } else if (e.owner == None) {
        addFinding(id, 0, true,
            QStringLiteral("This line starts with a space, so it uses the previous record's name, but there is "
                           "no previous record."));
        ownerOk = false;
    }
    if (f.type < 0) {
        addFinding(id, toks.empty() ? 0 : toks.back().offset + toks.back().length, true,
            QCoreApplication::translate("ZoneDocument", "The record type is missing (A, AAAA, CNAME, MX, TXT, ...)."));
        return;
    }
    const auto typeText = tokenText(raw, toks[static_cast<size_t>(f.type)]);
    const uint16_t type = toks[static_cast<size_t>(f.type)].quoted ? 0 : RrType::fromText(typeText);
    if (type == 0) {
        uint64_t big = 0;
        const bool digits
            = !typeText.empty() && typeText[0] >= '0' && typeText[0] <= '9' && !RdataChecker::parseTtl(typeText, big);
        addFinding(id, toks[static_cast<size_t>(f.type)].offset, true,
            digits ? QStringLiteral("\"%1\" is not a valid TTL (at most 4294967295 seconds) nor a record type.")
                         .arg(q(typeText))
                   : QCoreApplication::translate("ZoneDocument", "Unknown record type \"%1\".").arg(q(typeText)));
        return;
    }
    e.type = type;
    if (f.cls >= 0) {
        const auto c = RrType::classFromText(tokenText(raw, toks[static_cast<size_t>(f.cls)]));
        e.flags |= HasClass;
        if (c != 1) {
            addFinding(id, toks[static_cast<size_t>(f.cls)].offset, true,
                QCoreApplication::translate(
                    "ZoneDocument", "Class %1 does not belong in an Internet zone; use IN or leave the class out.")
                    .arg(q(tokenText(raw, toks[static_cast<size_t>(f.cls)]))));
            return;
        }
    }
    bool recordOk = ownerOk;
    if (f.ttl >= 0) {
        uint64_t v = 0;
        RdataChecker::parseTtl(tokenText(raw, toks[static_cast<size_t>(f.ttl)]), v);
        if (v > kMaxTtl) {
            addFinding(id, toks[static_cast<size_t>(f.ttl)].offset, false,
                QStringLiteral("TTL %1 is above the maximum of 2147483647 seconds; servers use 0 instead.").arg(v));
            v = 0;
        }
        e.ttl = static_cast<uint32_t>(v);
        e.flags |= HasTtl | TtlExplicit;
    } else if (e.flags & HasDefaultTtl) {
        e.ttl = e.defaultTtl;
        e.flags |= HasTtl;
    } else if (!(e.flags & HasTtl)) {
        if (type == RrType::SOA) {
            addFinding(id, toks[static_cast<size_t>(f.type)].offset, false,
                QCoreApplication::translate(
                    "ZoneDocument", "No TTL given and no $TTL line: the SOA minimum is used as the TTL."));
        } else {
            addFinding(id, toks[static_cast<size_t>(f.type)].offset, true,
                QCoreApplication::translate(
                    "ZoneDocument", "This record has no TTL and no $TTL line comes before it."));
            recordOk = false;
        }
        e.flags |= HasTtl;
    }
    const size_t first = static_cast<size_t>(f.type) + 1;
    m_problems.clear();
    RdataChecker::Result rd;
    RdataChecker::check(
        type, raw, toks.data() + first, toks.size() > first ? toks.size() - first : 0, origin, m_problems, rd);
    for (auto& p : m_problems) {
        addFinding(id, p.offset, p.error, std::move(p.message));
        recordOk = recordOk && !p.error;
    }
    if (!ownerOk)
        return;
    const std::string_view ownerWire = m_names.name(e.owner);
    if (!DnsName::isAtOrBelow(ownerWire, m_apexWire)) {
        addFinding(id, f.owner >= 0 ? toks[0].offset : 0, false,
            QStringLiteral("%1 is outside the zone %2; the server ignores this record.")
                .arg(q(DnsName::toText(ownerWire)), zoneName()));
        e.kind = EntryKind::Record;
        return;
    }
    if (type == RrType::SOA && e.owner != m_apex) {
        addFinding(id, f.owner >= 0 ? toks[0].offset : 0, true,
            QCoreApplication::translate(
                "ZoneDocument", "The SOA record must be at the top of the zone (%1); this one is at %2")
                .arg(zoneName(), q(DnsName::toText(ownerWire))));
        recordOk = false;
    }
    e.kind = EntryKind::Record;
    e.hash = rd.hash;
    if (!rd.targetWire.empty()
        && (type == RrType::NS || type == RrType::MX || type == RrType::SRV || type == RrType::CNAME))
        e.target = m_names.intern(rd.targetWire);
    (void)recordOk;
    link(id);
}

void ZoneDocument::expandGenerate(uint32_t id, std::string_view raw)
{
    // $GENERATE range lhs [ttl] [class] type rhs: each generated record is checked like a
    // written one; the findings point at the $GENERATE line.
    const std::vector<ZoneToken> toks = m_tokens;
    Entry& e = m_entries[id];
    if (toks.size() < 4) {
        addFinding(id, toks[0].offset, true,
            QStringLiteral("$GENERATE needs a range, a name pattern, a type and a data pattern."));
        return;
    }
    const auto range = tokenText(raw, toks[1]);
    uint64_t start = 0;
    uint64_t stop = 0;
    uint64_t step = 1;
    {
        const char* p = range.data();
        const char* end = range.data() + range.size();
        auto r = std::from_chars(p, end, start);
        bool ok = r.ec == std::errc() && r.ptr < end && *r.ptr == '-';
        if (ok) {
            r = std::from_chars(r.ptr + 1, end, stop);
            ok = r.ec == std::errc();
            if (ok && r.ptr < end) {
                ok = *r.ptr == '/';
                if (ok) {
                    r = std::from_chars(r.ptr + 1, end, step);
                    ok = r.ec == std::errc() && r.ptr == end && step > 0;
                }
            }
        }
        if (!ok || start > stop || stop > 0xffffffffull) {
            addFinding(id, toks[1].offset, true,
                QStringLiteral("\"%1\" is not a $GENERATE range (start-stop or start-stop/step, start <= stop).")
                    .arg(q(range)));
            return;
        }
    }
    // Pattern tokens: lhs, optional ttl/class, type, rhs (the rest).
    size_t i = 3;
    for (int k = 0; k < 2 && i < toks.size(); ++k) {
        uint64_t v = 0;
        const auto t = tokenText(raw, toks[i]);
        if (RdataChecker::parseTtl(t, v) || (RrType::classFromText(t) != 0 && RrType::fromText(t) == 0))
            ++i;
    }
    if (i + 1 >= toks.size()) {
        addFinding(id, toks.back().offset, true, QStringLiteral("$GENERATE needs a type and a data pattern."));
        return;
    }
    auto substitute = [](std::string_view pat, uint64_t n, std::string& out) -> bool {
        out.clear();
        for (size_t j = 0; j < pat.size(); ++j) {
            const char c = pat[j];
            if (c == '\\' && j + 1 < pat.size() && pat[j + 1] == '$') {
                out.push_back('$');
                ++j;
                continue;
            }
            if (c != '$') {
                out.push_back(c);
                continue;
            }
            long long offset = 0;
            int width = 0;
            char base = 'd';
            if (j + 1 < pat.size() && pat[j + 1] == '{') {
                const size_t close = pat.find('}', j);
                if (close == std::string_view::npos)
                    return false;
                // ${offset[,width[,base]]}; from_chars, not sscanf: no overflow on hostile numbers.
                const std::string_view inner = pat.substr(j + 2, close - j - 2);
                const size_t c1 = inner.find(',');
                const std::string_view offText = inner.substr(0, c1);
                const auto r = std::from_chars(offText.data(), offText.data() + offText.size(), offset);
                if (r.ec != std::errc() || r.ptr != offText.data() + offText.size() || offset > 0xffffffffll
                    || offset < -0xffffffffll)
                    return false;
                if (c1 != std::string_view::npos) {
                    const std::string_view rest = inner.substr(c1 + 1);
                    const size_t c2 = rest.find(',');
                    const std::string_view widthText = rest.substr(0, c2);
                    const auto w = std::from_chars(widthText.data(), widthText.data() + widthText.size(), width);
                    if (w.ec != std::errc() || w.ptr != widthText.data() + widthText.size() || width < 0 || width > 255)
                        return false;
                    if (c2 != std::string_view::npos) {
                        if (rest.size() != c2 + 2)
                            return false;
                        base = rest[c2 + 1];
                    }
                }
                j = close;
            }
            const long long v = static_cast<long long>(n) + offset;
            char buf[300];
            const char* fmt = base == 'o' ? "%0*llo" : base == 'x' ? "%0*llx" : base == 'X' ? "%0*llX" : "%0*lld";
            if (base != 'd' && base != 'o' && base != 'x' && base != 'X')
                return false;
            std::snprintf(buf, sizeof buf, fmt, width, v);
            out.append(buf);
        }
        return true;
    };
    std::string line;
    std::string part;
    std::vector<ZoneToken> genTokens;
    std::vector<RdataProblem> problems;
    // A copy: interning below may grow the name arena and move the origin's bytes.
    m_origin.assign(m_names.name(e.origin));
    const std::string_view origin = m_origin;
    const uint16_t type = RrType::fromText(tokenText(raw, toks[i]));
    if (type == 0) {
        addFinding(id, toks[i].offset, true,
            QCoreApplication::translate("ZoneDocument", "Unknown record type \"%1\" in $GENERATE.")
                .arg(q(tokenText(raw, toks[i]))));
        return;
    }
    const size_t rhsStart = toks[i + 1].offset;
    const std::string_view rhs = raw.substr(rhsStart, toks.back().offset + toks.back().length - rhsStart);
    for (uint64_t n = start, count = 0; n <= stop; n += step, ++count) {
        if (count >= kGenerateMaxPerEntry || m_generated >= kGenerateMaxPerDocument) {
            addFinding(id, toks[1].offset, false,
                QCoreApplication::translate("ZoneDocument", "Only the first %1 records of this $GENERATE were checked.")
                    .arg(count));
            return;
        }
        ++m_generated;
        if (!substitute(tokenText(raw, toks[2]), n, part) || !substitute(rhs, n, line)) {
            addFinding(
                id, toks[2].offset, true, QStringLiteral("$GENERATE pattern has a bad ${offset,width,base} modifier."));
            return;
        }
        const auto p = DnsName::toWire(part, origin, m_wire);
        if (p != DnsName::Problem::None) {
            addFinding(id, toks[2].offset, true,
                QCoreApplication::translate("ZoneDocument", "For %1: %2")
                    .arg(n)
                    .arg(RdataChecker::nameProblemText(static_cast<int>(p), part)));
            return;
        }
        ZoneLexer::scanEntry(line, 0, genTokens);
        problems.clear();
        RdataChecker::Result rd;
        RdataChecker::check(type, line, genTokens.data(), genTokens.size(), origin, problems, rd);
        for (const auto& pr : problems) {
            if (pr.error) {
                addFinding(id, static_cast<uint32_t>(rhsStart), true,
                    QCoreApplication::translate("ZoneDocument", "For %1: %2").arg(n).arg(pr.message));
                return;
            }
        }
    }
}

void ZoneDocument::ensureNameArrays()
{
    if (m_firstOfOwner.size() < m_names.size()) {
        m_firstOfOwner.resize(m_names.size(), None);
        m_firstOfTarget.resize(m_names.size(), None);
    }
}

void ZoneDocument::link(uint32_t id)
{
    ensureNameArrays();
    Entry& e = m_entries[id];
    e.nextOfOwner = m_firstOfOwner[e.owner];
    m_firstOfOwner[e.owner] = id;
    if (e.target != None) {
        e.nextOfTarget = m_firstOfTarget[e.target];
        m_firstOfTarget[e.target] = id;
    }
    e.flags |= Linked;
}

void ZoneDocument::unlink(uint32_t id)
{
    Entry& e = m_entries[id];
    auto remove = [this, id](uint32_t& head, uint32_t Entry::*next) {
        uint32_t* link = &head;
        while (*link != None) {
            if (*link == id) {
                *link = m_entries[id].*next;
                return;
            }
            link = &(m_entries[*link].*next);
        }
    };
    remove(m_firstOfOwner[e.owner], &Entry::nextOfOwner);
    if (e.target != None)
        remove(m_firstOfTarget[e.target], &Entry::nextOfTarget);
    e.flags &= static_cast<uint8_t>(~Linked);
}

void ZoneDocument::checkOwner(uint32_t name)
{
    m_ownerFindings.erase(name);
    m_sigs.clear();
    uint32_t cname = None;
    uint32_t other = None;
    for (uint32_t id = m_firstOfOwner[name]; id != None; id = m_entries[id].nextOfOwner) {
        const Entry& e = m_entries[id];
        m_sigs.push_back(Sig { e.type, e.hash, e.ttl, id });
        if (e.type == RrType::CNAME)
            cname = id;
        else if (!isNonData(e.type))
            other = id;
    }
    if (m_sigs.empty())
        return;
    auto& out = m_ownerFindings[name];
    const QString nameText = q(DnsName::toText(m_names.name(name)));
    auto add = [&](uint32_t id, bool error, QString msg) {
        out.push_back(Finding {
            id, 0, error ? ZoneDiagnostic::Severity::Error : ZoneDiagnostic::Severity::Warning, std::move(msg) });
    };
    if (m_sigs.size() > 1)
        std::sort(m_sigs.begin(), m_sigs.end(), [](const Sig& a, const Sig& b) {
            return a.type != b.type ? a.type < b.type : a.hash != b.hash ? a.hash < b.hash : a.id < b.id;
        });
    if (cname != None && name == m_apex) {
        add(cname, true,
            QStringLiteral("A CNAME cannot be at the top of the zone (%1): the zone's SOA and NS records live there.")
                .arg(nameText));
    } else if (cname != None && other != None) {
        add(std::max(cname, other), true,
            QStringLiteral("%1 has a CNAME and other records. A name with a CNAME (an alias) can have no other data; "
                           "put the records on the target name or remove the CNAME.")
                .arg(nameText));
    }
    size_t distinctCname = 0;
    size_t distinctSoa = 0;
    for (size_t i = 0; i < m_sigs.size(); ++i) {
        const Sig& s = m_sigs[i];
        const bool sameAsPrev = i > 0 && m_sigs[i - 1].type == s.type && m_sigs[i - 1].hash == s.hash;
        if (!sameAsPrev) {
            distinctCname += s.type == RrType::CNAME;
            distinctSoa += s.type == RrType::SOA;
        }
        if (sameAsPrev)
            add(s.id, false,
                QCoreApplication::translate(
                    "ZoneDocument", "Duplicate %1 record for %2: the server keeps only one copy.")
                    .arg(QString::fromStdString(RrType::toText(s.type)), nameText));
        else if (i > 0 && m_sigs[i - 1].type == s.type && m_sigs[i - 1].ttl != s.ttl)
            add(s.id, false,
                QCoreApplication::translate("ZoneDocument",
                    "The %1 records of %2 have different TTLs; the server uses one TTL for all of them.")
                    .arg(QString::fromStdString(RrType::toText(s.type)), nameText));
    }
    if (distinctCname > 1)
        add(cname, true,
            QStringLiteral("%1 has more than one CNAME record; a name can alias only one other name.").arg(nameText));
    if (distinctSoa > 1) {
        uint32_t last = 0;
        for (const Sig& s : m_sigs)
            last = s.type == RrType::SOA ? std::max(last, s.id) : last;
        add(last, true, QCoreApplication::translate("ZoneDocument", "The zone has more than one SOA record."));
    }
    if (out.empty())
        m_ownerFindings.erase(name);
}

void ZoneDocument::checkTarget(uint32_t id)
{
    m_targetFindings.erase(id);
    const Entry& e = m_entries[id];
    if (e.target == None || !(e.flags & Linked) || e.type == RrType::CNAME)
        return;
    bool isCname = false;
    bool hasAddress = false;
    if (e.target < m_firstOfOwner.size()) {
        for (uint32_t t = m_firstOfOwner[e.target]; t != None; t = m_entries[t].nextOfOwner) {
            isCname = isCname || m_entries[t].type == RrType::CNAME;
            hasAddress = hasAddress || m_entries[t].type == RrType::A || m_entries[t].type == RrType::AAAA;
        }
    }
    const QString target = q(DnsName::toText(m_names.name(e.target)));
    auto add = [&](bool error, QString msg) {
        m_targetFindings[id].push_back(Finding {
            id, 0, error ? ZoneDiagnostic::Severity::Error : ZoneDiagnostic::Severity::Warning, std::move(msg) });
    };
    const QString typeName = QString::fromStdString(RrType::toText(e.type));
    if (e.type == RrType::NS) {
        // A name below a DNAME is rewritten by resolvers, so it cannot serve the zone: BIND refuses it
        // for the apex NS set and only warns for a delegation (with -i local, as CoreDNS loads it).
        const std::string_view wire = m_names.name(e.target);
        size_t p = 0;
        while (p < wire.size() && wire[p] != '\0') {
            p += 1 + static_cast<unsigned char>(wire[p]);
            const std::string_view parent = wire.substr(std::min(p, wire.size()));
            if (parent.size() < m_apexWire.size())
                break;
            const uint32_t n = m_names.find(parent);
            if (n == None || n >= m_firstOfOwner.size())
                continue;
            for (uint32_t t = m_firstOfOwner[n]; t != None; t = m_entries[t].nextOfOwner) {
                if (m_entries[t].type == RrType::DNAME) {
                    add(e.owner == m_apex,
                        QCoreApplication::translate(
                            "ZoneDocument", "Name server %1 is below the DNAME at %2, which redirects it elsewhere.")
                            .arg(target, q(DnsName::toText(parent))));
                    return;
                }
            }
        }
    }
    if (isCname) {
        // BIND refuses NS → CNAME outright but only warns for MX and SRV; the engine follows it.
        add(e.type == RrType::NS,
            QStringLiteral("%1 points at %2, which is an alias (CNAME). %1 records must name a host with its own "
                           "address records.")
                .arg(typeName, target));
    } else if (e.type == RrType::NS && !hasAddress && DnsName::isAtOrBelow(m_names.name(e.target), m_apexWire)) {
        // At the apex BIND refuses the zone; for a delegation it only warns (missing glue).
        if (e.owner == m_apex)
            add(true,
                QStringLiteral("Name server %1 is inside this zone but has no A or AAAA record; resolvers could not "
                               "reach it.")
                    .arg(target));
        else
            add(false,
                QCoreApplication::translate(
                    "ZoneDocument", "Name server %1 of the delegation %2 has no A or AAAA (glue) record in this zone.")
                    .arg(target, q(DnsName::toText(m_names.name(e.owner)))));
    }
}

void ZoneDocument::ensurePositions() const
{
    if (m_positionsValid)
        return;
    m_posOf.assign(m_entries.size(), None);
    m_lineOf.resize(m_order.size() + 1);
    uint32_t line = 0;
    for (size_t p = 0; p < m_order.size(); ++p) {
        m_posOf[m_order[p]] = static_cast<uint32_t>(p);
        m_lineOf[p] = line;
        line += m_entries[m_order[p]].newlines;
    }
    m_lineOf[m_order.size()] = line;
    m_positionsValid = true;
}

ZoneDocument::EntryKind ZoneDocument::entryKind(int pos) const
{
    if (pos < 0 || pos >= entryCount())
        return EntryKind::Blank;
    return m_entries[m_order[static_cast<size_t>(pos)]].kind;
}

QByteArray ZoneDocument::entryText(int pos) const
{
    if (pos < 0 || pos >= entryCount())
        return QByteArray();
    const auto t = text(m_order[static_cast<size_t>(pos)]);
    return QByteArray(t.data(), static_cast<qsizetype>(t.size()));
}

int ZoneDocument::entryLength(int pos) const
{
    if (pos < 0 || pos >= entryCount())
        return 0;
    return static_cast<int>(text(m_order[static_cast<size_t>(pos)]).size());
}

int ZoneDocument::entryLine(int pos) const
{
    if (pos < 0 || pos > entryCount())
        return 0;
    ensurePositions();
    return static_cast<int>(m_lineOf[static_cast<size_t>(pos)]) + 1;
}

std::vector<ZoneToken> ZoneDocument::tokensOf(uint32_t id, ZoneEntryScan* scan) const
{
    std::vector<ZoneToken> toks;
    const ZoneEntryScan s = ZoneLexer::scanEntry(text(id), 0, toks);
    if (scan)
        *scan = s;
    return toks;
}

ZoneDocument::Record ZoneDocument::record(int pos) const
{
    Record r;
    if (pos < 0 || pos >= entryCount())
        return r;
    const uint32_t id = m_order[static_cast<size_t>(pos)];
    const Entry& e = m_entries[id];
    if (e.kind != EntryKind::Record)
        return r;
    ZoneEntryScan scan;
    const auto toks = tokensOf(id, &scan);
    const auto raw = text(id);
    const Fields f = fieldsOf(raw, toks, scan.ownerBlank);
    r.owner = q(DnsName::toRelativeText(m_names.name(e.owner), m_names.name(e.origin)));
    r.ttl = e.ttl;
    r.ttlExplicit = e.flags & TtlExplicit;
    r.type = QString::fromStdString(RrType::toText(e.type));
    QString data;
    for (size_t i = static_cast<size_t>(f.type) + 1; i < toks.size(); ++i) {
        if (!data.isEmpty())
            data += QLatin1Char(' ');
        const auto t = q(tokenText(raw, toks[i]));
        data += toks[i].quoted ? QLatin1Char('"') + t + QLatin1Char('"') : t;
    }
    r.data = data;
    return r;
}

QStringList ZoneDocument::includes() const
{
    QStringList out;
    for (const uint32_t id : m_order) {
        if (m_entries[id].kind != EntryKind::Include)
            continue;
        const auto toks = tokensOf(id);
        if (toks.size() >= 2)
            out << q(tokenText(text(id), toks[1]));
    }
    return out;
}

int ZoneDocument::soaPosition() const
{
    if (m_apex >= m_firstOfOwner.size())
        return -1;
    for (uint32_t id = m_firstOfOwner[m_apex]; id != None; id = m_entries[id].nextOfOwner) {
        if (m_entries[id].type == RrType::SOA) {
            ensurePositions();
            return static_cast<int>(m_posOf[id]);
        }
    }
    return -1;
}

ZoneDiagnostics ZoneDocument::diagnostics() const
{
    ensurePositions();
    ZoneDiagnostics out;
    auto emitAll = [&](const std::unordered_map<uint32_t, std::vector<Finding>>& map) {
        for (const auto& [key, list] : map) {
            for (const Finding& f : list) {
                ZoneDiagnostic d;
                d.severity = f.severity;
                d.message = f.message;
                uint32_t l = 0;
                uint32_t c = 0;
                ZoneLexer::position(text(f.entry), f.offset, l, c);
                d.line = static_cast<int>(m_lineOf[m_posOf[f.entry]] + l) + 1;
                d.column = static_cast<int>(c) + 1;
                out.push_back(d);
            }
        }
    };
    emitAll(m_entryFindings);
    emitAll(m_ownerFindings);
    emitAll(m_targetFindings);
    bool soa = false;
    bool ns = false;
    if (m_apex < m_firstOfOwner.size()) {
        for (uint32_t id = m_firstOfOwner[m_apex]; id != None; id = m_entries[id].nextOfOwner) {
            soa = soa || m_entries[id].type == RrType::SOA;
            ns = ns || m_entries[id].type == RrType::NS;
        }
    }
    if (m_fragment)
        soa = ns = true;
    if (!soa)
        out.push_back(ZoneDiagnostic { ZoneDiagnostic::Severity::Error, 0, 0,
            QCoreApplication::translate(
                "ZoneDocument", "The zone has no SOA record at its top (%1); a server will not load it.")
                .arg(zoneName()) });
    if (!ns)
        out.push_back(ZoneDiagnostic { ZoneDiagnostic::Severity::Error, 0, 0,
            QCoreApplication::translate(
                "ZoneDocument", "The zone has no NS record at its top (%1); name its servers with \"@ IN NS host\".")
                .arg(zoneName()) });
    std::sort(out.begin(), out.end(), [](const ZoneDiagnostic& a, const ZoneDiagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

int ZoneDocument::errorCount() const
{
    int n = 0;
    for (const auto* map : { &m_entryFindings, &m_ownerFindings, &m_targetFindings }) {
        for (const auto& [key, list] : *map) {
            for (const Finding& f : list)
                n += f.severity == ZoneDiagnostic::Severity::Error;
        }
    }
    bool soa = false;
    bool ns = false;
    if (m_apex < m_firstOfOwner.size()) {
        for (uint32_t id = m_firstOfOwner[m_apex]; id != None; id = m_entries[id].nextOfOwner) {
            soa = soa || m_entries[id].type == RrType::SOA;
            ns = ns || m_entries[id].type == RrType::NS;
        }
    }
    if (m_fragment)
        return n;
    return n + !soa + !ns;
}

size_t ZoneDocument::memoryBytes() const
{
    size_t owned = 0;
    for (const auto& s : m_owned)
        owned += s.capacity();
    return static_cast<size_t>(m_source.size()) + owned + m_entries.capacity() * sizeof(Entry) + m_order.capacity() * 4
        + m_names.memoryBytes() + (m_firstOfOwner.capacity() + m_firstOfTarget.capacity()) * 4
        + (m_posOf.capacity() + m_lineOf.capacity()) * 4;
}

// ---- edits ----

void ZoneDocument::applyReplace(
    int pos, int count, const std::vector<std::string>& texts, std::vector<std::string>* removed)
{
    const size_t p = static_cast<size_t>(pos);
    const size_t c = static_cast<size_t>(count);
    m_includesLeft = 64; // the include budget is per edit
    std::vector<uint32_t> affected;
    std::vector<uint32_t> reparsed;
    bool dnameTouched = false;
    struct State
    {
        uint32_t origin, owner, ttl, defaultTtl;
        uint8_t flags;
        bool operator==(const State&) const = default;
    };
    auto stateOf = [](const Entry& e) {
        return State { e.origin, e.owner, e.ttl, e.defaultTtl,
            static_cast<uint8_t>(e.flags & (HasDefaultTtl | HasTtl)) };
    };
    const Entry* prevBefore = p > 0 ? &m_entries[m_order[p - 1]] : nullptr;
    State oldState = c > 0 ? stateOf(m_entries[m_order[p + c - 1]])
                           : (prevBefore ? stateOf(*prevBefore) : State { m_initialOrigin, None, 0, 0, 0 });
    for (size_t i = p; i < p + c; ++i) {
        const uint32_t id = m_order[i];
        if (removed) {
            const auto t = text(id);
            removed->emplace_back(t);
        }
        if (m_entries[id].flags & Linked) {
            affected.push_back(m_entries[id].owner);
            dnameTouched = dnameTouched || m_entries[id].type == RrType::DNAME;
            unlink(id);
        }
        m_entryFindings.erase(id);
        m_targetFindings.erase(id);
        m_entries[id].kind = EntryKind::Blank;
    }
    std::vector<uint32_t> ids;
    for (const std::string& t : texts) {
        size_t at = 0;
        std::vector<ZoneToken> scratch;
        while (at < t.size()) {
            const ZoneEntryScan s = ZoneLexer::scanEntry(t, at, scratch);
            m_owned.emplace_back(t.substr(at, s.end - at));
            Entry e;
            e.owned = static_cast<int32_t>(m_owned.size() - 1);
            e.length = static_cast<uint32_t>(m_owned.back().size());
            ids.push_back(static_cast<uint32_t>(m_entries.size()));
            m_entries.push_back(e);
            at = s.end;
        }
    }
    m_order.erase(
        m_order.begin() + static_cast<std::ptrdiff_t>(p), m_order.begin() + static_cast<std::ptrdiff_t>(p + c));
    m_order.insert(m_order.begin() + static_cast<std::ptrdiff_t>(p), ids.begin(), ids.end());
    for (size_t i = 0; i < ids.size(); ++i) {
        const Entry* before = p + i > 0 ? &m_entries[m_order[p + i - 1]] : nullptr;
        parseEntry(ids[i], before);
        if (m_entries[ids[i]].flags & Linked) {
            affected.push_back(m_entries[ids[i]].owner);
            dnameTouched = dnameTouched || m_entries[ids[i]].type == RrType::DNAME;
        }
        reparsed.push_back(ids[i]);
    }
    // Later entries inherit owner, TTL and origin: re-read them until the inherited state agrees
    // again with what they were read with (usually at once).
    State newState = p + ids.size() > 0 ? stateOf(m_entries[m_order[p + ids.size() - 1]])
                                        : State { m_initialOrigin, None, 0, 0, 0 };
    int changedFirst = -1;
    int changedLast = -1;
    for (size_t j = p + ids.size(); j < m_order.size() && !(newState == oldState); ++j) {
        const uint32_t id = m_order[j];
        oldState = stateOf(m_entries[id]);
        dnameTouched = dnameTouched || m_entries[id].type == RrType::DNAME;
        if (m_entries[id].flags & Linked)
            affected.push_back(m_entries[id].owner);
        parseEntry(id, j > 0 ? &m_entries[m_order[j - 1]] : nullptr);
        dnameTouched = dnameTouched || m_entries[id].type == RrType::DNAME;
        if (m_entries[id].flags & Linked)
            affected.push_back(m_entries[id].owner);
        reparsed.push_back(id);
        newState = stateOf(m_entries[id]);
        if (changedFirst < 0)
            changedFirst = static_cast<int>(j);
        changedLast = static_cast<int>(j);
    }
    ensureNameArrays();
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (const uint32_t n : affected) {
        checkOwner(n);
        for (uint32_t t = m_firstOfTarget[n]; t != None; t = m_entries[t].nextOfTarget)
            checkTarget(t);
    }
    for (const uint32_t id : reparsed)
        checkTarget(id);
    if (dnameTouched) {
        // Rare: a DNAME changes what every NS name below it means.
        for (uint32_t id = 0; id < m_entries.size(); ++id) {
            if (m_entries[id].type == RrType::NS && (m_entries[id].flags & Linked))
                checkTarget(id);
        }
    }
    m_positionsValid = false;
    Q_EMIT entriesReplaced(pos, count, static_cast<int>(ids.size()));
    if (changedFirst >= 0)
        Q_EMIT entriesChanged(changedFirst, changedLast);
}

void ZoneDocument::pushCommand(Command cmd)
{
    cmd.id = ++m_lastStepId;
    if (m_cleanIndex != NoClean && m_cleanIndex > m_undoIndex)
        m_cleanIndex = NoClean; // the steps back to the clean text are gone
    m_undo.resize(m_undoIndex);
    m_undo.push_back(std::move(cmd));
    m_undoIndex = m_undo.size();
}

bool ZoneDocument::mergeLastSteps()
{
    const size_t n = m_undo.size();
    if (n < 2 || m_undoIndex != n)
        return false;
    Command& a = m_undo[n - 2];
    const Command& b = m_undo[n - 1];
    if (a.pos != b.pos || a.after != b.before)
        return false;
    a.after = b.after;
    a.id = b.id;
    if (m_cleanIndex == n - 1)
        m_cleanIndex = NoClean; // the text between the two steps is no longer a place in the history
    else if (m_cleanIndex == n)
        m_cleanIndex = n - 1;
    m_undo.pop_back();
    m_undoIndex = m_undo.size();
    return true;
}

void ZoneDocument::replaceEntries(int pos, int count, const QByteArray& bytes)
{
    if (pos < 0 || count < 0 || pos + count > entryCount())
        return;
    Command cmd;
    cmd.pos = pos;
    std::vector<std::string> texts;
    if (!bytes.isEmpty())
        texts.emplace_back(bytes.constData(), static_cast<size_t>(bytes.size()));
    const size_t entriesBefore = m_order.size();
    applyReplace(pos, count, texts, &cmd.before);
    const size_t inserted = m_order.size() + static_cast<size_t>(count) - entriesBefore;
    for (size_t i = 0; i < inserted; ++i)
        cmd.after.emplace_back(text(m_order[static_cast<size_t>(pos) + i]));
    pushCommand(std::move(cmd));
}

ZoneDocument::HistoryMark ZoneDocument::historyMark() const
{
    return HistoryMark { m_loads, m_undoIndex, m_undoIndex > 0 ? m_undo[m_undoIndex - 1].id : 0 };
}

bool ZoneDocument::setCleanAt(const HistoryMark& mark)
{
    if (mark.load != m_loads || mark.index > m_undo.size()
        || (mark.index > 0 ? m_undo[mark.index - 1].id : 0) != mark.step)
        return false;
    m_cleanIndex = mark.index;
    return true;
}

int ZoneDocument::lineCount() const
{
    ensurePositions();
    return static_cast<int>(m_lineOf[m_order.size()]);
}

void ZoneDocument::undo()
{
    if (!canUndo())
        return;
    const Command& cmd = m_undo[--m_undoIndex];
    applyReplace(cmd.pos, static_cast<int>(cmd.after.size()), cmd.before, nullptr);
}

void ZoneDocument::redo()
{
    if (!canRedo())
        return;
    const Command& cmd = m_undo[m_undoIndex++];
    applyReplace(cmd.pos, static_cast<int>(cmd.before.size()), cmd.after, nullptr);
}

bool ZoneDocument::setRecordData(int pos, const QString& data)
{
    if (entryKind(pos) != EntryKind::Record)
        return false;
    const uint32_t id = m_order[static_cast<size_t>(pos)];
    ZoneEntryScan scan;
    const auto toks = tokensOf(id, &scan);
    const std::string_view raw = text(id);
    const Fields f = fieldsOf(raw, toks, scan.ownerBlank);
    const size_t first = static_cast<size_t>(f.type) + 1;
    const QByteArray newData = data.trimmed().toUtf8();
    std::vector<ZoneToken> newToks;
    const ZoneEntryScan ns
        = ZoneLexer::scanEntry(std::string_view(newData.constData(), static_cast<size_t>(newData.size())), 0, newToks);
    if (ns.unbalancedOpen || ns.strayClose || ns.unterminatedQuote || ns.newlines > 0)
        return false;
    std::string out(raw);
    auto spanOf = [](const ZoneToken& t) {
        const size_t b = t.offset - (t.quoted ? 1 : 0);
        return std::pair<size_t, size_t>(b, t.offset + t.length + (t.quoted ? 1 : 0) - b);
    };
    if (newToks.size() == toks.size() - first && first <= toks.size()) {
        // Same shape: replace token by token, so multi-line layouts and inner comments survive.
        for (size_t k = newToks.size(); k-- > 0;) {
            const auto [b, len] = spanOf(toks[first + k]);
            const auto [nb, nlen] = spanOf(newToks[k]);
            out.replace(b, len, newData.constData() + nb, nlen);
        }
    } else if (first < toks.size()) {
        const size_t b = spanOf(toks[first]).first;
        const auto last = spanOf(toks.back());
        size_t end = std::max<size_t>(last.first + last.second, scan.lastCloseEnd);
        out.replace(b, end - b, newData.constData(), static_cast<size_t>(newData.size()));
    } else {
        const auto t = spanOf(toks[static_cast<size_t>(f.type)]);
        out.insert(t.first + t.second, " " + std::string(newData.constData(), static_cast<size_t>(newData.size())));
    }
    replaceEntries(pos, 1, QByteArray(out.data(), static_cast<qsizetype>(out.size())));
    return true;
}

bool ZoneDocument::setRecordTtl(int pos, quint32 ttl)
{
    if (entryKind(pos) != EntryKind::Record)
        return false;
    const uint32_t id = m_order[static_cast<size_t>(pos)];
    ZoneEntryScan scan;
    const auto toks = tokensOf(id, &scan);
    std::string out(text(id));
    const Fields f = fieldsOf(out, toks, scan.ownerBlank);
    const std::string value = std::to_string(ttl);
    if (f.ttl >= 0) {
        const auto& t = toks[static_cast<size_t>(f.ttl)];
        out.replace(t.offset, t.length, value);
    } else {
        const size_t at = toks[static_cast<size_t>(f.owner >= 0 ? f.owner + 1 : 0)].offset;
        // Separate it like the fields around it: a tab where the line uses tabs.
        const char sep = at > 0 && out[at - 1] == '\t' ? '\t' : ' ';
        out.insert(at, value + sep);
    }
    replaceEntries(pos, 1, QByteArray(out.data(), static_cast<qsizetype>(out.size())));
    return true;
}

QString ZoneDocument::recordText(const Record& r, int nearPos) const
{
    // Lay the record out like the closest record: same column for each field, tabs if it uses tabs.
    int neighbour = -1;
    for (int d = 0; d < 64 && neighbour < 0; ++d) {
        if (entryKind(nearPos - 1 - d) == EntryKind::Record)
            neighbour = nearPos - 1 - d;
        else if (entryKind(nearPos + d) == EntryKind::Record)
            neighbour = nearPos + d;
    }
    int cols[5] = { 0, -1, -1, -1, -1 }; // owner, ttl, class, type, data
    bool tabs = false;
    if (neighbour >= 0) {
        const uint32_t id = m_order[static_cast<size_t>(neighbour)];
        ZoneEntryScan scan;
        const auto toks = tokensOf(id, &scan);
        const auto raw = text(id);
        const Fields f = fieldsOf(raw, toks, scan.ownerBlank);
        const size_t eol = raw.find('\n');
        tabs = raw.substr(0, eol).find('\t') != std::string_view::npos;
        auto col = [&](int tok) -> int {
            if (tok < 0 || static_cast<size_t>(tok) >= toks.size()
                || (eol != std::string_view::npos && toks[static_cast<size_t>(tok)].offset > eol))
                return -1;
            return static_cast<int>(
                toks[static_cast<size_t>(tok)].offset - (toks[static_cast<size_t>(tok)].quoted ? 1 : 0));
        };
        cols[1] = col(f.ttl);
        cols[2] = col(f.cls);
        cols[3] = col(f.type);
        cols[4] = col(f.type + 1);
    }
    const QString fields[5] = { r.owner, r.ttlExplicit ? QString::number(r.ttl) : QString(),
        (cols[2] >= 0 || r.recordClass != QLatin1String("IN")) ? r.recordClass : QString(), r.type, r.data };
    QString line;
    for (int i = 0; i < 5; ++i) {
        if (fields[i].isEmpty())
            continue;
        if (i > 0) {
            if (tabs) {
                line += QLatin1Char('\t');
            } else {
                const int target = cols[i] > line.size() ? cols[i] : static_cast<int>(line.size()) + 1;
                line += QString(target - static_cast<int>(line.size()), QLatin1Char(' '));
            }
        }
        line += fields[i];
    }
    return line + QLatin1Char('\n');
}

int ZoneDocument::insertRecord(int pos, const Record& r)
{
    if (pos < 0 || pos > entryCount() || r.owner.isEmpty() || r.type.isEmpty())
        return -1;
    QByteArray bytes = recordText(r, pos).toUtf8();
    int at = pos;
    if (pos > 0) {
        const auto prev = text(m_order[static_cast<size_t>(pos - 1)]);
        if (!prev.empty() && prev.back() != '\n')
            bytes.prepend('\n');
    }
    if (bytes.startsWith('\n'))
        ++at;
    replaceEntries(pos, 0, bytes);
    return at;
}

bool ZoneDocument::replaceRecord(int pos, const Record& r)
{
    if (entryKind(pos) != EntryKind::Record || r.owner.isEmpty() || r.type.isEmpty())
        return false;
    const uint32_t id = m_order[static_cast<size_t>(pos)];
    const std::string_view raw = text(id);
    const Record old = record(pos);
    QByteArray bytes = recordText(r, pos).toUtf8();
    // A comment at the end of a one-line record stays with it.
    ZoneEntryScan scan;
    const auto toks = tokensOf(id, &scan);
    if (scan.newlines <= 1 && !toks.empty()) {
        const ZoneToken& lastTok = toks.back();
        const size_t end
            = std::max<size_t>(lastTok.offset + lastTok.length + (lastTok.quoted ? 1 : 0), scan.lastCloseEnd);
        std::string_view tail = raw.substr(std::min(end, raw.size()));
        if (!tail.empty() && tail.back() == '\n')
            tail.remove_suffix(1);
        const size_t semi = tail.find(';');
        if (semi != std::string_view::npos) {
            size_t from = semi;
            while (from > 0 && (tail[from - 1] == ' ' || tail[from - 1] == '\t'))
                --from;
            bytes.chop(1);
            bytes.append(tail.data() + from, static_cast<qsizetype>(tail.size() - from));
            bytes.append('\n');
        }
    }
    int count = 1;
    if (old.owner != r.owner && pos + 1 < entryCount()) {
        const uint32_t next = m_order[static_cast<size_t>(pos + 1)];
        const auto nextRaw = text(next);
        if (m_entries[next].kind == EntryKind::Record && !nextRaw.empty()
            && (nextRaw[0] == ' ' || nextRaw[0] == '\t')) {
            bytes.append(old.owner.toUtf8());
            bytes.append(nextRaw.data(), static_cast<qsizetype>(nextRaw.size()));
            count = 2;
        }
    }
    replaceEntries(pos, count, bytes);
    return true;
}

bool ZoneDocument::removeEntry(int pos)
{
    if (pos < 0 || pos >= entryCount())
        return false;
    const uint32_t id = m_order[static_cast<size_t>(pos)];
    // Removing a named record must not hand its name to the next lines that inherit it: they get
    // the name written out.
    const Entry& e = m_entries[id];
    if (e.kind == EntryKind::Record && pos + 1 < entryCount()) {
        const uint32_t next = m_order[static_cast<size_t>(pos + 1)];
        const auto raw = text(id);
        const auto nextRaw = text(next);
        const bool ownerWritten = !raw.empty() && raw[0] != ' ' && raw[0] != '\t';
        const bool nextInherits = !nextRaw.empty() && (nextRaw[0] == ' ' || nextRaw[0] == '\t');
        if (ownerWritten && nextInherits && m_entries[next].kind == EntryKind::Record) {
            const auto toks = tokensOf(id);
            QByteArray merged(raw.data(), static_cast<qsizetype>(toks[0].offset + toks[0].length));
            merged.append(nextRaw.data(), static_cast<qsizetype>(nextRaw.size()));
            replaceEntries(pos, 2, merged);
            return true;
        }
    }
    replaceEntries(pos, 1, QByteArray());
    return true;
}

QString ZoneDocument::bumpSerial(const QDate& today)
{
    const int pos = soaPosition();
    if (pos < 0)
        return QCoreApplication::translate("ZoneDocument", "The zone has no SOA record to raise the serial of.");
    const Record r = record(pos);
    const QStringList parts = r.data.split(QLatin1Char(' '));
    if (parts.size() != 7)
        return QCoreApplication::translate(
            "ZoneDocument", "The SOA record is not well formed; fix it before raising the serial.");
    bool ok = false;
    const quint32 old = parts[2].toUInt(&ok);
    if (!ok)
        return QCoreApplication::translate("ZoneDocument", "The SOA serial is not a number.");
    const auto bump = SoaSerial::bumpSerial(old, today);
    if (!bump)
        return bump.errorMessage();
    QStringList next = parts;
    next[2] = QString::number(bump->serial);
    setRecordData(pos, next.join(QLatin1Char(' ')));
    return QString();
}
