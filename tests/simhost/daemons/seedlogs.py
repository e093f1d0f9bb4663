#!/usr/bin/python3
"""Seeds botserver's out.log/err.log (spec §4.3 format) with a deterministic start-up history.
Usage: seedlogs.py LOGDIR"""

import os
import sys
import time

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gbsim  # noqa: E402

BASE = time.mktime((2026, 5, 19, 8, 0, 0, 0, 0, -1))  # local time, like production

# (seconds after BASE, level, module, message)
EVENTS = [
    (0.120, "info", "main", "Starting General Bots 6.3.2 (noconsole)"),
    (0.315, "info", "bootstrap", "Loading configuration from Vault at https://localhost:8200"),
    (0.402, "info", "bootstrap", "Connected to database botserver at tables:5432"),
    (0.650, "info", "bootstrap", "Connected to drive at http://localhost:9100"),
    (0.910, "warn", "bootstrap", "Valkey connection slow (412 ms), continuing"),
    (1.204, "info", "bootstrap", "Found 3 active bots to monitor"),
    (1.206, "info", "bootstrap", "Starting DriveMonitor for bot: default (bucket: default.gbai)"),
    (1.207, "info", "bootstrap", "Starting DriveMonitor for bot: helpdesk (bucket: helpdesk.gbai)"),
    (1.209, "info", "bootstrap", "Starting DriveMonitor for bot: salesbot (bucket: salesbot.gbai)"),
    (1.300, "info", "drive_compiler", "DriveCompiler started - compiling .bas files directly to work dir"),
    (1.512, "info", "types", "DriveMonitor: Added/updated drive_files for: default.gbai/default.gbot/config.csv (config)"),
    (1.733, "info", "drive_compiler", "Compiled default.gbai/default.gbdialog/start.bas to start.ast"),
    (1.734, "info", "drive_compiler", "Registered tool 'start' in database"),
    (1.735, "info", "drive_compiler", "DriveCompiler: default.gbai/default.gbdialog/start.bas compiled successfully"),
    (2.010, "info", "types", "ETag changed for helpdesk.gbai/helpdesk.gbot/config.csv, will reindex"),
    (2.240, "info", "types", "Indexing KB file helpdesk/faq -> temp /opt/gbo/work/helpdesk.gbai/helpdesk.gbkb/faq/.tmp-passwords.md"),
    (3.980, "info", "types", "Indexed 4 chunks from helpdesk.gbai/helpdesk.gbkb/faq/passwords.md into collection helpdesk_faq"),
    (4.100, "error", "drive_compiler",
     "Failed to compile /opt/gbo/work/helpdesk.gbai/helpdesk.gbdialog/open-ticket.bas: Syntax error: IF without END IF (line 4)"),
    (4.120, "info", "llm", "LLM provider configured: openai model=gpt-4o-mini url=https://api.example.com/v1"),
    (5.400, "warn", "llm", "LLM request failed (attempt 1/3): connection timed out after 30s, retrying with backoff 2s"),
    (9.800, "error", "llm", "LLM request failed after 3 attempts for bot helpdesk: upstream returned 502 Bad Gateway"),
    (12.00, "info", "server", "Server listening on 0.0.0.0:8080"),
    (61.25, "info", "session_manager", "New session 6f1d2a34-9c0b-4e57-8b21-0d6a5f3e9c12 for bot helpdesk"),
    (90.10, "error", "websocket", "thread 'tokio-runtime-worker' panicked at crates/botcore/src/session.rs:212:9: called `Option::unwrap()` on a `None` value"),
    (95.00, "error", "types", "KB indexing failed for helpdesk.gbai/helpdesk.gbkb/faq/big.pdf: embedding request failed: 413 Payload Too Large"),
    (120.0, "info", "types", "File deleted from S3: default.gbai/default.gbdialog/old-menu.bas (was in DB)"),
    (180.0, "info", "session_manager", "Session 6f1d2a34-9c0b-4e57-8b21-0d6a5f3e9c12 closed after 14 messages"),
]


def main():
    logdir = sys.argv[1]
    os.makedirs(logdir, exist_ok=True)
    for name in ("out.log", "err.log"):
        open(os.path.join(logdir, name), "w").close()
    log = gbsim.BotLog(logdir)
    for dt, level, module, msg in EVENTS:
        log.write(level, module, msg, BASE + dt)


if __name__ == "__main__":
    main()
