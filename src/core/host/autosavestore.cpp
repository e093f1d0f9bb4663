#include "core/host/autosavestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
constexpr auto suffix = ".gbautosave";
constexpr int formatVersion = 1;
} // namespace

AutosaveStore::AutosaveStore(const QString& directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString AutosaveStore::filePathFor(const QString& profile, const RemoteLocation& location) const
{
    // A hash keeps hostile names (quotes, newlines, "..") out of the file system.
    const QByteArray key = profile.toUtf8() + '\0' + location.id().toUtf8();
    return m_dir + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(40))
        + QLatin1String(suffix);
}

Result<void> AutosaveStore::store(const QString& profile, const RemoteLocation& location,
    const RemoteVersion& baseVersion, const QByteArray& bytes) const
{
    if (!QDir().mkpath(m_dir))
        return Error::of(
            QCoreApplication::translate("AutosaveStore", "Cannot create the folder for unsaved edits %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonObject header;
    header.insert(QStringLiteral("format"), formatVersion);
    header.insert(QStringLiteral("profile"), profile);
    header.insert(QStringLiteral("location"), location.toJson());
    header.insert(QStringLiteral("base"), baseVersion.toJson());
    header.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    header.insert(QStringLiteral("size"), double(bytes.size()));
    header.insert(QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QString path = filePathFor(profile, location);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(QCoreApplication::translate("AutosaveStore", "Cannot keep the unsaved edit of %1: %2")
                             .arg(location.displayName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact));
    file.write("\n");
    file.write(bytes);
    if (!file.commit())
        return Error::of(QCoreApplication::translate("AutosaveStore", "Cannot keep the unsaved edit of %1: %2")
                             .arg(location.displayName(), file.errorString()));
    return {};
}

Result<AutosaveEntry> AutosaveStore::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(file.errorString(), file.exists() ? 1 : 2);
    const QByteArray data = file.readAll();
    const qsizetype eol = data.indexOf('\n');
    const QJsonObject header = QJsonDocument::fromJson(eol < 0 ? QByteArray() : data.left(eol)).object();
    if (header.value(QStringLiteral("format")).toInt() != formatVersion)
        return Error::of(
            QCoreApplication::translate("AutosaveStore", "%1 is not an unsaved edit of this version of GB Admin.")
                .arg(path));
    AutosaveEntry e;
    e.filePath = path;
    e.profile = header.value(QStringLiteral("profile")).toString();
    auto location = RemoteLocation::fromJson(header.value(QStringLiteral("location")).toObject());
    if (!location)
        return Error::of(QCoreApplication::translate("AutosaveStore", "%1 names no usable remote file: %2")
                             .arg(path, location.errorMessage()));
    e.location = *location;
    e.baseVersion = RemoteVersion::fromJson(header.value(QStringLiteral("base")).toObject());
    e.savedAt = QDateTime::fromString(header.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    e.bytes = data.mid(eol + 1);
    const qint64 size = qint64(header.value(QStringLiteral("size")).toDouble(-1));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(e.bytes, QCryptographicHash::Sha256).toHex());
    if (size != e.bytes.size() || sha != header.value(QStringLiteral("sha256")).toString())
        return Error::of(QCoreApplication::translate("AutosaveStore", "The unsaved edit of %1 in %2 is damaged.")
                             .arg(e.location.displayName(), path));
    return e;
}

Result<AutosaveEntry> AutosaveStore::load(const QString& profile, const RemoteLocation& location) const
{
    const QString path = filePathFor(profile, location);
    if (!QFile::exists(path))
        return Error::of(
            QCoreApplication::translate("AutosaveStore", "No unsaved edit of %1 is kept.").arg(location.displayName()),
            2);
    auto e = readFile(path);
    if (e && (e->profile != profile || !(e->location == location)))
        return Error::of(QCoreApplication::translate("AutosaveStore", "%1 belongs to another file.").arg(path));
    return e;
}

bool AutosaveStore::contains(const QString& profile, const RemoteLocation& location) const
{
    return QFile::exists(filePathFor(profile, location));
}

Result<void> AutosaveStore::remove(const QString& profile, const RemoteLocation& location) const
{
    QFile file(filePathFor(profile, location));
    if (file.exists() && !file.remove())
        return Error::of(QCoreApplication::translate("AutosaveStore", "Cannot remove the kept edit of %1: %2")
                             .arg(location.displayName(), file.errorString()));
    return {};
}

AutosaveStore::Listing AutosaveStore::list(const QString& profile) const
{
    Listing out;
    const QDir dir(m_dir);
    const QStringList names
        = dir.entryList({ QStringLiteral("*") + QLatin1String(suffix) }, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        auto e = readFile(dir.filePath(name));
        if (!e) {
            out.problems.append(e.errorMessage());
            continue;
        }
        if (profile.isEmpty() || e->profile == profile)
            out.entries.append(*e);
    }
    std::stable_sort(out.entries.begin(), out.entries.end(),
        [](const AutosaveEntry& a, const AutosaveEntry& b) { return a.savedAt > b.savedAt; });
    return out;
}
