// Refresh of a generated 1,000-container `incus list`: parse time against `jq length` on the same
// JSON, and the GUI-thread part (applying the parsed list to the model) against the 50 ms budget.
#include "core/containers/containermodel.h"
#include "core/containers/incusparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray generate(int count, int generation)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        const bool running = (i + generation) % 17 != 0;
        const QByteArray name = "c" + QByteArray::number(i);
        const QByteArray ip = "10.0." + QByteArray::number(2 + i / 250) + '.' + QByteArray::number(i % 250 + 2);
        if (i)
            out += ',';
        out += R"({"name":")" + name + R"(","description":"","status":")" + (running ? "Running" : "Stopped")
            + R"(","status_code":)" + (running ? "103" : "102")
            + R"(,"type":"container","architecture":"x86_64","created_at":"2026-01-10T12:00:00Z",)"
              R"("last_used_at":"2026-05-19T08:00:00.123456789Z","location":"none","project":"default",)"
              R"("ephemeral":false,"stateful":false,"profiles":["default"],"config":{"image.os":"Debian",)"
              R"("volatile.eth0.hwaddr":"10:66:6a:00:00:01","limits.memory":"2GiB"},"devices":{},)"
              R"("expanded_config":{"image.os":"Debian"},"expanded_devices":{"eth0":{"type":"nic","network":"incusbr0"}},)"
              R"("backups":[],"state":{"status":")"
            + (running ? "Running" : "Stopped") + R"(","status_code":)" + (running ? "103" : "102") + R"(,"pid":)"
            + QByteArray::number(running ? 1000 + i : 0)
            + R"(,"processes":12,"started_at":"2026-05-19T08:00:00Z","cpu":{"usage":)"
            + QByteArray::number(qint64(i) * 1000003 + generation)
            + R"(,"allocated_time":0},"memory":{"usage":104857600,"usage_peak":0,"total":0,"swap_usage":0,)"
              R"("swap_usage_peak":0},"disk":{"root":{"usage":123456,"total":0}},"network":{"eth0":{"addresses":[)"
              R"({"family":"inet","address":")"
            + ip
            + R"(","netmask":"24","scope":"global"},{"family":"inet6","address":"fe80::1","netmask":"64",)"
              R"("scope":"link"}],"counters":{"bytes_received":1,"bytes_sent":2,"packets_received":3,)"
              R"("packets_sent":4,"errors_received":0,"errors_sent":0,"packets_dropped_outbound":0,)"
              R"("packets_dropped_inbound":0},"hwaddr":"10:66:6a:00:00:01","host_name":"veth)"
            + name
            + R"(","mtu":1500,"state":"up","type":"broadcast"},"lo":{"addresses":[{"family":"inet",)"
              R"("address":"127.0.0.1","netmask":"8","scope":"local"}],"type":"loopback"}},)"
              R"("os_info":{"os":"Debian","os_version":"12","kernel_version":"6.1","hostname":")"
            + name
            + R"(","fqdn":""}},"snapshots":[{"name":"daily-1","created_at":"2026-05-18T03:00:00Z",)"
              R"("expires_at":"0001-01-01T00:00:00Z","last_used_at":"0001-01-01T00:00:00Z",)"
              R"("stateful":false,"size":-1}]})";
    }
    return out + "]\n";
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = 1000;
    const int rounds = 21;
    const QByteArray first = generate(count, 0);
    const QByteArray second = generate(count, 1);

    std::vector<double> parseMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const auto list = Incus::parseList(i % 2 ? second : first);
        parseMs.push_back(t.nsecsElapsed() / 1e6);
        if (!list.ok() || list->size() != count) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(list.errorMessage()));
            return 1;
        }
    }

    // GUI-thread part: apply alternating answers (status, pid and cpu change on many rows).
    const auto a = Incus::parseList(first);
    const auto b = Incus::parseList(second);
    ContainerModel model;
    model.setContainers(*a);
    std::vector<double> applyMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        model.setContainers(i % 2 ? *a : *b);
        applyMs.push_back(t.nsecsElapsed() / 1e6);
    }

    double jqMs = -1;
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (!jq.isEmpty()) {
        QTemporaryFile file;
        file.open();
        file.write(first);
        file.flush();
        std::vector<double> runs;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.start(jq, { QStringLiteral("length"), file.fileName() });
            p.waitForFinished();
            runs.push_back(t.nsecsElapsed() / 1e6);
            if (p.readAllStandardOutput().trimmed() != QByteArray::number(count))
                return 1;
        }
        jqMs = median(runs);
    }

    const double parse = median(parseMs);
    const double apply = *std::max_element(applyMs.begin(), applyMs.end());
    std::printf("incus list: %d containers, %.1f KiB of JSON\n", count, first.size() / 1024.0);
    std::printf("parse (worker thread), median of %d: %.2f ms\n", rounds, parse);
    if (jqMs >= 0)
        std::printf(
            "jq length (process incl. start), median: %.2f ms  -> ratio parse/jq = %.2fx\n", jqMs, parse / jqMs);
    else
        std::printf("jq not found: no ratio\n");
    std::printf("model apply (GUI thread), worst of %d: %.2f ms (budget 50 ms: %s)\n", rounds, apply,
        apply <= 50 ? "ok" : "OVER");
    return apply <= 50 ? 0 : 1;
}
