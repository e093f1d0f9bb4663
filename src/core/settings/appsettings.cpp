#include "core/settings/appsettings.h"

#include "core/common/version.h"

#include <QSettings>

AppSettings::AppSettings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(fileName.isEmpty()
              ? std::make_unique<QSettings>(GbAdmin::organizationName(), GbAdmin::applicationName())
              : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QVariant AppSettings::raw(const QString& key) const
{
    return m_settings->value(key);
}

void AppSettings::setRaw(const QString& key, const QVariant& value)
{
    if (m_settings->value(key) == value)
        return;
    if (value.isValid())
        m_settings->setValue(key, value);
    else
        m_settings->remove(key);
    Q_EMIT changed(key);
}

QList<QVariantMap> AppSettings::records(const QString& group) const
{
    QList<QVariantMap> out;
    const int n = m_settings->beginReadArray(group);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap record;
        const QStringList keys = m_settings->childKeys();
        for (const QString& k : keys)
            record.insert(k, m_settings->value(k));
        out.append(record);
    }
    m_settings->endArray();
    return out;
}

void AppSettings::setRecords(const QString& group, const QList<QVariantMap>& records)
{
    m_settings->remove(group);
    m_settings->beginWriteArray(group, int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        m_settings->setArrayIndex(i);
        for (auto it = records[i].cbegin(); it != records[i].cend(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endArray();
    Q_EMIT changed(group);
}

bool AppSettings::hasRecords(const RecordGroup& group) const
{
    return m_settings->contains(QString::fromLatin1(group.name) + QStringLiteral("/size"));
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}
