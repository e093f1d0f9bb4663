#include "widgets/dns/dnspane.h"
#include "widgets/common/themecolors.h"

#include "core/dns/corefile.h"
#include "core/dns/zonediagnosticmodel.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/dns/zonesave.h"
#include "core/dns/zoneverifier.h"
#include "core/host/autosaver.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/remotefilecommands.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "ui_dnspane.h"
#include "widgets/common/autosaverecoverywidget.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/saveconflictactions.h"
#include "widgets/dns/recorddialog.h"
#include "widgets/dns/zonesavedialog.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Errors red, warnings amber (the diagnostics list).
class DiagnosticDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ZoneDiagnosticModel::PlaceholderRole).toBool())
            return;
        const auto severity = ZoneDiagnostic::Severity(index.data(ZoneDiagnosticModel::SeverityRole).toInt());
        if (severity == ZoneDiagnostic::Severity::Info)
            return;
        const QColor color = ThemeColors::text(
            severity == ZoneDiagnostic::Severity::Error ? ThemeColors::Role::Error : ThemeColors::Role::Warning,
            option->palette);
        option->palette.setColor(QPalette::Text, color);
    }
};

// Filters the records table by a text (name, type or value) and a type.
class RecordFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setType(const QString& type)
    {
        m_type = type;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QAbstractItemModel* m = sourceModel();
        if (!m_type.isEmpty()
            && m->index(row, ZoneRecordModel::Type, parent).data().toString().compare(m_type, Qt::CaseInsensitive) != 0)
            return false;
        if (m_text.isEmpty())
            return true;
        for (const int c : { int(ZoneRecordModel::Owner), int(ZoneRecordModel::Type), int(ZoneRecordModel::Data) }) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    bool lessThan(const QModelIndex& a, const QModelIndex& b) const override
    {
        if (a.column() == ZoneRecordModel::Line || a.column() == ZoneRecordModel::Ttl)
            return a.data().toLongLong() < b.data().toLongLong();
        return QSortFilterProxyModel::lessThan(a, b);
    }

private:
    QString m_text;
    QString m_type;
};

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)d.decode(bytes).operator QString();
    return !d.hasError();
}

// "host", "host:port" or "[v6]:port" (the DNS server override); nullopt when empty or unreadable.
std::optional<DnsHost::Server> parseServer(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QString host = t;
    int port = 53;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            bool ok = false;
            port = rest.mid(1).toInt(&ok);
            if (!ok)
                return std::nullopt;
        }
    } else if (t.count(u':') == 1) {
        host = t.section(u':', 0, 0);
        bool ok = false;
        port = t.section(u':', 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (host.isEmpty() || port <= 0 || port > 65535)
        return std::nullopt;
    return DnsHost::Server { host, port };
}

} // namespace

DnsPane::DnsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::DnsPane>())
    , m_autosaveStore(std::make_unique<AutosaveStore>())
    , m_recovery(new AutosaveRecoveryWidget(this))
    , m_conflictActions(new SaveConflictActions(this))
    , m_zones(new ZoneListModel(this))
    , m_diagnostics(new ZoneDiagnosticModel(this))
    , m_proxy(new RecordFilter(this))
    , m_verifier(nullptr)
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(1, m_recovery);
    connect(m_recovery, &AutosaveRecoveryWidget::restoreRequested, this, [this](const AutosaveEntry& e) {
        for (const CorefileZone& z : m_zones->zones()) {
            if (z.file == e.location.path) {
                m_restoreOnOpen = e.location.id();
                openZone(z.zone);
                return;
            }
        }
        showError(tr("%1 is not a zone of this host's Corefile (or the zone list is not loaded yet); the kept "
                     "edit stays.")
                      .arg(e.location.displayName()));
        showRecoverable();
    });
    connect(m_recovery, &AutosaveRecoveryWidget::discardRequested, this, [this](const AutosaveEntry& e) {
        if (const Result<void> r = m_autosaveStore->remove(e.profile, e.location); !r)
            showError(r.errorMessage());
    });
    m_ui->zones->setModel(m_zones);
    m_ui->zones->verticalHeader()->hide();
    m_ui->records->setModel(m_proxy);
    m_ui->diagnostics->setModel(m_diagnostics);
    m_ui->diagnostics->setItemDelegate(new DiagnosticDelegate(m_ui->diagnostics));
    m_ui->records->verticalHeader()->hide();
    m_ui->records->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->records->setWordWrap(false);
    m_ui->records->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->records->horizontalHeader()->setStretchLastSection(false);
    m_ui->zones->setWordWrap(false);
    m_ui->zones->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->records->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->mainSplitter->setStretchFactor(1, 3);
    // The serials are what the list is for: the file path goes to the tooltip, and the list starts
    // wide enough for zone, reload and both serials.
    m_ui->zones->hideColumn(ZoneListModel::File);
    m_ui->mainSplitter->setSizes({ 430, 900 });
    m_ui->editorSplitter->setStretchFactor(0, 4);
    m_ui->typeFilter->addItem(tr("All types"), QString());
    for (const char* t : { "A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA", "NS", "PTR", "SOA" })
        m_ui->typeFilter->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    connect(m_ui->filter, &QLineEdit::textChanged, this,
        [this](const QString& t) { static_cast<RecordFilter*>(m_proxy)->setText(t); });
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this,
        [this] { static_cast<RecordFilter*>(m_proxy)->setType(m_ui->typeFilter->currentData().toString()); });
    m_ui->text->setPlaceholderText(tr("Open a zone from the list on the left."));

    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(300);
    connect(&m_textTimer, &QTimer::timeout, this, &DnsPane::flushText);
    m_diagTimer.setSingleShot(true);
    m_diagTimer.setInterval(0);
    connect(&m_diagTimer, &QTimer::timeout, this, [this] {
        refreshDiagnostics();
        if (m_autosaver && !m_kept) {
            if (isModified())
                m_autosaver->markDirty();
            else
                m_autosaver->discard(); // back at the host's text (undo): nothing to keep
        }
    });
    connect(m_ui->text->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_updatingText && m_doc) {
            m_textTimer.start();
            // Typing without a pause never lets the text timer fire; the autosave still takes it
            // within its delay (it applies the pending text first).
            if (m_autosaver && !m_kept)
                m_autosaver->markDirty();
        }
    });
    connect(m_ui->views, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            syncTextFromDocument();
        else
            flushText();
    });
    connect(m_ui->zones, &QAbstractItemView::activated, this,
        [this](const QModelIndex& i) { openZone(m_zones->zone(i.row()).zone); });
    connect(m_ui->records, &QAbstractItemView::doubleClicked, this, &DnsPane::editSelected);
    connect(m_ui->diagnostics, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { jumpToLine(index.data(ZoneDiagnosticModel::LineRole).toInt()); });

    createActions();
    updateActions();
}

