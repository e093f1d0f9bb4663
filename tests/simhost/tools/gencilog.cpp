// simhost_gen_ci_log: a large Forgejo Actions task log on demand (never committed, never run by `up`).
//
//   simhost_gen_ci_log --lines N --out FILE.log.zst [--plain FILE.log] [--indexes FILE.idx]
//                      [--steps K] [--level L] [--threads T] [--seed S]
//
// Writes the log in Forgejo's storage format (specs/forgejo-actions-logs.md §3): lines
// `<28-byte UTC timestamp> <content>\n`, seekable zstd with 128 KiB frames and a seek table with
// checksums; optionally the plain text and the `log_indexes` blob (Go varints). Prints a JSON
// summary (lines, bytes, frames, step slices) on stdout so a caller can write matching DB rows.
// Plain C++ on purpose (no Qt): it only needs libzstd and must be fast.

#include <zstd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr size_t kFrameSize = 131072;
constexpr size_t kFramesPerBatch = 64;
constexpr uint32_t kSkippableMagic = 0x184D2A5E;
constexpr uint32_t kSeekableMagic = 0x8F92EAB1;

struct Options
{
    uint64_t lines = 0;
    std::string out;
    std::string plain;
    std::string indexes;
    int steps = 4;
    int level = 3;
    int threads = 2;
    uint64_t seed = 20261127;
};

[[noreturn]] void usage(const char* why)
{
    std::fprintf(stderr,
        "simhost_gen_ci_log: %s\nusage: simhost_gen_ci_log --lines N --out FILE.log.zst [--plain FILE.log] "
        "[--indexes FILE.idx] [--steps K] [--level L] [--threads T] [--seed S]\n",
        why);
    std::exit(2);
}

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            usage("missing value");
        const char* v = argv[++i];
        if (a == "--lines")
            o.lines = std::strtoull(v, nullptr, 10);
        else if (a == "--out")
            o.out = v;
        else if (a == "--plain")
            o.plain = v;
        else if (a == "--indexes")
            o.indexes = v;
        else if (a == "--steps")
            o.steps = std::atoi(v);
        else if (a == "--level")
            o.level = std::atoi(v);
        else if (a == "--threads")
            o.threads = std::max(1, std::atoi(v));
        else if (a == "--seed")
            o.seed = std::strtoull(v, nullptr, 10);
        else
            usage("unknown option");
    }
    if (o.lines < 20 || o.out.empty() || o.steps < 1)
        usage("--lines (>= 20) and --out are required");
    return o;
}

// xorshift64*: deterministic and fast.
struct Rng
{
    uint64_t s;
    uint64_t next()
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ULL;
    }
    uint32_t below(uint32_t n) { return uint32_t((next() >> 32) % n); }
};

// Timestamps in 100 ns ticks; the date part is formatted only when the second changes.
class Clock
{
public:
    explicit Clock(int64_t unixSeconds)
        : m_ticks(unixSeconds * 10000000LL)
    { }
    void advance(int64_t ticks) { m_ticks += ticks; }
    // Appends `YYYY-MM-DDTHH:MM:SS.fffffffZ ` (29 bytes).
    void append(std::string& out)
    {
        const int64_t sec = m_ticks / 10000000LL;
        if (sec != m_sec) {
            m_sec = sec;
            const std::time_t t = static_cast<std::time_t>(sec);
            std::tm tm {};
            gmtime_r(&t, &tm);
            std::strftime(m_prefix.data(), m_prefix.size(), "%Y-%m-%dT%H:%M:%S.", &tm);
        }
        out.append(m_prefix.data(), 20);
        int64_t frac = m_ticks % 10000000LL;
        char digits[7];
        for (int i = 6; i >= 0; --i) {
            digits[i] = char('0' + frac % 10);
            frac /= 10;
        }
        out.append(digits, 7);
        out.append("Z ", 2);
    }

private:
    int64_t m_ticks;
    int64_t m_sec = -1;
    std::array<char, 32> m_prefix {};
};

const char* const kCrates[] = { "serde", "tokio", "hyper", "axum", "diesel", "rustls", "regex", "chrono", "uuid",
    "tracing", "reqwest", "rhai", "tonic", "prost", "argon2", "zstd" };
const char* const kModules[] = { "core::config", "drive::monitor", "basic::compiler", "llm::cache", "session::manager",
    "kb::indexer", "automation::scheduler", "auth::directory" };

