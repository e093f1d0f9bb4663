#include "core/settings/appsettings.h"

#include "core/common/version.h"

#include <QEvent>
#include <QSettings>
#include <QThread>

namespace {
std::unique_ptr<QSettings> openSettings(const QString& fileName)
{
    return fileName.isEmpty() ? std::make_unique<QSettings>(GbAdmin::organizationName(), GbAdmin::applicationName())
                              : std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}
} // namespace

// Lives on the writer thread; makes its QSettings there, at the first write.
class AppSettings::Writer : public QObject
{
public:
    explicit Writer(const QString& fileName)
        : m_fileName(fileName)
    { }
    void write()
    {
        if (!m_settings)
            m_settings = openSettings(m_fileName);
        m_settings->sync();
    }

private:
    QString m_fileName;
    std::unique_ptr<QSettings> m_settings;
};

AppSettings::AppSettings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(openSettings(fileName))
    , m_writerThread(new QThread)
    , m_writer(new Writer(fileName))
{
    // QSettings writes its changes from an event it posts to itself, on its thread: the GUI's.
    // That event is dropped here; a second QSettings on the writer thread writes them instead
    // (distinct QSettings objects on one file may be used from different threads, and within one
    // process they share the pending changes).
    m_settings->installEventFilter(this);
    m_writerThread->setObjectName(QStringLiteral("settings writer"));
    m_writer->moveToThread(m_writerThread);
    m_writerThread->start();
}

AppSettings::~AppSettings()
{
    m_writerThread->quit();
    m_writerThread->wait(); // a write in progress finishes; m_settings' destructor writes the rest
    delete m_writer;
    delete m_writerThread;
}

bool AppSettings::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_settings.get() && event->type() == QEvent::UpdateRequest)
        return true; // setRaw()/setRecords() ask the writer
    return QObject::eventFilter(watched, event);
}

void AppSettings::writeSoon()
{
    if (m_writeQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_writer,
        [this] {
            m_writeQueued = false;
            m_writer->write();
        },
        Qt::QueuedConnection);
}

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
    writeSoon();
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
    writeSoon();
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
