#include "core/bots/configdriftmodel.h"

#include <QHash>

#include <algorithm>

ConfigDriftModel::ConfigDriftModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ConfigDriftModel::setContents(const ConfigCsv::Document& file, bool fileKnown, const AppliedConfig& applied)
{
    m_file = file;
    m_fileKnown = fileKnown;
    m_applied = applied;
    rebuild();
}

void ConfigDriftModel::setFile(const ConfigCsv::Document& file, bool fileKnown)
{
    m_file = file;
    m_fileKnown = fileKnown;
    rebuild();
}

void ConfigDriftModel::setApplied(const AppliedConfig& applied)
{
    m_applied = applied;
    rebuild();
}

void ConfigDriftModel::clear()
{
    m_file = {};
    m_fileKnown = false;
    m_applied = {};
    m_revealed.clear();
    rebuild();
}

QList<ConfigDriftModel::Row> ConfigDriftModel::computeRows() const
{
    QHash<QString, Row> rows;
    QStringList order;
    auto rowFor = [&](const QString& key) -> Row& {
        auto it = rows.find(key);
        if (it == rows.end()) {
            Row r;
            r.key = key;
            r.info = ConfigKeys::lookup(key);
            r.secret = ConfigKeys::isSecretKey(key);
            it = rows.insert(key, r);
            order << key;
        }
        return it.value();
    };
    if (m_fileKnown) {
        for (const ConfigCsv::Setting& s : m_file.settings(ConfigCsv::Parser::Current)) {
            Row& r = rowFor(s.key);
            r.desired = s.value; // later lines win, as in the upsert
            r.line = s.line;
        }
    }
    for (const ConfigRow& c : m_applied.bot)
        rowFor(c.key).applied = c.value;
    QHash<QString, QString> defaults;
    for (const ConfigRow& c : m_applied.defaults)
        defaults.insert(c.key, c.value);
    for (const QString& key : std::as_const(order)) {
        Row& r = rows[key];
        if (r.applied && !ConfigKeys::fallsBack(*r.applied)) {
            r.effective = *r.applied;
            r.source = Source::Bot;
        } else if (const auto it = defaults.constFind(key); it != defaults.constEnd() && !ConfigKeys::fallsBack(*it)) {
            r.effective = *it;
            r.source = Source::Default;
        } else {
            r.source = Source::None;
        }
        if (!m_fileKnown)
            r.drift = DriftKind::Unknown;
        else if (r.desired && !r.applied)
            r.drift = DriftKind::OnlyInFile;
        else if (!r.desired && r.applied)
            r.drift = DriftKind::OnlyInDatabase;
        else if (*r.desired != *r.applied)
            r.drift = DriftKind::Differs;
        else
            r.drift = DriftKind::Equal;
    }
    QList<Row> sorted;
    sorted.reserve(order.size());
    for (const QString& key : std::as_const(order))
        sorted << rows.value(key);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Row& a, const Row& b) {
        if (a.info.group != b.info.group)
            return int(a.info.group) < int(b.info.group);
        return a.key < b.key;
    });
    return sorted;
}

void ConfigDriftModel::rebuild()
{
    const QList<Row> sorted = computeRows();
    QSet<QString> revealed;
    for (const Row& r : std::as_const(sorted)) {
        if (m_revealed.contains(r.key))
            revealed.insert(r.key);
    }
    beginResetModel();
    m_rows = sorted;
    m_revealed = revealed;
    m_diagnostics = m_fileKnown ? m_file.diagnostics() : QList<ConfigCsv::Diagnostic>();
    endResetModel();
}

Result<void> ConfigDriftModel::editValue(const QString& key, const QString& value)
{
    ConfigCsv::Document edited = m_file;
    if (const Result<void> r = edited.setValue(key, value); !r)
        return r;
    m_file = edited;
    m_fileKnown = true;
    const QList<Row> rows = computeRows();
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (sameKeys) {
        // In place: an open editor and the selection survive.
        m_rows = rows;
        m_diagnostics = m_file.diagnostics();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        rebuild();
    }
    Q_EMIT fileEdited();
    return {};
}

int ConfigDriftModel::removeKey(const QString& key)
{
    const int removed = m_file.removeKey(key);
    if (removed > 0) {
        rebuild();
        Q_EMIT fileEdited();
    }
    return removed;
}

Qt::ItemFlags ConfigDriftModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Desired && m_fileKnown)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConfigDriftModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Desired || index.row() >= m_rows.size())
        return false;
    const QString key = m_rows.at(index.row()).key;
    const Result<void> r = editValue(key, value.toString());
    m_lastEditError = r.errorMessage();
    if (!r)
        Q_EMIT editRefused(m_lastEditError);
    return r.ok();
}

int ConfigDriftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigDriftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigDriftModel::maskedText()
{
    return QStringLiteral("••••••••");
}

QString ConfigDriftModel::shown(const Row& row, int column, const std::optional<QString>& value) const
{
    if (!value)
        return column == Effective ? tr("(botserver's built-in default)") : QString();
    if (value->isEmpty())
        return tr("(empty)");
    // Placeholders are no secret, and showing them explains the fallback.
    if (row.secret && !m_revealed.contains(row.key) && !ConfigKeys::isPlaceholder(*value))
        return maskedText();
    return *value;
}

