#include "widgets/health/healthpane.h"

#include "core/health/healthmodel.h"
#include "core/health/healthrunner.h"
#include "core/host/hostconnection.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "widgets/common/messagebanner.h"
#include "widgets/common/statusdelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

#include "ui_healthpane.h"

namespace {
QColor colorOfStatus(const QVariant& v)
{
    switch (Health::Status(v.toInt())) {
    case Health::Status::Green:
        return StatusDelegate::green();
    case Health::Status::Amber:
        return StatusDelegate::amber();
    case Health::Status::Red:
        return StatusDelegate::red();
    case Health::Status::Pending:
        break;
    }
    return StatusDelegate::grey();
}
} // namespace

HealthPane::HealthPane(QWidget* parent)
    : Pane(parent)
    , m_ui(std::make_unique<Ui::HealthPane>())
    , m_model(new HealthModel(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->setItemDelegateForColumn(
        HealthModel::Status, new StatusDelegate(HealthModel::StatusRole, colorOfStatus, m_ui->table));
    m_ui->table->horizontalHeader()->setSectionResizeMode(HealthModel::Check, QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(HealthModel::Status, QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(HealthModel::Summary, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(HealthModel::Time, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    // Show the checks before the first round, so the pane says what it will do.
    QList<Health::Result> pending;
    for (const Health::Check& c : Health::dailyChecks())
        pending.append({ c.id, c.title, {}, {}, 0 });
    m_model->setResults(pending);

    connect(m_ui->runAll, &QPushButton::clicked, this, &HealthPane::runAll);
    connect(
        m_ui->copyReport, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthPane::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HealthPane::showDetails);
    m_ui->runAll->setEnabled(false);
}

HealthPane::~HealthPane() = default;

void HealthPane::onAttached()
{
    m_runner = std::make_unique<HealthRunner>(host()->runner());
    connect(m_runner.get(), &HealthRunner::checkFinished, m_model, &HealthModel::updateResult);
    connect(m_runner.get(), &HealthRunner::checkFinished, this, &HealthPane::updateOverall);
    connect(m_runner.get(), &HealthRunner::allFinished, this, &HealthPane::onRoundFinished);
    m_hideDefault = Preferences::load(*settings()).healthHideAddresses;
    setHideAddresses(m_hideDefault);
}

void HealthPane::onConnected()
{
    banner()->clearMessage();
    runAll();
}

void HealthPane::onDisconnected()
{
    // The last round stays readable; a new one needs the host.
    if (m_runner)
        m_runner->cancel();
    m_ui->runAll->setEnabled(false);
    showInformation(tr("Not connected. Connect to a host to run the checks."));
}

void HealthPane::onProfileChanged(const HostProfile& profile)
{
    m_profileName = profile.name;
}

void HealthPane::onSettingChanged(const QString& key)
{
    // The check box is also the user's own per-report choice: only a changed default overrides it.
    if (key != QLatin1String(Settings::Keys::HealthHideAddresses.name))
        return;
    const bool hide = Preferences::load(*settings()).healthHideAddresses;
    if (hide != m_hideDefault)
        setHideAddresses(hide);
    m_hideDefault = hide;
}

void HealthPane::setHideAddresses(bool hide)
{
    m_ui->anonymize->setChecked(hide);
}

bool HealthPane::hidesAddresses() const
{
    return m_ui->anonymize->isChecked();
}

void HealthPane::runAll()
{
    if (!m_runner || !isConnected())
        return;
    m_runner->runAll();
    m_model->setResults(m_runner->results());
    m_ui->runAll->setEnabled(false);
    updateOverall();
}

void HealthPane::onRoundFinished(const QList<Health::Result>& results)
{
    m_ui->runAll->setEnabled(true);
    updateOverall();
    Q_EMIT roundFinished(Health::allGreen(results));
}

void HealthPane::updateOverall()
{
    int counts[4] = {};
    for (const Health::Result& r : m_model->results())
        ++counts[int(r.outcome.status)];
    const auto dot = [](const QColor& c, int n, const QString& what) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2 %3&nbsp;&nbsp;")
            .arg(c.name())
            .arg(n)
            .arg(what);
    };
    QString text = QStringLiteral("<b>%1</b>&nbsp;&nbsp;&nbsp;").arg(tr("Daily health check"));
    text += dot(StatusDelegate::green(), counts[int(Health::Status::Green)], tr("ok"));
    text += dot(StatusDelegate::amber(), counts[int(Health::Status::Amber)], tr("warning"));
    text += dot(StatusDelegate::red(), counts[int(Health::Status::Red)], tr("failed"));
    if (counts[int(Health::Status::Pending)] && m_runner && m_runner->isRunning())
        text += tr("— %n running", nullptr, counts[int(Health::Status::Pending)]);
    m_ui->overall->setText(text);
}

void HealthPane::showDetails()
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid()) {
        m_ui->details->clear();
        return;
    }
    const QString summary = m_model->index(current.row(), HealthModel::Summary).data().toString();
    const QString details = current.siblingAtColumn(0).data(HealthModel::DetailsRole).toString();
    m_ui->details->setPlainText(details.isEmpty() ? summary : summary + QLatin1String("\n\n") + details);
}

QString HealthPane::reportText() const
{
    return Health::report(m_model->results(), m_profileName, m_ui->anonymize->isChecked());
}
