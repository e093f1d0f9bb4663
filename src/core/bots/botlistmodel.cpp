#include "core/bots/botlistmodel.h"

#include <QLocale>

BotListModel::BotListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BotListModel::setBots(const QList<BotSummary>& bots)
{
    QList<BotSummary> merged = bots;
    for (BotSummary& b : merged) {
        const int old = rowOfId(b.id);
        if (old >= 0) {
            const BotSummary& was = m_bots.at(old);
            b.bucket = was.bucket;
            b.scripts = was.scripts;
            b.kbFiles = was.kbFiles;
            b.configKey = was.configKey;
        }
    }
    QStringList oldIds;
    QStringList newIds;
    for (const BotSummary& b : std::as_const(m_bots))
        oldIds << b.id;
    for (const BotSummary& b : std::as_const(merged))
        newIds << b.id;
    if (oldIds == newIds) {
        m_bots = merged;
        if (!m_bots.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_bots.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_bots = merged;
    endResetModel();
}

void BotListModel::setBuckets(const QSet<QString>& buckets)
{
    for (int i = 0; i < m_bots.size(); ++i) {
        BotSummary& b = m_bots[i];
        const auto state = buckets.contains(b.bucketName()) ? BotSummary::Bucket::Present : BotSummary::Bucket::Missing;
        if (b.bucket != state) {
            b.bucket = state;
            if (state == BotSummary::Bucket::Missing)
                b.scripts = b.kbFiles = -1;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void BotListModel::updateBot(const BotSummary& bot)
{
    const int row = rowOfId(bot.id);
    if (row < 0)
        return;
    m_bots[row] = bot;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BotListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_bots.size(); ++i) {
        if (m_bots.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<BotSummary> BotListModel::botAt(int row) const
{
    if (row < 0 || row >= m_bots.size())
        return std::nullopt;
    return m_bots.at(row);
}

int BotListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bots.size());
}

int BotListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BotListModel::configStateText(const BotSummary& b)
{
    if (!b.driveFilesKnown)
        return tr("not tracked (older botserver)");
    if (b.configPath.isEmpty())
        return tr("not seen by DriveMonitor");
    if (b.configSkipped())
        return tr("skipped: failed %1 times").arg(b.configFailCount);
    if (!b.configIndexed)
        return b.configFailCount > 0 ? tr("pending (failed %1 times)").arg(b.configFailCount) : tr("pending");
    return tr("applied");
}

QVariant BotListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_bots.size())
        return {};
    const BotSummary& b = m_bots.at(index.row());
    const auto count = [](int n) { return n < 0 ? QVariant(QStringLiteral("—")) : QVariant(n); };
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return b.name;
        case Active:
            return b.active ? tr("yes") : tr("no");
        case Created:
            return when(b.created);
        case ConfigChanged:
            return when(b.configChanged);
        case Bucket:
            switch (b.bucket) {
            case BotSummary::Bucket::Present:
                return b.bucketName();
            case BotSummary::Bucket::Missing:
                return tr("missing");
            case BotSummary::Bucket::Unknown:
                return QStringLiteral("…");
            }
            break;
        case Scripts:
            return count(b.scripts);
        case KbFiles:
            return count(b.kbFiles);
        case ConfigState:
            return configStateText(b);
        case Id:
            return b.id;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Active:
            return tr("DriveMonitor runs only for active bots.");
        case Bucket:
            return b.bucket == BotSummary::Bucket::Missing
                ? tr("No bucket %1: the bot has no files; DriveMonitor has nothing to sync.").arg(b.bucketName())
                : b.bucketName();
        case ConfigState:
            return b.configSkipped() ? tr("DriveMonitor skips %1 after %2 failures. Remove it from Drive or fix the "
                                          "file and upload it again.")
                                           .arg(b.configPath)
                                           .arg(b.configFailCount)
                                     : b.configPath;
        default:
            return b.id;
        }
    case IdRole:
        return b.id;
    case ProblemRole:
        return !b.active || b.bucket == BotSummary::Bucket::Missing || b.configSkipped();
    case SortRole:
        switch (index.column()) {
        case Created:
            return b.created;
        case ConfigChanged:
            return b.configChanged;
        case Scripts:
            return b.scripts;
        case KbFiles:
            return b.kbFiles;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant BotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Bot");
    case Active:
        return tr("Active");
    case Created:
        return tr("Created");
    case ConfigChanged:
        return tr("Config changed");
    case Bucket:
        return tr("Bucket");
    case Scripts:
        return tr("Scripts");
    case KbFiles:
        return tr("KB files");
    case ConfigState:
        return tr("config.csv (DriveMonitor)");
    case Id:
        return tr("Id");
    }
    return {};
}
