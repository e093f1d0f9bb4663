#include "widgets/dns/dnspane.h"

#include "core/dns/corefile.h"
#include "core/dns/zonediagnosticmodel.h"
#include "core/dns/zonelistmodel.h"
#include "core/dns/zonerecordmodel.h"
#include "core/dns/zonesave.h"
#include "core/dns/zoneverifier.h"
#include "core/host/commandrunner.h"
#include "core/host/hostconnection.h"
#include "core/host/tasklistmodel.h"
#include "core/settings/appsettings.h"
#include "ui_dnspane.h"
#include "widgets/common/messagebanner.h"
#include "widgets/dns/recorddialog.h"
#include "widgets/dns/zonesavedialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSaveFile>
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
        const QColor color
            = severity == ZoneDiagnostic::Severity::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0xa0, 0x60, 0x00);
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

// A profile name as one safe directory name.
QString directoryNameOf(const QString& name)
{
    QString out = name;
    out.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    return out;
}
} // namespace

DnsPane::DnsPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::DnsPane>())
    , m_zones(new ZoneListModel(this))
    , m_diagnostics(new ZoneDiagnosticModel(this))
    , m_proxy(new RecordFilter(this))
    , m_verifier(nullptr)
{
    m_ui->setupUi(this);
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
    connect(&m_diagTimer, &QTimer::timeout, this, &DnsPane::refreshDiagnostics);
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(2000);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &DnsPane::writeRecovery);

    connect(m_ui->text->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_updatingText && m_doc)
            m_textTimer.start();
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
    m_generation = ~quint64(0);
    m_openGeneration = ~quint64(0);
}

QString DnsPane::message() const
{
    return banner()->text();
}

QString DnsPane::title() const
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
    if (m_recoveryDirFixed)
        return;
    // Per profile: two hosts serve zones of the same name, and one's edits must never reach the other.
    const QString key = profile.name.isEmpty() ? host()->destination() : profile.name;
    m_recoveryDir = key.isEmpty() ? QString()
                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/dns-recovery/") + directoryNameOf(key);
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
    m_recoveryTimer.stop();
    flushText();
    writeRecovery();
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

void DnsPane::openZone(const QString& zone)
{
    const int row = m_zones->rowOf(zone);
    if (row < 0)
        return;
    // Unsaved work of the zone shown now goes to its recovery file (or the file goes, when
    // there is none), so reopening finds exactly what was left.
    m_recoveryTimer.stop();
    flushText();
    writeRecovery();
    const QString path = m_zones->zone(row).file;
    const quint64 generation = ++m_openGeneration; // only the newest open counts
    run(DnsHost::readFile(path), [this, generation, zone](const CommandResult& r) { zoneRead(generation, zone, r); });
}

void DnsPane::zoneRead(quint64 generation, const QString& zone, const CommandResult& r)
{
    if (generation != m_openGeneration)
        return;
    if (!r.succeeded()) {
        showMessage(tr("Could not read the zone %1: %2").arg(zone, DnsHost::failureText(r)), true);
        return;
    }
    const QByteArray bytes = r.stdoutData;
    // Parsing (and validating) a big zone takes a while: off the GUI thread, then the document
    // moves here. So does the text check of the whole file.
    QThread* gui = thread();
    struct Parsed
    {
        ZoneDocument* doc = nullptr;
        bool textEditable = false;
    };
    auto* watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, generation, bytes, zone] {
        const Parsed parsed = watcher->result();
        std::unique_ptr<ZoneDocument> doc(parsed.doc);
        watcher->deleteLater();
        if (generation != m_openGeneration)
            return;
        setDocument(std::move(doc), bytes, zone, parsed.textEditable);
    });
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

void DnsPane::setDocument(
    std::unique_ptr<ZoneDocument> doc, const QByteArray& bytes, const QString& zone, bool textEditable)
{

    m_textTimer.stop();
    m_proxy->setSourceModel(nullptr);
    delete m_records;
    m_doc = std::move(doc);
    m_zone = zone;
    m_path = m_zones->zone(m_zones->rowOf(zone)).file;
    m_opened = bytes;
    m_records = new ZoneRecordModel(m_doc.get(), this);
    m_proxy->setSourceModel(m_records);
    m_ui->records->resizeColumnToContents(ZoneRecordModel::Owner);
    // Sections exist only once a model is set.
    m_ui->records->horizontalHeader()->setSectionResizeMode(ZoneRecordModel::Data, QHeaderView::Stretch);
    connect(m_doc.get(), &ZoneDocument::entriesReplaced, this, &DnsPane::documentChanged);
    connect(m_doc.get(), &ZoneDocument::entriesChanged, this, &DnsPane::documentChanged);
    connect(m_doc.get(), &ZoneDocument::documentReset, this, &DnsPane::documentChanged);
    connect(m_ui->records->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DnsPane::updateActions);
    m_textEditable = textEditable;
    m_textLoaded = false;
    m_synced.clear();
    if (m_ui->views->currentIndex() == 1)
        syncTextFromDocument();
    refreshDiagnostics();
    showMessage(m_textEditable ? QString()
                               : tr("This file has carriage returns or bytes that are not UTF-8: the text view is "
                                    "read-only, edit the records in the table."));
    updateActions();
    offerRecovery();
    Q_EMIT zoneOpened(zone);
}

