#include "widgets/dns/zonesavedialog.h"

#include "ui_zonesavedialog.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QSyntaxHighlighter>

namespace {
// Removed lines red, added green, hunk headers blue: read like `git diff`.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override
    {
        QTextCharFormat f;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
            f.setFontWeight(QFont::Bold);
        else if (text.startsWith(u'+'))
            f.setForeground(QColor(0x1a, 0x7f, 0x37));
        else if (text.startsWith(u'-'))
            f.setForeground(QColor(0xb0, 0x00, 0x20));
        else if (text.startsWith(QLatin1String("@@")))
            f.setForeground(QColor(0x1f, 0x5f, 0xbf));
        else
            return;
        setFormat(0, int(text.size()), f);
    }
};
} // namespace

ZoneSaveDialog::ZoneSaveDialog(
    const QString& path, const ZoneSave::Plan& plan, int reloadSeconds, const QString& signalCommand, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ZoneSaveDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Save %1").arg(path));
    QString serial = plan.bumped
        ? tr("The SOA serial goes from %1 to %2 (raised automatically, so CoreDNS reloads the zone).")
              .arg(plan.fileSerial)
              .arg(plan.newSerial)
        : tr("The SOA serial goes from %1 to %2.").arg(plan.fileSerial).arg(plan.newSerial);
    m_ui->summary->setText(tr("These exact changes will be written to %1 in the dns container (a backup goes to "
                              "its /tmp first). %2")
                               .arg(path, serial));
    m_ui->diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->diff->setPlainText(QString::fromUtf8(plan.diff));
    new DiffHighlighter(m_ui->diff->document());
    m_ui->waitTick->setText(reloadSeconds > 0
            ? tr("Wait for CoreDNS to re-read the file (every %1 s)").arg(reloadSeconds)
            : tr("Wait for CoreDNS to re-read the file (reload is off in the Corefile: it will not)"));
    m_ui->signal->setText(tr("Reload CoreDNS now with SIGUSR1 (restarts its server blocks):"));
    m_ui->signalCommand->setText(signalCommand);
    if (reloadSeconds == 0)
        m_ui->signal->setChecked(true);
    m_ui->buttons->button(QDialogButtonBox::Save)->setDefault(true);
}

ZoneSaveDialog::~ZoneSaveDialog() = default;

bool ZoneSaveDialog::sendSignal() const
{
    return m_ui->signal->isChecked();
}

QString ZoneSaveDialog::diffText() const
{
    return m_ui->diff->toPlainText();
}
