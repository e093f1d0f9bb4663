#include "widgets/help/aboutdialog.h"

#include "core/common/version.h"
#include "gbadmin-config.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>

#include "ui_aboutdialog.h"

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_versions(versions())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/gbadmin.svg")).pixmap(64, 64));
    m_ui->titleLabel->setText(tr("GB Admin %1").arg(GbAdmin::version()));
    m_ui->versionsTable->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        m_ui->versionsTable->setItem(row, 0, new QTableWidgetItem(m_versions[row].name));
        m_ui->versionsTable->setItem(row, 1, new QTableWidgetItem(m_versions[row].version));
    }
    m_ui->versionsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->versionsTable->horizontalHeader()->setStretchLastSection(true);
    QPushButton* copy = m_ui->buttonBox->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions above as text, for a bug report"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyVersions);
}

AboutDialog::~AboutDialog() = default;

QList<ComponentVersion> AboutDialog::versions()
{
    QList<ComponentVersion> list = componentVersions();
#if HAVE_KSYNTAXHIGHLIGHTING
    list.append({ QStringLiteral("KSyntaxHighlighting"), QStringLiteral(GBADMIN_KSYNTAXHIGHLIGHTING_VERSION) });
#else
    list.append({ tr("Syntax highlighting"), tr("built-in (KSyntaxHighlighting was not available at build time)") });
#endif
    return list;
}

QString AboutDialog::versionsText() const
{
    return componentVersionsText(m_versions);
}

void AboutDialog::copyVersions()
{
    QGuiApplication::clipboard()->setText(versionsText());
}