DnsPane::~DnsPane()
{
    if (m_verifier)
        m_verifier->cancel();
    // A pending edit is written while the document it reads still exists.
    flushText();
    delete m_autosaver;
    m_autosaver = nullptr;
    m_generation = ~quint64(0);
    m_openGeneration = ~quint64(0);
}

QString DnsPane::message() const
{
    return banner()->text();
}

QString DnsPane::displayTitle()
{
    return tr("DNS");
}

QList<QAction*> DnsPane::paneActions() const
{
    return { m_refresh, m_save, m_undo, m_redo, m_add, m_edit, m_remove, m_sync, m_autoBump };
}

QPlainTextEdit* DnsPane::textEdit() const
{
    return m_ui->text;
}

QListView* DnsPane::diagnosticsList() const
{
    return m_ui->diagnostics;
}

void DnsPane::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, auto slot, QToolButton* button) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        button->setDefaultAction(a);
        return a;
    };
    m_refresh = make(tr("Refresh"), QKeySequence::Refresh, &DnsPane::refresh, m_ui->refreshButton);
    m_save = make(tr("Save…"), QKeySequence::Save, &DnsPane::save, m_ui->saveButton);
    m_undo = make(tr("Undo"), QKeySequence::Undo, &DnsPane::undo, m_ui->undoButton);
    m_redo = make(tr("Redo"), QKeySequence::Redo, &DnsPane::redo, m_ui->redoButton);
    m_add = make(tr("Add record…"), QKeySequence(Qt::Key_Insert), &DnsPane::addRecordInteractive, m_ui->addButton);
    m_edit = make(tr("Edit record…"), QKeySequence(Qt::Key_F2), &DnsPane::editSelected, m_ui->editButton);
    m_remove = make(tr("Remove record"), QKeySequence::Delete, &DnsPane::removeSelected, m_ui->removeButton);
    m_sync = make(tr("Sync to secondary…"), QKeySequence(), &DnsPane::syncZones, m_ui->syncButton);
    m_autoBump = new QAction(tr("Raise serial on save"), this);
    m_autoBump->setCheckable(true);
    m_autoBump->setChecked(true);
    m_autoBump->setToolTip(
        tr("CoreDNS reloads a zone only when its SOA serial changes; the serial is raised (YYYYMMDDNN "
           "by default) unless you already did."));
    m_ui->autoBumpButton->setDefaultAction(m_autoBump);
    m_sync->setToolTip(
        tr("Runs %1 on the host (INFRA.md), after confirmation.").arg(QLatin1String(DnsHost::kSyncZones)));
    m_restoreKept = new QAction(tr("Restore"), this);
    connect(m_restoreKept, &QAction::triggered, this, &DnsPane::restoreKeptEdit);
    m_compareKept = new QAction(tr("Compare…"), this);
    connect(m_compareKept, &QAction::triggered, this, [this] {
        if (m_kept)
            SaveConflictActions::openDifferenceDialog(this, tr("%1: the host's file and the kept edit").arg(m_path),
                m_opened, m_kept->bytes, tr("on the host"), tr("kept edit"));
    });
    m_discardKept = new QAction(tr("Discard"), this);
    connect(m_discardKept, &QAction::triggered, this, &DnsPane::discardKeptEdit);
    // After a conflict: the editors' shared Compare / Reload / Overwrite anyway. Overwrite goes
    // through the save confirmation again, re-planned on the host's bytes.
    m_conflictActions->setLocalBytes([this]() -> std::optional<QByteArray> {
        if (!m_doc)
            return std::nullopt;
        return m_doc->save();
    });
    connect(m_conflictActions, &SaveConflictActions::reloadRequested, this, &DnsPane::reloadZone);
    connect(m_conflictActions, &SaveConflictActions::overwriteRequested, this, &DnsPane::overwrite);
    // The table's delete key must not fire while typing in the text view.
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->records->addAction(m_remove);
}

