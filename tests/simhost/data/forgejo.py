#!/usr/bin/env python3
"""The simulated Forgejo (`PROD-ALM` database) and its Actions task logs.

    forgejo.py --out DIR

writes DIR/prod-alm.sql (schema of specs/forgejo-actions-logs.md §1 + seed) and the task logs that
live in the actions-log storage under DIR/actions_log/<log_filename>: seekable zstd for `.log.zst`
names, plain text for the older `.log` ones. The running task's log and one finished task whose
upload never happened live in dbfs_meta/dbfs_data (plain text, 32 KiB blocks). Deterministic:
everything comes from one seeded RNG and fixed instants.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seekablezstd  # noqa: E402

SUCCESS, FAILURE, CANCELLED, SKIPPED, WAITING, RUNNING, BLOCKED, UNKNOWN = 1, 2, 3, 4, 5, 6, 7, 0
DBFS_BLOCK = 32768
MAX_LINE = 65536
ESC = "\x1b"

SCHEMA = r"""
CREATE TABLE "user" (
    id BIGSERIAL PRIMARY KEY,
    lower_name VARCHAR(255) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL UNIQUE,
    full_name VARCHAR(255),
    email VARCHAR(255) NOT NULL,
    type INTEGER,
    created_unix BIGINT,
    updated_unix BIGINT
);

CREATE TABLE repository (
    id BIGSERIAL PRIMARY KEY,
    owner_id BIGINT,
    owner_name VARCHAR(255),
    lower_name VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    default_branch VARCHAR(255),
    is_private BOOL NOT NULL DEFAULT false,
    created_unix BIGINT,
    updated_unix BIGINT,
    UNIQUE (owner_id, lower_name)
);

CREATE TABLE action_run (
    id BIGSERIAL PRIMARY KEY,
    title VARCHAR(255),
    repo_id BIGINT,
    owner_id BIGINT,
    workflow_id VARCHAR(255),
    "index" BIGINT,
    trigger_user_id BIGINT,
    schedule_id BIGINT,
    ref VARCHAR(255),
    commit_sha VARCHAR(255),
    is_fork_pull_request BOOL,
    need_approval BOOL,
    approved_by BIGINT,
    event VARCHAR(255),
    event_payload TEXT,
    trigger_event VARCHAR(255),
    status INTEGER,
    version INTEGER DEFAULT 0,
    started BIGINT,
    stopped BIGINT,
    previous_duration BIGINT,
    created BIGINT,
    updated BIGINT,
    CONSTRAINT "UQE_action_run_repo_index" UNIQUE (repo_id, "index")
);
CREATE INDEX "IDX_action_run_repo_id" ON action_run (repo_id);
CREATE INDEX "IDX_action_run_owner_id" ON action_run (owner_id);
CREATE INDEX "IDX_action_run_workflow_id" ON action_run (workflow_id);
CREATE INDEX "IDX_action_run_trigger_user_id" ON action_run (trigger_user_id);
CREATE INDEX "IDX_action_run_ref" ON action_run (ref);
CREATE INDEX "IDX_action_run_status" ON action_run (status);
CREATE INDEX "IDX_action_run_created" ON action_run (created);
CREATE INDEX "IDX_action_run_updated" ON action_run (updated);

CREATE TABLE action_run_job (
    id BIGSERIAL PRIMARY KEY,
    run_id BIGINT,
    repo_id BIGINT,
    owner_id BIGINT,
    commit_sha VARCHAR(255),
    is_fork_pull_request BOOL,
    name VARCHAR(255),
    attempt BIGINT,
    workflow_payload BYTEA,
    job_id VARCHAR(255),
    needs TEXT,
    runs_on TEXT,
    task_id BIGINT,
    status INTEGER,
    started BIGINT,
    stopped BIGINT,
    created BIGINT,
    updated BIGINT
);
CREATE INDEX "IDX_action_run_job_run_id" ON action_run_job (run_id);
CREATE INDEX "IDX_action_run_job_repo_id" ON action_run_job (repo_id);
CREATE INDEX "IDX_action_run_job_owner_id" ON action_run_job (owner_id);
CREATE INDEX "IDX_action_run_job_commit_sha" ON action_run_job (commit_sha);
CREATE INDEX "IDX_action_run_job_status" ON action_run_job (status);
CREATE INDEX "IDX_action_run_job_updated" ON action_run_job (updated);

CREATE TABLE action_task (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT,
    attempt BIGINT,
    runner_id BIGINT,
    status INTEGER,
    started BIGINT,
    stopped BIGINT,
    repo_id BIGINT,
    owner_id BIGINT,
    commit_sha VARCHAR(255),
    is_fork_pull_request BOOL,
    token_hash VARCHAR(255),
    token_salt VARCHAR(255),
    token_last_eight VARCHAR(255),
    log_filename VARCHAR(255),
    log_in_storage BOOL,
    log_length BIGINT,
    log_size BIGINT,
    log_indexes BYTEA,
    log_expired BOOL,
    created BIGINT,
    updated BIGINT,
    CONSTRAINT "UQE_action_task_token_hash" UNIQUE (token_hash)
);
CREATE INDEX "IDX_action_task_runner_id" ON action_task (runner_id);
CREATE INDEX "IDX_action_task_status" ON action_task (status);
CREATE INDEX "IDX_action_task_started" ON action_task (started);
CREATE INDEX "IDX_action_task_repo_id" ON action_task (repo_id);
CREATE INDEX "IDX_action_task_owner_id" ON action_task (owner_id);
CREATE INDEX "IDX_action_task_commit_sha" ON action_task (commit_sha);
CREATE INDEX "IDX_action_task_token_last_eight" ON action_task (token_last_eight);
CREATE INDEX "IDX_action_task_updated" ON action_task (updated);
CREATE INDEX "IDX_action_task_stopped_log_expired" ON action_task (stopped, log_expired);

