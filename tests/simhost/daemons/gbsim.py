"""Helpers shared by the simhost daemons: botserver log lines, JSON state files, psql."""

import fcntl
import json
import os
import subprocess
import tempfile
import time

WRAP = 100  # botlib/src/logging.rs: wrap at 100 chars
CONT_INDENT = 25
CONT_WIDTH = 75


def log_stamp(t=None):
    ms = int(round((time.time() if t is None else t) * 1000))
    return time.strftime("%Y%m%d%H%M%S", time.localtime(ms // 1000)) + ".%03d" % (ms % 1000)


def format_log(level, module, message, t=None):
    """One record in the spec §4.3 format, wrapped like botlib's compact logger."""
    line = "%s %s %s:%s" % (log_stamp(t), level, module, message)
    if len(line) <= WRAP:
        return line + "\n"
    out = [line[:WRAP]]
    rest = line[WRAP:]
    while rest:
        out.append(" " * CONT_INDENT + rest[:CONT_WIDTH])
        rest = rest[CONT_WIDTH:]
    return "\n".join(out) + "\n"


class BotLog:
    """Appends to out.log (info) and err.log (everything else), as production does."""

    def __init__(self, logdir):
        self.logdir = logdir
        os.makedirs(logdir, exist_ok=True)

    def write(self, level, module, message, t=None):
        name = "out.log" if level == "info" else "err.log"
        with open(os.path.join(self.logdir, name), "a", encoding="utf-8") as f:
            f.write(format_log(level, module, message, t))

    def info(self, module, msg):
        self.write("info", module, msg)

    def warn(self, module, msg):
        self.write("warn", module, msg)

    def error(self, module, msg):
        self.write("error", module, msg)


def read_json(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def write_json_atomic(path, data):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=d)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


class Locked:
    """Exclusive lock on `<path>.lock` for read-modify-write of a state file."""

    def __init__(self, path):
        self.path = path + ".lock"

    def __enter__(self):
        self.fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *a):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def exec_env(simdir):
    """KEY=VALUE lines of DIR/exec.env (PGPORT etc.)."""
    env = {}
    try:
        with open(os.path.join(simdir, "exec.env"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if "=" in line and not line.startswith("#"):
                    k, v = line.split("=", 1)
                    if k.startswith("export "):
                        k = k[7:]
                    env[k.strip()] = v.strip().strip("'\"")
    except OSError:
        pass
    return env


class Psql:
    """Runs SQL through the real psql; values only ever travel as -v variables (:'name')."""

    def __init__(self, simdir, database="botserver"):
        self.simdir = simdir
        self.database = database

    def env(self):
        env = dict(os.environ)
        env.update(exec_env(self.simdir))
        env.setdefault("PGHOST", "127.0.0.1")
        env.setdefault("PGUSER", "postgres")
        env["PGDATABASE"] = self.database
        env.pop("PGOPTIONS", None)
        return env

    def run(self, sql, variables=None, timeout=20):
        """Returns (ok, rows as list of lists, stderr). Output is CSV without header."""
        import csv
        import io

        args = ["psql", "-X", "-q", "--csv", "-t", "-v", "ON_ERROR_STOP=1"]
        for k, v in (variables or {}).items():
            args += ["-v", "%s=%s" % (k, "" if v is None else v)]
        try:
            p = subprocess.run(args, input=sql, capture_output=True, text=True, env=self.env(), timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            return False, [], str(e)
        rows = list(csv.reader(io.StringIO(p.stdout))) if p.returncode == 0 else []
        return p.returncode == 0, rows, p.stderr