void DnsPane::updateActions()
{
    const bool connected = isConnected();
    const bool open = m_doc != nullptr;
    m_refresh->setEnabled(connected);
    m_save->setEnabled(connected && open && !m_saving && isModified() && !m_doc->hasErrors());
    m_undo->setEnabled(open && (m_doc->canUndo() || m_textTimer.isActive()));
    m_redo->setEnabled(open && m_doc->canRedo());
    m_add->setEnabled(open);
    m_edit->setEnabled(open && selectedEntry() >= 0);
    m_remove->setEnabled(open && selectedEntry() >= 0);
    m_sync->setEnabled(connected);
    m_ui->text->setReadOnly(!open || !m_textEditable);
}

void DnsPane::setAutoBump(bool on)
{
    m_autoBump->setChecked(on);
}

bool DnsPane::autoBump() const
{
    return m_autoBump->isChecked();
}

bool DnsPane::isModified() const
{
    // The document's clean state, not a comparison of the whole text (which cost a save() of
    // megabytes on every change of a big zone).
    return m_doc && (m_textTimer.isActive() || !m_doc->isClean());
}

void DnsPane::showMessage(const QString& text, bool error)
{
    if (text.isEmpty())
        banner()->clearMessage();
    else if (error)
        showError(text);
    else
        showInformation(text);
}

void DnsPane::onAttached()
{
    applyServerOverride();
}

void DnsPane::onSettingChanged(const QString& key)
{
    if (key == QLatin1String(Settings::Keys::DnsServerOverride.name)) {
        applyServerOverride();
        if (isConnected())
            querySerials();
    }
}

void DnsPane::applyServerOverride()
{
    const QString text = settings()->get(Settings::Keys::DnsServerOverride);
    m_overrideServer = parseServer(text);
    if (!text.trimmed().isEmpty() && !m_overrideServer)
        showError(tr("The DNS server setting \"%1\" is not an address (host, host:port or [IPv6]:port); the dns "
                     "container's address is used.")
                      .arg(text));
}

void DnsPane::onProfileChanged(const HostProfile& profile)
{
    Q_UNUSED(profile)
    showRecoverable();
}

void DnsPane::setAutosaveDirectory(const QString& directory)
{
    m_autosaveStore = std::make_unique<AutosaveStore>(directory);
    showRecoverable();
}

void DnsPane::showRecoverable()
{
    if (!host() || !host()->hasProfile()) {
        m_recovery->setEntries({});
        return;
    }
    // Zone files of this profile not open now (the open one is offered in the banner).
    const AutosaveStore::Listing listing = m_autosaveStore->list(host()->profile().name);
    QList<AutosaveEntry> mine;
    for (const AutosaveEntry& e : listing.entries) {
        if (!e.location.isMinio() && e.location.container == QLatin1String(DnsHost::kContainer)
            && !(m_file && m_file->location() == e.location))
            mine << e;
    }
    m_recovery->setEntries(mine);
}

void DnsPane::onConnected()
{
    ++m_generation; // answers of the previous connection are dropped
    m_server.reset();
    banner()->clearMessage();
    updateActions();
    refresh();
}

void DnsPane::onDisconnected()
{
    // What is shown stays (edits included, and in the recovery file); answers still due are dropped.
    ++m_generation;
    if (m_verifier)
        m_verifier->cancel();
    flushText();
    if (m_autosaver && m_autosaver->isDirty())
        m_autosaver->flush();
    showInformation(tr("Not connected. Connect to a host to see its DNS zones."));
    updateActions();
}

CommandJob* DnsPane::run(const RemoteCommand& command, std::function<void(const CommandResult&)> done)
{
    if (!host()) {
        CommandResult r;
        r.error = tr("Not connected.");
        done(r);
        return nullptr;
    }
    CommandJob* job = host()->runner()->run(command, this);
    const quint64 generation = m_generation;
    connect(job, &CommandJob::finished, this, [this, generation, done](const CommandResult& r) {
        if (generation == m_generation)
            done(r);
    });
    return job;
}

void DnsPane::refresh()
{
    run(DnsHost::readFile(QString::fromLatin1(DnsHost::kCorefile)),
        [this](const CommandResult& r) { loadCorefile(r); });
}

void DnsPane::loadCorefile(const CommandResult& r)
{
    if (!r.succeeded()) {
        showMessage(tr("Could not read the Corefile: %1").arg(DnsHost::failureText(r)), true);
        return;
    }
    const auto zones = Corefile::parseFileZones(r.stdoutData);
    if (!zones) {
        showMessage(tr("The Corefile could not be read: %1").arg(zones.errorMessage()), true);
        return;
    }
    QList<CorefileZone> usable;
    for (const CorefileZone& z : *zones) {
        if (Corefile::isPlainZoneName(z.zone))
            usable.append(z);
    }
    const QString selected = m_zone;
    m_zones->setZones(usable);
    const int row = m_zones->rowOf(selected);
    if (row >= 0)
        m_ui->zones->selectRow(row);
    Q_EMIT zonesLoaded(int(usable.size()));
    querySerials();
}

void DnsPane::withServer(std::function<void(const Result<DnsHost::Server>&)> then)
{
    if (m_fixedServer) {
        then(*m_fixedServer);
        return;
    }
    if (m_overrideServer) {
        then(*m_overrideServer);
        return;
    }
    if (m_server) {
        then(*m_server);
        return;
    }
    run(DnsHost::listContainer(), [this, then](const CommandResult& r) {
        const auto address = DnsHost::parseContainerAddress(r);
        if (!address) {
            then(address.error());
            return;
        }
        m_server = DnsHost::Server { *address, 53 };
        then(*m_server);
    });
}

