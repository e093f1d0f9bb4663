#include "core/common/backgroundwork.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>
#include <unistd.h>

// Background work (log indexing, listing parses) runs below the GUI thread's priority; the GUI
// thread and other users of the global pool keep theirs.
class TstBackgroundWork : public QObject
{
    Q_OBJECT

    static int ownNice() { return ::getpriority(PRIO_PROCESS, id_t(::gettid())); }

private Q_SLOTS:
    void jobsInTheBackgroundPoolRunNiced()
    {
        const int base = ::getpriority(PRIO_PROCESS, id_t(::getpid()));
        if (base + GbAdmin::BackgroundNice > 19)
            QSKIP("already at the lowest priority");
        const int main = ownNice();
        const int job = QtConcurrent::run(GbAdmin::backgroundPool(), [] {
            GbAdmin::lowerThisThreadsPriority();
            GbAdmin::lowerThisThreadsPriority(); // once per thread, not once per call
            return ownNice();
        }).result();
        QCOMPARE(job, base + GbAdmin::BackgroundNice);
        QCOMPARE(ownNice(), main);
        QVERIFY(GbAdmin::backgroundPool() != QThreadPool::globalInstance());
        const int global = QtConcurrent::run(QThreadPool::globalInstance(), [] { return ownNice(); }).result();
        QCOMPARE(global, base);
    }
};

QTEST_GUILESS_MAIN(TstBackgroundWork)
#include "tst_backgroundwork.moc"
