#include "widgets/shell/journalview.h"
#include "widgets/common/themecolors.h"

#include "core/host/journal.h"
#include "core/host/journalmodel.h"

#include "ui_journalview.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QTimer>

JournalView::JournalView(Journal* journal, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalView>())
    , m_journal(journal)
    , m_model(new JournalModel(journal, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Journal — GB Admin"));
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->environmentCombo->addItem(tr("All environments"), QString());
    for (Environment e : { Environment::Prod, Environment::Stage, Environment::Other })
        m_ui->environmentCombo->addItem(environmentName(e), environmentName(e));

    // Typing filters after a short pause, not on every key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &JournalView::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, &JournalView::applyFilter);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export journal"),
            QDir::home().filePath(QStringLiteral("gbadmin-journal.csv")), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->statusLabel->setText(tr("%n entries", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
            + (m_journal ? m_journal->path() : QString()));
        m_ui->table->resizeColumnsToContents();
        updateChainStatus();
    });
    applyFilter();
}

JournalView::~JournalView() = default;

void JournalView::setFilterText(const QString& text)
{
    m_ui->filterEdit->setText(text);
    applyFilter();
}

void JournalView::updateChainStatus()
{
    if (!m_journal || !m_journal->isOpen()) {
        m_ui->chainLabel->clear();
        return;
    }
    const auto st = m_journal->verifyChain();
    if (!st) {
        m_ui->chainLabel->setText(st.errorMessage());
        return;
    }
    m_ui->chainLabel->setText(st->message);
    // A broken chain is a security finding: shown in the palette's error colour.
    m_ui->chainLabel->setStyleSheet(st->intact
            ? QString()
            : ThemeColors::textStyleSheet(ThemeColors::Role::Error, palette()) + QStringLiteral(" font-weight: bold;"));
}

void JournalView::applyFilter()
{
    JournalFilter f;
    f.text = m_ui->filterEdit->text().trimmed();
    const QString env = m_ui->environmentCombo->currentData().toString();
    if (!env.isEmpty())
        f.environment = environmentFromName(env);
    m_model->setFilter(f);
}

QString JournalView::exportTo(const QString& fileName)
{
    const auto done = Journal::exportCsv(fileName, m_model->entries());
    m_ui->statusLabel->setText(
        done ? tr("Exported %n entries to %1", nullptr, m_model->rowCount()).arg(fileName) : done.errorMessage());
    return done.errorMessage();
}
