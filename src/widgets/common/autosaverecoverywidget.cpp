#include "widgets/common/autosaverecoverywidget.h"

#include "ui_autosaverecoverywidget.h"

#include <QLocale>
#include <QMessageBox>

AutosaveRecoveryWidget::AutosaveRecoveryWidget(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::AutosaveRecoveryWidget>())
{
    m_ui->setupUi(this);
    m_confirm = [this](const AutosaveEntry& e) {
        return QMessageBox::question(this, tr("Discard unsaved edit"),
                   tr("Discard the unsaved edit of %1? It cannot be recovered afterwards.")
                       .arg(e.location.displayName()),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &AutosaveRecoveryWidget::restoreCurrent);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &AutosaveRecoveryWidget::discardCurrent);
    connect(m_ui->laterButton, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_ui->entryList, &QTreeWidget::itemDoubleClicked, this, &AutosaveRecoveryWidget::restoreCurrent);
    connect(m_ui->entryList, &QTreeWidget::currentItemChanged, this, &AutosaveRecoveryWidget::updateButtons);
    hide();
}

AutosaveRecoveryWidget::~AutosaveRecoveryWidget() = default;

void AutosaveRecoveryWidget::setEntries(const QList<AutosaveEntry>& entries, const QStringList& problems)
{
    m_entries = entries;
    m_ui->entryList->clear();
    const QLocale locale;
    for (const AutosaveEntry& e : entries) {
        // One line per entry: a name with a newline would otherwise break the row.
        QString name = e.location.displayName();
        name.replace(u'\n', QStringLiteral("\u23CE"));
        auto* item = new QTreeWidgetItem(m_ui->entryList,
            { name, locale.toString(e.savedAt.toLocalTime(), QLocale::ShortFormat),
                locale.formattedDataSize(e.bytes.size()) });
        item->setToolTip(0, e.location.displayName());
    }
    for (int column = 0; column < m_ui->entryList->columnCount(); ++column)
        m_ui->entryList->resizeColumnToContents(column);
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    if (!entries.isEmpty())
        m_ui->entryList->setCurrentItem(m_ui->entryList->topLevelItem(0));
    updateButtons();
    setVisible(!entries.isEmpty() || !problems.isEmpty());
}

int AutosaveRecoveryWidget::currentIndex() const
{
    return m_ui->entryList->indexOfTopLevelItem(m_ui->entryList->currentItem());
}

void AutosaveRecoveryWidget::setCurrentIndex(int row)
{
    m_ui->entryList->setCurrentItem(m_ui->entryList->topLevelItem(row));
}

void AutosaveRecoveryWidget::restoreCurrent()
{
    const int row = currentIndex();
    if (row < 0 || row >= m_entries.size())
        return;
    const AutosaveEntry e = m_entries.at(row);
    takeRow(row);
    Q_EMIT restoreRequested(e);
}

void AutosaveRecoveryWidget::discardCurrent()
{
    const int row = currentIndex();
    if (row < 0 || row >= m_entries.size())
        return;
    const AutosaveEntry e = m_entries.at(row);
    if (m_confirm && !m_confirm(e))
        return;
    takeRow(row);
    Q_EMIT discardRequested(e);
}

void AutosaveRecoveryWidget::takeRow(int row)
{
    m_entries.removeAt(row);
    delete m_ui->entryList->takeTopLevelItem(row);
    updateButtons();
    if (m_entries.isEmpty())
        hide();
}

void AutosaveRecoveryWidget::updateButtons()
{
    const bool any = currentIndex() >= 0;
    m_ui->restoreButton->setEnabled(any);
    m_ui->discardButton->setEnabled(any);
}
