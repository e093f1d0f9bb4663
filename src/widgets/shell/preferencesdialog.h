#pragma once

#include "core/settings/preferences.h"

#include <QDialog>

#include <memory>

class AppSettings;

namespace Ui {
class PreferencesDialog;
}

// Settings ▸ Preferences…: edits the Preferences value and writes it through AppSettings on Apply
// or OK. The panes of every window follow AppSettings::changed, so nothing needs a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` is not owned and must outlive the dialog.
    explicit PreferencesDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // What the widgets show (already within range: the spin boxes clamp).
    Preferences values() const;
    void setValues(const Preferences& values);

public Q_SLOTS:
    void apply();
    // Shows the defaults; like any edit they are written by Apply or OK, and Cancel drops them.
    void restoreDefaults();
    void accept() override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateButtons();
    void updateTerminalHint();
    void fitTerminalHint();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    AppSettings* m_settings;
    Preferences m_stored; // what the settings hold, to tell the user's edits from them
    QString m_startLanguage; // the language setting this run started with
};
