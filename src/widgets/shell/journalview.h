#pragma once

#include <QWidget>

#include <memory>

class Journal;
class JournalModel;

namespace Ui {
class JournalView;
}

// The journal as a window: filter by text and environment, export what is shown as CSV, and
// whether the hash chain is intact (or the first broken entry).
class JournalView : public QWidget
{
    Q_OBJECT
public:
    explicit JournalView(Journal* journal, QWidget* parent = nullptr);
    ~JournalView() override;

    JournalModel* model() const { return m_model; }
    void setFilterText(const QString& text);
    // Writes the rows currently shown; returns an error sentence or empty.
    QString exportTo(const QString& fileName);

private:
    void applyFilter();
    void updateChainStatus();

    std::unique_ptr<Ui::JournalView> m_ui;
    Journal* m_journal;
    JournalModel* m_model;
};