void DnsPane::documentChanged()
{
    if (!m_applyingText && m_textLoaded)
        syncTextFromDocument();
    m_diagTimer.start();
    if (m_doc && !m_recoveryDir.isEmpty())
        m_recoveryTimer.start();
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
        // In place: the line keeps its layout and comment.
        if (old.data != r.data)
            m_doc->setRecordData(pos, r.data);
        if (r.ttlExplicit && old.ttl != r.ttl)
            m_doc->setRecordTtl(pos, r.ttl);
        return;
    }
    m_doc->removeEntry(pos);
    m_doc->insertRecord(pos, r);
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
    if (!m_doc || m_saving)
        return;
    const int row = m_zones->rowOf(m_zone);
    const std::optional<quint32> served = row >= 0 ? m_zones->servedSerial(row) : std::nullopt;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto plan = ZoneSave::prepare(*m_doc, m_opened, m_path, served, today, m_autoBump->isChecked());
    if (!plan) {
        showMessage(plan.errorMessage(), true);
        Q_EMIT saveFinished(false, plan.errorMessage());
        return;
    }
    const int reload = row >= 0 ? m_zones->zone(row).reloadSeconds : 60;
    ZoneSaveDialog dialog(m_path, *plan, reload, commandLineOf(DnsHost::reloadSignal()), this);
    const bool ok = m_confirmer ? m_confirmer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!ok) {
        if (plan->bumped)
            m_doc->undo(); // the automatic bump is not the user's edit
        Q_EMIT saveFinished(false, tr("Cancelled."));
        return;
    }
    const QByteArray previous = m_opened;
    const Operation op = ZoneSave::writeOperation(m_path, m_opened, plan->bytes, QDateTime::currentDateTime());
    banner()->clearMessage();
    Task* task = perform(op); // a refusal is in the banner already
    if (!task) {
        if (plan->bumped)
            m_doc->undo();
        const QString why = banner()->level() == MessageBanner::Level::Error && banner()->hasMessage()
            ? banner()->text()
            : tr("Not confirmed; nothing was written.");
        Q_EMIT saveFinished(false, why);
        return;
    }
    m_saving = true;
    m_savingMark = m_doc->historyMark(); // the written bytes are the document here
    updateActions();
    showMessage(tr("Saving %1…").arg(m_path));
    afterWrite(task, plan->bytes, plan->newSerial, dialog.sendSignal(), previous);
}

void DnsPane::afterWrite(
    Task* task, const QByteArray& written, quint32 serial, bool sendSignal, const QByteArray& previous)
{
    const QPointer<Task> guard(task);
    const QString zone = m_zone;
    const QPointer<ZoneDocument> doc(m_doc.get());
    const ZoneDocument::HistoryMark mark = m_savingMark;
    connect(task, &Task::finished, this,
        [this, guard, written, serial, sendSignal, previous, zone, doc, mark](Task::State state) {
            m_saving = false;
            if (zone != m_zone)
                return;
            if (state != Task::State::Succeeded) {
                const QString why = guard ? guard->message() : QString();
                showMessage(tr("The zone was not saved: %1").arg(why), true);
                updateActions();
                Q_EMIT saveFinished(false, why);
                checkConflict();
                return;
            }
            m_opened = written;
            // Clean where the written bytes were; edits made while saving stay unsaved. When the
            // history that led there is gone, compare once.
            if (doc && doc == m_doc.get() && !m_doc->setCleanAt(mark) && m_doc->save() == written)
                m_doc->setClean();
            QFile::remove(recoveryPath());
            m_zones->setFileSerial(zone, serial);
            updateActions();
            Q_EMIT saveFinished(true, QString());
            if (sendSignal) {
                Operation reload;
                reload.action = tr("Reload CoreDNS (SIGUSR1) for zone %1").arg(zone);
                reload.targets = { QString::fromLatin1(DnsHost::kContainer) };
                reload.commands = { DnsHost::reloadSignal() };
                perform(reload);
            }
            startVerify(serial, previous, written);
        });
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

void DnsPane::checkConflict()
{
    const QString zone = m_zone;
    const QByteArray opened = m_opened;
    run(DnsHost::readFile(m_path), [this, zone, opened](const CommandResult& r) {
        if (zone != m_zone || !r.succeeded() || r.stdoutData == opened)
            return;
        showMessage(tr("The file changed on the host since it was opened, so nothing was written. Your edits are "
                       "kept here (and in the recovery file); reopen the zone to see the host's version."),
            true);
        writeRecovery();
    });
}

void DnsPane::syncZones()
{
    Operation op;
    op.action = tr("Copy the zones to the secondary name server (sync-zones.sh)");
    op.targets = { QString::fromLatin1(DnsHost::kSyncZones) };
    op.commands = { DnsHost::syncZones() };
    perform(op);
}

QString DnsPane::recoveryPath() const
{
    if (m_recoveryDir.isEmpty() || m_zone.isEmpty())
        return {};
    return QDir(m_recoveryDir).filePath(m_zone + QStringLiteral(".zone.unsaved"));
}

void DnsPane::writeRecovery()
{
    const QString path = recoveryPath();
    if (path.isEmpty() || !m_doc)
        return;
    if (!isModified()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(m_recoveryDir);
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(m_doc->save());
        f.commit();
    }
}

void DnsPane::offerRecovery()
{
    const QString path = recoveryPath();
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    const QByteArray saved = f.readAll();
    if (saved == m_opened) {
        f.remove();
        return;
    }
    // Restored as one edit, so Undo goes back to the host's file.
    m_doc->replaceEntries(0, m_doc->entryCount(), saved);
    showMessage(tr("Unsaved changes from an earlier session were restored (Undo returns to the file on the host)."));
}
