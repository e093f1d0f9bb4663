#pragma once

class QThreadPool;

namespace GbAdmin {

// How much below the main thread's priority background work runs (nice steps).
constexpr int BackgroundNice = 10;

// Lowers the calling thread to the main thread's priority plus BackgroundNice, once per thread.
// Parsing and indexing threads that compete with the GUI thread at equal weight make it wait for a
// core (on one core: for 100 ms and more while a 1 MiB chunk is parsed); niced, they use what the
// GUI thread leaves, which on an idle machine is almost everything. Per thread on Linux (setpriority
// on a thread id); nothing elsewhere.
void lowerThisThreadsPriority();

// A thread pool for such work: its own, so lowering its threads touches no other user of the
// global pool. Jobs call lowerThisThreadsPriority() first.
QThreadPool* backgroundPool();

} // namespace GbAdmin
