// A Qt "generic" plugin loaded into an unchanged program (QT_QPA_GENERIC_PLUGINS=gbadminbenchprobe)
// to time its start: when the first widget paint of the process has been handled, it prints the
// time since GBADMIN_BENCH_LAUNCH_NS (CLOCK_MONOTONIC, taken by bench_gui right before starting
// the process) and ends the process. gbadmin and the hello-world are measured by the same code.
#include <QApplication>
#include <QEvent>
#include <QGenericPlugin>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QObject* parent)
        : QObject(parent)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_seen = true;
            // Runs after the whole paint-and-flush pass that delivered this event.
            QTimer::singleShot(0, this, [] {
                const qint64 launch = qgetenv("GBADMIN_BENCH_LAUNCH_NS").toLongLong();
                std::fprintf(
                    stderr, "GBADMIN_BENCH_FIRST_PAINT_NS %lld\n", static_cast<long long>(monotonicNs() - launch));
                std::fflush(stderr);
                if (qEnvironmentVariableIsSet("GBADMIN_BENCH_PROBE_EXIT"))
                    _exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

class BenchProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "benchprobe.json")
public:
    QObject* create(const QString& key, const QString&) override
    {
        if (key.compare(QLatin1String("gbadminbenchprobe"), Qt::CaseInsensitive) != 0)
            return nullptr;
        return new FirstPaintProbe(QCoreApplication::instance());
    }
};

#include "benchprobe.moc"
