#include "widgets/containers/servicesdialog.h"

#include "core/containers/containeroperations.h"
#include "core/host/commandrunner.h"
#include "widgets/common/statusdelegate.h"

#include "ui_servicesdialog.h"

ServicesDialog::ServicesDialog(
    const QString& container, const QStringList& units, CommandRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServicesDialog>())
    , m_container(container)
    , m_units(units)
    , m_runner(runner)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Services in %1").arg(container));
    for (const QString& unit : units) {
        auto* item = new QTreeWidgetItem(m_ui->list);
        item->setText(0, unit);
    }
    if (auto* first = m_ui->list->topLevelItem(0))
        m_ui->list->setCurrentItem(first);
    connect(m_ui->check, &QPushButton::clicked, this, &ServicesDialog::refresh);
    connect(m_ui->restart, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_ui->list->currentItem())
            Q_EMIT restartRequested(item->text(0));
    });
}

ServicesDialog::~ServicesDialog() = default;

QString ServicesDialog::stateOf(const QString& unit) const
{
    const auto items = m_ui->list->findItems(unit, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

void ServicesDialog::refresh()
{
    if (!m_runner || m_job)
        return;
    m_ui->message->setText(tr("Checking…"));
    m_job = m_runner->run(ContainerOperations::serviceStateCommand(m_container, m_units), this);
    connect(m_job, &CommandJob::finished, this, [this](const CommandResult& r) {
        m_job->deleteLater();
        // systemctl is-active prints one state per unit and exits 3 when any is not active.
        const QStringList states = QString::fromUtf8(r.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (r.status != CommandResult::Status::Exited || states.size() != m_units.size()) {
            m_ui->message->setText(tr("Could not read the service states: %1")
                                       .arg(r.error.isEmpty() ? QString::fromUtf8(r.stderrData).trimmed() : r.error));
        } else {
            m_ui->message->clear();
        }
        for (int i = 0; i < m_ui->list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_ui->list->topLevelItem(i);
            const QString state = states.value(i).trimmed();
            item->setText(1, state);
            item->setForeground(1, state == QLatin1String("active") ? StatusDelegate::green() : StatusDelegate::red());
        }
        Q_EMIT refreshed();
    });
}
