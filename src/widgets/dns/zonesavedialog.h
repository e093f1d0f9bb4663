#pragma once

#include "core/dns/zonesave.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ZoneSaveDialog;
}

// The save confirmation: the unified diff of the exact bytes that will be written, the serial
// change, and how to make the zone live (the reload tick, or SIGUSR1 shown as its command).
class ZoneSaveDialog : public QDialog
{
    Q_OBJECT
public:
    ZoneSaveDialog(const QString& path, const ZoneSave::Plan& plan, int reloadSeconds, const QString& signalCommand,
        QWidget* parent = nullptr);
    ~ZoneSaveDialog() override;

    bool sendSignal() const;
    QString diffText() const;

private:
    std::unique_ptr<Ui::ZoneSaveDialog> m_ui;
};