CREATE TABLE action_task_step (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(255),
    task_id BIGINT,
    "index" BIGINT,
    repo_id BIGINT,
    status INTEGER,
    log_index BIGINT,
    log_length BIGINT,
    started BIGINT,
    stopped BIGINT,
    created BIGINT,
    updated BIGINT,
    CONSTRAINT "UQE_action_task_step_task_index" UNIQUE (task_id, "index")
);
CREATE INDEX "IDX_action_task_step_status" ON action_task_step (status);

CREATE TABLE action_task_output (
    id BIGSERIAL PRIMARY KEY,
    task_id BIGINT,
    output_key VARCHAR(255),
    output_value TEXT,
    CONSTRAINT "UQE_action_task_output_task_id_output_key" UNIQUE (task_id, output_key)
);

CREATE TABLE action_runner (
    id BIGSERIAL PRIMARY KEY,
    uuid CHAR(36),
    name VARCHAR(255),
    version VARCHAR(64),
    owner_id BIGINT,
    repo_id BIGINT,
    description TEXT,
    base INTEGER,
    repo_range VARCHAR(255),
    token_hash VARCHAR(255),
    token_salt VARCHAR(255),
    last_online BIGINT,
    last_active BIGINT,
    agent_labels TEXT,
    created BIGINT,
    updated BIGINT,
    deleted BIGINT,
    CONSTRAINT "UQE_action_runner_uuid" UNIQUE (uuid),
    CONSTRAINT "UQE_action_runner_token_hash" UNIQUE (token_hash)
);

CREATE TABLE action_runner_token (
    id BIGSERIAL PRIMARY KEY,
    token VARCHAR(255),
    owner_id BIGINT,
    repo_id BIGINT,
    is_active BOOL,
    created BIGINT,
    updated BIGINT,
    deleted BIGINT,
    CONSTRAINT "UQE_action_runner_token_token" UNIQUE (token)
);

CREATE TABLE dbfs_meta (
    id BIGSERIAL PRIMARY KEY,
    full_path VARCHAR(500) NOT NULL,
    block_size BIGINT NOT NULL,
    file_size BIGINT NOT NULL,
    create_timestamp BIGINT NOT NULL,
    modify_timestamp BIGINT NOT NULL,
    CONSTRAINT "UQE_dbfs_meta_full_path" UNIQUE (full_path)
);

