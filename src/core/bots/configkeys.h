#pragma once

#include <QString>
#include <QStringList>

// The config.csv keys botserver and its templates know (spec generalbots-host.md §2.3): a group
// for display, a description for tooltips, a nearest-key hint for unknown keys (likely typos) and
// which keys hold secrets (masked everywhere, never logged or journaled in clear).
namespace ConfigKeys {

enum class Group
{
    Llm,
    LlmServer,
    Embeddings,
    Knowledge, // vector DB, crawler, memory, RAG/BM25
    Theme,
    Identity,
    Parameters, // param-<name>
    Channels, // SMS, Teams, Telegram, WhatsApp, e-mail ...
    Multimodal,
    Server, // server_host, custom-*, oauth-*, sources ...
    Legacy, // keys with spaces from the older GB format
    Header, // the `name,value` first line, stored as key `name` by current botserver
    Unknown,
};

struct Info
{
    bool known = false;
    Group group = Group::Unknown;
    QString description; // translated sentence; empty for unknown keys
    QString suggestion; // unknown keys: the nearest known key when it is close enough (likely a typo)
};

Info lookup(const QString& key);
QString groupName(Group group); // translated
// Every exactly-named known key (families like param-<name> are not listed).
const QStringList& knownKeys();

// `*-key`, `*password*`, `*secret*`, `*token*` (case-insensitive), plus the e-mail password
// `email-pass` and `*-pass`: values that must be masked and never logged or journaled in clear.
bool isSecretKey(const QString& key);

// Placeholders botserver's lookup treats as unset ("", none, null, n/a; case-insensitive) and
// path-like values it refuses from a bot's own row (../ ./ / ~ prefixes, .gguf .bin .safetensors).
bool isPlaceholder(const QString& value);
bool isPathLike(const QString& value);
// Either of the above: ConfigManager::get_config falls back to the default (nil-UUID) row.
bool fallsBack(const QString& value);

// Levenshtein distance (for typo hints; small strings only).
int editDistance(const QString& a, const QString& b);

} // namespace ConfigKeys
