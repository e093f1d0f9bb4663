#include "core/bots/configkeys.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace ConfigKeys {
namespace {

struct Entry
{
    const char* key;
    Group group;
    const char* description; // translated through QT_TRANSLATE_NOOP's context "ConfigKeys"
};

#define D(text) QT_TRANSLATE_NOOP("ConfigKeys", text)

// Exact keys of spec §2.3. Families (param-*, whatsapp-*, oauth-<provider>-*, …) are in kFamilies.
const Entry kEntries[] = {
    { "llm-provider", Group::Llm, D("LLM backend name (openai, anthropic, groq, …).") },
    { "llm-url", Group::Llm, D("LLM endpoint URL.") },
    { "llm-key", Group::Llm, D("API key of the LLM endpoint (secret).") },
    { "llm-model", Group::Llm, D("LLM model name.") },
    { "llm-models", Group::Llm, D("Model aliases, separated by ';'.") },
    { "llm-temperature", Group::Llm, D("Sampling temperature of the LLM.") },
    { "llm-endpoint-path", Group::Llm, D("Path of the chat endpoint (default /v1/chat/completions).") },
    { "llm-cache", Group::Llm, D("Response cache on or off.") },
    { "llm-cache-ttl", Group::Llm, D("Lifetime of cached responses, in seconds.") },
    { "llm-cache-semantic", Group::Llm, D("Semantic (similarity) matching in the response cache.") },
    { "llm-cache-threshold", Group::Llm, D("Similarity threshold of the semantic cache.") },
    { "llm-server", Group::LlmServer, D("Run the embedded llama.cpp server.") },
    { "llm-server-path", Group::LlmServer, D("Path of the embedded llama.cpp server.") },
    { "llm-server-host", Group::LlmServer, D("Host of the embedded llama.cpp server.") },
    { "llm-server-port", Group::LlmServer, D("Port of the embedded llama.cpp server.") },
    { "llm-server-gpu-layers", Group::LlmServer, D("Layers offloaded to the GPU (llama.cpp).") },
    { "llm-server-n-moe", Group::LlmServer, D("Mixture-of-experts setting of llama.cpp.") },
    { "llm-server-ctx-size", Group::LlmServer, D("Context size of the embedded server.") },
    { "llm-server-n-predict", Group::LlmServer, D("Maximum tokens to predict (llama.cpp).") },
    { "llm-server-parallel", Group::LlmServer, D("Parallel slots of the embedded server.") },
    { "llm-server-cont-batching", Group::LlmServer, D("Continuous batching (llama.cpp).") },
    { "llm-server-mlock", Group::LlmServer, D("Lock the model in memory (llama.cpp).") },
    { "llm-server-no-mmap", Group::LlmServer, D("Do not memory-map the model (llama.cpp).") },
    { "llm-server-reasoning-format", Group::LlmServer, D("Reasoning output format (llama.cpp).") },
    { "llm-server-ubatch-size", Group::LlmServer, D("Physical batch size (llama.cpp).") },
    { "embedding-url", Group::Embeddings, D("Embeddings endpoint URL.") },
    { "embedding-model", Group::Embeddings, D("Embeddings model name.") },
    { "embedding-key", Group::Embeddings, D("API key of the embeddings endpoint (secret).") },
    { "embedding-dimensions", Group::Embeddings, D("Vector size of the embeddings model.") },
    { "embedding-batch-size", Group::Embeddings, D("Texts per embeddings request.") },
    { "embedding-concurrent", Group::Embeddings, D("Concurrent embeddings requests.") },
    { "embedding-timeout", Group::Embeddings, D("Timeout of an embeddings request.") },
    { "vectordb-url", Group::Knowledge, D("Qdrant URL.") },
    { "episodic-memory-threshold", Group::Knowledge, D("Messages before the context is compacted.") },
    { "episodic-memory-history", Group::Knowledge, D("Messages kept after compaction.") },
    { "history-limit", Group::Knowledge, D("Messages of history sent to the LLM.") },
    { "website-max-depth", Group::Knowledge, D("Crawler: maximum link depth.") },
    { "website-max-pages", Group::Knowledge, D("Crawler: maximum pages.") },
    { "website-expires", Group::Knowledge, D("Crawler: how long crawled pages stay valid.") },
    { "theme-color1", Group::Theme, D("Primary colour of the web UI.") },
    { "theme-color2", Group::Theme, D("Secondary colour of the web UI.") },
    { "theme-title", Group::Theme, D("Title shown by the web UI.") },
    { "theme-logo", Group::Theme, D("Logo URL of the web UI.") },
    { "theme-base", Group::Theme, D("Base theme of the web UI.") },
    { "theme-logo-text", Group::Theme, D("Text shown beside or instead of the logo.") },
    { "bot-name", Group::Identity, D("Display name of the bot.") },
    { "bot-description", Group::Identity, D("Description of the bot.") },
    { "welcome-message", Group::Identity, D("First message the bot sends.") },
    { "system-prompt", Group::Identity, D("System prompt of the bot.") },
    { "system-prompt-file", Group::Identity, D("File in the .gbot folder holding the system prompt.") },
    { "image-generator-model", Group::Multimodal, D("Image generator model.") },
    { "image-generator-steps", Group::Multimodal, D("Image generator steps.") },
    { "image-generator-width", Group::Multimodal, D("Image width.") },
    { "image-generator-height", Group::Multimodal, D("Image height.") },
    { "image-generator-gpu-layers", Group::Multimodal, D("Image generator GPU layers.") },
    { "image-generator-batch-size", Group::Multimodal, D("Image generator batch size.") },
    { "video-generator-model", Group::Multimodal, D("Video generator model.") },
    { "video-generator-frames", Group::Multimodal, D("Video frames.") },
    { "video-generator-fps", Group::Multimodal, D("Video frames per second.") },
    { "video-generator-width", Group::Multimodal, D("Video width.") },
    { "video-generator-height", Group::Multimodal, D("Video height.") },
    { "video-generator-gpu-layers", Group::Multimodal, D("Video generator GPU layers.") },
    { "video-generator-batch-size", Group::Multimodal, D("Video generator batch size.") },
    { "botmodels-enabled", Group::Multimodal, D("Use the botmodels service.") },
    { "botmodels-host", Group::Multimodal, D("Host of the botmodels service.") },
    { "botmodels-port", Group::Multimodal, D("Port of the botmodels service.") },
    { "botmodels-https", Group::Multimodal, D("Reach botmodels over HTTPS.") },
    { "botmodels-api-key", Group::Multimodal, D("API key of the botmodels service (secret).") },
    { "default-generator", Group::Multimodal, D("Default media generator.") },
    { "sms-provider", Group::Channels, D("SMS provider (twilio, aws, vonage, messagebird).") },
    { "sms-default-priority", Group::Channels, D("Default SMS priority.") },
    { "twilio-account-sid", Group::Channels, D("Twilio account SID.") },
    { "twilio-auth-token", Group::Channels, D("Twilio auth token (secret).") },
    { "twilio-from-number", Group::Channels, D("Twilio sender number.") },
    { "aws-access-key", Group::Channels, D("AWS access key for SMS (secret).") },
    { "aws-secret-key", Group::Channels, D("AWS secret key for SMS (secret).") },
    { "aws-region", Group::Channels, D("AWS region for SMS.") },
    { "vonage-api-key", Group::Channels, D("Vonage API key (secret).") },
    { "vonage-api-secret", Group::Channels, D("Vonage API secret (secret).") },
    { "vonage-from-number", Group::Channels, D("Vonage sender number.") },
    { "messagebird-api-key", Group::Channels, D("MessageBird API key (secret).") },
    { "messagebird-originator", Group::Channels, D("MessageBird originator.") },
    { "teams-app-id", Group::Channels, D("Microsoft Teams app id.") },
    { "teams-app-password", Group::Channels, D("Microsoft Teams app password (secret).") },
    { "teams-tenant-id", Group::Channels, D("Microsoft Teams tenant id.") },
    { "teams-bot-id", Group::Channels, D("Microsoft Teams bot id.") },
    { "teams-service-url", Group::Channels, D("Microsoft Teams service URL.") },
    { "telegram-bot-token", Group::Channels, D("Telegram bot token (secret).") },
    { "instagram-access-token", Group::Channels, D("Instagram access token (secret).") },
    { "instagram-account-id", Group::Channels, D("Instagram account id.") },
    { "instagram-page-id", Group::Channels, D("Instagram page id.") },
    { "instagram-verify-token", Group::Channels, D("Instagram webhook verify token (secret).") },
    { "email-from", Group::Channels, D("Sender address of the bot's e-mail.") },
    { "email-server", Group::Channels, D("SMTP server.") },
    { "email-port", Group::Channels, D("SMTP port.") },
    { "email-user", Group::Channels, D("SMTP user.") },
    { "email-pass", Group::Channels, D("SMTP password (secret).") },
    { "email-read-pixel", Group::Channels, D("Track e-mail opens with a pixel.") },
    { "custom-server", Group::Server, D("Custom database server.") },
    { "custom-port", Group::Server, D("Custom database port.") },
    { "custom-database", Group::Server, D("Custom database name.") },
    { "custom-username", Group::Server, D("Custom database user.") },
    { "custom-password", Group::Server, D("Custom database password (secret).") },
    { "mcp-server", Group::Server, D("MCP server of the bot.") },
    { "server_host", Group::Server, D("Address the bot server binds to (template default).") },
    { "server_port", Group::Server, D("Port of the bot server (template default).") },
    { "sites_root", Group::Server, D("Root folder of generated sites.") },
    { "hear-timeout-secs", Group::Server, D("Seconds HEAR waits for an answer.") },
    { "anthropic-key", Group::Llm, D("Anthropic API key of the sources app (secret).") },
    { "openai-key", Group::Llm, D("OpenAI API key of the sources app (secret).") },
    { "Answer Mode", Group::Legacy, D("Legacy GB key (older format).") },
    { "Server API", Group::Legacy, D("Legacy GB key (older format).") },
    { "Start Dialog", Group::Legacy, D("Legacy GB key (older format).") },
    { "Theme Color", Group::Legacy, D("Legacy GB key (older format; botui still reads it as a theme fallback).") },
};

struct Family
{
    const char* prefix;
    const char* suffix;
    Group group;
    const char* description;
};

// Key families read by prefix (SQL LIKE or string prefix in botserver) or documented as patterns.
const Family kFamilies[] = {
    { "param-", "", Group::Parameters, D("Becomes the BASIC variable named after 'param-', lower-cased.") },
    { "whatsapp-", "", Group::Channels, D("WhatsApp channel setting.") },
    { "sandbox-", "", Group::Server, D("Script sandbox setting (read by prefix).") },
    { "rag-", "", Group::Knowledge, D("Retrieval (RAG) setting (read by prefix).") },
    { "bm25-", "", Group::Knowledge, D("BM25 keyword search setting (read by prefix).") },
    { "bot-reflection-", "", Group::Identity, D("Bot reflection setting (read by prefix).") },
    { "bot-improvement-", "", Group::Identity, D("Bot improvement setting (read by prefix).") },
    { "oauth-", "-enabled", Group::Server, D("Sign-in with this OAuth provider on or off.") },
    { "oauth-", "-client-id", Group::Server, D("OAuth client id of this provider.") },
    { "oauth-", "-client-secret", Group::Server, D("OAuth client secret of this provider (secret).") },
    { "oauth-", "-redirect-uri", Group::Server, D("OAuth redirect URI of this provider.") },
    { "", "-api-server", Group::Server, D("API server of an integration (read with LIKE '%-api-server').") },
};

#undef D

const QHash<QString, const Entry*>& index()
{
    static const QHash<QString, const Entry*> h = [] {
        QHash<QString, const Entry*> m;
        for (const Entry& e : kEntries)
            m.insert(QString::fromUtf8(e.key), &e);
        return m;
    }();
    return h;
}

} // namespace

