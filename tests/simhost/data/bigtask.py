#!/usr/bin/env python3
"""`simhost set DIR alm-big-log LINES`: one more finished run whose task log is LINES lines long.

Runs tools/gen-ci-log straight into the `alm` container's log storage and adds the matching
action_run / action_run_job / action_task / action_task_step rows to PROD-ALM (log_indexes read
by the server with pg_read_binary_file, so a 50 MB blob never travels through SQL text).
Prints `task_id=<id> run_index=<n> log_filename=<name>` on stdout.
"""

import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOG_ROOT = "opt/gbo/data/data/actions_log"


def state(simdir):
    out = {}
    with open(os.path.join(simdir, "state", "postgres.env"), encoding="utf-8") as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            out[k] = v
    return out


def psql(st, sql, **variables):
    args = [os.path.join(st["BINDIR"], "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", st["SOCKDIR"],
            "-p", st["PORT"], "-U", "postgres", "-d", "PROD-ALM"]
    for k, v in variables.items():
        args += ["-v", "%s=%s" % (k, v)]
    r = subprocess.run(args, input=sql, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("alm-big-log: psql failed: " + r.stderr.strip())
    return r.stdout.strip()


def main():
    simdir, lines = sys.argv[1], int(sys.argv[2])
    if lines < 20:
        sys.exit("alm-big-log: LINES must be at least 20")
    st = state(simdir)
    ids = psql(st, "SELECT (SELECT max(id) + 1 FROM action_run), (SELECT max(id) + 1 FROM action_run_job), "
                   "(SELECT max(id) + 1 FROM action_task), (SELECT max(\"index\") + 1 FROM action_run "
                   "WHERE repo_id = 1);").split("|")
    run_id, job_id, task_id, run_index = (int(x) for x in ids)
    fname = "GeneralBots/BotServer/%02x/%d.log.zst" % (task_id % 256, task_id)
    dest = os.path.join(simdir, "root", "alm", LOG_ROOT, fname)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    # The index file must be readable by the server process (it may run as the postgres user).
    idx = os.path.join(st["AREA"], "bigtask-%d.idx" % task_id)
    gen = os.path.join(HERE, "..", "tools", "gen-ci-log")
    r = subprocess.run([gen, "--lines", str(lines), "--out", dest + ".tmp", "--indexes", idx, "--steps", "4"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("alm-big-log: generator failed: " + r.stderr.strip())
    summary = json.loads(r.stdout)
    os.replace(dest + ".tmp", dest)  # complete when visible, as Forgejo's local storage does
    if os.geteuid() == 0 and st.get("OWNER") and st["OWNER"] != "root":
        shutil.chown(idx, user=st["OWNER"])
    t0 = 1795766400
    t1 = t0 + 3600
    sha = "%040x" % (task_id * 7919)
    steps_sql = "".join(
        "INSERT INTO action_task_step (name, task_id, \"index\", repo_id, status, log_index, log_length, started, "
        "stopped, created, updated) VALUES ('step %d', %d, %d, 1, 1, %d, %d, %d, %d, %d, %d);\n" % (
            s["index"], task_id, s["index"], s["log_index"], s["log_length"], t0 + 900 * s["index"],
            t0 + 900 * (s["index"] + 1), t0, t1) for s in summary["steps"])
    psql(st, """
BEGIN;
INSERT INTO action_run (id, title, repo_id, owner_id, workflow_id, "index", trigger_user_id, schedule_id, ref,
    commit_sha, is_fork_pull_request, need_approval, approved_by, event, event_payload, trigger_event, status,
    version, started, stopped, previous_duration, created, updated)
VALUES (%(run)d, 'perf: a very long test log', 1, 2, 'ci.yml', %(index)d, 4, 0, 'refs/heads/main', '%(sha)s',
    false, false, 0, 'push', '{}', 'push', 1, 2, %(t0)d, %(t1)d, 0, %(t0)d, %(t1)d);
INSERT INTO action_run_job (id, run_id, repo_id, owner_id, commit_sha, is_fork_pull_request, name, attempt,
    workflow_payload, job_id, needs, runs_on, task_id, status, started, stopped, created, updated)
VALUES (%(job)d, %(run)d, 1, 2, '%(sha)s', false, 'test (huge)', 1, 'name: test (huge)'::bytea, 'test', '[]',
    '["debian-12"]', %(task)d, 1, %(t0)d, %(t1)d, %(t0)d, %(t1)d);
INSERT INTO action_task (id, job_id, attempt, runner_id, status, started, stopped, repo_id, owner_id, commit_sha,
    is_fork_pull_request, token_hash, token_salt, token_last_eight, log_filename, log_in_storage, log_length,
    log_size, log_indexes, log_expired, created, updated)
VALUES (%(task)d, %(job)d, 1, 1, 1, %(t0)d, %(t1)d, 1, 2, '%(sha)s', false, md5('big%(task)d'), 'salt', 'bigtask0',
    :'fname', true, %(length)d, %(size)d, pg_read_binary_file(:'idx'), false, %(t0)d, %(t1)d);
%(steps)s
SELECT setval(pg_get_serial_sequence('action_run', 'id'), %(run)d);
SELECT setval(pg_get_serial_sequence('action_run_job', 'id'), %(job)d);
SELECT setval(pg_get_serial_sequence('action_task', 'id'), %(task)d);
COMMIT;
""" % dict(run=run_id, job=job_id, task=task_id, index=run_index, sha=sha, t0=t0, t1=t1,
           length=summary["log_length"], size=summary["log_size"], steps=steps_sql), fname=fname, idx=idx)
    os.unlink(idx)
    print("task_id=%d run_index=%d log_filename=%s" % (task_id, run_index, fname))


if __name__ == "__main__":
    main()
