#pragma once

// Small helpers several test executables share.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <type_traits>

namespace TestHelpers {

// True when the tests run in CI (.ci/run sets CI=true): there a missing component is a failure.
inline bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

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

// QSignalSpy's job for signals a worker thread emits: QSignalSpy (Qt 6.4) appends from the emitting
// thread without a lock while the test reads. Here the recording runs on the test's thread: directly
// when the signal is emitted there, queued (in order) when a worker emits it, so QTRY_* waits see it.
class SignalLog : public QObject
{
public:
    // Base: the class declaring the signal (a signal inherited from an interface is named through it).
    template<typename Sender, typename Base, typename... Args>
    SignalLog(const Sender* sender, void (Base::*signal)(Args...))
    {
        static_assert(std::is_base_of_v<Base, Sender>);
        connect(static_cast<const Base*>(sender), signal, this,
            [this](std::decay_t<Args>... args) { m_calls.append(QVariantList { QVariant::fromValue(args)... }); });
    }
    bool isEmpty() const { return m_calls.isEmpty(); }
    qsizetype size() const { return m_calls.size(); }
    const QVariantList& first() const { return m_calls.first(); }
    const QVariantList& last() const { return m_calls.last(); }
    const QVariantList& at(qsizetype i) const { return m_calls.at(i); }

private:
    QList<QVariantList> m_calls;
};

} // namespace TestHelpers

// A component the test needs is not available here (password sshd, real sudo, keyring, DNS port):
// a local run skips with the reason; under CI (CI=true) the test fails naming what was missing, so
// a CI run can never pass by skipping.
#define GBADMIN_SKIP_UNAVAILABLE(reason)                                                                               \
    do {                                                                                                               \
        const QString gbadminMissing_ = (reason);                                                                      \
        if (TestHelpers::inCi())                                                                                       \
            QFAIL(qPrintable(QStringLiteral("required test component unavailable in CI: ") + gbadminMissing_));        \
        QSKIP(qPrintable(gbadminMissing_));                                                                            \
    } while (false)