const QStringList& knownKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const Entry& e : kEntries)
            k << QString::fromUtf8(e.key);
        return k;
    }();
    return keys;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[size_t(j)] = std::min({ up + 1, row[size_t(j - 1)] + 1, diag + cost });
            diag = up;
        }
    }
    return row[size_t(b.size())];
}

Info lookup(const QString& key)
{
    Info info;
    if (key == QLatin1String("name")) {
        info.known = true;
        info.group = Group::Header;
        info.description = QCoreApplication::translate("ConfigKeys",
            "The `name,value` header line: current botserver stores it as key 'name' (harmless); "
            "older versions skip the first line, so keep it there.");
        return info;
    }
    if (const Entry* e = index().value(key)) {
        info.known = true;
        info.group = e->group;
        info.description = QCoreApplication::translate("ConfigKeys", e->description);
        return info;
    }
    for (const Family& f : kFamilies) {
        const QString prefix = QString::fromUtf8(f.prefix);
        const QString suffix = QString::fromUtf8(f.suffix);
        if (key.size() > prefix.size() + suffix.size() && key.startsWith(prefix) && key.endsWith(suffix)) {
            info.known = true;
            info.group = f.group;
            info.description = QCoreApplication::translate("ConfigKeys", f.description);
            return info;
        }
    }
    // A typo hint: the nearest exact key, when the distance is small for the key's length. Keys
    // compared case-insensitively, so "LLM-Model" points at llm-model.
    if (key.size() > 200)
        return info; // no quadratic work on hostile lengths
    const QString lower = key.toLower();
    int best = 1 << 30;
    QString bestKey;
    for (const QString& k : knownKeys()) {
        const int d = editDistance(lower, k.toLower());
        if (d < best) {
            best = d;
            bestKey = k;
        }
    }
    const int allowed = std::max(1, int(std::min(key.size(), bestKey.size()) / 4));
    if (best <= allowed && best > 0)
        info.suggestion = bestKey;
    else if (best == 0)
        info.suggestion = bestKey; // differs only in case: botserver keys are case-sensitive
    return info;
}

