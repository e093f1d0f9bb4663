#pragma once

#include "core/dns/nametable.h"
#include "core/dns/rdatachecker.h"
#include "core/dns/zonediagnostic.h"
#include "core/dns/zonelexer.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// A zone master file as an editable, lossless document.
//
// The text is kept as the list of its entries (a record or directive with its comments, one or
// more physical lines), each entry holding its raw bytes. Saving concatenates them, so an
// untouched document is byte-identical and an edit rewrites only the entries it touches.
// Validation runs as the document changes: entry checks when an entry is parsed, owner checks
// (CNAME beside other data, duplicates, ...) only for the owners an edit touches, and the few
// zone-wide checks from per-apex indexes, so one edit re-checks a handful of records, not the zone.
class ZoneDocument : public QObject
{
    Q_OBJECT

public:
    enum class EntryKind : uint8_t
    {
        Blank,
        Record,
        Origin,
        Ttl,
        Include,
        Generate,
        Invalid
    };

    // What a record row shows, and what an edit supplies.
    struct Record
    {
        QString owner; // relative to the origin in effect ("@" for it), or absolute with a trailing dot
        quint32 ttl = 0;
        bool ttlExplicit = false;
        QString recordClass = QStringLiteral("IN");
        QString type;
        QString data; // presentation form on one line
    };

    explicit ZoneDocument(QObject* parent = nullptr);
    ~ZoneDocument() override;

    // `zoneName` is the zone's apex as the server is told it (CoreDNS' Corefile, named-checkzone's
    // argument); it is also the origin until a $ORIGIN changes it.
    void load(const QByteArray& text, const QString& zoneName);

    // $INCLUDE is kept and reported but not read, unless a loader is set (before load()): then the
    // included text is checked too (its records on their own, findings placed on the $INCLUDE
    // line). The loader gets the file name as written and returns nothing when it cannot read it.
    using IncludeLoader = std::function<std::optional<QByteArray>(const QString& fileName)>;
    void setIncludeLoader(IncludeLoader loader) { m_includeLoader = std::move(loader); }
    QByteArray save() const;
    // save() in two halves for another thread: this call (GUI thread) copies only what the text
    // is made of (the loaded bytes are shared, edited entries copied, unedited runs merged); the
    // function it returns builds exactly save()'s bytes anywhere, later, whatever the document does
    // meanwhile.
    std::function<QByteArray()> saveLater() const;
    QString zoneName() const;

    int entryCount() const { return static_cast<int>(m_order.size()); }
    EntryKind entryKind(int pos) const;
    QByteArray entryText(int pos) const;
    int entryLength(int pos) const; // bytes of entryText(pos), without copying them
    int entryLine(int pos) const; // 1-based first line
    Record record(int pos) const; // for EntryKind::Record
    // $INCLUDE file names, reported and kept, never followed.
    QStringList includes() const;

    // Edits. Each is one undo step; positions are entry positions.
    bool setRecordData(int pos, const QString& data);
    bool setRecordTtl(int pos, quint32 ttl);
    int insertRecord(int pos, const Record& record); // returns the new record's position, -1 on failure
    bool removeEntry(int pos);
    // A record changed in every field at once (owner, type, class, TTL, data): one undo step. The
    // line is laid out anew like its neighbours, keeping a comment at its end; records after it
    // that inherited its owner get that owner written out, so they keep it.
    bool replaceRecord(int pos, const Record& record);
    // The primitive behind every edit: entries [pos, pos+count) become the entries of `text`.
    void replaceEntries(int pos, int count, const QByteArray& text);

    // Joins the last undo step with the one before it when both replaced the same entries (the
    // data and the TTL of one record, changed in one dialog): one step for the user. False if not.
    bool mergeLastSteps();

    bool canUndo() const { return m_undoIndex > 0; }
    bool canRedo() const { return m_undoIndex < m_undo.size(); }
    void undo();
    void redo();

    // Modification state without comparing bytes (like QUndoStack's clean state): the document is
    // clean at the undo position of the text it was loaded with or last saved as. Undoing or
    // redoing back to that position makes it clean again; an edit that discards the redo steps
    // leading there makes it unreachable until setClean().
    bool isClean() const { return m_cleanIndex == m_undoIndex; }
    void setClean() { m_cleanIndex = m_undoIndex; }
    // Where the history stands (to mark a later save, see setCleanAt()).
    struct HistoryMark
    {
        quint64 load = 0; // which load() of the document
        size_t index = 0; // undo position
        quint64 step = 0; // id of the undo step just before it (0: none)
    };
    HistoryMark historyMark() const;
    // Marks clean the position `mark` named, when that history still exists (the steps leading
    // there were not discarded by an edit after an undo); false otherwise.
    bool setCleanAt(const HistoryMark& mark);
    // Physical lines of the whole text (a last line without a newline is not counted).
    int lineCount() const;

    // The SOA record's position, -1 when there is none at the apex.
    int soaPosition() const;
    // Raises the SOA serial with SoaSerial::bumpSerial (one undo step). Error when there is no SOA
    // or the bump would leave the serial window.
    QString bumpSerial(const QDate& today);

