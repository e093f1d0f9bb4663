#include "widgets/drive/drivepane.h"

#include "core/drive/drivecommands.h"
#include "core/drive/drivemodel.h"
#include "core/host/commandrunner.h"
#include "ui_drivepane.h"
#include "widgets/drive/driveeditortab.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace {
constexpr int kBucketRole = Qt::UserRole + 1;
constexpr int kPrefixRole = Qt::UserRole + 2;
constexpr int kLoadedRole = Qt::UserRole + 3;
} // namespace

DrivePane::DrivePane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DrivePane>())
    , m_model(new DriveModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DriveModel::SortRole);
    m_proxy->setFilterKeyColumn(DriveModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->objectTable->setModel(m_proxy);
    m_ui->objectTable->sortByColumn(DriveModel::Name, Qt::AscendingOrder);
    m_ui->objectTable->horizontalHeader()->setSectionResizeMode(DriveModel::Name, QHeaderView::Stretch);
    m_ui->objectTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->verticalSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    m_ui->verticalSplitter->setSizes({ 260, 480 });
    m_ui->browserSplitter->setStretchFactor(1, 3);
    m_ui->browserSplitter->setSizes({ 220, 780 });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DrivePane::cancelListing);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (m_model->bucket().isEmpty())
            listBuckets();
        else
            listPrefix(m_model->bucket(), m_model->prefix());
    });
    connect(m_ui->bucketTree, &QTreeWidget::itemExpanded, this, &DrivePane::expandItem);
    // A click (not the tree's own choice of a current item while it fills) lists that prefix.
    connect(m_ui->bucketTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item)
            listPrefix(item->data(0, kBucketRole).toString(), item->data(0, kPrefixRole).toString());
    });
    connect(m_ui->objectTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        const QString key = m_model->data(source, DriveModel::KeyRole).toString();
        if (!m_model->data(source, DriveModel::IsFolderRole).toBool() && isEditable(key))
            openObject(m_model->bucket(), key);
    });
    connect(m_ui->editorTabs, &QTabWidget::tabCloseRequested, this, &DrivePane::closeEditor);

    askUnsaved = [this](const QString& name) {
        const auto button = QMessageBox::question(this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them to the drive?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save   ? UnsavedAnswer::Save
            : button == QMessageBox::Discard ? UnsavedAnswer::Discard
                                             : UnsavedAnswer::Cancel;
    };
}

DrivePane::~DrivePane()
{
    cancelListing();
}

bool DrivePane::isEditable(const QString& key)
{
    const QString name = key.section(QLatin1Char('/'), -1).toLower();
    if (name == QLatin1String("config.csv"))
        return true;
    for (const char* ext : { ".bas", ".md", ".txt", ".json", ".csv" })
        if (name.endsWith(QLatin1String(ext))
            && (QLatin1String(ext) != QLatin1String(".csv") || key.contains(QLatin1String(".gbot/"))))
            return true;
    return key.contains(QLatin1String(".gbot/")) && !name.contains(QLatin1Char('.'));
}

void DrivePane::setRunner(CommandRunner* runner)
{
    m_runner = runner;
    listBuckets();
}

void DrivePane::showError(const QString& text)
{
    m_ui->banner->setText(text);
    m_ui->banner->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; color: #58151c; padding: 4px; }"));
    m_ui->banner->setVisible(!text.isEmpty());
}