QString groupName(Group group)
{
    switch (group) {
    case Group::Llm:
        return QCoreApplication::translate("ConfigKeys", "LLM");
    case Group::LlmServer:
        return QCoreApplication::translate("ConfigKeys", "LLM server");
    case Group::Embeddings:
        return QCoreApplication::translate("ConfigKeys", "Embeddings");
    case Group::Knowledge:
        return QCoreApplication::translate("ConfigKeys", "Knowledge and memory");
    case Group::Theme:
        return QCoreApplication::translate("ConfigKeys", "Theme");
    case Group::Identity:
        return QCoreApplication::translate("ConfigKeys", "Identity");
    case Group::Parameters:
        return QCoreApplication::translate("ConfigKeys", "Parameters (param-*)");
    case Group::Channels:
        return QCoreApplication::translate("ConfigKeys", "Channels");
    case Group::Multimodal:
        return QCoreApplication::translate("ConfigKeys", "Multimodal");
    case Group::Server:
        return QCoreApplication::translate("ConfigKeys", "Server and integrations");
    case Group::Legacy:
        return QCoreApplication::translate("ConfigKeys", "Legacy");
    case Group::Header:
        return QCoreApplication::translate("ConfigKeys", "Header");
    case Group::Unknown:
        break;
    }
    return QCoreApplication::translate("ConfigKeys", "Unknown");
}

bool isSecretKey(const QString& key)
{
    const QString k = key.toLower();
    return k.endsWith(QLatin1String("-key")) || k.endsWith(QLatin1String("_key"))
        || k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k.contains(QLatin1String("token")) || k.endsWith(QLatin1String("-pass")) || k == QLatin1String("pass")
        || k.endsWith(QLatin1String("-passwd")) || k == QLatin1String("api key");
}

bool isPlaceholder(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v.isEmpty() || v == QLatin1String("none") || v == QLatin1String("null") || v == QLatin1String("n/a");
}

bool isPathLike(const QString& value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("../")) || v.startsWith(QLatin1String("./")) || v.startsWith(QLatin1Char('/'))
        || v.startsWith(QLatin1Char('~')) || v.endsWith(QLatin1String(".gguf")) || v.endsWith(QLatin1String(".bin"))
        || v.endsWith(QLatin1String(".safetensors"));
}

bool fallsBack(const QString& value)
{
    return isPlaceholder(value) || isPathLike(value);
}

} // namespace ConfigKeys
