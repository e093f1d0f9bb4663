#pragma once

#include "core/host/autosavestore.h"

#include <QFrame>

#include <functional>
#include <memory>

namespace Ui {
class AutosaveRecoveryWidget;
}

// Offers the unsaved edits a previous run left behind (AutosaveStore), for a pane to show above
// its editor when it attaches:
//
//   auto listing = store.list(host()->profile().name);      // filter to this pane's files
//   m_recovery->setEntries(listing.entries, listing.problems);   // shows itself when there are any
//   connect(m_recovery, &AutosaveRecoveryWidget::restoreRequested, this, [this](const AutosaveEntry& e) {
//       openEditor(e.location, e.bytes);                       // the kept bytes, exactly
//       file->setBaseVersion(e.baseVersion);                   // the next save checks against it
//   });
//   connect(m_recovery, &AutosaveRecoveryWidget::discardRequested, this,
//       [&store](const AutosaveEntry& e) { (void)store.remove(e.profile, e.location); });
//
// Restored and discarded entries leave the list; the widget hides when it is empty or on "Later".
// Discarding asks first (the edit is gone afterwards); tests replace the question with
// setDiscardConfirmation.
class AutosaveRecoveryWidget : public QFrame
{
    Q_OBJECT
public:
    explicit AutosaveRecoveryWidget(QWidget* parent = nullptr);
    ~AutosaveRecoveryWidget() override;

    // `problems`: sentences about damaged kept files (AutosaveStore::Listing::problems).
    void setEntries(const QList<AutosaveEntry>& entries, const QStringList& problems = {});
    QList<AutosaveEntry> entries() const { return m_entries; }
    int currentIndex() const;
    void setCurrentIndex(int row);

    void setDiscardConfirmation(std::function<bool(const AutosaveEntry&)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void restoreRequested(const AutosaveEntry& entry);
    void discardRequested(const AutosaveEntry& entry);

private:
    void restoreCurrent();
    void discardCurrent();
    void takeRow(int row);
    void updateButtons();

    std::unique_ptr<Ui::AutosaveRecoveryWidget> m_ui;
    QList<AutosaveEntry> m_entries;
    std::function<bool(const AutosaveEntry&)> m_confirm;
};
