#pragma once

#include "core/host/remotelocation.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

// What an editor offers when RemoteFile::save stops on a conflict (the file changed on the host
// since it was opened): "Compare…" (the host's version beside the user's, as a unified diff built
// off the GUI thread), "Reload (drop my edits)" and "Overwrite anyway" (against the version the
// user was shown, so a third change meanwhile still stops it). One piece for every editor of
// remote files (Drive editor, Bots pane's config.csv, …):
//
//   auto* conflict = new SaveConflictActions(this);
//   conflict->setLocalBytes([this] { return currentBytes(); });        // nullopt: cannot encode
//   connect(conflict, &SaveConflictActions::reloadRequested, file, &RemoteFile::open);
//   connect(conflict, &SaveConflictActions::overwriteRequested, this,
//       [=](const RemoteVersion& seen) { file->overwrite(*currentBytes(), seen); });
//   // in saveFinished: if (r.outcome == Conflict) { conflict->setConflict(r.remote);
//   //     banner->showMessage(Error, r.message, conflict->actions()); } else conflict->clear();
//
// An editor that rebuilds what it writes from the host's version (the DNS pane re-plans the zone
// against the host's bytes and raises the serial above theirs) reads conflict()->bytes in its
// overwriteRequested slot; the conflict stays set until clear() or Reload.
// setDisplayFilter lets an editor hide what must not be shown in clear (secret values) in both
// sides of the comparison.
class SaveConflictActions : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the comparison dialog (and this object).
    explicit SaveConflictActions(QWidget* dialogParent);

    void setLocalBytes(std::function<std::optional<QByteArray>()> local) { m_local = std::move(local); }
    void setDisplayFilter(std::function<QByteArray(const QByteArray&)> filter) { m_filter = std::move(filter); }
    void setTitle(const QString& name) { m_name = name; }

    void setConflict(const RemoteSnapshot& remote) { m_conflict = remote; }
    void clear() { m_conflict.reset(); }
    const std::optional<RemoteSnapshot>& conflict() const { return m_conflict; }

    // For the banner: compare, reload and overwrite; only overwrite when the file was deleted.
    QList<QAction*> actions() const;
    QAction* compareAction() const { return m_compare; }
    QAction* reloadAction() const { return m_reload; }
    QAction* overwriteAction() const { return m_overwrite; }

    // The unified diff host → mine (display filter applied) that the dialog shows.
    static QByteArray difference(const QByteArray& remote, const QByteArray& local,
        const std::function<QByteArray(const QByteArray&)>& filter = {});
    // The comparison dialog for any two versions (e.g. the host's file and an autosaved edit): the
    // diff a → b is built on a worker thread and a non-modal dialog opens when it is ready;
    // `shown` (optional) gets the dialog.
    static void openDifferenceDialog(QWidget* parent, const QString& title, const QByteArray& a, const QByteArray& b,
        const QString& labelA, const QString& labelB, const std::function<void(QWidget*)>& shown = {});

public Q_SLOTS:
    void showDifference();

Q_SIGNALS:
    void reloadRequested();
    // `seen`: the host's version shown in the conflict.
    void overwriteRequested(const RemoteVersion& seen);
    // The dialog is open (tests look at it).
    void differenceShown(QWidget* dialog);

private:
    QWidget* m_parent;
    QString m_name;
    QAction* m_compare;
    QAction* m_reload;
    QAction* m_overwrite;
    std::function<std::optional<QByteArray>()> m_local;
    std::function<QByteArray(const QByteArray&)> m_filter;
    std::optional<RemoteSnapshot> m_conflict;
};
