#include "widgets/containers/servicesdialog.h"

#include "core/containers/containeroperations.h"
#include "core/host/hostconnection.h"
#include "widgets/common/statusdelegate.h"

#include "ui_servicesdialog.h"

ServicesDialog::ServicesDialog(
    const QString& container, const QStringList& units, HostConnection* host, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServicesDialog>())
    , m_container(container)
    , m_units(units)
    , m_states(this, host->runner())
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
    m_ui->message->setText(tr("Checking…"));
    // systemctl is-active prints one state per unit and exits 3 when any is not active.
    m_states.setAcceptFailures(true);
    m_states.run(
        ContainerOperations::serviceStateCommand(m_container, m_units),
        [count = m_units.size()](const CommandResult& r) -> Result<QStringList> {
            const QStringList states = QString::fromUtf8(r.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (r.status != CommandResult::Status::Exited || states.size() != count)
                return Error::of(describeFailure(r));
            return states;
        },
        [this](const Result<QStringList>& states) {
            if (!states)
                m_ui->message->setText(tr("Could not read the service states: %1").arg(states.errorMessage()));
            else
                m_ui->message->clear();
            for (int i = 0; i < m_ui->list->topLevelItemCount(); ++i) {
                QTreeWidgetItem* item = m_ui->list->topLevelItem(i);
                const QString state = states ? states->value(i).trimmed() : QString();
                item->setText(1, state);
                item->setForeground(
                    1, state == QLatin1String("active") ? StatusDelegate::green() : StatusDelegate::red());
            }
            Q_EMIT refreshed();
        });
}
