#pragma once

#include "widgets/common/pane.h"

#include <memory>

class HealthModel;
class HealthRunner;

namespace Health {
struct Result;
}

namespace Ui {
class HealthPane;
}

// INFRA.md's Daily Health Check in one view: every check runs at once over the session, each row
// turns green, amber or red with its time and evidence; "Copy report" gives plain text.
class HealthPane : public Pane
{
    Q_OBJECT
public:
    explicit HealthPane(QWidget* parent = nullptr);
    ~HealthPane() override;

    static QString displayTitle() { return tr("Health"); }
    QString title() const override { return displayTitle(); }
    HealthModel* model() const { return m_model; }
    QString reportText() const;
    // "Hide IP addresses in the report": the preference sets it, the user may still toggle it.
    void setHideAddresses(bool hide);
    bool hidesAddresses() const;

public Q_SLOTS:
    void runAll();

Q_SIGNALS:
    void roundFinished(bool allGreen);

protected:
    void onAttached() override;
    void onConnected() override;
    void onDisconnected() override;
    void onProfileChanged(const HostProfile& profile) override;
    void onSettingChanged(const QString& key) override;

private:
    void onRoundFinished(const QList<Health::Result>& results);
    void showDetails();
    void updateOverall();

    std::unique_ptr<Ui::HealthPane> m_ui;
    HealthModel* m_model;
    std::unique_ptr<HealthRunner> m_runner;
    QString m_profileName;
    bool m_hideDefault = true; // the preference as last applied
};
