#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

struct ShortcutEntry
{
    QString group; // the menu or tab the action lives in
    QString action; // its text, without mnemonic or ellipsis
    QString keys; // the platform's spelling ("Ctrl+K"), several separated by ", "
    friend bool operator==(const ShortcutEntry&, const ShortcutEntry&) = default;
};

// Help ▸ Keyboard Shortcuts: every action with a shortcut in a window, read from the window's
// actions when the dialog opens (so a new action appears without anyone editing a list), grouped
// by menu or tab, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Lists the shortcuts of `window` and its children; the dialog is a child of `window`.
    explicit ShortcutsDialog(QWidget* window);
    ~ShortcutsDialog() override;

    // The actions with shortcuts under `root`, in creation order, plus those of the CI log viewer
    // window, which is not a child of the main window.
    static QList<ShortcutEntry> collect(const QWidget* root);
    QList<ShortcutEntry> entries() const { return m_entries; }
    // Shows only rows whose action, keys or group contain `text` (case-insensitive); returns how many.
    int setFilter(const QString& text);

private:
    void fill();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QList<ShortcutEntry> m_entries;
};
