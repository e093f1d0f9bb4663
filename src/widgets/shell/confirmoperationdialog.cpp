#include "widgets/shell/confirmoperationdialog.h"

#include "ui_confirmoperationdialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

ConfirmOperationDialog::ConfirmOperationDialog(const Operation& operation, const HostProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmOperationDialog>())
    , m_operation(operation)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Confirm: %1").arg(operation.action));
    m_ui->banner->setTarget(profile.name, profile.destination(), profile.environment, profile.readOnly);
    m_ui->headline->setText(operation.action);
    QStringList targets;
    for (const QString& t : operation.targets)
        targets.append(QStringLiteral("<b>") + t.toHtmlEscaped() + QStringLiteral("</b>"));
    m_ui->targetsLabel->setText(
        tr("Target: %1 on %2").arg(targets.join(QStringLiteral(", ")), profile.name.toHtmlEscaped()));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->commandsView->setFont(fixed);
    m_ui->commandsView->setPlainText(commandsText());
    m_ui->undoView->setFont(fixed);
    const QStringList undo = operation.undoLines();
    m_ui->undoView->setPlainText(undo.join(u'\n'));
    m_ui->undoView->setVisible(!undo.isEmpty());
    m_ui->undoCaption->setVisible(!undo.isEmpty());
    m_ui->backupLabel->setText(operation.backup
            ? tr("A backup is taken first: %1").arg(operation.backupPaths().join(QStringLiteral(", ")))
            : tr("No backup is taken."));

    runButton()->setText(tr("&Run"));
    runButton()->setDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    const bool typed = OperationPolicy::needsTypedName(operation, profile);
    m_ui->typeNameBox->setVisible(typed);
    m_ui->typeNameLabel->setText(
        tr("This runs on <b>PROD</b>. Type <b>%1</b> to confirm:").arg(operation.nameToType().toHtmlEscaped()));
    connect(m_ui->typedName, &QLineEdit::textChanged, this, &ConfirmOperationDialog::updateRunButton);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(commandsText()); });
    if (typed)
        m_ui->typedName->setFocus();
    updateRunButton();
}

ConfirmOperationDialog::~ConfirmOperationDialog() = default;

QString ConfirmOperationDialog::typedName() const
{
    return m_ui->typedName->text();
}

bool ConfirmOperationDialog::canRun() const
{
    return OperationPolicy::canConfirm(m_operation, m_profile, typedName());
}

QPushButton* ConfirmOperationDialog::runButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QString ConfirmOperationDialog::commandsText() const
{
    return m_operation.commandLines().join(u'\n') + u'\n';
}

void ConfirmOperationDialog::updateRunButton()
{
    runButton()->setEnabled(canRun());
}

std::optional<QString> DialogConfirmer::confirm(const Operation& operation, const HostProfile& profile)
{
    ConfirmOperationDialog dialog(operation, profile, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.canRun())
        return std::nullopt;
    return dialog.typedName();
}
