#include "widgets/common/operationconsentwidget.h"

#include "ui_operationconsentwidget.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

OperationConsentWidget::OperationConsentWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OperationConsentWidget>())
{
    m_ui->setupUi(this);
    m_ui->commandsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->showCommands, &QToolButton::toggled, this, &OperationConsentWidget::setCommandsShown);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(commandsText()); });
    connect(m_ui->typedName, &QLineEdit::textChanged, this, &OperationConsentWidget::update);
    setCommandsShown(false);
    update();
}

OperationConsentWidget::~OperationConsentWidget() = default;

void OperationConsentWidget::setOperations(const QList<Operation>& operations, const HostProfile& profile)
{
    m_operations = operations;
    m_profile = profile;
    QStringList backups;
    for (const Operation& op : operations) {
        if (op.backup)
            backups.append(op.backupPath);
    }
    m_ui->backupLabel->setText(backups.isEmpty()
            ? tr("No backup is taken.")
            : tr("A backup is taken first: %1").arg(backups.join(QStringLiteral(", "))));
    const QString text = commandsText();
    m_ui->commandsView->setPlainText(text);
    int count = 0;
    for (const Operation& op : operations)
        count += int(op.commandLines().size());
    m_ui->showCommands->setText(tr("The exact commands that will run (%n)", nullptr, count));
    const QString name = operations.isEmpty() ? QString() : operations.first().nameToType();
    // Markup outside tr(): lupdate 6.4 stops on a slash inside its arguments.
    const QString bold = QStringLiteral("<b>%1</b>");
    const QString typed = bold.arg(name.toHtmlEscaped());
    m_ui->typeNameLabel->setText(profile.environment == Environment::Prod
            ? tr("This runs on %1. Type %2 to confirm:").arg(bold.arg(QStringLiteral("PROD")), typed)
            : tr("This host's environment is unknown, so it is treated like PROD. Type %1 to confirm:").arg(typed));
    m_ui->typeNameBox->setVisible(needsTypedName());
    update();
}

bool OperationConsentWidget::needsTypedName() const
{
    for (const Operation& op : m_operations) {
        if (OperationPolicy::needsTypedName(op, m_profile))
            return true;
    }
    return false;
}

bool OperationConsentWidget::canConfirm() const
{
    if (m_operations.isEmpty())
        return false;
    // The same rule the runner applies, for every operation the confirmation covers.
    for (const Operation& op : m_operations) {
        if (!OperationPolicy::canConfirm(op, m_profile, m_ui->typedName->text()))
            return false;
    }
    return true;
}

OperationConsent OperationConsentWidget::consent() const
{
    OperationConsent c;
    for (const Operation& op : m_operations)
        c.shownCommands += op.commandLines();
    c.typedName = m_ui->typedName->text();
    return c;
}

QString OperationConsentWidget::commandsText() const
{
    QStringList lines;
    for (const Operation& op : m_operations)
        lines += op.commandLines();
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

bool OperationConsentWidget::commandsShown() const
{
    return m_ui->commandsView->isVisibleTo(this);
}

void OperationConsentWidget::setCommandsShown(bool shown)
{
    if (m_ui->showCommands->isChecked() != shown)
        m_ui->showCommands->setChecked(shown); // comes back here through toggled
    m_ui->showCommands->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->commandsView->setVisible(shown);
}

QLineEdit* OperationConsentWidget::typedNameEdit() const
{
    return m_ui->typedName;
}

void OperationConsentWidget::update()
{
    const bool can = canConfirm();
    if (can != m_canConfirm) {
        m_canConfirm = can;
        Q_EMIT canConfirmChanged(can);
    }
}
