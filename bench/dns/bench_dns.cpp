// Benchmark of the DNS zone engine against BIND's named-checkzone, in one run:
//   bench_dns [records]      generates the zone into a temporary directory, runs named-checkzone
//                            and this engine (as a child of itself) with wall time and peak RSS
//                            from wait4(), and prints the ratios the issue asks for.
// Build it optimised (CMAKE_BUILD_TYPE=Release); a Debug build measures the debug allocator.
#include "core/dns/zonedocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {
struct RunStats
{
    double wallSeconds = 0;
    double cpuSeconds = 0;
    long peakRssKb = 0;
    int exitCode = -1;
    std::string output;
};

// Runs a program, capturing stdout, and measures it the way /usr/bin/time does (wait4 rusage).
RunStats run(const std::vector<std::string>& argv)
{
    RunStats s;
    int fds[2];
    if (pipe(fds) != 0)
        return s;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return s;
    }
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    char buf[4096];
    ssize_t n = 0;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        s.output.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    struct rusage ru;
    std::memset(&ru, 0, sizeof ru);
    wait4(pid, &status, 0, &ru);
    s.wallSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    s.peakRssKb = ru.ru_maxrss;
    s.cpuSeconds = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return s;
}

bool generate(const QString& path, int records)
{
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!f)
        return false;
    std::fputs("$ORIGIN bench.test.\n$TTL 3600\n"
               "@ IN SOA ns1 hostmaster ( 2026051901 7200 3600 1209600 3600 )\n"
               "  IN NS ns1\n"
               "ns1 IN A 10.0.0.1\n",
        f);
    int written = 3;
    // Groups of six: an A host plus records that refer to it, the mix the issue names.
    for (int i = 0; written < records; ++i) {
        const int k = i % 6;
        const int h = i - k;
        switch (k) {
        case 0:
            std::fprintf(f, "h%d IN A 10.%d.%d.%d\n", h, (h >> 16) & 255, (h >> 8) & 255, h & 255);
            break;
        case 1:
            std::fprintf(f, "h%d 300 IN AAAA 2001:db8::%x:%x\n", h, (h >> 16) & 0xffff, h & 0xffff);
            break;
        case 2:
            std::fprintf(f, "h%d IN MX 10 h%d\n", h, h);
            break;
        case 3:
            std::fprintf(f, "t%d IN TXT \"v=spf1 -all\" \"record %d\"\n", h, i);
            break;
        case 4:
            std::fprintf(f, "c%d IN CNAME h%d\n", h, h);
            break;
        default:
            std::fprintf(f, "_sip._tcp.h%d IN SRV 10 5 5060 h%d\n", h, h);
            break;
        }
        ++written;
    }
    return std::fclose(f) == 0;
}

double cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Child mode: load, validate, edit, save; prints one line of figures.
int parseMode(const char* file)
{
    QFile f(QString::fromLocal8Bit(file));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuNow();
    const QByteArray bytes = f.readAll();
    ZoneDocument doc;
    doc.load(bytes, QStringLiteral("bench.test"));
    const int errors = doc.errorCount();
    const double parseMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const double parseCpuMs = (cpuNow() - cpu0) * 1000.0;

    t.restart();
    const bool identical = doc.save() == bytes;
    const double saveMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    // One edit at a time, each followed by the re-validation it causes and the error count.
    std::vector<double> edits;
    const int n = doc.entryCount();
    int errorsAfter = 0;
    for (int i = 0; i < 30; ++i) {
        const int pos = 5 + static_cast<int>((static_cast<long long>(n - 10) * (i + 1)) / 31);
        QElapsedTimer e;
        e.start();
        switch (i % 3) {
        case 0:
            doc.setRecordTtl(pos, 600);
            break;
        case 1: {
            ZoneDocument::Record r;
            r.owner = QStringLiteral("new%1").arg(i);
            r.type = QStringLiteral("CNAME");
            r.data = QStringLiteral("h0");
            doc.insertRecord(pos, r);
            break;
        }
        default:
            doc.setRecordData(pos, doc.record(pos).data);
            break;
        }
        errorsAfter = doc.errorCount();
        edits.push_back(static_cast<double>(e.nsecsElapsed()) / 1e6);
    }
    std::sort(edits.begin(), edits.end());
    // What a pane does next: the full list of findings with line numbers (renumbers lines once).
    QElapsedTimer d;
    d.start();
    const auto findings = doc.diagnostics();
    const double diagMs = static_cast<double>(d.nsecsElapsed()) / 1e6;
    std::printf("parse_ms=%.1f parse_cpu_ms=%.1f save_ms=%.1f identical=%d errors=%d errors_after=%d "
                "edit_median_ms=%.3f edit_max_ms=%.3f diagnostics_after_edits_ms=%.2f findings=%d entries=%d "
                "mem_mb=%.1f\n",
        parseMs, parseCpuMs, saveMs, identical ? 1 : 0, errors, errorsAfter, edits[edits.size() / 2], edits.back(),
        diagMs, static_cast<int>(findings.size()), n, static_cast<double>(doc.memoryBytes()) / 1048576.0);
    return 0;
}

