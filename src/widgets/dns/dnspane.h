#pragma once

#include "core/common/result.h"
#include "core/dns/dnshost.h"
#include "core/dns/zonedocument.h"
#include "core/dns/zonesave.h"
#include "core/host/autosavestore.h"
#include "core/host/commandrunner.h"
#include "core/host/operation.h"
#include "core/host/remotefile.h"
#include "widgets/common/pane.h"

#include <QDate>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class AutosaveRecoveryWidget;
class Autosaver;
class CommandJob;
class QAction;
class QPlainTextEdit;
class QListView;
class QSortFilterProxyModel;
class SaveConflictActions;
class Task;
class ZoneDiagnosticModel;
class ZoneListModel;
class ZoneRecordModel;
class ZoneSaveDialog;
class ZoneVerifier;
class RecordDialog;

namespace Ui {
class DnsPane;
}

// The DNS tab (spec §7): the zones of CoreDNS's Corefile with the serial in each file and the one
// served; a zone opens as a records table and its raw text, kept in sync both ways through the
// zone engine's lossless document (one undo history for both). A zone file is opened and saved
// through the shared remote file edit (RemoteFile: version token, conflict check, backup in the
// dns container's /tmp, temp + rename, verify, journal); unsaved edits are kept locally
// (Autosaver) and offered back when the zone is opened again. Saving checks the zone, raises the
// serial when the user did not, and asks ONE confirmation (ZoneSaveDialog: the diff of the exact
// bytes, the exact commands, the PROD typed name) that HostConnection::performWithConsent honours;
// then it asks the server until it serves the new serial and the changed records.
class DnsPane : public Pane
{
    Q_OBJECT
public:
    explicit DnsPane(QWidget* parent = nullptr);
    ~DnsPane() override;

    static QString displayTitle();
    QString title() const override { return displayTitle(); }
    QList<QAction*> paneActions() const override;

    // A fixed DNS server address instead of the dns container's IPv4 on port 53 (tests; the
    // setting Settings::Keys::DnsServerOverride does the same for the demo on the simulated host).
    void setServer(const DnsHost::Server& server) { m_fixedServer = server; }
    // Where unsaved zone edits are kept (default: AutosaveStore::defaultDirectory(), shared with the
    // Drive editor; entries are per profile and file). Tests use a temporary directory.
    void setAutosaveDirectory(const QString& directory);
    AutosaveStore* autosaveStore() const { return m_autosaveStore.get(); }
    Autosaver* autosaver() const { return m_autosaver; }
    RemoteFile* remoteFile() const { return m_file; }
    AutosaveRecoveryWidget* recoveryWidget() const { return m_recovery; }
    // An unsaved edit of the open zone kept from an earlier session, offered in the banner.
    std::optional<AutosaveEntry> keptEdit() const { return m_kept; }
    // Whether the kept edit was made on the file as the host holds it now (else on an older version).
    bool keptEditMatchesHost() const;
    // After a save stopped by a conflict: what the host holds.
    std::optional<RemoteSnapshot> conflict() const;
    // Compare / Reload / Overwrite anyway in the banner after a conflict (the editors' shared piece).
    SaveConflictActions* conflictActions() const { return m_conflictActions; }
    // The save confirmation (the only one: it carries the operation's commands and the PROD typed
    // name); by default the modal dialog. Tests replace it.
    using Confirmer = std::function<bool(ZoneSaveDialog&)>;
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setToday(const QDate& today) { m_today = today; }
    // Raise the SOA serial on save when the user did not (on by default).
    void setAutoBump(bool on);
    bool autoBump() const;
    // Extra wait beyond the reload interval before verification gives up.
    void setVerifyMargin(int ms) { m_verifyMarginMs = ms; }

    ZoneListModel* zoneModel() const { return m_zones; }
    ZoneDocument* document() const { return m_doc.get(); }
    ZoneRecordModel* recordModel() const { return m_records; }
    QSortFilterProxyModel* recordProxy() const { return m_proxy; }
    QPlainTextEdit* textEdit() const;
    QListView* diagnosticsList() const;
    ZoneDiagnosticModel* diagnosticModel() const { return m_diagnostics; }
    QString currentZone() const { return m_zone; }
    QByteArray openedBytes() const { return m_opened; }
    // The banner's text (the last information or error the pane gave).
    QString message() const;
    bool isModified() const;

