#pragma once

#include "core/common/result.h"
#include "core/host/environment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EnvironmentRulesDialog;
}

// Edits the ordered environment detection rules (INFRA.md's defaults until changed).
class EnvironmentRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnvironmentRulesDialog(const QList<EnvironmentRule>& rules, QWidget* parent = nullptr);
    ~EnvironmentRulesDialog() override;

    // The rules as the table shows them; an error names the first invalid row.
    Result<QList<EnvironmentRule>> rules() const;
    void accept() override;

private:
    void setRules(const QList<EnvironmentRule>& rules);
    void addRow(const EnvironmentRule& rule);

    std::unique_ptr<Ui::EnvironmentRulesDialog> m_ui;
};