void appendNumber(std::string& out, uint64_t v)
{
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
    out.append(buf, size_t(n));
}

// One content line of a long test step, with the features a viewer must handle.
void appendContent(std::string& out, uint64_t n, Rng& rng)
{
    const uint32_t r = rng.below(1000);
    if (r < 3) {
        out += "##[group]Test shard ";
        appendNumber(out, n / 1000);
    } else if (r < 6) {
        out += "##[endgroup]";
    } else if (r < 8) {
        out += "\x1b[1m\x1b[31merror\x1b[0m: assertion failed at src/drive/monitor.rs:88:9\\n  left: 1\\n right: 2";
    } else if (r < 10) {
        out += "::error file=src/basic/compiler.rs,line=";
        appendNumber(out, 10 + rng.below(900));
        out += "::mismatched types";
    } else if (r < 14) {
        for (int p = 0; p <= 100; p += 25) {
            out += " Downloading ";
            appendNumber(out, uint64_t(p));
            out += "% \x1b[38;5;208m";
            out.append(size_t(p / 5), '#');
            out += "\x1b[0m\r";
        }
    } else if (r < 18) {
        out += "\x1b[38;2;255;135;0mwarning\x1b[0m: unused variable: `etag_";
        appendNumber(out, n);
        out += '`';
    } else if (r < 20) {
        out += "\x1b[0m";
    } else if (r < 120) {
        out += "\x1b[1m\x1b[32m   Compiling\x1b[0m ";
        out += kCrates[rng.below(std::size(kCrates))];
        out += " v1.";
        appendNumber(out, rng.below(40));
        out += '.';
        appendNumber(out, rng.below(20));
    } else {
        out += "test ";
        out += kModules[rng.below(std::size(kModules))];
        out += "::tests::case_";
        appendNumber(out, n);
        out += r < 122 ? " ... \x1b[31mFAILED\x1b[0m" : " ... \x1b[32mok\x1b[0m";
        out += " (";
        appendNumber(out, rng.below(2000));
        out += r < 140 ? " ms) S\xC3\xA3o Paulo \xE2\x9C\x93" : " ms)";
    }
}

void putVarint(std::string& out, int64_t v)
{
    uint64_t u = (uint64_t(v) << 1) ^ uint64_t(v >> 63);
    while (u >= 0x80) {
        out += char((u & 0x7F) | 0x80);
        u >>= 7;
    }
    out += char(u);
}

void putLe32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

struct Frame
{
    std::string compressed;
    uint32_t size = 0;
    uint32_t checksum = 0;
};

void compressRange(const std::string& text, size_t first, size_t last, std::vector<Frame>& frames, int level)
{
    ZSTD_CCtx* cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    for (size_t i = first; i < last; ++i) {
        const size_t off = i * kFrameSize;
        const size_t len = std::min(kFrameSize, text.size() - off);
        Frame& f = frames[i];
        f.compressed.resize(ZSTD_compressBound(len));
        const size_t n = ZSTD_compress2(cctx, f.compressed.data(), f.compressed.size(), text.data() + off, len);
        if (ZSTD_isError(n)) {
            std::fprintf(stderr, "simhost_gen_ci_log: %s\n", ZSTD_getErrorName(n));
            std::exit(1);
        }
        f.compressed.resize(n);
        f.size = uint32_t(len);
        // The frame ends with the low 32 bits of XXH64 of its content: the seek table's checksum.
        std::memcpy(&f.checksum, f.compressed.data() + n - 4, 4);
    }
    ZSTD_freeCCtx(cctx);
}

FILE* openOut(const std::string& path)
{
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::perror(path.c_str());
        std::exit(1);
    }
    return f;
}

