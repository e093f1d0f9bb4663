#pragma once

#include "core/common/result.h"
#include "core/dns/dnshost.h"
#include "core/dns/zonedocument.h"
#include "core/host/operation.h"
#include "widgets/common/pane.h"

#include <QDate>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class CommandJob;
class QAction;
class QPlainTextEdit;
class QListView;
class QSortFilterProxyModel;
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
// zone engine's lossless document (one undo history for both). Saving checks the zone, raises
// the serial when the user did not, shows the exact diff, writes through an Operation (backup,
// conflict check, atomic rename), then asks the server until it serves the new serial and the
// changed records. Commands go through the host context's stable runner; writes are Operations
// performed through Pane::perform (confirmation, PROD guard, journal); messages go to banner().
class DnsPane : public Pane
{
    Q_OBJECT
public:
    explicit DnsPane(QWidget* parent = nullptr);
    ~DnsPane() override;

    QString title() const override;
    QList<QAction*> paneActions() const override;

    // A fixed DNS server address instead of the dns container's IPv4 on port 53 (tests; the
    // setting Settings::Keys::DnsServerOverride does the same for the demo on the simulated host).
    void setServer(const DnsHost::Server& server) { m_fixedServer = server; }
    // Where unsaved zone edits are kept until saved (a crash or a dropped connection loses nothing).
    // By default <AppDataLocation>/dns-recovery/<profile>, so hosts with the same zone names never mix.
    void setRecoveryDirectory(const QString& dir)
    {
        m_recoveryDir = dir;
        m_recoveryDirFixed = true;
    }
    QString recoveryDirectory() const { return m_recoveryDir; }
    // The save confirmation; by default the modal dialog. Tests replace it.
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
    void zoneRead(quint64 generation, const QString& zone, const CommandResult& r);
    void setDocument(
        std::unique_ptr<ZoneDocument> doc, const QByteArray& bytes, const QString& zone, bool textEditable);
    void documentChanged();
    void refreshDiagnostics();
    void textEdited();
    void syncTextFromDocument();
    void editSelected();
    void addRecordInteractive();
    void removeSelected();
    int selectedEntry() const;
    void afterWrite(Task* task, const QByteArray& written, quint32 serial, bool sendSignal, const QByteArray& previous);
    void startVerify(quint32 serial, const QByteArray& before, const QByteArray& after);
    void checkConflict();
    QString recoveryPath() const;
    void writeRecovery();
    void offerRecovery();
    void applyServerOverride();

    std::unique_ptr<Ui::DnsPane> m_ui;
    Confirmer m_confirmer;
    std::optional<DnsHost::Server> m_fixedServer;
    std::optional<DnsHost::Server> m_overrideServer; // from the settings
    std::optional<DnsHost::Server> m_server;
    QString m_recoveryDir;
    bool m_recoveryDirFixed = false; // set by setRecoveryDirectory, not derived from the profile
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
    ZoneDocument::HistoryMark m_savingMark; // the document's history position of the bytes being written
    QByteArray m_synced; // what the text view shows, as UTF-8
    bool m_textLoaded = false;
    bool m_textEditable = true;
    bool m_updatingText = false;
    bool m_applyingText = false;
    QTimer m_textTimer;
    QTimer m_diagTimer;
    QTimer m_recoveryTimer;
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
};