    // Edits as the dialogs make them (the entry position of a record row, see ZoneRecordModel).
    void applyRecord(int entryPos, const ZoneDocument::Record& record);
    int addRecord(const ZoneDocument::Record& record);
    // The text view's pending typing goes into the document now (normally after a short pause).
    void flushText();

public Q_SLOTS:
    void refresh();
    void openZone(const QString& zone);
    void save();
    void undo();
    void redo();
    void syncZones();
    void jumpToLine(int line);
    // The kept edit: into the document as one edit (Undo returns to the host's file), or thrown away.
    void restoreKeptEdit();
    void discardKeptEdit();
    // After a conflict: save against the host's version the conflict showed (re-planned on its
    // bytes, the serial raised above theirs), or read it again (dropping the edits).
    void overwrite();
    void reloadZone();

Q_SIGNALS:
    void zonesLoaded(int count);
    void zoneOpened(const QString& zone);
    void servedSerialsUpdated();
    void saveFinished(bool ok, const QString& message);
    void verifyFinished(bool ok, const QString& message);

protected:
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onProfileChanged(const HostProfile& profile) override;
    void onSettingChanged(const QString& key) override;

private:
    struct Opened;
    void createActions();
    void updateActions();
    void showMessage(const QString& text, bool error = false);
    CommandJob* run(const RemoteCommand& command, std::function<void(const CommandResult&)> done);
    void loadCorefile(const CommandResult& r);
    void querySerials();
    void withServer(std::function<void(const Result<DnsHost::Server>&)> then);
    RemoteFile* newRemoteFile(const QString& path);
    void zoneRead(quint64 generation, const QString& zone, RemoteFile* file, const RemoteSnapshot& snapshot);
    void setDocument(std::unique_ptr<ZoneDocument> doc, const RemoteSnapshot& snapshot, const QString& zone,
        bool textEditable, RemoteFile* file);
    void documentChanged();
    void refreshDiagnostics();
    void textEdited();
    void syncTextFromDocument();
    void editSelected();
    void addRecordInteractive();
    void removeSelected();
    int selectedEntry() const;
    void startSave(const QByteArray& base, const std::optional<RemoteVersion>& overwriteVersion);
    Result<Task*> confirmAndPerform(const Operation& write);
    void saveDone(const RemoteSaveResult& result);
    Operation reloadOperation(const QString& nameToType) const;
    void startVerify(quint32 serial, const QByteArray& before, const QByteArray& after);
    void offerKeptEdit(const AutosaveEntry& entry);
    void showRecoverable();
    void applyServerOverride();

    std::unique_ptr<Ui::DnsPane> m_ui;
    Confirmer m_confirmer;
    std::optional<DnsHost::Server> m_fixedServer;
    std::optional<DnsHost::Server> m_overrideServer; // from the settings
    std::optional<DnsHost::Server> m_server;
    std::unique_ptr<AutosaveStore> m_autosaveStore;
    AutosaveRecoveryWidget* m_recovery;
    Autosaver* m_autosaver = nullptr; // of the open zone
    RemoteFile* m_file = nullptr; // the open zone's file
    QPointer<RemoteFile> m_opening; // a zone being read
    std::optional<AutosaveEntry> m_kept;
    QString m_restoreOnOpen; // location id of a kept edit to restore once its zone is open
    SaveConflictActions* m_conflictActions;
    // The save in progress: what was planned and what the one confirmation said.
    struct PendingSave
    {
        ZoneSave::Plan plan;
        QByteArray base; // what the diff is against (the opened file, or the host's after a conflict)
        ZoneDocument::HistoryMark mark; // the document's history where plan.bytes are
        bool sendSignal = false;
        OperationConsent consent;
        QString nameToType; // the write's; the SIGUSR1 confirmed with it uses the same
        QString refusal; // why the host context refused it (read-only, the PROD name)
    };
    std::optional<PendingSave> m_pending;
    QDate m_today;
    int m_verifyMarginMs = 15000;

    ZoneListModel* m_zones;
    ZoneDiagnosticModel* m_diagnostics;
    std::unique_ptr<ZoneDocument> m_doc;
    ZoneRecordModel* m_records = nullptr;
    QSortFilterProxyModel* m_proxy;
    ZoneVerifier* m_verifier;
    QString m_zone;
    QString m_path;
    QByteArray m_opened; // the file's bytes as read from the host (the conflict check's reference)
    std::optional<quint32> m_openedSerial; // their SOA serial (an overwrite bumps above the host's)
    QByteArray m_synced; // what the text view shows, as UTF-8
    bool m_textLoaded = false;
    bool m_textEditable = true;
    bool m_updatingText = false;
    bool m_applyingText = false;
    QTimer m_textTimer;
    QTimer m_diagTimer;
    quint64 m_generation = 0; // per connection: answers of an older one are dropped
    quint64 m_openGeneration = 0;
    bool m_saving = false;

    QAction* m_refresh;
    QAction* m_save;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_sync;
    QAction* m_autoBump;
    QAction* m_restoreKept;
    QAction* m_compareKept;
    QAction* m_discardKept;
};
