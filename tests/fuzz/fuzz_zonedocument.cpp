// libFuzzer target: any bytes as a zone file. Loading, validating, reading every record, an edit
// and its undo must neither crash nor hang, and the lossless promises must hold.
#include "core/dns/zonedocument.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ZoneDocument doc;
    if (size > 0 && data[0] == '$') // sometimes follow $INCLUDE, with the input including itself
        doc.setIncludeLoader([&bytes](const QString&) -> std::optional<QByteArray> { return bytes; });
    doc.load(bytes, QStringLiteral("example.com"));
    if (doc.save() != bytes)
        std::abort(); // an untouched document must save byte for byte
    (void)doc.diagnostics();
    (void)doc.errorCount();
    const int n = doc.entryCount();
    for (int p = 0; p < n && p < 64; ++p) {
        (void)doc.entryLine(p);
        if (doc.entryKind(p) == ZoneDocument::EntryKind::Record)
            (void)doc.record(p);
    }
    if (n > 0) {
        const int pos = static_cast<int>(size % static_cast<size_t>(n));
        doc.setRecordData(pos, QStringLiteral("10 mail"));
        doc.setRecordTtl(pos, 300);
        ZoneDocument::Record r;
        r.owner = QStringLiteral("fz");
        r.type = QStringLiteral("CNAME");
        r.data = QStringLiteral("www");
        doc.insertRecord(pos, r);
        doc.removeEntry(n > 1 ? pos / 2 : 0);
        (void)doc.bumpSerial(QDate(2026, 11, 27));
        (void)doc.diagnostics();
        while (doc.canUndo())
            doc.undo();
        if (doc.save() != bytes)
            std::abort(); // undo must restore the exact bytes
    }
    return 0;
}
