#pragma once

// Small helpers several test executables share.

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace TestHelpers {

// The whole file, or nothing when it cannot be read (the caller's comparison then fails).
inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Records every message the process logs (qDebug … qFatal, any thread) and passes it on, so a test
// can prove that no secret reached the log. One at a time per process.
class LogCapture
{
public:
    LogCapture() = default;
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;
    ~LogCapture() { stop(); }

    void start()
    {
        if (s_active == this)
            return;
        s_active = this;
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    void stop()
    {
        if (s_active != this)
            return;
        qInstallMessageHandler(s_previous);
        s_active = nullptr;
    }
    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    bool isEmpty() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.isEmpty();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (LogCapture* self = s_active) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    mutable QMutex m_mutex;
    QStringList m_lines;
    static inline LogCapture* s_active = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace TestHelpers
