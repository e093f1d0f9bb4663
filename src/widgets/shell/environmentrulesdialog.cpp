#include "widgets/shell/environmentrulesdialog.h"
#include "widgets/common/themecolors.h"

#include "ui_environmentrulesdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHostAddress>

namespace {
enum Column
{
    KindColumn,
    PatternColumn,
    EnvironmentColumn,
};
}

EnvironmentRulesDialog::EnvironmentRulesDialog(const QList<EnvironmentRule>& rules, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnvironmentRulesDialog>())
{
    m_ui->setupUi(this);
    m_ui->table->setHorizontalHeaderLabels({ tr("Match"), tr("Pattern"), tr("Environment") });
    m_ui->table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->hide();
    m_ui->errorLabel->setStyleSheet(ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()));
    m_ui->errorLabel->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow({ EnvironmentRule::Kind::HostPattern, QString(), Environment::Other });
        m_ui->table->setCurrentCell(m_ui->table->rowCount() - 1, PatternColumn);
        m_ui->table->editItem(m_ui->table->currentItem());
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (m_ui->table->currentRow() >= 0)
            m_ui->table->removeRow(m_ui->table->currentRow());
    });
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { setRules(EnvironmentRules::defaults()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnvironmentRulesDialog::accept);
    setRules(rules);
}

EnvironmentRulesDialog::~EnvironmentRulesDialog() = default;

void EnvironmentRulesDialog::setRules(const QList<EnvironmentRule>& rules)
{
    m_ui->table->setRowCount(0);
    for (const EnvironmentRule& r : rules)
        addRow(r);
}

void EnvironmentRulesDialog::addRow(const EnvironmentRule& rule)
{
    const int row = m_ui->table->rowCount();
    m_ui->table->insertRow(row);
    auto* kind = new QComboBox(m_ui->table);
    kind->addItem(tr("Host name"), int(EnvironmentRule::Kind::HostPattern));
    kind->addItem(tr("Subnet"), int(EnvironmentRule::Kind::Subnet));
    kind->setCurrentIndex(kind->findData(int(rule.kind)));
    m_ui->table->setCellWidget(row, KindColumn, kind);
    m_ui->table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    auto* env = new QComboBox(m_ui->table);
    for (Environment e : { Environment::Prod, Environment::Stage, Environment::Other })
        env->addItem(environmentName(e), environmentName(e));
    env->setCurrentIndex(env->findData(environmentName(rule.environment)));
    m_ui->table->setCellWidget(row, EnvironmentColumn, env);
}

Result<QList<EnvironmentRule>> EnvironmentRulesDialog::rules() const
{
    QList<EnvironmentRule> out;
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        EnvironmentRule r;
        r.kind = EnvironmentRule::Kind(
            qobject_cast<QComboBox*>(m_ui->table->cellWidget(row, KindColumn))->currentData().toInt());
        const QTableWidgetItem* item = m_ui->table->item(row, PatternColumn);
        r.pattern = item ? item->text().trimmed() : QString();
        r.environment = environmentFromName(
            qobject_cast<QComboBox*>(m_ui->table->cellWidget(row, EnvironmentColumn))->currentData().toString());
        if (r.pattern.isEmpty())
            return Error::of(tr("Rule %1 has no pattern.").arg(row + 1));
        if (r.kind == EnvironmentRule::Kind::Subnet && QHostAddress::parseSubnet(r.pattern).first.isNull())
            return Error::of(tr("Rule %1: \"%2\" is not a subnet like 10.0.2.0/24.").arg(row + 1).arg(r.pattern));
        out.append(r);
    }
    return out;
}

void EnvironmentRulesDialog::accept()
{
    const auto r = rules();
    if (!r) {
        m_ui->errorLabel->setText(r.errorMessage());
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}
