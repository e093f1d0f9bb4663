#include "widgets/shell/hostkeydialog.h"

#include "ui_hostkeydialog.h"

#include <QFontDatabase>

HostKeyDialog::HostKeyDialog(const HostKeyInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HostKeyDialog>())
{
    m_ui->setupUi(this);
    if (info.status == HostKeyInfo::Status::Unusable) {
        setWindowTitle(tr("DANGER: host key cannot be checked"));
        m_ui->headline->setText(
            tr("DANGER: %1 is already in known_hosts, but its entry cannot be used.").arg(info.host));
        m_ui->explanation->setText(tr("%1. This host is NOT new: accepting its key here could hide an attack. "
                                      "Reject, and check the entry with the host's administrator.")
                                       .arg(info.detail));
    } else if (info.status == HostKeyInfo::Status::OtherType) {
        setWindowTitle(tr("Different host key type"));
        m_ui->headline->setText(tr("%1 is known, but with a different type of key.").arg(info.host));
        m_ui->explanation->setText(tr("This can happen after a server upgrade, or it can mean someone is "
                                      "intercepting the connection. Accept only if you can check the "
                                      "fingerprint below with the host's administrator."));
    } else {
        m_ui->headline->setText(tr("First connection to %1.").arg(info.host));
        m_ui->explanation->setText(tr("GB Admin cannot tell yet whether this is really the host you mean. "
                                      "Compare the fingerprint with the one the host's administrator gave you "
                                      "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host)."));
    }
    m_ui->hostValue->setText(info.host);
    m_ui->typeValue->setText(info.keyType);
    m_ui->fingerprintValue->setText(info.fingerprintSha256);
    m_ui->fingerprintValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fileValue->setText(info.knownHostsFile);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decide(Decision::Reject); });
    connect(m_ui->acceptOnceButton, &QPushButton::clicked, this, [this] { decide(Decision::AcceptOnce); });
    connect(m_ui->acceptSaveButton, &QPushButton::clicked, this, [this] { decide(Decision::AcceptAndSave); });
    m_ui->rejectButton->setFocus();
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::decide(Decision d)
{
    m_decision = d;
    Q_EMIT decided(d);
    if (d == Decision::Reject)
        reject();
    else
        accept();
}
