#include "widgets/dns/zonesavedialog.h"

#include "ui_zonesavedialog.h"
#include "widgets/common/operationconsentwidget.h"
#include "widgets/common/themecolors.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>

namespace {
// Removed lines red, added green, hunk headers blue: read like `git diff`.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    DiffHighlighter(QTextDocument* document, const QPalette& palette)
        : QSyntaxHighlighter(document)
        , m_added(ThemeColors::text(ThemeColors::Role::Success, palette))
        , m_removed(ThemeColors::text(ThemeColors::Role::Error, palette))
        , m_hunk(ThemeColors::text(ThemeColors::Role::Info, palette))
    { }

protected:
    void highlightBlock(const QString& text) override
    {
        QTextCharFormat f;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
            f.setFontWeight(QFont::Bold);
        else if (text.startsWith(u'+'))
            f.setForeground(m_added);
        else if (text.startsWith(u'-'))
            f.setForeground(m_removed);
        else if (text.startsWith(QLatin1String("@@")))
            f.setForeground(m_hunk);
        else
            return;
        setFormat(0, int(text.size()), f);
    }

private:
    QColor m_added, m_removed, m_hunk;
};
} // namespace

ZoneSaveDialog::ZoneSaveDialog(const QString& path, const ZoneSave::Plan& plan, int reloadSeconds,
    const Operation& write, const Operation& reload, const HostProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ZoneSaveDialog>())
    , m_write(write)
    , m_reload(reload)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Save %1").arg(path));
    m_ui->banner->setTarget(profile.name, profile.destination(), profile.environment, profile.readOnly);
    QString serial = plan.bumped
        ? tr("The SOA serial goes from %1 to %2 (raised automatically, so CoreDNS reloads the zone).")
              .arg(plan.fileSerial)
              .arg(plan.newSerial)
        : tr("The SOA serial goes from %1 to %2.").arg(plan.fileSerial).arg(plan.newSerial);
    m_ui->summary->setText(tr("These exact changes will be written to %1 in the dns container, only if the file "
                              "there is still the one that was opened. %2")
                               .arg(path, serial));
    m_ui->diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->diff->setPlainText(QString::fromUtf8(plan.diff));
    new DiffHighlighter(m_ui->diff->document(), m_ui->diff->palette());
    m_ui->waitTick->setText(reloadSeconds > 0
            ? tr("Wait for CoreDNS to re-read the file (every %1 s)").arg(reloadSeconds)
            : tr("Wait for CoreDNS to re-read the file (reload is off in the Corefile: it will not)"));
    m_ui->signal->setText(tr("Reload CoreDNS now with SIGUSR1 (restarts its server blocks; never SIGHUP, which "
                             "CoreDNS ignores):"));
    m_ui->signalCommand->setText(reload.commandLines().join(u'\n'));
    if (reloadSeconds == 0)
        m_ui->signal->setChecked(true);
    connect(m_ui->signal, &QRadioButton::toggled, this, &ZoneSaveDialog::updateOperations);
    connect(m_ui->consent, &OperationConsentWidget::canConfirmChanged, this,
        [this](bool can) { saveButton()->setEnabled(can); });
    saveButton()->setDefault(true);
    updateOperations();
    if (m_ui->consent->needsTypedName())
        m_ui->consent->typedNameEdit()->setFocus();
}

ZoneSaveDialog::~ZoneSaveDialog() = default;

void ZoneSaveDialog::updateOperations()
{
    QList<Operation> ops { m_write };
    if (sendSignal())
        ops.append(m_reload);
    m_ui->consent->setOperations(ops, m_profile);
    saveButton()->setEnabled(m_ui->consent->canConfirm());
}

bool ZoneSaveDialog::sendSignal() const
{
    return m_ui->signal->isChecked();
}

void ZoneSaveDialog::setSendSignal(bool send)
{
    (send ? m_ui->signal : m_ui->waitTick)->setChecked(true);
}

QString ZoneSaveDialog::diffText() const
{
    return m_ui->diff->toPlainText();
}

QString ZoneSaveDialog::commandsText() const
{
    return m_ui->consent->commandsText();
}

OperationConsent ZoneSaveDialog::consent() const
{
    return m_ui->consent->consent();
}

bool ZoneSaveDialog::canSave() const
{
    return m_ui->consent->canConfirm();
}

QPushButton* ZoneSaveDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

OperationConsentWidget* ZoneSaveDialog::consentWidget() const
{
    return m_ui->consent;
}

void ZoneSaveDialog::setTypedName(const QString& name)
{
    m_ui->consent->typedNameEdit()->setText(name);
}

void ZoneSaveDialog::accept()
{
    // Enter in the name field must not get past an unmatched name.
    if (canSave())
        QDialog::accept();
}
