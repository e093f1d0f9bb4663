#pragma once

#include "core/bots/botqueries.h"
#include "core/bots/configcsv.h"
#include "core/bots/configkeys.h"

#include <QAbstractTableModel>
#include <QSet>

// One row per configuration key of a bot: the value written in config.csv (desired), the value in
// bot_configuration (applied), the value botserver really uses (effective: the bot's own row unless
// it is a placeholder or path-like, then the nil-UUID default row, spec §2.2) and whether the two
// agree. Secret keys are masked in DisplayRole; ClearValueRole (or reveal()) gives the clear text
// on demand. Never log what this model holds.
class ConfigDriftModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Group,
        Key,
        Desired,
        Applied,
        Effective,
        Drift,
        ColumnCount
    };
    enum class DriftKind
    {
        Equal,
        OnlyInFile, // written but not applied (yet)
        OnlyInDatabase, // not in the file; deleting a line never deletes a key
        Differs,
        Unknown, // the file could not be read, so nothing can be compared
    };
    Q_ENUM(DriftKind)
    enum class Source
    {
        Bot,
        Default, // the nil-UUID row
        None, // neither: the code's own default
    };
    enum Role
    {
        DriftRole = Qt::UserRole + 1, // DriftKind as int
        KeyRole, // the key (clear; keys are not secret)
        GroupRole, // ConfigKeys::Group as int
        SecretRole, // bool
        ClearValueRole, // the unmasked value of Desired/Applied/Effective
        HasValueRole, // bool: the column has a value at all
        LineRole, // config.csv line of the key (0: none)
        EffectiveSourceRole, // Source as int
        SortRole,
    };

    explicit ConfigDriftModel(QObject* parent = nullptr);

    // `fileKnown` false: config.csv could not be read (desired column empty, drift Unknown).
    void setContents(const ConfigCsv::Document& file, bool fileKnown, const AppliedConfig& applied);
    void setFile(const ConfigCsv::Document& file, bool fileKnown);
    void setApplied(const AppliedConfig& applied);
    void clear();

    // The document being edited (config.csv as it will be saved).
    const ConfigCsv::Document& file() const { return m_file; }
    bool fileKnown() const { return m_fileKnown; }
    // Edits of the desired value, through the lossless document: refused edits change nothing.
    Result<void> editValue(const QString& key, const QString& value);
    int removeKey(const QString& key); // lines removed; the database row stays (say so)
    QString lastEditError() const { return m_lastEditError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfKey(const QString& key) const;
    QString keyAt(int row) const;
    DriftKind driftOf(const QString& key) const;
    int countOf(DriftKind kind) const;

    // Secrets shown in clear for this row until hidden again (or the model is refilled).
    void setRevealed(int row, bool revealed);
    bool isRevealed(int row) const;

    static QString driftText(DriftKind kind);
    static QString driftExplanation(DriftKind kind);
    static QString maskedText();

private:
    struct Row
    {
        QString key;
        ConfigKeys::Info info;
        bool secret = false;
        std::optional<QString> desired;
        int line = 0;
        std::optional<QString> applied;
        QString effective;
        Source source = Source::None;
        DriftKind drift = DriftKind::Equal;
    };
    QList<Row> computeRows() const;
    void rebuild();
    QString shown(const Row& row, int column, const std::optional<QString>& value) const;

    ConfigCsv::Document m_file;
    bool m_fileKnown = false;
    AppliedConfig m_applied;
    QList<Row> m_rows;
    QSet<QString> m_revealed; // keys
    QList<ConfigCsv::Diagnostic> m_diagnostics;
    QString m_lastEditError;

Q_SIGNALS:
    void fileEdited();
    void editRefused(const QString& message);
};