void DnsPane::querySerials()
{
    for (const CorefileZone& z : m_zones->zones()) {
        const QString zone = z.zone;
        run(DnsHost::readFile(z.file), [this, zone](const CommandResult& r) {
            if (!r.succeeded()) {
                m_zones->setFileSerial(zone, std::nullopt, DnsHost::failureText(r));
                return;
            }
            // Reading a big zone takes a while: off the GUI thread.
            auto* watcher = new QFutureWatcher<std::optional<quint32>>(this);
            const quint64 generation = m_generation;
            connect(
                watcher, &QFutureWatcher<std::optional<quint32>>::finished, this, [this, watcher, zone, generation] {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return;
                    const std::optional<quint32> serial = watcher->result();
                    m_zones->setFileSerial(
                        zone, serial, serial ? QString() : tr("No readable SOA serial in the file."));
                });
            watcher->setFuture(QtConcurrent::run([bytes = r.stdoutData, zone] {
                ZoneDocument doc;
                doc.load(bytes, zone);
                return ZoneSave::serialOf(doc);
            }));
        });
    }
    withServer([this](const Result<DnsHost::Server>& server) {
        int left = int(m_zones->zones().size());
        auto counter = std::make_shared<int>(left);
        for (const CorefileZone& z : m_zones->zones()) {
            const QString zone = z.zone;
            if (!server) {
                m_zones->setServedSerial(zone, std::nullopt, server.errorMessage());
                continue;
            }
            run(DnsHost::dig(*server, zone + u'.', QStringLiteral("SOA")),
                [this, zone, counter](const CommandResult& r) {
                    const auto serial = DnsHost::parseSoaSerial(r);
                    m_zones->setServedSerial(zone, serial ? std::optional<quint32>(*serial) : std::nullopt,
                        serial ? QString() : serial.errorMessage());
                    if (--*counter == 0)
                        Q_EMIT servedSerialsUpdated();
                });
        }
        if (!server || left == 0)
            Q_EMIT servedSerialsUpdated();
    });
}

RemoteFile* DnsPane::newRemoteFile(const QString& path)
{
    auto* file = new RemoteFile(
        host()->runner(), RemoteLocation::containerFile(QLatin1String(DnsHost::kContainer), path), this);
    // The save's one confirmation is the zone save dialog; it hands its consent to the host context.
    file->setPerformer([this](const Operation& op) { return confirmAndPerform(op); });
    return file;
}

void DnsPane::openZone(const QString& zone)
{
    const int row = m_zones->rowOf(zone);
    if (row < 0 || !host())
        return;
    flushText();
    if (m_autosaver && m_autosaver->isDirty())
        m_autosaver->flush(); // the zone shown now keeps its unsaved edit
    const quint64 generation = ++m_openGeneration; // only the newest open counts
    delete m_opening;
    RemoteFile* file = newRemoteFile(m_zones->zone(row).file);
    m_opening = file;
    connect(file, &RemoteFile::opened, this,
        [this, generation, zone, file](const RemoteSnapshot& s) { zoneRead(generation, zone, file, s); });
    connect(file, &RemoteFile::openFailed, this, [this, generation, zone, file](const QString& message, int) {
        if (generation != m_openGeneration)
            return;
        file->deleteLater();
        showMessage(tr("Could not read the zone %1: %2").arg(zone, message), true);
    });
    file->open();
}

void DnsPane::zoneRead(quint64 generation, const QString& zone, RemoteFile* file, const RemoteSnapshot& snapshot)
{
    if (generation != m_openGeneration)
        return;
    // Parsing (and validating) a big zone takes a while: off the GUI thread, then the document
    // moves here. So does the text check of the whole file.
    QThread* gui = thread();
    struct Parsed
    {
        ZoneDocument* doc = nullptr;
        bool textEditable = false;
    };
    auto* watcher = new QFutureWatcher<Parsed>(this);
    const QPointer<RemoteFile> guard(file);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, generation, snapshot, zone, guard] {
        const Parsed parsed = watcher->result();
        std::unique_ptr<ZoneDocument> doc(parsed.doc);
        watcher->deleteLater();
        if (generation != m_openGeneration || !guard)
            return;
        setDocument(std::move(doc), snapshot, zone, parsed.textEditable, guard);
    });
    const QByteArray bytes = snapshot.bytes;
    watcher->setFuture(QtConcurrent::run([bytes, zone, gui] {
        Parsed parsed;
        parsed.doc = new ZoneDocument;
        parsed.doc->load(bytes, zone);
        parsed.doc->moveToThread(gui);
        // Text the editor cannot give back byte for byte stays read-only there (the table still edits).
        parsed.textEditable = !bytes.contains('\r') && isValidUtf8(bytes);
        return parsed;
    }));
}

