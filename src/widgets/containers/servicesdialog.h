#pragma once

#include "core/host/latestquery.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class HostConnection;

namespace Ui {
class ServicesDialog;
}

// The systemd units INFRA.md names for a container, with `systemctl is-active` and a restart
// request (which the pane turns into a confirmed Operation).
class ServicesDialog : public QDialog
{
    Q_OBJECT
public:
    ServicesDialog(const QString& container, const QStringList& units, HostConnection* host, QWidget* parent = nullptr);
    ~ServicesDialog() override;

    QString stateOf(const QString& unit) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void restartRequested(const QString& unit);
    void refreshed();

private:
    std::unique_ptr<Ui::ServicesDialog> m_ui;
    QString m_container;
    QStringList m_units;
    LatestQuery<QStringList> m_states;
};