void writeAll(FILE* f, const std::string& s)
{
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f) != s.size()) {
        std::perror("write");
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    FILE* out = openOut(o.out);
    FILE* plain = o.plain.empty() ? nullptr : openOut(o.plain);
    FILE* idx = o.indexes.empty() ? nullptr : openOut(o.indexes);

    Rng rng { o.seed * 0x9E3779B97F4A7C15ULL + 1 };
    Clock clock(1795766400); // 2026-11-27T08:00:00Z
    const uint64_t setupLines = 8;
    const uint64_t completeLines = 3;
    const uint64_t stepTotal = o.lines - setupLines - completeLines;
    std::vector<std::pair<uint64_t, uint64_t>> steps; // (log_index, log_length)
    for (int k = 0; k < o.steps; ++k) {
        const uint64_t from = setupLines + stepTotal * uint64_t(k) / uint64_t(o.steps);
        const uint64_t to = setupLines + stepTotal * uint64_t(k + 1) / uint64_t(o.steps);
        steps.emplace_back(from, to - from);
    }

    std::string pending; // uncompressed text not yet cut into frames
    std::string idxBuf;
    std::vector<uint32_t> sizes;
    std::vector<uint32_t> compressedSizes;
    std::vector<uint32_t> checksums;
    uint64_t offset = 0;
    size_t step = 0;
    const size_t batchBytes = kFrameSize * kFramesPerBatch;

    const auto flush = [&](bool final) {
        const size_t whole = final ? (pending.size() + kFrameSize - 1) / kFrameSize : pending.size() / kFrameSize;
        if (whole == 0)
            return;
        const size_t usable = std::min(pending.size(), whole * kFrameSize);
        std::vector<Frame> frames(whole);
        std::vector<std::thread> workers;
        const size_t t = std::min<size_t>(size_t(o.threads), whole);
        for (size_t w = 0; w < t; ++w)
            workers.emplace_back(
                compressRange, std::cref(pending), whole * w / t, whole * (w + 1) / t, std::ref(frames), o.level);
        for (auto& th : workers)
            th.join();
        for (const Frame& f : frames) {
            writeAll(out, f.compressed);
            sizes.push_back(f.size);
            compressedSizes.push_back(uint32_t(f.compressed.size()));
            checksums.push_back(f.checksum);
        }
        if (plain)
            std::fwrite(pending.data(), 1, usable, plain);
        pending.erase(0, usable);
    };

    for (uint64_t n = 0; n < o.lines; ++n) {
        const size_t before = pending.size();
        clock.advance(2000 + rng.below(100000)); // ~5 ms a line
        clock.append(pending);
        if (n < setupLines) {
            pending += n == 0 ? "alm-ci(version:v6.3.1) received task 999999 of job 88888, be triggered by event: push"
                              : "  \xF0\x9F\x90\xB3  docker pull image=node:20-bookworm platform= forcePull=true";
        } else if (n >= o.lines - completeLines) {
            pending += n + 1 == o.lines ? "\xF0\x9F\x8F\x81  Job succeeded" : "Cleaning up container for job test";
        } else {
            while (step + 1 < steps.size() && n >= steps[step + 1].first)
                ++step;
            if (n == steps[step].first) {
                pending += "\xE2\xAD\x90 Run Main step ";
                appendNumber(pending, step);
            } else {
                appendContent(pending, n, rng);
            }
        }
        pending += '\n';
        if (idx)
            putVarint(idxBuf, int64_t(offset));
        offset += pending.size() - before;
        if (pending.size() >= batchBytes)
            flush(false);
        if (idx && idxBuf.size() >= (1u << 20)) {
            writeAll(idx, idxBuf);
            idxBuf.clear();
        }
    }
    flush(true);
    if (idx) {
        writeAll(idx, idxBuf);
        std::fclose(idx);
    }
    if (plain)
        std::fclose(plain);

    std::string table;
    putLe32(table, kSkippableMagic);
    putLe32(table, uint32_t(sizes.size() * 12 + 9));
    for (size_t i = 0; i < sizes.size(); ++i) {
        putLe32(table, compressedSizes[i]);
        putLe32(table, sizes[i]);
        putLe32(table, checksums[i]);
    }
    putLe32(table, uint32_t(sizes.size()));
    table += char(0x80); // checksums present
    putLe32(table, kSeekableMagic);
    writeAll(out, table);
    if (std::fclose(out) != 0) {
        std::perror(o.out.c_str());
        return 1;
    }

    std::printf("{\"log_length\": %llu, \"log_size\": %llu, \"frames\": %zu, \"steps\": [",
        static_cast<unsigned long long>(o.lines), static_cast<unsigned long long>(offset), sizes.size());
    for (size_t k = 0; k < steps.size(); ++k)
        std::printf("%s{\"index\": %zu, \"log_index\": %llu, \"log_length\": %llu}", k ? ", " : "", k,
            static_cast<unsigned long long>(steps[k].first), static_cast<unsigned long long>(steps[k].second));
    std::printf("]}\n");
    return 0;
}
