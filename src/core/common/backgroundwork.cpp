#include "core/common/backgroundwork.h"

#include <QThreadPool>

#ifdef __linux__
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace GbAdmin {

void lowerThisThreadsPriority()
{
#ifdef __linux__
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // Relative to the main thread's: threads started by a lowered thread inherit its value.
    errno = 0;
    const int base = ::getpriority(PRIO_PROCESS, id_t(::getpid()));
    const id_t tid = id_t(::gettid());
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && now < qMin(19, base + BackgroundNice))
        ::setpriority(PRIO_PROCESS, tid, qMin(19, base + BackgroundNice));
#endif
}

Q_GLOBAL_STATIC(QThreadPool, pool)

QThreadPool* backgroundPool()
{
    return pool();
}

} // namespace GbAdmin
