#include "core/ssh/sshconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

QString homeDir()
{
    return QDir::homePath();
}

// Splits a config line's arguments: whitespace separated, double quotes group (as OpenSSH's argv_split).
QStringList splitArgs(const QString& s)
{
    QStringList out;
    QString cur;
    bool inQuote = false;
    bool have = false;
    for (const QChar c : s) {
        if (c == QLatin1Char('"')) {
            inQuote = !inQuote;
            have = true;
        } else if (!inQuote && c.isSpace()) {
            if (have)
                out << cur;
            cur.clear();
            have = false;
        } else {
            cur += c;
            have = true;
        }
    }
    if (have)
        out << cur;
    return out;
}

} // namespace

bool globMatch(QStringView pattern, QStringView text)
{
    // Iterative * and ? matching, case-insensitive like OpenSSH's match_pattern on host names.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p].toLower() == text[t].toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

namespace {

struct Parser
{
    QList<SshConfig::Entry>* entries;
    int depth = 0;

    Result<> parseText(const QByteArray& text, const QString& baseDir, QStringList currentPatterns, bool inMatch)
    {
        // The section we are in; included text starts in the includer's section.
        entries->append(SshConfig::Entry { currentPatterns, inMatch, {} });
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray& raw : lines) {
            QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            // "Keyword value", "Keyword=value", "Keyword = value".
            qsizetype i = 0;
            while (i < line.size() && !line[i].isSpace() && line[i] != QLatin1Char('='))
                ++i;
            const QString keyword = line.left(i).toLower();
            QString rest = line.mid(i).trimmed();
            if (rest.startsWith(QLatin1Char('=')))
                rest = rest.mid(1).trimmed();
            if (keyword == QLatin1String("host")) {
                currentPatterns = splitArgs(rest);
                inMatch = false;
                entries->append(SshConfig::Entry { currentPatterns, false, {} });
            } else if (keyword == QLatin1String("match")) {
                // Match criteria are not evaluated: its block is treated as never applying.
                currentPatterns = QStringList { QStringLiteral("!*") };
                inMatch = true;
                entries->append(SshConfig::Entry { currentPatterns, true, {} });
            } else if (keyword == QLatin1String("include")) {
                if (depth >= 16)
                    return Error::of(QStringLiteral("ssh config: Include nested too deeply"));
                for (QString pat : splitArgs(rest)) {
                    if (pat.startsWith(QLatin1String("~/")))
                        pat = homeDir() + pat.mid(1);
                    else if (!QDir::isAbsolutePath(pat))
                        pat = baseDir + QLatin1Char('/') + pat;
                    const QFileInfo fi(pat);
                    QDir dir = fi.dir();
                    const QStringList files
                        = dir.entryList(QStringList { fi.fileName() }, QDir::Files | QDir::Readable, QDir::Name);
                    for (const QString& f : files) {
                        QFile file(dir.filePath(f));
                        if (!file.open(QIODevice::ReadOnly))
                            continue;
                        ++depth;
                        auto r = parseText(file.readAll(), baseDir, currentPatterns, inMatch);
                        --depth;
                        if (!r)
                            return r;
                    }
                    // After an Include the includer's section continues.
                    entries->append(SshConfig::Entry { currentPatterns, inMatch, {} });
                }
            } else if (!keyword.isEmpty()) {
                entries->last().options.append({ keyword, rest });
            }
        }
        return {};
    }
};

QString expandTokens(QString s, const QHash<QChar, QString>& tokens)
{
    if (s.startsWith(QLatin1String("~/")) || s == QLatin1String("~"))
        s = homeDir() + s.mid(1);
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('%') && i + 1 < s.size()) {
            const QChar t = s[i + 1];
            if (t == QLatin1Char('%')) {
                out += QLatin1Char('%');
                ++i;
                continue;
            }
            if (tokens.contains(t)) {
                out += tokens.value(t);
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

} // namespace

QString SshConfig::defaultPath()
{
    return homeDir() + QStringLiteral("/.ssh/config");
}

Result<SshConfig> SshConfig::load(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        SshConfig c;
        c.m_path = path;
        return c;
    }
    if (!f.open(QIODevice::ReadOnly))
        return Error::of(QCoreApplication::translate("SshConfig", "Cannot read the SSH configuration %1: %2")
                             .arg(path, f.errorString()));
    // OpenSSH resolves relative Includes of the user config against ~/.ssh.
    auto r = parse(f.readAll(), homeDir() + QStringLiteral("/.ssh"));
    if (r)
        r->m_path = path;
    return r;
}

Result<SshConfig> SshConfig::parse(const QByteArray& text, const QString& baseDir)
{
    SshConfig c;
    Parser p { &c.m_entries };
    auto r = p.parseText(text, baseDir.isEmpty() ? homeDir() + QStringLiteral("/.ssh") : baseDir, {}, false);
    if (!r)
        return r.error();
    return c;
}

bool SshConfig::hostMatches(const QStringList& patterns, const QString& host)
{
    bool matched = false;
    for (const QString& p : patterns) {
        if (p.startsWith(QLatin1Char('!'))) {
            if (globMatch(QStringView(p).mid(1), host))
                return false; // a negated match vetoes the whole line
        } else if (globMatch(p, host)) {
            matched = true;
        }
    }
    return matched;
}

QStringList SshConfig::hostAliases() const
{
    QStringList out;
    for (const Entry& e : m_entries) {
        if (e.isMatchBlock)
            continue;
        for (const QString& p : e.patterns) {
            if (p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')) || p.startsWith(QLatin1Char('!')))
                continue;
            if (!out.contains(p))
                out << p;
        }
    }
    return out;
}

SshTarget SshConfig::resolve(const QString& alias, const QString& localUser) const
{
    QHash<QString, QString> first;
    QStringList identities;
    for (const Entry& e : m_entries) {
        if (!e.patterns.isEmpty() && !hostMatches(e.patterns, alias))
            continue;
        for (const auto& [key, value] : e.options) {
            if (key == QLatin1String("identityfile"))
                identities << value;
            else if (!first.contains(key))
                first.insert(key, value);
        }
    }
    const QString local = localUser.isEmpty() ? qEnvironmentVariable("USER") : localUser;
    SshTarget t;
    t.alias = alias;
    t.sshConfigFile = m_path;
    QHash<QChar, QString> tokens { { QLatin1Char('h'), alias }, { QLatin1Char('n'), alias },
        { QLatin1Char('u'), local }, { QLatin1Char('d'), homeDir() } };
    t.host = first.contains(QStringLiteral("hostname"))
        ? expandTokens(splitArgs(first.value(QStringLiteral("hostname"))).value(0), tokens)
        : alias;
    t.user = first.contains(QStringLiteral("user")) ? splitArgs(first.value(QStringLiteral("user"))).value(0) : local;
    bool ok = false;
    const int port = first.value(QStringLiteral("port")).toInt(&ok);
    t.port = ok && port > 0 && port < 65536 ? port : 22;
    tokens.insert(QLatin1Char('h'), t.host);
    tokens.insert(QLatin1Char('r'), t.user);
    tokens.insert(QLatin1Char('p'), QString::number(t.port));
    for (const QString& id : std::as_const(identities)) {
        const QString path = expandTokens(splitArgs(id).value(0), tokens);
        if (path.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0 && !t.identityFiles.contains(path))
            t.identityFiles << path;
    }
    const QString jump = first.value(QStringLiteral("proxyjump")).trimmed();
    if (!jump.isEmpty() && jump.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        t.proxyJump = jump.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (first.contains(QStringLiteral("userknownhostsfile"))) {
        QStringList files;
        for (const QString& f : splitArgs(first.value(QStringLiteral("userknownhostsfile"))))
            files << expandTokens(f, tokens);
        t.knownHostsFile = files.value(0);
        t.moreKnownHostsFiles = files.mid(1);
    }
    if (first.contains(QStringLiteral("globalknownhostsfile"))) {
        t.globalKnownHostsFiles.clear();
        for (const QString& f : splitArgs(first.value(QStringLiteral("globalknownhostsfile"))))
            t.globalKnownHostsFiles << expandTokens(f, tokens);
    }
    const QString strict = first.value(QStringLiteral("stricthostkeychecking")).toLower();
    if (strict == QLatin1String("yes"))
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::Strict;
    else if (strict == QLatin1String("accept-new") || strict == QLatin1String("no") || strict == QLatin1String("off"))
        t.hostKeyPolicy = SshTarget::HostKeyPolicy::AcceptNew; // a changed key still stops us, unlike OpenSSH's "no"
    const int timeout = first.value(QStringLiteral("connecttimeout")).toInt(&ok);
    if (ok && timeout > 0)
        t.connectTimeoutMs = timeout * 1000;
    const int alive = first.value(QStringLiteral("serveraliveinterval")).toInt(&ok);
    if (ok && alive > 0)
        t.keepaliveIntervalMs = alive * 1000;
    const int count = first.value(QStringLiteral("serveralivecountmax")).toInt(&ok);
    if (ok && count > 0)
        t.keepaliveCountMax = count;
    return t;
}