double field(const std::string& s, const char* key)
{
    const auto at = s.find(key);
    return at == std::string::npos ? -1 : std::atof(s.c_str() + at + std::strlen(key));
}
} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--parse") == 0)
        return parseMode(argv[2]);
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const QString checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"));
    if (checker.isEmpty()) {
        std::fprintf(stderr, "named-checkzone not found (Debian package bind9-utils)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString zone = dir.filePath(QStringLiteral("bench.test.zone"));
    if (!generate(zone, records)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(zone));
        return 2;
    }
    const std::string zonePath = QFile::encodeName(zone).toStdString();
    std::printf("zone: %d records, %.1f MB (%s)\n", records, static_cast<double>(QFile(zone).size()) / 1048576.0,
        zonePath.c_str());

    // Flags as in tst_zoneoracle: what a loader refuses (see there).
    const RunStats bind
        = run({ QFile::encodeName(checker).toStdString(), "-k", "ignore", "-i", "local", "bench.test", zonePath });
    std::printf("named-checkzone -k ignore -i local: wall %.3f s, cpu %.3f s, peak RSS %.1f MB, exit %d (%s)\n",
        bind.wallSeconds, bind.cpuSeconds, static_cast<double>(bind.peakRssKb) / 1024.0, bind.exitCode,
        bind.exitCode == 0 ? "zone OK" : "REJECTED");

    const RunStats self = run({ QCoreApplication::applicationFilePath().toStdString(), "--parse", zonePath });
    const std::string& o = self.output;
    if (self.exitCode != 0 || o.empty()) {
        std::fprintf(stderr, "engine run failed (exit %d)\n", self.exitCode);
        return 1;
    }
    const double parseS = field(o, "parse_ms=") / 1000.0;
    const double editMs = field(o, "edit_median_ms=");
    std::printf("engine: %s", o.c_str());
    std::printf("engine process: wall %.3f s (includes reading, saving and 30 edits), peak RSS %.1f MB\n",
        self.wallSeconds, static_cast<double>(self.peakRssKb) / 1024.0);
    const double timeRatio = parseS / bind.wallSeconds;
    const double cpuRatio = field(o, "parse_cpu_ms=") / 1000.0 / bind.cpuSeconds;
    const double memRatio = static_cast<double>(self.peakRssKb) / static_cast<double>(bind.peakRssKb);
    const double editRatio = editMs / (parseS * 1000.0);
    const double editMaxRatio = field(o, "edit_max_ms=") / (parseS * 1000.0);
    const bool identical = field(o, "identical=") == 1;
    const bool sameVerdict = (field(o, "errors=") == 0) == (bind.exitCode == 0);
    std::printf("\nratio parse+validate / named-checkzone wall:  %.3f  (target <= 0.33) %s\n", timeRatio,
        timeRatio <= 0.33 ? "PASS" : "FAIL");
    std::printf("  (same on CPU time, steadier on a loaded machine: %.3f)\n", cpuRatio);
    std::printf("ratio peak RSS / named-checkzone peak RSS:    %.3f  (target <= 1.00) %s\n", memRatio,
        memRatio <= 1.0 ? "PASS" : "FAIL");
    std::printf("ratio one edit + re-validation / full parse:  %.5f (target <= 0.01) %s\n", editRatio,
        editRatio <= 0.01 ? "PASS" : "FAIL");
    std::printf("  (slowest of the 30 edits: %.5f)\n", editMaxRatio);
    std::printf("unmodified save byte-identical:               %s\n", identical ? "PASS" : "FAIL");
    std::printf("same verdict as named-checkzone:              %s\n", sameVerdict ? "PASS" : "FAIL");
    return timeRatio <= 0.33 && memRatio <= 1.0 && editRatio <= 0.01 && identical && sameVerdict ? 0 : 1;
}