CREATE TABLE dbfs_data (
    id BIGSERIAL PRIMARY KEY,
    revision BIGINT NOT NULL,
    meta_id BIGINT NOT NULL,
    blob_offset BIGINT NOT NULL,
    blob_size BIGINT NOT NULL,
    blob_data BYTEA NOT NULL,
    CONSTRAINT "UQE_dbfs_data_meta_offset" UNIQUE (meta_id, blob_offset)
);
"""


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (bytes, bytearray)):
        return "'\\x%s'::bytea" % bytes(v).hex()
    return "'" + str(v).replace("'", "''") + "'"


class Sql:
    def __init__(self):
        self.parts = [SCHEMA]

    def insert(self, table, row):
        cols = list(row)
        self.parts.append("INSERT INTO %s (%s) VALUES (%s);\n" % (
            table, ", ".join('"index"' if c == "index" else c for c in cols), ", ".join(q(row[c]) for c in cols)))

    def text(self):
        seqs = ["user", "repository", "action_run", "action_run_job", "action_task", "action_task_step",
                "action_task_output", "action_runner", "action_runner_token", "dbfs_meta", "dbfs_data"]
        tail = "".join("SELECT setval(pg_get_serial_sequence('\"%s\"', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM "
                       "\"%s\"), false);\n" % (t, t) for t in seqs)
        return "".join(self.parts) + tail


def varint(v):
    """Go binary.PutVarint: ZigZag, then LEB128."""
    u = (v << 1) ^ (v >> 63)
    out = bytearray()
    while u >= 0x80:
        out.append((u & 0x7F) | 0x80)
        u >>= 7
    out.append(u)
    return bytes(out)


assert b"".join(varint(v) for v in [0, 62, 124]) == bytes([0x00, 0x7C, 0xF8, 0x01])
assert varint(100) == bytes([0xC8, 0x01]) and varint(70000) == bytes([0xE0, 0xC5, 0x08])


def stamp(ticks):
    """Go layout 2006-01-02T15:04:05.0000000Z07:00 in UTC; ticks are 100 ns units since the epoch."""
    secs, frac = divmod(ticks, 10_000_000)
    d = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % frac


class TaskLog:
    """Rows of one task log as FormatLog stores them, and the byte offset of each line."""

    def __init__(self, t0, rng):
        self.ticks = t0 * 10_000_000 + rng.randrange(10_000_000)
        self.rng = rng
        self.lines = []

    def add(self, content, gap=None):
        self.ticks += gap if gap is not None else self.rng.randrange(2_000, 4_000_000)
        raw = content.replace("\n", "\\n").encode("utf-8")[:MAX_LINE]
        self.lines.append(stamp(self.ticks).encode() + b" " + raw + b"\n")

    def wait(self, seconds):
        self.ticks += int(seconds * 10_000_000)

    def now(self):
        return self.ticks // 10_000_000

    def data(self):
        return b"".join(self.lines)

    def indexes(self):
        out, off = [], 0
        for line in self.lines:
            out.append(off)
            off += len(line)
        return out


CRATES = ["serde", "serde_json", "tokio", "hyper", "axum", "diesel", "rustls", "ring", "regex", "chrono", "uuid",
          "tracing", "anyhow", "thiserror", "reqwest", "futures-util", "bytes", "mio", "libc", "rhai", "aws-sdk-s3",
          "qdrant-client", "tonic", "prost", "argon2", "sha2", "base64", "csv", "zstd", "zip", "lettre", "image"]
MODULES = ["core::config", "drive::monitor", "basic::compiler", "basic::keywords", "llm::cache", "session::manager",
           "channels::whatsapp", "kb::indexer", "automation::scheduler", "auth::directory"]


def ansi(code, text):
    return "%s[%sm%s%s[0m" % (ESC, code, text, ESC)


class Job:
    """What one task executes: steps (name, kind) run in order; the outcome decides the statuses."""

    def __init__(self, name, job_id, steps, needs=(), runs_on="debian-12", big=False, long_line=False):
        self.name, self.job_id, self.steps = name, job_id, steps
        self.needs, self.runs_on, self.big, self.long_line = list(needs), runs_on, big, long_line


def step_lines(log, kind, name, ctx, fail, cancel, raw_groups):
    """Writes the lines of one step. Returns the number of lines; stops early for a cancel."""
    rng = log.rng
    start = len(log.lines)
    g_open = "::group::" if raw_groups else "##[group]"
    g_close = "::endgroup::" if raw_groups else "##[endgroup]"
    if kind == "checkout":
        log.add(g_open + "Run actions/checkout@v4")
        log.add("with:")
        log.add("  repository: %s" % ctx["full_name"])
        log.add("  fetch-depth: 1")
        log.add(g_close)
        log.add("Syncing repository: %s" % ctx["full_name"])
        log.add(g_open + "Getting Git version info")
        log.add("Working directory is '/workspace/%s'" % ctx["full_name"])
        log.add("[command]/usr/bin/git version")
        log.add("git version 2.39.5")
        log.add(g_close)
        log.add("[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules "
                "--depth=1 origin +%s:refs/remotes/origin/main" % ctx["sha"])
        total = rng.randrange(800, 3000)
        log.add("".join("remote: Counting objects: %3d%% (%d/%d)\r" % (p, total * p // 100, total)
                        for p in range(0, 100, 10)) + "remote: Counting objects: 100%% (%d/%d), done." % (total, total))
        log.add("Receiving objects: 100%% (%d/%d), %.2f MiB | 9.80 MiB/s, done." % (total, total, total / 400))
        log.add("HEAD is now at %s %s" % (ctx["sha"][:7], ctx["title"][:60]))
    elif kind == "toolchain":
        log.add(g_open + "Run dtolnay/rust-toolchain@stable")
        log.add("with:\n  toolchain: stable\n  components: clippy, rustfmt")
        log.add(g_close)
        for comp, size in [("cargo", 8.9), ("clippy", 2.6), ("rust-std", 27.1), ("rustc", 67.1), ("rustfmt", 2.1)]:
            log.add("info: downloading component '%s'" % comp)
            log.add("".join(" %5.1f MiB / %5.1f MiB (%3d %%) %5.1f MiB/s in %2ds ETA: %2ds\r" %
                            (size * p / 100, size, p, 40 + p / 10, p // 30, (100 - p) // 30)
                            for p in range(0, 101, 25)))
        log.add("info: installing component 'rustc'")
        log.add(ansi("1", "stable-x86_64-unknown-linux-gnu installed") + " - rustc 1.82.0 (f6e511eec 2024-10-15)")
    elif kind == "node":
        log.add(g_open + "Run actions/setup-node@v4")
        log.add("with:\n  node-version: 20\n  cache: npm")
        log.add(g_close)
        log.add("Found in cache @ /opt/hostedtoolcache/node/20.18.0/x64")
        log.add("[command]/usr/local/bin/npm ci")
        log.add("".join("%s[2K%s[1G⠋ reify:%s: timing reifyNode Completed in %dms\r" %
                        (ESC, ESC, m, rng.randrange(5, 900)) for m in ["vite", "vitest", "typescript", "eslint"]))
        log.add("added %d packages, and audited %d packages in %ds" % (812, 813, rng.randrange(8, 30)))
        log.add(ansi("38;5;208", "3 moderate severity vulnerabilities"))
    elif kind == "fmt":
        log.add(g_open + "Run cargo fmt --all -- --check\ncargo clippy --workspace -- -D warnings")
        log.add("cargo fmt --all -- --check\ncargo clippy --workspace -- -D warnings")
        log.add("shell: /usr/bin/bash -e {0}")
        log.add(g_close)
        for c in rng.sample(CRATES, 8):
            log.add("%s %s v%d.%d.%d" % (ansi("1;32", "    Checking"), c, rng.randrange(0, 2), rng.randrange(1, 40),
                                          rng.randrange(0, 20)))
        if fail:
            log.add(ansi("1;31", "error") + ansi("1", ": this `if` has identical blocks"))
            log.add("::error file=src/drive/monitor.rs,line=212,col=9::this `if` has identical blocks")
            log.add("##[error]Process completed with exit code 101.")
        else:
            log.add("%s `dev` profile [unoptimized + debuginfo] target(s) in %.2fs" % (
                ansi("1;32", "    Finished"), rng.uniform(20, 90)))
    elif kind == "build":
        log.add(g_open + "Run cargo build --release --locked")
        log.add("cargo build --release --locked")
        log.add("shell: /usr/bin/bash -e {0}")
        log.add("env:\n  CARGO_TERM_COLOR: always\n  RUSTFLAGS: -D warnings")
        log.add(g_close)
        for c in rng.sample(CRATES, rng.randrange(14, 24)):
            log.add("%s %s v%d.%d.%d" % (ansi("1;32", "   Compiling"), c, rng.randrange(0, 2), rng.randrange(1, 40),
                                          rng.randrange(0, 20)))
        log.add("%s botserver v6.3.2 (/workspace/%s)" % (ansi("1;32", "   Compiling"), ctx["full_name"]))
        if ctx.get("long_line"):
            # A linker command longer than Forgejo keeps: cut at 65536 bytes, inside a UTF-8 sequence.
            args = "".join(" -L native=/workspace/target/release/build/dep-%04d/out" % i for i in range(1400))
            text = ("[command]/usr/bin/cc -m64" + args)[:MAX_LINE - 1] + "çãoçãoçãoçãoçãoçãoçãoçãoção"
            log.add(text)
        log.add(ansi("38;2;255;135;0", "warning") + ansi("1", ": unused variable: `etag`") + " (truecolor)")
        log.add("   %s src/drive/monitor.rs:88:13" % ansi("1;38;5;12", "-->"))
        if fail:
            log.add(ansi("1;31", "error[E0308]") + ansi("1", ": mismatched types"))
            log.add("::error file=src/basic/compiler.rs,line=341,col=21::mismatched types%0Aexpected `String`, "
                    "found `&str`")
            log.add("##[error]Process completed with exit code 101.")
        else:
            log.add("%s `release` profile [optimized] target(s) in %dm %02ds" % (
                ansi("1;32", "    Finished"), rng.randrange(2, 9), rng.randrange(60)))
    elif kind == "test":
        log.add(g_open + "Run cargo test --workspace --no-fail-fast")
        log.add("cargo test --workspace --no-fail-fast")
        log.add("shell: /usr/bin/bash -e {0}")
        log.add(g_close)
        n = 2600 if ctx.get("big") else rng.randrange(25, 60)
        bad = rng.randrange(n) if fail else -1
        log.add("running %d tests" % n)
        for i in range(n):
            mod = MODULES[i % len(MODULES)]
            if cancel and i == n // 2:
                return len(log.lines) - start
            res = ansi("31", "FAILED") if i == bad else ansi("32", "ok")
            log.add("test %s::tests::case_%04d ... %s" % (mod, i, res), gap=rng.randrange(1000, 300_000))
        if fail:
            log.add("")
            log.add("failures:")
            log.add("---- %s::tests::case_%04d stdout ----" % (MODULES[bad % len(MODULES)], bad))
            log.add("thread '%s::tests::case_%04d' panicked at src/drive/monitor.rs:88:9:\n"
                    "assertion `left == right` failed\n  left: \"a1b2\"\n right: \"c3d4\"" % (
                        MODULES[bad % len(MODULES)], bad))
            log.add("::error file=src/drive/monitor.rs,line=88,col=9::assertion `left == right` failed")
            log.add("test result: %s. %d passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in "
                    "%.2fs" % (ansi("31", "FAILED"), n - 1, rng.uniform(1, 30)))
            log.add("##[error]Process completed with exit code 101.")
        else:
            log.add("test result: %s. %d passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in "
                    "%.2fs" % (ansi("32", "ok"), n, rng.uniform(1, 30)))
    elif kind == "npmbuild":
        log.add(g_open + "Run npm run build")
        log.add(g_close)
        log.add("> botui@6.3.2 build\n> vite build")
        log.add("%s building for production..." % ansi("36", "vite v5.4.10"))
        log.add("transforming (%d) src/components/Chat.vue\r" % rng.randrange(100, 400) +
                "transforming (812) src/main.ts\r" + ESC + "[2K")
        log.add(ESC + "[0m")  # a line that holds only ANSI codes
        for f in ["index.html", "assets/index-4f2a.css", "assets/index-9c1e.js", "assets/chat-1b7d.js"]:
            log.add("%s %s kB │ gzip: %s kB" % (ansi("2", "dist/") + ansi("36", f), rng.randrange(1, 900),
                                                  rng.randrange(1, 200)))
        if fail:
            log.add(ansi("31", "error during build:") + "\n[vite]: Rollup failed to resolve import \"@/api\"")
            log.add("::error file=src/views/Admin.vue,line=14::Rollup failed to resolve import \"@/api\"")
            log.add("##[error]Process completed with exit code 1.")
        else:
            log.add(ansi("32", "✓ built in %.2fs" % rng.uniform(3, 20)))
    elif kind == "upload":
        log.add(g_open + "Run actions/upload-artifact@v3")
        log.add("with:\n  name: botserver\n  path: target/release/botserver")
        log.add(g_close)
        log.add("With the provided path, there will be 1 file uploaded")
        log.add("Uploading artifact 'botserver' ... 100%")
        log.add("Artifact botserver has been successfully uploaded! Final size is %d bytes." %
                rng.randrange(10_000_000, 40_000_000))
    elif kind == "deploy":
        log.add(g_open + "Run ./scripts/deploy.sh system")
        log.add("ssh gbuser@10.0.2.10 'sudo incus exec system -- systemctl restart botserver'")
        log.add(g_close)
        log.add("Deploying botserver to system.domain.com")
        log.add("   %s copying /opt/gbo/bin/botserver (41.2 MB)" % ansi("38;2;0;175;255", "→"))
        if fail:
            log.add("::error::Health check failed: GET https://system.domain.com/api/health returned 502")
            log.add("##[error]Process completed with exit code 22.")
        else:
            log.add(ansi("1;32", "✔") + " health check ok (%d ms) — implantação concluída" % rng.randrange(80, 400))
    elif kind == "mdbook":
        log.add(g_open + "Run mdbook build")
        log.add(g_close)
        log.add("%s [INFO] (mdbook::book): Book building has started" % "2026-10-02 10:00:01")
        for ch in ["Introdução", "Arquitetura", "Pacotes .gbai", "Configuração", "API"]:
            log.add("[INFO] (mdbook::renderer::html_handlebars): rendering chapter \"%s\"" % ch)
        log.add("[INFO] (mdbook::book): Running the html backend")
    elif kind == "echo":
        log.add(g_open + "Run echo \"nightly $(date -u +%F)\"")
        log.add(g_close)
        log.add("nightly 2026-11-%02d" % rng.randrange(1, 27))
    else:
        raise ValueError(kind)
    return len(log.lines) - start


STEPS_CI = {
    "check": [("actions/checkout@v4", "checkout"), ("Install Rust", "toolchain"), ("cargo fmt + clippy", "fmt")],
    "test": [("actions/checkout@v4", "checkout"), ("Install Rust", "toolchain"), ("cargo test", "test")],
    "build": [("actions/checkout@v4", "checkout"), ("Install Rust", "toolchain"), ("cargo build", "build"),
              ("Upload artifact", "upload")],
}


def workflow_jobs(workflow):
    if workflow == "ci.yml":
        return [Job("check", "check", STEPS_CI["check"]),
                Job("test (stable)", "test", STEPS_CI["test"]),
                Job("test (1.80)", "test", STEPS_CI["test"]),
                Job("build", "build", STEPS_CI["build"], needs=["check", "test"])]
    if workflow == "nightly.yml":
        return [Job("nightly", "nightly", [("Announce", "echo")] + STEPS_CI["build"], runs_on="debian-12")]
    if workflow == "build.yml":
        return [Job("lint", "lint", [("actions/checkout@v4", "checkout"), ("Setup Node", "node")]),
                Job("build", "build", [("actions/checkout@v4", "checkout"), ("Setup Node", "node"),
                                       ("npm run build", "npmbuild")], needs=["lint"])]
    if workflow == "deploy.yml":
        return [Job("deploy", "deploy", [("actions/checkout@v4", "checkout"), ("Deploy", "deploy")],
                    runs_on="alm-ci")]
    if workflow == "docs.yml":
        return [Job("mdbook", "mdbook", [("actions/checkout@v4", "checkout"), ("Build book", "mdbook")])]
    raise ValueError(workflow)


USERS = [  # id, name, full name, type (0 user, 1 organization)
    (1, "admin", "Administrator", 0), (2, "GeneralBots", "General Bots", 1), (3, "pragmatismo", "Pragmatismo", 1),
    (4, "rodrigo", "Rodrigo R.", 0), (5, "maria", "Maria S.", 0), (6, "fork-contrib", "External Contributor", 0)]
REPOS = {  # id: owner id, owner, current name, name frozen into old log file names (rename)
    1: (2, "GeneralBots", "BotServer", None),
    2: (2, "GeneralBots", "botui", None),
    3: (3, "pragmatismo", "infra", None),
    4: (2, "GeneralBots", "botbook", "docs"),
}
RUNNERS = [  # id, name, version, labels, raw ::group:: (Gitea act_runner keeps them)
    (1, "alm-ci", "v6.3.1", ["debian-12:docker://node:20-bookworm", "alm-ci:host"], False),
    (2, "alm-ci-2", "v0.2.11", ["debian-12:docker://node:20-bookworm"], True),
]

# The runs, oldest first: (repo, workflow, event, plan). Plans:
#   S success, F failure, C cancelled, K skipped, W waiting, R running, B blocked (approval), U unknown,
#   RR re-run (attempt 1 failed, attempt 2 passed), FD finished but log still in DBFS, E expired,
#   P plain `.log` (LOG_COMPRESSION=none back then), X set-up failed before any step, BIG huge test log.
PLANS = [
    (1, "ci.yml", "push", "E"), (4, "docs.yml", "push", "E"),
    (1, "ci.yml", "push", "P"), (2, "build.yml", "push", "P"), (4, "docs.yml", "push", "P"),
    (1, "ci.yml", "push", "S"), (2, "build.yml", "pull_request", "F"), (3, "deploy.yml", "workflow_dispatch", "X"),
    (1, "nightly.yml", "schedule", "S"), (1, "ci.yml", "pull_request", "F"), (2, "build.yml", "push", "S"),
    (1, "ci.yml", "push", "C"), (4, "docs.yml", "push", "S"), (1, "ci.yml", "push", "RR"),
    (3, "deploy.yml", "workflow_dispatch", "S"), (1, "nightly.yml", "schedule", "F"), (1, "ci.yml", "push", "K"),
    (2, "build.yml", "push", "S"), (1, "ci.yml", "push", "BIG"), (1, "ci.yml", "pull_request", "U"),
    (2, "build.yml", "pull_request", "C"), (1, "ci.yml", "push", "FD"), (3, "deploy.yml", "workflow_dispatch", "F"),
    (1, "nightly.yml", "schedule", "S"), (4, "docs.yml", "push", "K"), (2, "build.yml", "push", "S"),
    (1, "ci.yml", "push", "S"), (1, "ci.yml", "pull_request", "B"), (2, "build.yml", "pull_request", "B"),
    (1, "ci.yml", "push", "F"), (1, "ci.yml", "push", "W"), (2, "build.yml", "push", "W"),
    (1, "ci.yml", "push", "R"),
]

TITLES = ["fix(drive): keep ETag quotes out of drive_files", "feat(basic): HEAR AS DATE", "chore: bump tokio to 1.41",
          "fix(llm): honour llm-endpoint-path", "refactor(config): split ConfigManager",
          "docs: DriveMonitor states", "feat(ui): dark theme colours from theme-color1",
          "fix: São Paulo time zone in schedules", "ci: cache cargo registry", "feat(kb): reindex on ETag change",
          "Merge pull request 'Add WhatsApp templates' (#412) from feature/wa into main",
          "fix(sessions): message_index off by one", "perf: fewer allocations in the BASIC lexer"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(20261127)
    sql = Sql()
    os.makedirs(args.out, exist_ok=True)

    for uid_, name, full, typ in USERS:
        sql.insert('"user"', dict(id=uid_, lower_name=name.lower(), name=name, full_name=full,
                                  email="%s@domain.com" % name.lower(), type=typ, created_unix=1700000000,
                                  updated_unix=1700000000))
    for rid, (oid, owner, name, _) in REPOS.items():
        sql.insert("repository", dict(id=rid, owner_id=oid, owner_name=owner, lower_name=name.lower(), name=name,
                                      description="%s/%s" % (owner, name), default_branch="main", is_private=False,
                                      created_unix=1700000000, updated_unix=1760000000))
    for rid, name, ver, labels, _ in RUNNERS:
        sql.insert("action_runner", dict(
            id=rid, uuid="9b2f6c1e-4d7a-4e0b-8c3f-%012d" % rid, name=name, version=ver, owner_id=0, repo_id=0,
            description="runner in the %s container" % name, base=0, repo_range="",
            token_hash=hashlib.sha256(b"runner-%d" % rid).hexdigest(), token_salt="salt%04d" % rid,
            last_online=1795807000, last_active=1795806000, agent_labels=json.dumps(labels), created=1730000000,
            updated=1795807000, deleted=0))
    # A registration token exists on real hosts; readers must never show it.
    sql.insert("action_runner_token", dict(id=1, token="SIMHOST-FAKE-REGISTRATION-TOKEN-0001", owner_id=0, repo_id=0,
                                           is_active=True, created=1730000000, updated=1730000000, deleted=0))

    run_id, job_id, task_id, step_id, out_id, meta_id, data_id = 412, 1030, 2290, 9800, 300, 17, 120
    run_index = {1: 181, 2: 96, 3: 40, 4: 22}
    # Times: expired runs before the 365-day retention, plain logs while compression was off, the rest recent.
    base_expired, base_plain, base_recent = 1759300000, 1785600000, 1793520000  # 2025-10, 2026-08, 2026-11
    storage_blobs = []  # (log_filename, bytes) compressed in one go at the end
    plain_files = []
    n_plain = n_exp = n_recent = 0
    long_line_done = False

    for repo_id, workflow, event, plan in PLANS:
        owner_id, owner, repo_name, old_name = REPOS[repo_id]
        if plan == "E":
            created = base_expired + n_exp * 86400 * 9
            n_exp += 1
        elif plan == "P":
            created = base_plain + n_plain * 86400 * 5
            n_plain += 1
        else:
            created = base_recent + n_recent * 43200 + rng.randrange(3600)
            n_recent += 1
        log_repo = old_name if (old_name and plan in ("E", "P")) else repo_name
        full_name = "%s/%s" % (owner, repo_name)
        sha = hashlib.sha1(("%d-%d" % (repo_id, run_id)).encode()).hexdigest()
        title = rng.choice(TITLES)
        fork = plan == "B"
        ref = "refs/pull/%d/head" % rng.randrange(3, 60) if event == "pull_request" else "refs/heads/main"
        trig_user = 6 if fork else rng.choice([1, 4, 5])
        jobs = workflow_jobs(workflow)
        if plan == "BIG":
            jobs[1].big = True
        if plan == "S" and workflow == "ci.yml" and not long_line_done:
            jobs[3].long_line = long_line_done = True
        ctx = dict(full_name=full_name, sha=sha, title=title)
        raw_groups_runner = 2 if repo_id == 3 else 1

        # Per job: list of (attempt, task outcome) and the final job status.
        def job_plan(i, job):
            if plan in ("S", "E", "P", "BIG", "FD"):
                return SUCCESS, [SUCCESS]
            if plan == "F":
                # The only job, or the second one, fails; jobs that need it are skipped.
                if len(jobs) == 1 or i == 1:
                    return FAILURE, [FAILURE]
                if job.needs:
                    return SKIPPED, []
                return SUCCESS, [SUCCESS]
            if plan == "X":
                return FAILURE, ["SETUPFAIL"]
            if plan == "C":
                if i == 0:
                    return SUCCESS, [SUCCESS]
                if i == 1:
                    return CANCELLED, [CANCELLED]
                return CANCELLED, []
            if plan == "RR":
                if i == 1:
                    return SUCCESS, [FAILURE, SUCCESS]
                return SUCCESS, [SUCCESS]
            if plan == "K":
                return SKIPPED, []
            if plan == "W":
                return (BLOCKED if job.needs else WAITING), []
            if plan == "B":
                return BLOCKED, []
            if plan == "U":
                return UNKNOWN, []
            if plan == "R":
                if i == 0:
                    return SUCCESS, [SUCCESS]
                if i == 1:
                    return RUNNING, [RUNNING]
                return (BLOCKED if job.needs else WAITING), []
            raise ValueError(plan)

        run_started = created + rng.randrange(5, 40) if plan not in ("W", "B", "U", "K") else 0
        t_cursor = run_started
        job_rows, all_stopped, first_attempt_ns = [], [], 0
        for i, job in enumerate(jobs):
            status, outcomes = job_plan(i, job)
            this_job_id = job_id
            job_id += 1
            latest_task = 0
            job_started = job_stopped = 0
            attempt_no = 0
            for attempt, outcome in enumerate(outcomes, start=1):
                attempt_no = attempt
                tid = task_id
                task_id += 1
                latest_task = tid
                runner = raw_groups_runner if rng.random() < 0.7 else 1
                t_start = t_cursor + rng.randrange(1, 20)
                log = TaskLog(t_start, rng)
                runner_name = RUNNERS[runner - 1][1]
                log.add("%s(version:%s) received task %d of job %d, be triggered by event: %s" % (
                    runner_name, RUNNERS[runner - 1][2], tid, this_job_id, event))
                log.add("workflow prepared")
                log.add("evaluating expression 'success()'")
                log.add("expression 'success()' evaluated to 'true'")
                log.add("🚀  Start image=node:20-bookworm")
                log.add("  🐳  docker pull image=node:20-bookworm platform= username= forcePull=true")
                net = "FORGEJO-ACTIONS-TASK-%d_WORKFLOW-%s_JOB-%s" % (tid, workflow.split(".")[0], job.job_id)
                if outcome == "SETUPFAIL":
                    log.add(ansi("31", "  ❌  Error response from daemon: pull access denied for "
                                       "registry.domain.com/deploy-tools, repository does not exist"))
                    log.add("##[error]failed to start the job container")
                    log.add("🏁  Job failed")
                else:
                    for verb in ("create", "run"):
                        log.add("  🐳  docker %s image=node:20-bookworm platform= entrypoint=[\"tail\" \"-f\" "
                                "\"/dev/null\"] cmd=[] network=\"%s\"" % (verb, net))
                steps = []
                failed = False
                for k, (sname, kind) in enumerate(job.steps):
                    st = dict(name=sname, index=k, status=SKIPPED, log_index=0, log_length=0, started=0, stopped=0)
                    if outcome == "SETUPFAIL" or failed:
                        steps.append(st)
                        continue
                    fail_here = outcome == FAILURE and kind in ("test", "fmt", "build", "npmbuild", "deploy")
                    cancel_here = outcome == CANCELLED and kind in ("test", "npmbuild", "build")
                    running_here = outcome == RUNNING and kind == "test"
                    idx0 = len(log.lines)
                    st["started"] = log.now() + 1
                    log.add("⭐ Run Main %s" % sname)
                    c = dict(ctx, big=job.big, long_line=job.long_line)
                    if running_here:
                        n = 0
                        # The running step has produced part of its output so far.
                        log.add("##[group]Run cargo test --workspace --no-fail-fast")
                        log.add("##[endgroup]")
                        log.add("running 1800 tests")
                        while len(log.data()) < 80000:
                            log.add("test %s::tests::case_%04d ... %s" % (MODULES[n % 10], n, ansi("32", "ok")),
                                    gap=rng.randrange(1000, 300000))
                            n += 1
                        st.update(status=RUNNING, log_index=idx0, log_length=len(log.lines) - idx0, stopped=0)
                        steps.append(st)
                        for rest in job.steps[k + 1:]:
                            steps.append(dict(name=rest[0], index=len(steps), status=WAITING, log_index=0,
                                              log_length=0, started=0, stopped=0))
                        break
                    step_lines(log, kind, sname, c, fail_here, cancel_here, RUNNERS[runner - 1][4])
                    if cancel_here:
                        st["status"] = CANCELLED
                    elif fail_here:
                        log.add("❌  Failure - Main %s" % sname)
                        st["status"] = FAILURE
                        failed = True
                    else:
                        log.add("✅  Success - Main %s [%.6fs]" % (sname, rng.uniform(0.5, 90)))
                        st["status"] = SUCCESS
                    log.wait(rng.uniform(1, 20))
                    st["stopped"] = log.now()
                    st.update(log_index=idx0, log_length=len(log.lines) - idx0)
                    steps.append(st)
                    if cancel_here:
                        # The rest never started.
                        for rest in job.steps[k + 1:]:
                            steps.append(dict(name=rest[0], index=len(steps), status=CANCELLED, log_index=0,
                                              log_length=0, started=0, stopped=0))
                        break
                # Lines after the last step: stored only now that every step has its result (§3.4).
                if outcome == CANCELLED:
                    log.add("##[error]The operation was canceled.")
                    log.add("Cleaning up container for job %s" % job.job_id)
                    log.add("🏁  Job cancelled")
                elif outcome in (SUCCESS, FAILURE):
                    log.add("Cleaning up container for job %s" % job.job_id)
                    log.add("  🐳  docker volume rm %s-env" % net)
                    log.add("🏁  Job %s" % ("succeeded" if outcome == SUCCESS else "failed"))
                t_stop = log.now() + 1 if outcome != RUNNING else 0
                task_status = FAILURE if outcome == "SETUPFAIL" else outcome
                data = log.data()
                offsets = log.indexes()
                suffix = ".log" if plan == "P" else ".log.zst"
                fname = "%s/%s/%02x/%d%s" % (owner, log_repo, tid % 256, tid, suffix)
                expired = plan == "E"
                in_storage = outcome != RUNNING and not (plan == "FD" and i == 0)
                if in_storage and not expired:
                    (plain_files if suffix == ".log" else storage_blobs).append((fname, data))
                if not in_storage:
                    path = "actions_log/" + fname
                    created_us = t_start * 1_000_000 + 123_456
                    sql.insert("dbfs_meta", dict(id=meta_id, full_path="%d:%s" % (path.count("/"), path),
                                                 block_size=DBFS_BLOCK, file_size=len(data),
                                                 create_timestamp=created_us,
                                                 modify_timestamp=(log.now()) * 1_000_000 + 654_321))
                    nblocks = (len(data) + DBFS_BLOCK - 1) // DBFS_BLOCK
                    for b in range(nblocks):
                        blob = data[b * DBFS_BLOCK:(b + 1) * DBFS_BLOCK]
                        # Full blocks were rewritten while they filled up; the writer leaves blob_size at 0.
                        sql.insert("dbfs_data", dict(id=data_id, revision=rng.randrange(2, 9) if b < nblocks - 1
                                                     else rng.randrange(1, 4), meta_id=meta_id,
                                                     blob_offset=b * DBFS_BLOCK, blob_size=0, blob_data=blob))
                        data_id += 1
                    meta_id += 1
                if expired:
                    idx_blob = b"" if n_exp == 1 else None
                else:
                    idx_blob = b"".join(varint(o) for o in offsets)
                salt = hashlib.md5(b"salt%d" % tid).hexdigest()[:10]
                token = hashlib.sha256(b"task-token-%d" % tid).hexdigest()
                sql.insert("action_task", dict(
                    id=tid, job_id=this_job_id, attempt=attempt, runner_id=runner, status=task_status,
                    started=t_start, stopped=t_stop, repo_id=repo_id, owner_id=owner_id, commit_sha=sha,
                    is_fork_pull_request=fork, token_hash=hashlib.sha256((token + salt).encode()).hexdigest(),
                    token_salt=salt, token_last_eight=token[-8:], log_filename=fname, log_in_storage=in_storage,
                    log_length=len(log.lines), log_size=len(data), log_indexes=idx_blob, log_expired=expired,
                    created=t_start, updated=(log.now() if outcome == RUNNING else t_stop)))
                for st in steps:
                    sql.insert("action_task_step", dict(
                        id=step_id, name=st["name"], task_id=tid, index=st["index"], repo_id=repo_id,
                        status=st["status"], log_index=st["log_index"], log_length=st["log_length"],
                        started=st["started"], stopped=st["stopped"], created=t_start,
                        updated=st["stopped"] or st["started"] or t_start))
                    step_id += 1
                if job.job_id == "build" and outcome == SUCCESS:
                    for key, val in [("version", "6.3.2"), ("artifact", "botserver-%s" % sha[:7])]:
                        sql.insert("action_task_output", dict(id=out_id, task_id=tid, output_key=key,
                                                              output_value=val))
                        out_id += 1
                if attempt == 1:
                    job_started = t_start
                if attempt == 1 and len(outcomes) > 1:
                    first_attempt_ns = (t_stop - t_start) * 1_000_000_000
                job_stopped = t_stop
                t_cursor = max(t_cursor, t_stop if t_stop else log.now())
            if job_stopped:
                all_stopped.append(job_stopped)
            job_rows.append(dict(
                id=this_job_id, run_id=run_id, repo_id=repo_id, owner_id=owner_id, commit_sha=sha,
                is_fork_pull_request=fork, name=job.name, attempt=attempt_no,
                workflow_payload=("name: %s\nruns-on: %s\nneeds: %s\nsteps:\n%s" % (
                    job.name, job.runs_on, json.dumps(job.needs),
                    "".join("  - name: %s\n" % s for s, _ in job.steps))).encode(),
                job_id=job.job_id, needs=json.dumps(job.needs), runs_on=json.dumps([job.runs_on]),
                task_id=latest_task, status=status, started=job_started, stopped=job_stopped if status in (
                    SUCCESS, FAILURE, CANCELLED, SKIPPED) else 0, created=created, updated=max([created, job_stopped,
                                                                                                job_started])))
        statuses = [j["status"] for j in job_rows]
        run_status = aggregate(statuses)
        done = run_status in (SUCCESS, FAILURE, CANCELLED, SKIPPED)
        payload = {"ref": ref, "after": sha, "repository": {"full_name": full_name},
                   "sender": {"login": USERS[trig_user - 1][1]}}
        sql.insert("action_run", dict(
            id=run_id, title=title, repo_id=repo_id, owner_id=owner_id, workflow_id=workflow,
            index=run_index[repo_id], trigger_user_id=trig_user, schedule_id=7 if event == "schedule" else 0,
            ref=ref, commit_sha=sha, is_fork_pull_request=fork, need_approval=fork, approved_by=0, event=event,
            event_payload=json.dumps(payload), trigger_event=event, status=run_status,
            version=len(job_rows) + 1, started=run_started if plan not in ("W", "B", "U", "K") else 0,
            stopped=max(all_stopped) if done and all_stopped else 0, previous_duration=first_attempt_ns,
            created=created, updated=max([created] + all_stopped)))
        for row in job_rows:
            sql.insert("action_run_job", row)
        run_id += 1
        run_index[repo_id] += 1

    blobs = seekablezstd.compress_many([d for _, d in storage_blobs])
    for (fname, _), blob in zip(storage_blobs, blobs):
        write(os.path.join(args.out, "actions_log", fname), blob)
    for fname, data in plain_files:
        write(os.path.join(args.out, "actions_log", fname), data)
    with open(os.path.join(args.out, "prod-alm.sql"), "w", encoding="utf-8") as f:
        f.write(sql.text())


def aggregate(statuses):
    """AggregateJobStatus of Forgejo (spec §2)."""
    if all(s == SKIPPED for s in statuses):
        return SKIPPED
    if all(s in (SUCCESS, SKIPPED) for s in statuses):
        return SUCCESS
    for wanted in (CANCELLED, FAILURE, RUNNING, WAITING, BLOCKED):
        if wanted in statuses:
            return wanted
    return UNKNOWN


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