void DrivePane::listBuckets()
{
    if (!m_runner)
        return;
    m_ui->bucketTree->clear();
    CommandJob* job = m_runner->run(DriveCommands::list(QString(), QString(), false), this);
    auto buffer = std::make_shared<QByteArray>();
    connect(job, &CommandJob::outputReceived, this, [buffer](const QByteArray& d, bool err) {
        if (!err)
            *buffer += d;
    });
    connect(job, &CommandJob::finished, this, [this, job, buffer](const CommandResult& r) {
        job->deleteLater();
        const McJsonStream::Batch b = McJsonStream::parseAll(*buffer);
        if (!b.errors.isEmpty() || !r.succeeded()) {
            showError(tr("Could not list the buckets: %1")
                          .arg(!b.errors.isEmpty() ? b.errors.join(QLatin1Char(' ')) : r.error));
            return;
        }
        showError(QString());
        for (const DriveEntry& e : b.entries) {
            const QString bucket = e.key.endsWith(QLatin1Char('/')) ? e.key.chopped(1) : e.key;
            auto* item = new QTreeWidgetItem(m_ui->bucketTree, { bucket });
            item->setData(0, kBucketRole, bucket);
            item->setData(0, kPrefixRole, QString());
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
    });
}

void DrivePane::expandItem(QTreeWidgetItem* item)
{
    if (!m_runner || item->data(0, kLoadedRole).toBool())
        return;
    item->setData(0, kLoadedRole, true);
    const QString bucket = item->data(0, kBucketRole).toString();
    const QString prefix = item->data(0, kPrefixRole).toString();
    CommandJob* job = m_runner->run(DriveCommands::list(bucket, prefix, false), this);
    auto buffer = std::make_shared<QByteArray>();
    connect(job, &CommandJob::outputReceived, this, [buffer](const QByteArray& d, bool err) {
        if (!err)
            *buffer += d;
    });
    QPointer<QTreeWidget> tree = m_ui->bucketTree;
    connect(job, &CommandJob::finished, this, [this, job, buffer, item, tree, bucket, prefix](const CommandResult&) {
        job->deleteLater();
        if (!tree || !tree->indexFromItem(item).isValid())
            return;
        for (const DriveEntry& e : McJsonStream::parseAll(*buffer).entries) {
            if (!e.isFolder)
                continue;
            const QString full = prefix + e.key;
            const QString role = driveRole(bucket, full);
            auto* child = new QTreeWidgetItem(item, { role.isEmpty() ? e.key : tr("%1  (%2)").arg(e.key, role) });
            child->setData(0, kBucketRole, bucket);
            child->setData(0, kPrefixRole, full);
            child->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        if (item->childCount() == 0)
            item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    });
}

void DrivePane::cancelListing()
{
    if (m_listJob) {
        CommandJob* job = m_listJob;
        m_listJob = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
        m_ui->cancelButton->setEnabled(false);
        updateCount();
    }
}

void DrivePane::updateCount()
{
    QString text = tr("%n object(s)", nullptr, m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 of %2").arg(m_proxy->rowCount()).arg(text);
    if (m_listJob)
        text += tr(" — listing…");
    m_ui->countLabel->setText(text);
}

QString DrivePane::countText() const
{
    return m_ui->countLabel->text();
}

void DrivePane::listPrefix(const QString& bucket, const QString& prefix)
{
    if (!m_runner)
        return;
    cancelListing();
    m_model->reset(bucket, prefix);
    m_stream = McJsonStream();
    m_listErrors.clear();
    m_listJob = m_runner->run(DriveCommands::list(bucket, prefix, false), this);
    m_ui->cancelButton->setEnabled(true);
    updateCount();
    // Each chunk is split and appended as it arrives: the first rows show before the listing ends.
    connect(m_listJob, &CommandJob::outputReceived, this, [this](const QByteArray& d, bool err) {
        if (err)
            return;
        McJsonStream::Batch b = m_stream.feed(d);
        m_listErrors += b.errors;
        m_model->appendEntries(b.entries);
        updateCount();
    });
    CommandJob* job = m_listJob;
    connect(m_listJob, &CommandJob::finished, this, [this, job](const CommandResult& r) {
        job->deleteLater();
        m_listJob = nullptr;
        m_stream.finish();
        m_ui->cancelButton->setEnabled(false);
        updateCount();
        if (!m_listErrors.isEmpty())
            showError(m_listErrors.join(QLatin1Char(' ')));
        else if (!r.succeeded() && r.status != CommandResult::Status::Cancelled)
            showError(tr("Listing failed: %1").arg(r.error));
        else
            showError(QString());
        Q_EMIT listingFinished();
    });
}

void DrivePane::openObject(const QString& bucket, const QString& key)
{
    if (!m_runner)
        return;
    for (int i = 0; i < editorCount(); ++i) {
        if (editorAt(i)->bucket() == bucket && editorAt(i)->key() == key) {
            m_ui->editorTabs->setCurrentIndex(i);
            return;
        }
    }
    // The ETag first (conflict check at save), then the bytes.
    CommandJob* stat = m_runner->run(DriveCommands::stat(bucket, key), this);
    connect(stat, &CommandJob::finished, this, [this, stat, bucket, key](const CommandResult& s) {
        stat->deleteLater();
        auto etag = DriveCommands::parseStatEtag(s.stdoutData);
        if (!etag) {
            showError(tr("Could not open %1: %2").arg(key, etag.errorMessage()));
            return;
        }
        CommandJob* cat = m_runner->run(DriveCommands::cat(bucket, key), this);
        auto bytes = std::make_shared<QByteArray>();
        connect(cat, &CommandJob::outputReceived, this, [bytes](const QByteArray& d, bool err) {
            if (!err)
                *bytes += d;
        });
        connect(cat, &CommandJob::finished, this, [this, cat, bytes, bucket, key, tag = *etag](const CommandResult& r) {
            cat->deleteLater();
            if (!r.succeeded()) {
                showError(tr("Could not open %1: %2")
                              .arg(key, r.error.isEmpty() ? QString::fromUtf8(r.stderrData) : r.error));
                return;
            }
            auto* tab = new DriveEditorTab(m_runner, bucket, key, *bytes, tag, m_ui->editorTabs);
            const int index = m_ui->editorTabs->addTab(tab, tab->title());
            m_ui->editorTabs->setTabToolTip(index, bucket + QLatin1Char('/') + key);
            m_ui->editorTabs->setCurrentIndex(index);
            connect(tab, &DriveEditorTab::titleChanged, this, [this, tab] {
                const int i = m_ui->editorTabs->indexOf(tab);
                if (i >= 0)
                    m_ui->editorTabs->setTabText(i, tab->title());
            });
            Q_EMIT editorOpened(tab);
        });
    });
}

int DrivePane::editorCount() const
{
    return m_ui->editorTabs->count();
}

DriveEditorTab* DrivePane::editorAt(int index) const
{
    return qobject_cast<DriveEditorTab*>(m_ui->editorTabs->widget(index));
}

bool DrivePane::closeEditor(int index)
{
    DriveEditorTab* tab = editorAt(index);
    if (!tab)
        return true;
    if (tab->isModified()) {
        switch (askUnsaved(tab->key().section(QLatin1Char('/'), -1))) {
        case UnsavedAnswer::Cancel:
            return false;
        case UnsavedAnswer::Save:
            // Closes once the save went through; stays open (with the reason) when it did not.
            connect(tab, &DriveEditorTab::saved, this, [this, tab] {
                const int i = m_ui->editorTabs->indexOf(tab);
                if (i >= 0) {
                    m_ui->editorTabs->removeTab(i);
                    tab->deleteLater();
                }
            });
            tab->save();
            return false;
        case UnsavedAnswer::Discard:
            break;
        }
    }
    m_ui->editorTabs->removeTab(index);
    tab->deleteLater();
    return true;
}