void DnsPane::setDocument(std::unique_ptr<ZoneDocument> doc, const RemoteSnapshot& snapshot, const QString& zone,
    bool textEditable, RemoteFile* file)
{
    m_textTimer.stop();
    // The previous zone's pending edit is written from its document before that goes.
    delete m_autosaver;
    m_autosaver = nullptr;
    if (m_file != file)
        delete m_file; // a save still running ends in the operation runner (journalled) without us
    m_file = file;
    m_opening = nullptr;
    m_pending.reset();
    m_saving = false;
    m_conflictActions->clear();
    m_kept.reset();
    m_proxy->setSourceModel(nullptr);
    delete m_records;
    m_doc = std::move(doc);
    m_zone = zone;
    m_path = snapshot.location.path;
    m_conflictActions->setTitle(m_path);
    m_opened = snapshot.bytes;
    m_openedSerial = ZoneSave::serialOf(*m_doc);
    m_records = new ZoneRecordModel(m_doc.get(), this);
    m_proxy->setSourceModel(m_records);
    m_ui->records->resizeColumnToContents(ZoneRecordModel::Owner);
    // Sections exist only once a model is set.
    m_ui->records->horizontalHeader()->setSectionResizeMode(ZoneRecordModel::Data, QHeaderView::Stretch);
    connect(m_doc.get(), &ZoneDocument::entriesReplaced, this, &DnsPane::documentChanged);
    connect(m_doc.get(), &ZoneDocument::entriesChanged, this, &DnsPane::documentChanged);
    connect(m_doc.get(), &ZoneDocument::documentReset, this, &DnsPane::documentChanged);
    connect(m_ui->records->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DnsPane::updateActions);
    connect(m_file, &RemoteFile::saveFinished, this, &DnsPane::saveDone);
    connect(m_file, &RemoteFile::saveStarted, this,
        [this](Task*) { showMessage(tr("Saving %1 (backup, checked write, verify)…").arg(m_path)); });
    m_textEditable = textEditable;
    m_textLoaded = false;
    m_synced.clear();
    if (m_ui->views->currentIndex() == 1)
        syncTextFromDocument();
    refreshDiagnostics();
    showMessage(m_textEditable ? QString()
                               : tr("This file has carriage returns or bytes that are not UTF-8: the text view is "
                                    "read-only, edit the records in the table."));

    const QString profile = host()->profile().name;
    m_autosaver = new Autosaver(m_autosaveStore.get(), profile, m_file->location(), this);
    m_autosaver->setBaseVersion(snapshot.version);
    // The zone is serialised on the worker thread that writes it; only what its text is made of is
    // copied here. Text typed but not yet applied to the document is applied first, so the
    // newest keystrokes are in it too.
    m_autosaver->setSnapshotSource([this]() -> Autosaver::Serialiser {
        if (m_textTimer.isActive())
            flushText();
        if (!m_doc)
            return [] { return QByteArray(); };
        return m_doc->saveLater();
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString& message) { showError(message); });
    // An unsaved edit an earlier session left for this file: offered, never applied silently.
    if (auto kept = m_autosaveStore->load(profile, m_file->location())) {
        if (kept->bytes == snapshot.bytes)
            (void)m_autosaveStore->remove(profile, m_file->location()); // it was saved after all
        else
            offerKeptEdit(*kept);
    } else if (kept.error().code != 2) {
        showError(kept.errorMessage());
    }
    updateActions();
    showRecoverable();
    Q_EMIT zoneOpened(zone);
}

std::optional<RemoteSnapshot> DnsPane::conflict() const
{
    return m_conflictActions->conflict();
}

bool DnsPane::keptEditMatchesHost() const
{
    return m_kept && m_file && m_kept->baseVersion == m_file->baseVersion();
}

void DnsPane::offerKeptEdit(const AutosaveEntry& entry)
{
    m_kept = entry;
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    if (m_restoreOnOpen == entry.location.id()) {
        m_restoreOnOpen.clear();
        restoreKeptEdit();
        return;
    }
    // Until the user decides, new edits are not autosaved: they would replace the kept one.
    banner()->showMessage(keptEditMatchesHost() ? MessageBanner::Level::Information : MessageBanner::Level::Warning,
        keptEditMatchesHost()
            ? tr("An unsaved edit of this zone from %1 is kept on this computer. It was made on the file as the "
                 "host holds it now. Restore it, compare it or discard it (until then new edits are not kept).")
                  .arg(when)
            : tr("An unsaved edit of this zone from %1 is kept on this computer, made on an OLDER version of the "
                 "file: the file on the host changed since. Compare before restoring; saving it reports the "
                 "conflict first. (Until you decide, new edits are not kept.)")
                  .arg(when),
        { m_restoreKept, m_compareKept, m_discardKept });
}

void DnsPane::restoreKeptEdit()
{
    if (!m_kept || !m_doc)
        return;
    const AutosaveEntry kept = *m_kept;
    m_kept.reset();
    flushText();
    // One edit, so Undo returns to the host's file; the next save checks against the version the
    // edit was based on (an older one shows as a conflict, nothing is overwritten).
    m_doc->replaceEntries(0, m_doc->entryCount(), kept.bytes);
    m_file->setBaseVersion(kept.baseVersion);
    m_autosaver->setBaseVersion(kept.baseVersion);
    m_autosaver->markDirty();
    showInformation(tr("Restored the unsaved edit from %1 (Undo returns to the file on the host).")
                        .arg(QLocale().toString(kept.savedAt.toLocalTime(), QLocale::ShortFormat)));
    updateActions();
}

void DnsPane::discardKeptEdit()
{
    if (!m_kept)
        return;
    if (const Result<void> r = m_autosaveStore->remove(m_kept->profile, m_kept->location); !r)
        showError(r.errorMessage());
    else
        banner()->clearMessage();
    m_kept.reset();
    if (isModified())
        m_autosaver->markDirty();
}

void DnsPane::documentChanged()
{
    if (!m_applyingText && m_textLoaded)
        syncTextFromDocument();
    m_diagTimer.start(); // also settles the autosave: the undo history is complete only then
    updateActions();
}

void DnsPane::refreshDiagnostics()
{
    if (!m_doc) {
        m_diagnostics->clear();
        return;
    }
    m_diagnostics->setDiagnostics(m_doc->diagnostics());
    m_save->setToolTip(m_diagnostics->errorCount() ? tr("The zone has errors; fix them before saving.") : QString());
    updateActions();
}

