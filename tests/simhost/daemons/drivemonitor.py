#!/usr/bin/python3
"""DriveMonitor + DriveCompiler of the simulated botserver (spec §4.1, current version).

Every INTERVAL s: for each `bots.is_active` row, list `<bot>.gbai` in the drive container's bucket tree
(through the mc shim's own store code, so ETags are exactly what `mc ls --json` prints), compare with
`drive_files` in the real botserver DB, upsert, copy `.bas`/prompt files to the system container's work
dir, "compile" `.bas` into `.ast` + `.mcp.json` + `.tool.json`, sync config.csv into `bot_configuration`
with the current parser (§2.2), and log in botserver's format (§4.3) to /opt/gbo/logs of `system`.
All SQL values travel as psql variables (-v name=value, used as :'name').
Usage: drivemonitor.py DIR [INTERVAL]
"""

import fcntl
import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, HERE)
import gbsim  # noqa: E402

SIMDIR = os.path.abspath(sys.argv[1])
INTERVAL = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
SYSTEM_OPT = os.path.join(SIMDIR, "root", "system", "opt")
WORK = os.path.join(SYSTEM_OPT, "gbo", "work")
MAX_FAILS = 5
SCAN_INTERVAL = float(os.environ.get("DRIVE_SCAN_INTERVAL", "5"))  # botserver's default

KB_EXT = set("txt md pdf xlsx xls docx doc csv pptx ppt html htm rtf epub xml json odt ods odp yaml yml toml jsonl "
             "tsv log cfg ini conf env svg py rs js ts sh sql css ics vcf eml rst adoc properties graphql proto".split())


