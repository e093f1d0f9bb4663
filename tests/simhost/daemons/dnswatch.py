#!/usr/bin/python3
"""CoreDNS `file` plugin reload semantics (spec §7) on top of a real BIND named.

named serves private copies of the zone files. Every second this watcher looks at each zone file of the
dns container (/opt/gbo/data/<zone>.zone). When the file changed on disk, it reads the first SOA serial:
  * equal to the loaded serial -> nothing happens (CoreDNS stops parsing: "no change in SOA serial");
  * different (lower too)      -> named-checkzone; on success the copy is replaced, `rndc reload <zone>`
    runs and `[INFO] plugin/file: Successfully reloaded zone ...` is logged; on failure
    `[ERROR] plugin/file: Parsing zone ...` is logged and the old data stays served.
Usage: dnswatch.py DIR   (reads DIR/state/named/zones.json written by lib/dns.sh)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time

SIMDIR = os.path.abspath(sys.argv[1])
NAMED = os.path.join(SIMDIR, "state", "named")
DNSROOT = os.path.join(SIMDIR, "root", "dns")
LOG = os.path.join(DNSROOT, "opt", "gbo", "logs", "coredns.log")


def log(line):
    with open(LOG, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def strip_comment(line):
    out, q = [], False
    for ch in line:
        if ch == '"':
            q = not q
        elif ch == ";" and not q:
            break
        out.append(ch)
    return "".join(out)


def first_soa_serial(text):
    """Serial of the first SOA record, tolerant of ( ) continuation; None when there is none."""
    tokens = []
    depth = 0
    collecting = False
    for raw in text.splitlines():
        line = strip_comment(raw)
        if not collecting:
            if re.search(r"(^|\s)SOA(\s|$)", line, re.I):
                collecting = True
                line = re.split(r"(?i)(?:^|\s)SOA(?:\s|$)", line, maxsplit=1)[1]
            else:
                continue
        for tok in re.findall(r"\(|\)|[^\s()]+", line):
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth -= 1
            else:
                tokens.append(tok)
        if len(tokens) >= 3 and depth <= 0:
            break
    if len(tokens) < 3 or not tokens[2].isdigit():
        return None
    return int(tokens[2])


def rndc(zone):
    p = subprocess.run(["rndc", "-c", os.path.join(NAMED, "rndc.conf"), "reload", zone],
                       capture_output=True, text=True, timeout=20)
    return p.returncode == 0, (p.stdout + p.stderr).strip()


def main():
    cfg = json.load(open(os.path.join(NAMED, "zones.json")))
    state = {}
    for z in cfg["zones"]:
        with open(z["served"], encoding="utf-8", errors="replace") as f:
            state[z["zone"]] = {"serial": first_soa_serial(f.read()), "sig": None}
    while True:
        for z in cfg["zones"]:
            st = state[z["zone"]]
            path = z["file"]
            try:
                s = os.stat(path)
            except OSError:
                continue
            sig = (s.st_mtime_ns, s.st_size, s.st_ino)
            if sig == st["sig"]:
                continue
            st["sig"] = sig
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            origin = z["zone"] + "."
            serial = first_soa_serial(text)
            if serial is not None and serial == st["serial"]:
                continue  # CoreDNS: "no change in SOA serial", not an error
            if serial is None:
                log('[ERROR] plugin/file: Parsing zone "%s": no SOA record found in "%s"' % (origin, z["shown"]))
                continue
            chk = subprocess.run(["named-checkzone", "-q", "-k", "fail", "-i", "none", origin, path],
                                 capture_output=True, text=True)
            if chk.returncode != 0:
                detail = subprocess.run(["named-checkzone", "-k", "fail", "-i", "none", origin, path],
                                        capture_output=True, text=True)
                msg = (detail.stdout + detail.stderr).strip().splitlines()
                first = msg[0] if msg else "parse error"
                first = first.replace(path, z["shown"])
                log('[ERROR] plugin/file: Parsing zone "%s": %s' % (origin, first))
                continue
            tmp = z["served"] + ".new"
            shutil.copyfile(path, tmp)
            os.replace(tmp, z["served"])
            ok, out = rndc(z["zone"])
            if ok:
                st["serial"] = serial
                log('[INFO] plugin/file: Successfully reloaded zone "%s" in "%s" with %d SOA serial'
                    % (origin, z["shown"], serial))
            else:
                log('[ERROR] plugin/file: Reloading zone "%s": %s' % (origin, out))
        time.sleep(1.0)


if __name__ == "__main__":
    main()