void DnsPane::jumpToLine(int line)
{
    if (!m_doc || line <= 0)
        return;
    // The record row whose entry starts at or before `line`.
    int best = -1;
    for (int row = 0; row < m_records->rowCount(); ++row) {
        if (m_doc->entryLine(m_records->entryPosition(row)) <= line)
            best = row;
        else
            break;
    }
    if (best >= 0) {
        const QModelIndex idx = m_proxy->mapFromSource(m_records->index(best, 0));
        if (idx.isValid()) {
            m_ui->records->selectRow(idx.row());
            m_ui->records->scrollTo(idx);
        }
    }
    if (m_ui->views->currentIndex() == 1) {
        const QTextBlock block = m_ui->text->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor c(block);
            m_ui->text->setTextCursor(c);
            m_ui->text->centerCursor();
            m_ui->text->setFocus();
        }
    }
}

// Document → text view: replace only the changed span, so the cursor and scroll position stay.
void DnsPane::syncTextFromDocument()
{
    if (!m_doc)
        return;
    const QByteArray now = m_doc->save();
    m_updatingText = true;
    if (!m_textLoaded) {
        m_ui->text->setPlainText(QString::fromUtf8(now));
        m_textLoaded = true;
    } else if (now != m_synced) {
        qsizetype p = 0;
        const qsizetype minLen = std::min(now.size(), m_synced.size());
        while (p < minLen && now[p] == m_synced[p])
            ++p;
        while (p > 0 && (static_cast<unsigned char>(now[p < now.size() ? p : p - 1]) & 0xc0) == 0x80 && p < now.size())
            --p;
        qsizetype s = 0;
        while (s < minLen - p && now[now.size() - 1 - s] == m_synced[m_synced.size() - 1 - s])
            ++s;
        while (s > 0 && (static_cast<unsigned char>(now[now.size() - s]) & 0xc0) == 0x80)
            --s;
        const int from = int(QString::fromUtf8(now.left(p)).size());
        const int oldLen = int(QString::fromUtf8(m_synced.mid(p, m_synced.size() - s - p)).size());
        QTextCursor c(m_ui->text->document());
        c.setPosition(from);
        c.setPosition(from + oldLen, QTextCursor::KeepAnchor);
        c.insertText(QString::fromUtf8(now.mid(p, now.size() - s - p)));
    }
    m_synced = now;
    m_updatingText = false;
}

// Text view → document: the entries the typing touched are re-read from the new text (one undo
// step per pause in typing); everything else keeps its bytes.
void DnsPane::flushText()
{
    if (!m_textTimer.isActive() || !m_doc || !m_textLoaded) {
        m_textTimer.stop();
        return;
    }
    m_textTimer.stop();
    const QByteArray now = m_ui->text->toPlainText().toUtf8();
    const QByteArray& old = m_synced;
    if (now == old)
        return;
    qsizetype p = 0;
    const qsizetype minLen = std::min(now.size(), old.size());
    while (p < minLen && now[p] == old[p])
        ++p;
    qsizetype s = 0;
    while (s < minLen - p && now[now.size() - 1 - s] == old[old.size() - 1 - s])
        ++s;
    const qsizetype oldEnd = old.size() - s; // changed bytes of old: [p, oldEnd)
    const int count = m_doc->entryCount();
    // Entry boundaries around the change.
    int first = 0;
    qsizetype firstStart = 0;
    qsizetype at = 0;
    int last = -1;
    qsizetype lastEnd = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype len = m_doc->entryLength(i);
        if (at + len <= p && i + 1 < count) {
            at += len;
            continue;
        }
        if (last < 0) {
            first = i;
            firstStart = at;
        }
        last = i;
        lastEnd = at + len;
        if (lastEnd >= oldEnd && lastEnd > p)
            break;
        at += len;
    }
    if (count == 0) {
        m_applyingText = true;
        m_doc->replaceEntries(0, 0, now);
        m_applyingText = false;
        m_synced = now;
        return;
    }
    auto regionOf = [&](qsizetype end) { return now.mid(firstStart, end - firstStart + (now.size() - old.size())); };
    QByteArray region = regionOf(lastEnd);
    // A region that opens a parenthesis or quote, or no longer ends its line, changes how the
    // following entries read: take the rest of the file along.
    auto balanced = [](const QByteArray& t) {
        int depth = 0;
        bool quote = false;
        bool comment = false;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const char c = t[i];
            if (comment) {
                comment = c != '\n';
                continue;
            }
            if (c == '\\') {
                ++i;
                continue;
            }
            if (c == '"')
                quote = !quote;
            else if (!quote && c == ';')
                comment = true;
            else if (!quote && c == '(')
                ++depth;
            else if (!quote && c == ')')
                --depth;
            else if (quote && c == '\n')
                quote = false;
        }
        return depth == 0 && !quote;
    };
    if (!balanced(region) || (!region.endsWith('\n') && last + 1 < count)) {
        last = count - 1;
        region = now.mid(firstStart);
    }
    m_applyingText = true;
    m_doc->replaceEntries(first, last - first + 1, region);
    m_applyingText = false;
    m_synced = now;
    updateActions();
}

void DnsPane::undo()
{
    flushText();
    if (m_doc && m_doc->canUndo())
        m_doc->undo();
}

void DnsPane::redo()
{
    flushText();
    if (m_doc && m_doc->canRedo())
        m_doc->redo();
}

int DnsPane::selectedEntry() const
{
    if (!m_records || !m_ui->records->selectionModel())
        return -1;
    const QModelIndexList rows = m_ui->records->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const QModelIndex src = m_proxy->mapToSource(rows.first());
    return src.isValid() ? m_records->entryPosition(src.row()) : -1;
}

