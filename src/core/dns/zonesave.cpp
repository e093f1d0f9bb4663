#include "core/dns/zonesave.h"

#include "core/dns/soaserial.h"
#include "core/dns/zonedocument.h"
#include "core/dns/zonelexer.h"
#include "core/host/bytediff.h"

#include <QCoreApplication>

namespace {
// Token index of the serial inside the SOA entry's tokens (the third after the type).
int serialToken(std::string_view entry, const std::vector<ZoneToken>& tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view t = entry.substr(tokens[i].offset, tokens[i].length);
        if (!tokens[i].quoted && t.size() == 3 && (t[0] | 0x20) == 's' && (t[1] | 0x20) == 'o' && (t[2] | 0x20) == 'a')
            return i + 3 < tokens.size() ? int(i + 3) : -1;
    }
    return -1;
}
} // namespace

namespace ZoneSave {

std::optional<quint32> serialOf(const ZoneDocument& doc)
{
    const int pos = doc.soaPosition();
    if (pos < 0)
        return std::nullopt;
    const QStringList parts = doc.record(pos).data.split(QLatin1Char(' '));
    bool ok = false;
    const quint32 s = parts.size() == 7 ? parts[2].toUInt(&ok) : 0;
    if (!ok)
        return std::nullopt;
    return s;
}

bool setSerial(ZoneDocument& doc, quint32 serial)
{
    const int pos = doc.soaPosition();
    if (pos < 0)
        return false;
    const QByteArray text = doc.entryText(pos);
    const std::string_view view(text.constData(), size_t(text.size()));
    std::vector<ZoneToken> tokens;
    ZoneLexer::scanEntry(view, 0, tokens);
    const int t = serialToken(view, tokens);
    if (t < 0)
        return false;
    QByteArray next = text;
    next.replace(qsizetype(tokens[size_t(t)].offset), qsizetype(tokens[size_t(t)].length), QByteArray::number(serial));
    doc.replaceEntries(pos, 1, next);
    return true;
}

Result<Plan> prepare(ZoneDocument& doc, const QByteArray& opened, const QString& path,
    std::optional<quint32> servedSerial, const QDate& today, bool autoBump, std::optional<quint32> untouchedSerial)
{
    if (doc.hasErrors())
        return Error::of(QCoreApplication::translate(
            "ZoneSave", "The zone has %n error(s); it is not saved until they are fixed.", nullptr, doc.errorCount()));
    if (doc.save() == opened)
        return Error::of(QCoreApplication::translate("ZoneSave", "Nothing changed: the zone is as it was opened."));
    const auto current = serialOf(doc);
    if (!current)
        return Error::of(QCoreApplication::translate(
            "ZoneSave", "The zone has no well-formed SOA record, so CoreDNS could not load it."));

    ZoneDocument before;
    before.load(opened, doc.zoneName());
    const quint32 fileSerial = serialOf(before).value_or(*current);

    Plan plan;
    plan.fileSerial = fileSerial;
    plan.newSerial = *current;
    // CoreDNS reloads when the serial differs from the loaded one; secondaries need it higher.
    const bool raised
        = SoaSerial::greater(*current, fileSerial) && (!servedSerial || SoaSerial::greater(*current, *servedSerial));
    if (!raised) {
        const bool untouched = untouchedSerial && *current == *untouchedSerial;
        if (!untouched && *current != fileSerial && SoaSerial::greater(fileSerial, *current))
            return Error::of(QCoreApplication::translate("ZoneSave",
                "The serial %1 is lower than the file's %2: secondary servers would keep the old "
                "zone. Raise it instead.")
                                 .arg(*current)
                                 .arg(fileSerial));
        if (!autoBump)
            return Error::of(
                QCoreApplication::translate("ZoneSave",
                    "The serial %1 is what the server has already loaded: CoreDNS would keep serving the "
                    "old zone. Raise the serial before saving.")
                    .arg(servedSerial && !SoaSerial::greater(*current, *servedSerial) ? *servedSerial : fileSerial));
        quint32 base = *current;
        if (SoaSerial::greater(fileSerial, base))
            base = fileSerial; // overwriting a host version whose serial is higher
        if (servedSerial && SoaSerial::greater(*servedSerial, base))
            base = *servedSerial;
        const auto bump = SoaSerial::bumpSerial(base, today);
        if (!bump)
            return bump.error();
        if (!setSerial(doc, bump->serial))
            return Error::of(QCoreApplication::translate("ZoneSave", "The SOA serial could not be raised."));
        plan.newSerial = bump->serial;
        plan.bumped = true;
    }
    plan.bytes = doc.save();
    plan.diff = ByteDiff::unified(
        opened, plan.bytes, path + QStringLiteral(" (on the host)"), path + QStringLiteral(" (to save)"));
    return plan;
}

} // namespace ZoneSave
