#!/usr/bin/python3
"""HTTP endpoints of the simulated host: Vault's /v1/sys/health and botserver's /api/health.

Two listeners on 127.0.0.1 (free ports); the curl shim maps https://localhost:8200 (vault) and
http(s)://localhost:8080 (system) onto them. State is read per request, so `simhost set` acts at once.
Usage: health.py DIR   (writes DIR/state/health.ports once both listen)
"""

import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gbsim  # noqa: E402

SIMDIR = os.path.abspath(sys.argv[1])
STATE = os.path.join(SIMDIR, "state")
STARTED = time.time()


def unit_state(container, unit):
    s = gbsim.read_json(os.path.join(STATE, "services.json"), {}) or {}
    return s.get(container, {}).get(unit, {}).get("state", "inactive")


class Base(BaseHTTPRequestHandler):
    server_version = "simhost"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def send_json(self, code, obj):
        body = (json.dumps(obj, separators=(",", ":")) + "\n").encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()


class VaultHandler(Base):
    server_version = ""

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/v1/sys/health":
            self.send_json(404, {"errors": []})
            return
        q = dict(urllib.parse.parse_qsl(url.query))
        v = gbsim.read_json(os.path.join(STATE, "vault.json"), {}) or {}
        initialized = bool(v.get("initialized", True))
        sealed = bool(v.get("sealed", False)) or not initialized
        body = {
            "initialized": initialized,
            "sealed": sealed,
            "standby": sealed,
            "performance_standby": False,
            "replication_performance_mode": "unknown" if sealed else "disabled",
            "replication_dr_mode": "unknown" if sealed else "disabled",
            "server_time_utc": int(time.time()),
            "version": "1.15.4",
        }
        if not sealed:
            # Vault only reports the cluster once it is unsealed.
            body["cluster_name"] = v.get("cluster_name", "vault-cluster-5f3a9c1e")
            body["cluster_id"] = v.get("cluster_id", "8d1c7f0e-2b4a-4c6e-9f13-5a7b2e9d4c01")
        # Vault's status codes, overridable by the same query parameters Vault accepts.
        if not initialized:
            code = int(q.get("uninitcode", 501))
        elif sealed:
            code = int(q.get("sealedcode", 503))
        else:
            code = int(q.get("activecode", 200))
        self.send_json(code, body)


class ApiHandler(Base):
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/api/health", "/health"):
            self.send_json(404, {"error": "Not Found"})
            return
        state = unit_state("system", "botserver")
        if state == "active":
            self.send_json(200, {"status": "ok", "service": "botserver", "version": "6.3.2",
                                 "uptime_secs": int(time.time() - STARTED)})
        else:
            self.send_json(503, {"status": "error", "service": "botserver",
                                 "error": "botserver service is %s" % state})


def main():
    vault = ThreadingHTTPServer(("127.0.0.1", 0), VaultHandler)
    api = ThreadingHTTPServer(("127.0.0.1", 0), ApiHandler)
    for srv in (vault, api):
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    ports = os.path.join(STATE, "health.ports")
    tmp = ports + ".tmp"
    with open(tmp, "w") as f:
        f.write("VAULT_PORT=%d\nAPI_PORT=%d\n" % (vault.server_address[1], api.server_address[1]))
    os.replace(tmp, ports)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