QVariant ConfigDriftModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows.at(index.row());
    const int c = index.column();
    const std::optional<QString> effective
        = r.source == Source::None ? std::optional<QString>() : std::optional<QString>(r.effective);
    const std::optional<QString>& value = c == Desired ? r.desired : c == Applied ? r.applied : effective;
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Group:
            return ConfigKeys::groupName(r.info.group);
        case Key:
            return r.key;
        case Desired:
        case Applied:
        case Effective:
            return shown(r, c, value);
        case Drift:
            return driftText(r.drift);
        }
        break;
    case Qt::ToolTipRole:
        switch (c) {
        case Group:
        case Key: {
            QStringList lines;
            lines << (r.info.known ? r.info.description : tr("Unknown key: botserver is not known to read it."));
            if (!r.info.suggestion.isEmpty())
                lines << tr("Possible typo: did you mean “%1”?").arg(r.info.suggestion);
            if (r.secret)
                lines << tr("Holds a secret: masked here and never written to logs or the journal.");
            return lines.join(QLatin1Char('\n'));
        }
        case Desired: {
            if (!r.desired)
                return tr("Not in config.csv.");
            QStringList lines { tr("config.csv line %1").arg(r.line) };
            for (const ConfigCsv::Diagnostic& d : m_diagnostics) {
                if (d.line == r.line && d.code != ConfigCsv::Diagnostic::Code::UnknownKey)
                    lines << d.message;
            }
            return lines.join(QLatin1Char('\n'));
        }
        case Applied:
            return r.applied ? tr("Value in bot_configuration.") : tr("Not in bot_configuration.");
        case Effective:
            switch (r.source) {
            case Source::Bot:
                return tr("botserver uses the bot's own value.");
            case Source::Default:
                return r.applied ? tr("The bot's own value is a placeholder or a local path, so botserver uses the "
                                      "default configuration (nil-UUID row).")
                                 : tr("Not set for this bot: botserver uses the default configuration (nil-UUID row).");
            case Source::None:
                return tr("Neither the bot nor the default configuration has a usable value: botserver uses its "
                          "built-in default.");
            }
            break;
        case Drift:
            return driftExplanation(r.drift);
        }
        break;
    case Qt::EditRole:
        if (c == Desired)
            return r.desired.value_or(QString());
        return data(index, Qt::DisplayRole);
    case DriftRole:
        return int(r.drift);
    case KeyRole:
        return r.key;
    case GroupRole:
        return int(r.info.group);
    case SecretRole:
        return r.secret;
    case ClearValueRole:
        if (c == Desired || c == Applied || c == Effective)
            return value ? QVariant(*value) : QVariant();
        return {};
    case HasValueRole:
        return (c == Desired || c == Applied || c == Effective) && value.has_value();
    case LineRole:
        return r.line;
    case EffectiveSourceRole:
        return int(r.source);
    case SortRole:
        if (c == Group)
            return int(r.info.group);
        if (c == Drift)
            return int(r.drift);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant ConfigDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Key:
        return tr("Key");
    case Desired:
        return tr("config.csv (desired)");
    case Applied:
        return tr("Database (applied)");
    case Effective:
        return tr("Effective");
    case Drift:
        return tr("Drift");
    }
    return {};
}

int ConfigDriftModel::rowOfKey(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

QString ConfigDriftModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

ConfigDriftModel::DriftKind ConfigDriftModel::driftOf(const QString& key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? DriftKind::Unknown : m_rows.at(row).drift;
}

int ConfigDriftModel::countOf(DriftKind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [kind](const Row& r) { return r.drift == kind; }));
}

void ConfigDriftModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QString key = m_rows.at(row).key;
    if (revealed == m_revealed.contains(key))
        return;
    if (revealed)
        m_revealed.insert(key);
    else
        m_revealed.remove(key);
    Q_EMIT dataChanged(index(row, Desired), index(row, Effective), { Qt::DisplayRole });
}

bool ConfigDriftModel::isRevealed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_revealed.contains(m_rows.at(row).key);
}

QString ConfigDriftModel::driftText(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Equal:
        return tr("applied");
    case DriftKind::OnlyInFile:
        return tr("not applied yet");
    case DriftKind::OnlyInDatabase:
        return tr("only in database");
    case DriftKind::Differs:
        return tr("differs");
    case DriftKind::Unknown:
        return tr("unknown");
    }
    return {};
}

QString ConfigDriftModel::driftExplanation(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Equal:
        return tr("config.csv and bot_configuration agree.");
    case DriftKind::OnlyInFile:
        return tr("Written in config.csv but not in bot_configuration: DriveMonitor has not applied it yet (or skips "
                  "the file).");
    case DriftKind::OnlyInDatabase:
        return tr("In bot_configuration but not in config.csv. Deleting a line never deletes a key: botserver keeps "
                  "using this value until the row is removed from the database.");
    case DriftKind::Differs:
        return tr("config.csv says one thing, bot_configuration another: the file's change has not been applied (or "
                  "someone changed the database directly).");
    case DriftKind::Unknown:
        return tr("config.csv could not be read, so nothing can be compared.");
    }
    return {};
}