void DnsPane::applyRecord(int pos, const ZoneDocument::Record& r)
{
    if (!m_doc || pos < 0)
        return;
    flushText();
    const ZoneDocument::Record old = m_doc->record(pos);
    if (old.owner == r.owner && old.type.compare(r.type, Qt::CaseInsensitive) == 0 && old.recordClass == r.recordClass
        && old.ttlExplicit == r.ttlExplicit) {
        // In place: the line keeps its layout and comment; one dialog is one undo step.
        bool changed = false;
        if (old.data != r.data)
            changed = m_doc->setRecordData(pos, r.data);
        if (r.ttlExplicit && old.ttl != r.ttl && m_doc->setRecordTtl(pos, r.ttl) && changed)
            m_doc->mergeLastSteps();
        return;
    }
    m_doc->replaceRecord(pos, r);
}

int DnsPane::addRecord(const ZoneDocument::Record& r)
{
    if (!m_doc)
        return -1;
    flushText();
    const int sel = selectedEntry();
    return m_doc->insertRecord(sel >= 0 ? sel + 1 : m_doc->entryCount(), r);
}

void DnsPane::editSelected()
{
    const int pos = selectedEntry();
    if (pos < 0 || !m_doc)
        return;
    const ZoneDocument::Record r = m_doc->record(pos);
    RecordDialog dialog(m_zone, r.ttl, this);
    dialog.setRecord(r);
    if (dialog.exec() == QDialog::Accepted)
        applyRecord(pos, dialog.record());
}

void DnsPane::addRecordInteractive()
{
    if (!m_doc)
        return;
    const int soa = m_doc->soaPosition();
    RecordDialog dialog(m_zone, soa >= 0 ? m_doc->record(soa).ttl : 3600, this);
    if (dialog.exec() == QDialog::Accepted)
        addRecord(dialog.record());
}

void DnsPane::removeSelected()
{
    const int pos = selectedEntry();
    if (pos >= 0 && m_doc) {
        flushText();
        m_doc->removeEntry(pos);
    }
}

void DnsPane::save()
{
    flushText();
    if (!m_doc || !m_file || m_saving)
        return;
    m_conflictActions->clear();
    startSave(m_opened, std::nullopt);
}

void DnsPane::overwrite()
{
    flushText();
    if (!m_doc || !m_file || m_saving || !m_conflictActions->conflict())
        return;
    const RemoteSnapshot theirs = *m_conflictActions->conflict();
    m_conflictActions->clear();
    // Checked against the host's version the conflict showed, so a third change still stops it;
    // the serial is raised above that version's too.
    startSave(theirs.bytes, theirs.version);
}

void DnsPane::reloadZone()
{
    if (m_zone.isEmpty())
        return;
    if (m_autosaver)
        m_autosaver->discard(); // the user drops the edits
    const QString zone = m_zone;
    m_doc->setClean(); // nothing left to keep when the zone is read again
    openZone(zone);
}

void DnsPane::startSave(const QByteArray& base, const std::optional<RemoteVersion>& overwriteVersion)
{
    const int row = m_zones->rowOf(m_zone);
    const std::optional<quint32> served = row >= 0 ? m_zones->servedSerial(row) : std::nullopt;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // Overwriting: a serial the user left as opened is raised above the host's, even when theirs
    // was raised meanwhile; one the user lowered is still refused.
    auto plan = ZoneSave::prepare(
        *m_doc, base, m_path, served, today, m_autoBump->isChecked(), overwriteVersion ? m_openedSerial : std::nullopt);
    if (!plan) {
        showMessage(plan.errorMessage(), true);
        Q_EMIT saveFinished(false, plan.errorMessage());
        return;
    }
    m_pending = PendingSave {};
    m_pending->plan = *plan;
    m_pending->base = base;
    m_pending->mark = m_doc->historyMark();
    m_saving = true;
    updateActions();
    showMessage(tr("Checking that %1 did not change on the host…").arg(m_path));
    // RemoteFile: conflict check first, then the operation through confirmAndPerform().
    if (overwriteVersion)
        m_file->overwrite(plan->bytes, *overwriteVersion);
    else
        m_file->save(plan->bytes);
}

Operation DnsPane::reloadOperation(const QString& nameToType) const
{
    Operation reload;
    reload.action = tr("Reload CoreDNS (SIGUSR1) for zone %1").arg(m_zone);
    reload.targets = { QString::fromLatin1(DnsHost::kContainer) };
    // Confirmed together with the write: on PROD the same typed name covers both.
    reload.confirmationName = nameToType;
    reload.commands = { DnsHost::reloadSignal() };
    return reload;
}

Result<Task*> DnsPane::confirmAndPerform(const Operation& write)
{
    if (!m_pending || !host())
        return Error::of(tr("Not saved; nothing was written."), HostConnection::NotConfirmed);
    // A read-only profile says so before anyone is asked.
    if (auto permitted = OperationPolicy::permitted(write, host()->profile()); !permitted) {
        m_pending->refusal = permitted.errorMessage();
        return permitted.error();
    }
    const int row = m_zones->rowOf(m_zone);
    const int reload = row >= 0 ? m_zones->zone(row).reloadSeconds : 60;
    ZoneSaveDialog dialog(
        m_path, m_pending->plan, reload, write, reloadOperation(write.nameToType()), host()->profile(), this);
    const QPointer<DnsPane> self(this);
    const bool ok = m_confirmer ? m_confirmer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!self || !m_pending)
        return Error::of(tr("Not saved; nothing was written."), HostConnection::NotConfirmed);
    if (!ok)
        return Error::of(tr("Not confirmed; nothing was written."), HostConnection::NotConfirmed);
    m_pending->sendSignal = dialog.sendSignal();
    m_pending->consent = dialog.consent();
    m_pending->nameToType = write.nameToType();
    // No second question: the dialog showed these exact commands (and took the PROD name), and
    // the host context runs only what it showed, checking the typed name again.
    auto task = host()->performWithConsent(write, m_pending->consent);
    if (!task)
        m_pending->refusal = task.errorMessage();
    return task;
}