    ZoneDiagnostics diagnostics() const;
    int errorCount() const;
    bool hasErrors() const { return errorCount() > 0; }

    // Approximate heap use of the document, for the benchmark.
    size_t memoryBytes() const;

Q_SIGNALS:
    // Entries [pos, pos+removed) were replaced by `inserted` entries.
    void entriesReplaced(int pos, int removed, int inserted);
    // Entries [first, last] were re-read because what they inherit changed (e.g. their owner).
    void entriesChanged(int first, int last);
    void documentReset();

private:
    static constexpr uint32_t None = NameTable::None;

    enum Flag : uint8_t
    {
        HasDefaultTtl = 1,
        HasTtl = 2,
        TtlExplicit = 4,
        Linked = 8, // in its owner's list (a well-formed record)
        HasClass = 16,
    };

    struct Entry
    {
        uint32_t offset = 0; // into m_source, or into m_owned[owned]
        uint32_t length = 0;
        int32_t owned = -1;
        uint32_t newlines = 0;
        // State after this entry, which the next entry starts from.
        uint32_t origin = None;
        uint32_t owner = None;
        uint32_t ttl = 0; // effective TTL of a record; last TTL for inheritance
        uint32_t defaultTtl = 0;
        // Indexes for the cross-record checks.
        uint32_t target = None;
        uint32_t nextOfOwner = None;
        uint32_t nextOfTarget = None;
        uint32_t hash = 0;
        uint16_t type = 0;
        EntryKind kind = EntryKind::Blank;
        uint8_t flags = 0;
    };

    struct Finding
    {
        uint32_t entry;
        uint32_t offset;
        ZoneDiagnostic::Severity severity;
        QString message;
    };

    struct Command
    {
        quint64 id = 0;
        int pos;
        std::vector<std::string> before;
        std::vector<std::string> after;
    };

    std::string_view text(const Entry& e) const;
    std::string_view text(uint32_t id) const { return text(m_entries[id]); }
    void parseAll();
    // Parses entry `id` given the state of the entry before it (or the initial state).
    void parseEntry(uint32_t id, const Entry* before);
    // Same, for an entry already scanned into m_tokens.
    void parseScanned(uint32_t id, const Entry* before, const ZoneEntryScan& scan);
    void parseRecord(uint32_t id, std::string_view raw, const ZoneEntryScan& scan);
    void parseDirective(uint32_t id, std::string_view raw);
    void expandGenerate(uint32_t id, std::string_view raw);
    void addFinding(uint32_t id, uint32_t offset, bool error, QString message);
    void link(uint32_t id);
    void unlink(uint32_t id);
    void ensureNameArrays();
    void checkOwner(uint32_t name);
    void checkTarget(uint32_t id);
    void applyReplace(int pos, int count, const std::vector<std::string>& texts, std::vector<std::string>* removed);
    void pushCommand(Command cmd);
    void ensurePositions() const;
    QString recordText(const Record& r, int nearPos) const;
    std::vector<ZoneToken> tokensOf(uint32_t id, ZoneEntryScan* scan = nullptr) const;

    QByteArray m_source; // the loaded text; entries not edited point into it
    std::vector<std::string> m_owned;
    std::vector<Entry> m_entries; // by id; ids are stable, removed entries are left unused
    std::vector<uint32_t> m_order; // document order of entry ids
    NameTable m_names;
    uint32_t m_apex = None;
    uint32_t m_initialOrigin = None; // the apex, or a $INCLUDE's origin for an included fragment
    IncludeLoader m_includeLoader;
    int m_includeDepth = 0;
    int m_includesLeft = 64; // a file including itself must not multiply the work
    bool m_fragment = false; // an included file: no zone-wide SOA/NS checks
    std::string m_apexWire;
    std::vector<uint32_t> m_firstOfOwner; // by name id
    std::vector<uint32_t> m_firstOfTarget; // by name id
    std::unordered_map<uint32_t, std::vector<Finding>> m_entryFindings; // by entry id
    std::unordered_map<uint32_t, std::vector<Finding>> m_ownerFindings; // by owner name id
    std::unordered_map<uint32_t, std::vector<Finding>> m_targetFindings; // by entry id

    std::vector<ZoneToken> m_tokens; // scratch
    std::vector<RdataProblem> m_problems; // scratch
    std::string m_wire; // scratch
    std::string m_origin; // scratch
    struct Sig
    {
        uint16_t type;
        uint32_t hash;
        uint32_t ttl;
        uint32_t id;
    };
    std::vector<Sig> m_sigs; // scratch
    uint32_t m_generated = 0;

    std::vector<Command> m_undo;
    size_t m_undoIndex = 0;
    static constexpr size_t NoClean = ~size_t(0);
    size_t m_cleanIndex = 0;
    quint64 m_loads = 0;
    quint64 m_lastStepId = 0;

    mutable std::vector<uint32_t> m_posOf; // by entry id
    mutable std::vector<uint32_t> m_lineOf; // by position
    mutable bool m_positionsValid = false;
};