def load_mc():
    path = os.path.join(HERE, "..", "shims", "mc")
    loader = importlib.machinery.SourceFileLoader("simhost_mc", path)
    spec = importlib.util.spec_from_loader("simhost_mc", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    mod.ROOT = os.path.join(SIMDIR, "root", "drive", "opt", "gbo", "data", "minio")
    mod.SYS = os.path.join(mod.ROOT, ".minio.sys")
    os.environ["SIMHOST_DIR"] = SIMDIR  # mc.server_running() reads the drive unit's state from here
    return mod


mc = load_mc()
db = gbsim.Psql(SIMDIR, "botserver")
log = gbsim.BotLog(os.path.join(SYSTEM_OPT, "gbo", "logs"))


def classify(key):
    """classify_file in botdrive/src/drive_monitor/types.rs (spec §2.1)."""
    low = key.lower()
    if low.endswith(".bas"):
        return "bas"
    ext = low.rsplit(".", 1)[-1] if "." in low.rsplit("/", 1)[-1] else ""
    if ".gbkb/" in low and ext in KB_EXT:
        return "kb"
    if ".gbot/" in low and low.endswith("config.csv"):
        return "config"
    if ".gbot/" in low and (low.endswith("prompt.md") or low.endswith("prompt.txt")):
        return "prompt"
    return "other"


def container_path(host_path):
    """The path as botserver sees it inside `system` (/opt/...)."""
    return "/opt" + host_path[len(SYSTEM_OPT):] if host_path.startswith(SYSTEM_OPT) else host_path


def sql(text, **vars_):
    ok, rows, err = db.run(text, vars_)
    if not ok:
        raise RuntimeError(err.strip() or "psql failed")
    return rows


# ------------------------------------------------------------------ compiler

BLOCKS = [  # (opening regex, closing regex, name) -- matched on the trimmed, upper-cased line
    (r"^IF\b.*\bTHEN$", r"^(END\s+IF|ENDIF)$", "IF"),
    (r"^WITH\s+\w+", r"^END\s+WITH$", "WITH"),
    (r"^SELECT\s+", r"^END\s+SELECT$", "SELECT"),
    (r"^SWITCH\s+", r"^END\s+SWITCH$", "SWITCH"),
    (r"^WHILE\b", r"^WEND$", "WHILE"),
    (r"^DO\b", r"^LOOP\b", "DO"),
    (r"^FOR\b", r"^(NEXT\b|END\s+FOR$)", "FOR"),
    (r"^BEGIN\s+TALK$", r"^END\s+TALK$", "BEGIN TALK"),
    (r"^BEGIN\s+MAIL\b", r"^END\s+MAIL$", "BEGIN MAIL"),
    (r"^BEGIN\s+SYSTEM\s+PROMPT$", r"^END\s+SYSTEM\s+PROMPT$", "BEGIN SYSTEM PROMPT"),
    (r"^SUB\s+\w+", r"^END\s+SUB$", "SUB"),
    (r"^FUNCTION\s+\w+", r"^END\s+FUNCTION$", "FUNCTION"),
    (r"^TABLE\s+\w+", r"^END\s+TABLE$", "TABLE"),
]
TEXT_BLOCKS = ("BEGIN TALK", "BEGIN MAIL", "BEGIN SYSTEM PROMPT", "TABLE")
PARAM_RE = re.compile(r'^PARAM\s+(\w+)\s+AS\s+(\w+)(?:\s+LIKE\s+"([^"]*)")?(?:\s+DESCRIPTION\s+"([^"]*)")?')
DESC_RE = re.compile(r'^DESCRIPTION\s+"([^"]*)"')
SCHED_RE = re.compile(r'^SET\s+SCHEDULE\s+"([^"]*)"')
TYPES = {"integer": "integer", "int": "integer", "number": "integer", "float": "number", "double": "number",
         "decimal": "number", "boolean": "boolean", "bool": "boolean", "array": "array", "list": "array",
         "object": "object", "map": "object"}


class CompileError(Exception):
    pass


def rhai_condition(cond):
    """The compiler's rewrites inside IF/ELSEIF conditions (spec §1.2)."""
    cond = re.sub(r"\s+AND\s+", " && ", cond)
    cond = re.sub(r"\s+OR\s+", " || ", cond)
    cond = re.sub(r"\s+NOT\s+IN\s+", " !in ", cond)
    if not re.search(r"==|!=|<=|>=|<>|<|>", cond):
        cond = re.sub(r"(?<![=!<>])=(?!=)", "==", cond)
    return cond.replace(" <> ", " != ")


def compile_bas(text):
    """Checks block structure and produces (.ast text, params, description, schedule)."""
    stack = []
    out = []
    params, desc, schedule = [], "", None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        up = line.upper()
        if stack and stack[-1][0] in TEXT_BLOCKS:
            name = stack[-1][0]
            closing = [c for o, c, nm in BLOCKS if nm == name][0]
            if re.match(closing, up):
                stack.pop()
                out.append("// end of %s block" % name.lower())
            else:
                out.append("TALK %s;" % json.dumps(line) if name == "BEGIN TALK" else "// " + line)
            continue
        if not line or line.startswith("'") or line.startswith("//") or line.startswith("REM") or line.startswith("#"):
            continue
        m = PARAM_RE.match(line)
        if m:
            params.append({"name": m.group(1), "type": TYPES.get(m.group(2).lower(), "string"),
                           "example": m.group(3) or "", "description": m.group(4) or ""})
            continue
        if line.startswith("PARAM "):
            raise CompileError("Syntax error: malformed PARAM (line %d)" % n)
        m = DESC_RE.match(line)
        if m:
            desc = m.group(1)
            continue
        m = SCHED_RE.match(line)
        if m:
            schedule = m.group(1)
            continue
        if re.match(r"^(ELSEIF\b.*|ELSE\s+IF\b.*)\bTHEN$", up) or up == "ELSE":
            if not stack or stack[-1][0] != "IF":
                raise CompileError("Syntax error: %s without IF (line %d)" % (up.split()[0], n))
            cond = re.match(r"^(?:ELSEIF|ELSE\s+IF)\s+(.*)\s+THEN$", line, re.I)
            out.append("} else if %s {" % rhai_condition(cond.group(1)) if cond else "} else {")
            continue
        opened = closed = False
        for o, c, name in BLOCKS:
            if re.match(c, up):
                if not stack or stack[-1][0] != name:
                    want = stack[-1][0] if stack else None
                    raise CompileError("Syntax error: %s without %s (line %d)%s" % (
                        " ".join(up.split()[:2]) if up.startswith("END") else up.split()[0], name, n,
                        "; %s opened at line %d is still open" % (want, stack[-1][1]) if want else ""))
                stack.pop()
                out.append("}")
                closed = True
                break
            if re.match(o, up):
                stack.append((name, n))
                if name in TEXT_BLOCKS:
                    out.append("// %s" % line)
                elif name == "IF":
                    out.append("if %s {" % rhai_condition(re.match(r"(?is)^IF\s+(.*)\s+THEN$", line).group(1)))
                else:
                    out.append("%s {" % line)
                opened = True
                break
        if opened or closed:
            continue
        out.append(line if line.endswith((";", "{", "}", ",")) else line + ";")
    if stack:
        name, n = stack[-1]
        raise CompileError("Syntax error: %s without END %s (line %d)" % (name, name.split()[-1] if name.startswith(
            "BEGIN") else name, n))
    return "\n".join(out) + "\n", params, desc, schedule


def tool_json(tool, params, desc):
    props = {p["name"]: {"type": p["type"], "description": p["description"], "example": p["example"]} for p in params}
    schema = {"type": "object", "properties": props, "required": [p["name"] for p in params]}
    mcp = {"name": tool, "description": desc, "input_schema": schema}
    fn = {"type": "function", "function": {"name": tool, "description": desc, "parameters": schema}}
    return mcp, fn


# ------------------------------------------------------------------ monitor


class Monitor:
    def __init__(self):
        self.compiled = {}  # DriveCompiler's in-memory map: file_path -> etag (empty after a restart)
        self.db_error = None
        self.known_bots = set()
        self.drive_down = False
        self.last_discovery = -SCAN_INTERVAL

    def discover(self):
        """Periodic bucket scan (bootstrap.rs): a `<bot>.gbai` bucket without a bots row creates the bot."""
        now = time.monotonic()
        if not self.known_bots or now - self.last_discovery < SCAN_INTERVAL:
            return
        self.last_discovery = now
        buckets = [b[:-5] for b in mc.list_buckets() if b.endswith(".gbai") and len(b) > 5]
        if not buckets:
            return
        known = {r[0] for r in sql("SELECT name FROM bots")}
        for bot in buckets:
            if bot in known:
                continue
            log.info("bootstrap", "Periodic scan: auto-creating bot '%s' from S3 bucket '%s.gbai'" % (bot, bot))
            rows = sql("INSERT INTO bots (name, description, llm_provider, context_provider, org_id, slug, "
                       "database_name, is_active) VALUES (:'bot', NULL, 'openai', 'qdrant', "
                       "(SELECT org_id FROM bots WHERE name = 'default' LIMIT 1), :'bot', :'dbname', true) "
                       "ON CONFLICT (slug) DO NOTHING RETURNING id",
                       bot=bot, dbname="bot_" + bot.replace("-", "_"))
            if rows:
                log.info("bootstrap", "Bot '%s' auto-created via periodic scan" % bot)
                log.info("bootstrap", "Starting DriveMonitor for newly discovered bot: %s" % bot)
                self.known_bots.add(bot)
            else:
                log.warn("bootstrap", "Periodic scan: could not auto-create bot '%s' (slug already taken)" % bot)

    def tick(self):
        try:
            self.discover()
            bots = sql("SELECT id, name FROM bots WHERE is_active = true ORDER BY name")
        except RuntimeError as e:
            if self.db_error != str(e):
                log.error("monitor", "DriveMonitor: database unavailable: %s" % str(e).splitlines()[0])
            self.db_error = str(e)
            return
        if self.db_error:
            log.info("monitor", "DriveMonitor: database reachable again")
            self.db_error = None
        if not mc.server_running():
            # MinIO is down: every listing fails; say so once, like the S3 client errors would.
            if not self.drive_down:
                log.error("types", "DriveMonitor: failed to list objects: dispatch failure: "
                          "error trying to connect: tcp connect error: Connection refused (os error 111)")
            self.drive_down = True
            return
        if self.drive_down:
            log.info("types", "DriveMonitor: drive reachable again")
            self.drive_down = False
        names = {b[1] for b in bots}
        new = names - self.known_bots
        if new:
            if not self.known_bots:
                log.info("bootstrap", "Found %d active bots to monitor" % len(bots))
            for bot_id, name in bots:
                if name in new:
                    log.info("bootstrap", "Starting DriveMonitor for bot: %s (bucket: %s.gbai)" % (name, name))
        self.known_bots = names
        for bot_id, name in bots:
            try:
                self.scan_bucket(bot_id, name)
            except RuntimeError as e:
                log.error("types", "DriveMonitor: scan of %s.gbai failed: %s" % (name, str(e).splitlines()[0]))

    def scan_bucket(self, bot_id, bot):
        bucket = bot + ".gbai"
        if not os.path.isdir(mc.bucket_dir(bucket)):
            return
        meta = mc.read_meta(bucket)
        objects = {}
        for key in mc.walk_objects(bucket):
            try:
                objects[key] = mc.object_info(bucket, key, os.path.join(mc.bucket_dir(bucket), *key.split("/")), meta)
            except OSError:
                continue  # removed while listing
        rows = sql("SELECT file_path, file_type, coalesce(etag, ''), indexed, fail_count FROM drive_files "
                   "WHERE bot_id = :'bot_id'", bot_id=bot_id)
        prev = {r[0]: {"type": r[1], "etag": r[2], "indexed": r[3] == "t", "fails": int(r[4])} for r in rows}
        kb_touched = set()
        for key, info in objects.items():
            full = "%s/%s" % (bucket, key)
            ftype = classify(key)
            row = prev.get(full)
            etag = info["etag"]
            same = row is not None and row["etag"] == etag
            # Checked before the ETag, as in scan_bucket: a fixed file stays skipped until its row
            # goes away (remove the object, let the scan delete the row, upload again).
            if row and row["fails"] >= MAX_FAILS:
                log.warn("types", "Skipping %s \u2014 failed %d times (max %d). Remove from Drive or fix the file to retry."
                         % (full, row["fails"], MAX_FAILS))
                continue
            needs = not (row is not None and row["indexed"] and same)
            if row is not None and row["indexed"] and not same:
                log.info("types", "ETag changed for %s, will reindex" % full)
            if not needs:
                if ftype == "bas" and self.compiled.get(full) != etag:
                    # DriveCompiler after a restart; a failure here is logged once per ETag.
                    if not self.compile(bot_id, bot, key, full, etag):
                        self.compiled[full] = etag
                continue
            sql("INSERT INTO drive_files (bot_id, file_path, file_type, etag, last_modified, file_size, created_at, "
                "updated_at) VALUES (:'bot_id', :'path', :'ftype', :'etag', :'mtime', :'size', now(), now()) "
                "ON CONFLICT (bot_id, file_path) DO UPDATE SET file_type = EXCLUDED.file_type, etag = EXCLUDED.etag, "
                "last_modified = EXCLUDED.last_modified, file_size = EXCLUDED.file_size, updated_at = now()",
                bot_id=bot_id, path=full, ftype=ftype, etag=etag, mtime=mc.rfc3339(info["mtime_ns"]),
                size=str(info["size"]))
            log.info("types", "DriveMonitor: Added/updated drive_files for: %s (%s)" % (full, ftype))
            src = os.path.join(mc.bucket_dir(bucket), *key.split("/"))
            try:
                if ftype == "bas":
                    ok = self.download(src, os.path.join(WORK, bucket, bot + ".gbdialog", key.rsplit("/", 1)[-1]))
                    ok = ok and self.compile(bot_id, bot, key, full, etag)
                elif ftype == "prompt":
                    ok = self.download(src, os.path.join(WORK, bucket, bot + ".gbot", key.rsplit("/", 1)[-1]))
                elif ftype == "config":
                    ok = self.sync_config(bot_id, src)
                elif ftype == "kb":
                    ok = self.index_kb(bot, key, full, src, info["size"])
                    kb_touched.add(key.split(".gbkb/", 1)[1].split("/", 1)[0])
                else:
                    ok = True
            except OSError as e:
                log.error("types", "DriveMonitor: failed to process %s: %s" % (full, e))
                ok = False
            if ok:
                sql("UPDATE drive_files SET indexed = true, fail_count = 0, updated_at = now() "
                    "WHERE bot_id = :'bot_id' AND file_path = :'path'", bot_id=bot_id, path=full)
            else:
                sql("UPDATE drive_files SET indexed = false, fail_count = fail_count + 1, last_failed_at = now(), "
                    "updated_at = now() WHERE bot_id = :'bot_id' AND file_path = :'path'", bot_id=bot_id, path=full)
        for full in sorted(set(prev) - {"%s/%s" % (bucket, k) for k in objects}):
            log.info("types", "File deleted from S3: %s (was in DB)" % full)
            if prev[full]["type"] in ("kb", "gbkb"):
                log.info("types", "Deleted vectors for %s" % full)
            sql("DELETE FROM drive_files WHERE bot_id = :'bot_id' AND file_path = :'path'", bot_id=bot_id, path=full)
            self.compiled.pop(full, None)
        for kb in sorted(kb_touched):
            count = sum(1 for k in objects if classify(k) == "kb" and k.split(".gbkb/", 1)[1].split("/", 1)[0] == kb)
            sql("INSERT INTO kb_collections (bot_id, name, folder_path, qdrant_collection, document_count) "
                "VALUES (:'bot_id', :'kb', :'folder', :'coll', :'n') ON CONFLICT (bot_id, name) DO UPDATE SET "
                "document_count = EXCLUDED.document_count, updated_at = now()",
                bot_id=bot_id, kb=kb, folder="%s/%s.gbkb/%s" % (bucket, bot, kb), coll="%s_%s" % (bot, kb),
                n=str(count))

    def download(self, src, dst):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        tmp = dst + ".download"
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
        return True

    def compile(self, bot_id, bot, key, full, etag):
        name = key.rsplit("/", 1)[-1]
        tool = name[:-4]
        wdir = os.path.join(WORK, bot + ".gbai", bot + ".gbdialog")
        wbas = os.path.join(wdir, name)
        if not os.path.exists(wbas):
            log.info("drive_compiler", "File %s not found in work dir, attempting to download from S3" % full)
            self.download(os.path.join(mc.bucket_dir(bot + ".gbai"), *key.split("/")), wbas)
        try:
            with open(wbas, encoding="utf-8", errors="replace") as f:
                ast, params, desc, schedule = compile_bas(f.read())
        except CompileError as e:
            log.error("drive_compiler", "Failed to compile %s: %s" % (container_path(wbas), e))
            return False
        ast_path = os.path.join(wdir, tool + ".ast")
        mcp, fn = tool_json(tool, params, desc)
        for path, text in ((ast_path, ast), (os.path.join(wdir, tool + ".mcp.json"), json.dumps(mcp, indent=2)),
                           (os.path.join(wdir, tool + ".tool.json"), json.dumps(fn, indent=2))):
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(path + ".tmp", path)
        log.info("drive_compiler", "Compiled %s to %s.ast" % (container_path(wbas), tool))
        sql("INSERT INTO basic_tools (bot_id, tool_name, file_path, ast_path, mcp_json, tool_json, compiled_at, "
            "is_active) VALUES (:'bot_id', :'tool', :'path', :'ast', :'mcp', :'fn', now(), true) "
            "ON CONFLICT (bot_id, tool_name) DO UPDATE SET file_path = EXCLUDED.file_path, ast_path = EXCLUDED.ast_path, "
            "mcp_json = EXCLUDED.mcp_json, tool_json = EXCLUDED.tool_json, compiled_at = now(), is_active = true, "
            "updated_at = now()",
            bot_id=bot_id, tool=tool, path=full, ast=container_path(ast_path), mcp=json.dumps(mcp), fn=json.dumps(fn))
        log.info("drive_compiler", "Registered tool '%s' in database" % tool)
        param = name[:32]
        if schedule is not None:
            sql("INSERT INTO system_automations (bot_id, kind, schedule, param, is_active, name) "
                "VALUES (:'bot_id', 0, :'sched', :'param', true, :'tool') ON CONFLICT (bot_id, kind, param) "
                "DO UPDATE SET schedule = EXCLUDED.schedule, is_active = true",
                bot_id=bot_id, sched=schedule[:20], param=param, tool=tool)
        else:
            sql("DELETE FROM system_automations WHERE bot_id = :'bot_id' AND kind = 0 AND param = :'param'",
                bot_id=bot_id, param=param)
        log.info("drive_compiler", "DriveCompiler: %s compiled successfully" % container_path(wbas))
        self.compiled[full] = etag
        return True

    def sync_config(self, bot_id, src):
        """DriveMonitor::sync_bot_config, the current parser (spec §2.2)."""
        pairs = []
        with open(src, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#") or line.lower().startswith("key,"):
                    continue
                if "," not in line:
                    continue
                k, v = line.split(",", 1)
                k, v = k.strip(), v.strip()
                if not k:
                    continue
                pairs.append((k, v))
        if not pairs:
            return True
        stmts, variables = [], {"bot_id": bot_id}
        for i, (k, v) in enumerate(pairs):
            variables["k%d" % i] = k
            variables["v%d" % i] = v
            stmts.append("INSERT INTO bot_configuration (bot_id, config_key, config_value, config_type, is_encrypted, "
                         "updated_at) VALUES (:'bot_id', :'k%d', :'v%d', 'string', false, NOW()) "
                         "ON CONFLICT (bot_id, config_key) DO UPDATE SET config_value = EXCLUDED.config_value, "
                         "config_type = 'string', is_encrypted = false, updated_at = NOW();" % (i, i))
        sql("BEGIN;\n" + "\n".join(stmts) + "\nCOMMIT;", **variables)
        return True

    def index_kb(self, bot, key, full, src, size):
        kb = key.split(".gbkb/", 1)[1].split("/", 1)[0]
        log.info("types", "Indexing KB file %s/%s -> temp /opt/gbo/work/%s.gbai/%s.gbkb/%s/.tmp-%s"
                 % (bot, kb, bot, bot, kb, key.rsplit("/", 1)[-1]))
        chunks = max(1, (size + 799) // 800)
        log.info("types", "Indexed %d chunks from %s into collection %s_%s" % (chunks, full, bot, kb))
        return True


def main():
    mon = Monitor()
    log.info("drive_compiler", "DriveCompiler started - compiling .bas files directly to work dir")
    while True:
        start = time.monotonic()
        try:
            # `simhost set DIR healthy|drive-failures` change buckets and rows together under this lock.
            with open(os.path.join(SIMDIR, "run", "drivemonitor.lock"), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                mon.tick()
        except Exception:  # keep the loop alive; the daemon log has the trace
            traceback.print_exc()
            sys.stderr.flush()
        time.sleep(max(0.2, INTERVAL - (time.monotonic() - start)))


if __name__ == "__main__":
    main()