void DnsPane::saveDone(const RemoteSaveResult& r)
{
    using Outcome = RemoteSaveResult::Outcome;
    m_saving = false;
    std::optional<PendingSave> pending = std::move(m_pending);
    m_pending.reset();
    if (!pending || !m_doc) {
        updateActions();
        return;
    }
    // The automatic bump belongs to this save; when nothing was written it goes again (if the
    // user did not edit after it).
    auto dropBump = [&] {
        const ZoneDocument::HistoryMark now = m_doc->historyMark();
        if (pending->plan.bumped && now.load == pending->mark.load && now.index == pending->mark.index
            && now.step == pending->mark.step)
            m_doc->undo();
    };
    switch (r.outcome) {
    case Outcome::Saved: {
        m_opened = r.bytes;
        m_openedSerial = pending->plan.newSerial;
        // Clean where the written bytes were; edits made while saving stay unsaved. When the
        // history that led there is gone, compare once.
        if (!m_doc->setCleanAt(pending->mark) && m_doc->save() == r.bytes)
            m_doc->setClean();
        if (m_autosaver) {
            m_autosaver->setBaseVersion(r.version);
            if (!isModified())
                m_autosaver->discard();
        }
        m_zones->setFileSerial(m_zone, pending->plan.newSerial);
        updateActions();
        showMessage(r.message);
        Q_EMIT saveFinished(true, QString());
        if (pending->sendSignal) {
            // Confirmed in the same dialog (its command was shown there).
            const auto reload = host()->performWithConsent(reloadOperation(pending->nameToType), pending->consent);
            if (!reload)
                showError(tr("Saved, but CoreDNS was not reloaded: %1").arg(reload.errorMessage()));
        }
        startVerify(pending->plan.newSerial, pending->base, r.bytes);
        return;
    }
    case Outcome::Conflict:
        dropBump();
        m_conflictActions->setConflict(r.remote);
        if (m_autosaver && m_autosaver->isDirty())
            m_autosaver->flush();
        banner()->showMessage(MessageBanner::Level::Error,
            r.message + u' ' + tr("Your edits are kept here and on this computer."), m_conflictActions->actions());
        break;
    case Outcome::Refused:
        dropBump();
        // A refusal with a reason (read-only, the PROD name) is an error; "not confirmed" is none.
        if (!pending->refusal.isEmpty()) {
            showError(pending->refusal);
            updateActions();
            Q_EMIT saveFinished(false, pending->refusal);
            return;
        }
        showMessage(r.message);
        break;
    case Outcome::Failed:
    case Outcome::Cancelled:
        // The serial bump stays: saving again sends the same bytes, and RemoteFile then tells
        // whether an earlier write landed.
        if (m_autosaver && m_autosaver->isDirty())
            m_autosaver->flush();
        showMessage(r.message, true);
        break;
    }
    updateActions();
    Q_EMIT saveFinished(false, r.message);
}

void DnsPane::startVerify(quint32 serial, const QByteArray& before, const QByteArray& after)
{
    const int row = m_zones->rowOf(m_zone);
    const int reload = row >= 0 ? m_zones->zone(row).reloadSeconds : 60;
    ZoneDocument a;
    a.load(before, m_zone);
    ZoneDocument b;
    b.load(after, m_zone);
    const auto checks = ZoneVerifier::changedRrsets(a, b);
    showMessage(tr("Saved. Waiting for the DNS server to serve serial %1 (up to %2 s)…")
                    .arg(serial)
                    .arg((reload * 1000 + m_verifyMarginMs) / 1000));
    withServer([this, serial, checks, reload](const Result<DnsHost::Server>& server) {
        if (!server) {
            showMessage(tr("Saved, but the DNS server could not be asked: %1").arg(server.errorMessage()), true);
            Q_EMIT verifyFinished(false, server.errorMessage());
            return;
        }
        delete m_verifier;
        m_verifier = new ZoneVerifier(host()->runner(), this);
        const QString zone = m_zone;
        connect(m_verifier, &ZoneVerifier::finished, this, [this, serial, zone](const Result<void>& r) {
            if (r) {
                m_zones->setServedSerial(zone, serial);
                showMessage(tr("The DNS server serves serial %1 with the changed records.").arg(serial));
            } else {
                showMessage(r.errorMessage(), true);
            }
            Q_EMIT verifyFinished(r.ok(), r.errorMessage());
        });
        m_verifier->start(*server, zone, serial, checks, reload * 1000 + m_verifyMarginMs);
    });
}

void DnsPane::syncZones()
{
    Operation op;
    op.action = tr("Copy the zones to the secondary name server (sync-zones.sh)");
    op.targets = { QString::fromLatin1(DnsHost::kSyncZones) };
    op.confirmationName = QStringLiteral("sync-zones.sh"); // what PROD asks to type, not the whole path
    op.commands = { DnsHost::syncZones() };
    perform(op);
}
