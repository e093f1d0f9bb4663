#!/usr/bin/env python3
"""Schema and seed of the simulated `botserver` database (specs/generalbots-host.md §3).

Prints SQL on stdout; `lib/postgres.sh` pipes it into psql. Everything is deterministic:
UUIDs are uuid5 of a fixed namespace, timestamps are fixed instants.
"""

import hashlib
import sys
import uuid

NS = uuid.UUID("6c1d0f3e-2b5a-4c8e-9f10-5a7e3b2c9d01")
NIL = "00000000-0000-0000-0000-000000000000"
DEFAULT_BOT = "f47ac10b-58cc-4372-a567-0e02b2c3d480"
DEFAULT_ORG = "f47ac10b-58cc-4372-a567-0e02b2c3d479"


def uid(*parts):
    return str(uuid.uuid5(NS, ":".join(parts)))


def q(v):
    """SQL literal; None is NULL."""
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(out, table, cols, rows):
    if not rows:
        return
    out.append("INSERT INTO %s (%s) VALUES\n" % (table, ", ".join(cols)))
    out.append(",\n".join("  (" + ", ".join(q(v) for v in r) + ")" for r in rows))
    out.append(";\n")


SCHEMA = r"""
-- Columns and constraints as the botserver migrations create them (spec §3).
CREATE TABLE __diesel_schema_migrations (
    version varchar(50) PRIMARY KEY,
    run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE organizations (
    org_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL UNIQUE,
    is_active boolean NOT NULL DEFAULT true,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bots (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name varchar(255) NOT NULL,
    description text,
    llm_provider varchar(100) NOT NULL,
    llm_config jsonb NOT NULL DEFAULT '{}',
    context_provider varchar(100) NOT NULL,
    context_config jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    is_active boolean DEFAULT true,
    tenant_id uuid,
    org_id uuid REFERENCES organizations(org_id) ON DELETE CASCADE,
    is_default boolean DEFAULT false,
    parent_bot_id uuid REFERENCES bots(id) ON DELETE SET NULL,
    enabled_tabs_json text DEFAULT '["chat"]',
    inherit_parent_config boolean DEFAULT true,
    database_name varchar(255),
    slug varchar(255),
    is_public boolean DEFAULT false,
    CONSTRAINT bots_slug_key UNIQUE (slug)
);

CREATE TABLE bot_configuration (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL,
    config_key text NOT NULL,
    config_value text NOT NULL,
    config_type text NOT NULL DEFAULT 'string',
    is_encrypted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT NOW(),
    updated_at timestamptz NOT NULL DEFAULT NOW(),
    UNIQUE (bot_id, config_key)
);
CREATE INDEX idx_bot_config_bot ON bot_configuration (bot_id);
CREATE INDEX idx_bot_config_key ON bot_configuration (config_key);

CREATE TABLE server_configuration (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    config_key text NOT NULL UNIQUE,
    config_value text NOT NULL,
    config_type text NOT NULL DEFAULT 'string',
    description text,
    is_encrypted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT NOW(),
    updated_at timestamptz NOT NULL DEFAULT NOW()
);

CREATE TABLE gbot_config_sync (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL UNIQUE,
    config_file_path text NOT NULL,
    last_sync_at timestamptz NOT NULL DEFAULT NOW(),
    file_hash text NOT NULL,
    sync_count integer NOT NULL DEFAULT 0
);

CREATE TABLE drive_files (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL REFERENCES bots(id) ON DELETE CASCADE,
    file_path text NOT NULL,
    file_type varchar(20) NOT NULL,
    etag text,
    last_modified timestamptz,
    file_size bigint,
    indexed boolean NOT NULL DEFAULT false,
    fail_count integer NOT NULL DEFAULT 0,
    last_failed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT NOW(),
    updated_at timestamptz NOT NULL DEFAULT NOW(),
    UNIQUE (bot_id, file_path)
);
CREATE INDEX idx_drive_files_not_indexed ON drive_files (bot_id) WHERE NOT indexed;
CREATE INDEX idx_drive_files_failed ON drive_files (bot_id) WHERE fail_count > 0;

CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username varchar(255) NOT NULL UNIQUE,
    email varchar(255) NOT NULL UNIQUE,
    password_hash varchar(255) NOT NULL,
    phone_number varchar(50),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    is_active boolean DEFAULT true
);

CREATE TABLE user_sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bot_id uuid NOT NULL REFERENCES bots(id) ON DELETE CASCADE,
    title varchar(500) NOT NULL DEFAULT 'New Conversation',
    answer_mode int4 NOT NULL DEFAULT 0,
    context_data jsonb NOT NULL DEFAULT '{}',
    current_tool varchar(255),
    message_count int4 NOT NULL DEFAULT 0,
    total_tokens int4 NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    last_activity timestamptz NOT NULL DEFAULT now(),
    tenant_id uuid,
    active_email_account_id uuid
);

CREATE TABLE message_history (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id uuid NOT NULL REFERENCES user_sessions(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role int4 NOT NULL,
    content_encrypted text NOT NULL,
    message_type int4 NOT NULL DEFAULT 0,
    media_url text,
    token_count int4,
    processing_time_ms int4,
    llm_model varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    message_index int4 NOT NULL DEFAULT 0
);

CREATE TABLE basic_tools (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL,
    tool_name text NOT NULL,
    file_path text NOT NULL,
    ast_path text,
    mcp_json jsonb,
    tool_json jsonb,
    compiled_at timestamptz,
    is_active boolean DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bot_id, tool_name)
);

CREATE TABLE system_automations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL,
    kind int4 NOT NULL,
    target varchar(32),
    schedule bpchar(20),
    param varchar(32) NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    last_triggered timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    name varchar(255),
    UNIQUE (bot_id, kind, param)
);

CREATE TABLE kb_collections (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_id uuid NOT NULL,
    name text NOT NULL,
    folder_path text NOT NULL,
    qdrant_collection text NOT NULL,
    document_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bot_id, name)
);
"""

T0 = "2026-11-20 09:00:00+00"


def ts(day, hour, minute=0, sec=0):
    return "2026-11-%02d %02d:%02d:%02d+00" % (day, hour, minute, sec)


BOTS = [
    # name, id, description, provider, active, public, tabs
    ("default", DEFAULT_BOT, "Default bot created by the installer", "openai", True, False, '["chat"]'),
    ("helpdesk", uid("bot", "helpdesk"), "IT helpdesk: tickets, FAQ and password resets", "openai", True, True,
     '["chat","tasks"]'),
    ("salesbot", uid("bot", "salesbot"), "Sales assistant: leads, quotes and follow-ups", "anthropic", True, False,
     '["chat","crm"]'),
]

CONFIG = {
    NIL: [
        ("llm-provider", "openai"),
        ("llm-url", "https://api.openai.com/v1"),
        ("llm-model", "gpt-4o-mini"),
        ("llm-key", "none"),
        ("llm-temperature", "0.7"),
        ("llm-endpoint-path", "/v1/chat/completions"),
        ("llm-cache", "true"),
        ("llm-cache-ttl", "3600"),
        ("embedding-url", "http://localhost:8082"),
        ("embedding-model", "bge-small-en-v1.5"),
        ("embedding-dimensions", "384"),
        ("vectordb-url", "http://vectordb:6333"),
        ("episodic-memory-threshold", "4"),
        ("history-limit", "20"),
        ("website-max-depth", "3"),
        ("theme-color1", "#0D47A1"),
        ("theme-color2", "#FFFFFF"),
        ("theme-title", "General Bots"),
    ],
    "default": [
        ("bot-name", "default"),
        ("welcome-message", "Hello! How can I help you today?"),
        ("llm-model", "gpt-4o-mini"),
        ("llm-key", ""),
        ("server_host", "0.0.0.0"),
        ("server_port", "8080"),
        ("sites_root", "/opt/gbo/sites"),
        ("email-from", "bot@domain.com"),
        ("email-server", "mail.domain.com"),
        ("email-port", "587"),
    ],
    "helpdesk": [
        ("name", "value"),
        ("llm-provider", "openai"),
        ("llm-url", "https://api.example.com/v1"),
        ("llm-model", "gpt-4o-mini"),
        ("llm-models", "fast;smart;vision"),
        ("theme-color1", "#1565C0"),
        ("theme-color2", "#E3F2FD"),
        ("theme-title", "Helpdesk"),
        ("theme-logo", "https://cdn.domain.com/helpdesk/logo.svg"),
        ("system-prompt-file", "prompt.md"),
        ("param-apihost", "https://erp.example.com"),
        ("param-ticket-queue", "IT-L1"),
        ("hear-timeout-secs", "300"),
        ("website-max-pages", "200"),
        ("Answer Mode", "direct"),
    ],
    "salesbot": [
        ("name", "value"),
        ("llm-provider", "anthropic"),
        ("llm-url", "https://api.anthropic.com"),
        ("llm-model", "claude-3-5-haiku-latest"),
        ("llm-temperature", "0.3"),
        ("llm-key", "n/a"),
        ("theme-color1", "#2E7D32"),
        ("theme-title", "Sales"),
        ("welcome-message", "Hi, I am the sales assistant. Ask me for a quote."),
        ("param-crm-url", "https://crm.example.com/api"),
        ("sms-provider", "twilio"),
        ("twilio-from-number", "+15550100"),
        ("bm25-enabled", "true"),
        ("rag-top-k", "8"),
    ],
}

# Per bot: (key inside the bucket, file_type, size, indexed, fail_count)
DRIVE = {
    "default": [
        ("default.gbdialog/start.bas", "bas", 412, True, 0),
        ("default.gbot/config.csv", "config", 281, True, 0),
    ],
    "helpdesk": [
        ("helpdesk.gbdialog/start.bas", "bas", 1530, True, 0),
        ("helpdesk.gbdialog/reset-password.bas", "bas", 988, True, 0),
        ("helpdesk.gbdialog/open-ticket.bas", "bas", 1204, False, 3),
        ("helpdesk.gbot/config.csv", "config", 512, True, 0),
        ("helpdesk.gbot/prompt.md", "prompt", 2048, True, 0),
        ("helpdesk.gbkb/faq/vpn.md", "kb", 5120, True, 0),
        ("helpdesk.gbkb/faq/printers.md", "kb", 3310, True, 0),
        ("helpdesk.gbkb/policies/security.pdf", "kb", 184320, False, 0),
    ],
    "salesbot": [
        ("salesbot.gbdialog/start.bas", "bas", 2210, True, 0),
        ("salesbot.gbdialog/quote.bas", "bas", 1777, True, 0),
        # DriveMonitor gave up on this file (fail_count 5): its edits never reach bot_configuration,
        # so the Bots pane shows every kind of drift here and explains the skip.
        ("salesbot.gbot/config.csv", "config", 430, False, 5),
        ("salesbot.gbkb/products/catalog.csv", "kb", 40960, True, 0),
        ("salesbot.gbtheme/default.css", "other", 1800, True, 0),
    ],
}

USERS = [
    ("admin", "admin@domain.com", None),
    ("maria.silva", "maria.silva@domain.com", "+5511999990001"),
    ("joao.souza", "joao.souza@domain.com", "+5511999990002"),
    ("ana.lima", "ana.lima@domain.com", None),
]


def etag(bot, key):
    return hashlib.md5(("%s/%s" % (bot, key)).encode()).hexdigest()


def main():
    out = [SCHEMA]
    insert(out, "__diesel_schema_migrations", ["version", "run_on"], [
        (v, "2026-11-01 08:00:00") for v in
        ["00000000000000", "6.0.0-01-core", "6.0.1", "6.0.4", "6.1.1", "6.1.5", "6.1.8", "6.2.2", "6.2.7",
         "6.3.1", "6.3.2"]])
    insert(out, "organizations", ["org_id", "name", "slug", "created_at", "updated_at"],
           [(DEFAULT_ORG, "Default Organization", "default", T0, T0)])
    tenant = uid("tenant", "default")
    insert(out, "tenants", ["id", "name", "slug", "is_active", "metadata", "created_at", "updated_at"],
           [(tenant, "Default", "default", True, "{}", T0, T0)])
    ids = {name: bid for name, bid, *_ in BOTS}
    ids[NIL] = NIL
    rows = []
    for i, (name, bid, desc, prov, active, public, tabs) in enumerate(BOTS):
        rows.append((bid, name, desc, prov, '{"model":"%s"}' % ("gpt-4o-mini" if prov == "openai" else
                                                                 "claude-3-5-haiku-latest"),
                     "qdrant", "{}", ts(1 + i, 10), ts(20 + i, 14, 30), active, tenant, DEFAULT_ORG, name == "default",
                     None, tabs, True, "bot_" + name.replace("-", "_"), name, public))
    insert(out, "bots", ["id", "name", "description", "llm_provider", "llm_config", "context_provider",
                         "context_config", "created_at", "updated_at", "is_active", "tenant_id", "org_id",
                         "is_default", "parent_bot_id", "enabled_tabs_json", "inherit_parent_config",
                         "database_name", "slug", "is_public"], rows)
    rows = []
    for owner, pairs in CONFIG.items():
        for j, (k, v) in enumerate(pairs):
            when = ts(20, 9, j % 60)
            rows.append((uid("config", owner, k), ids[owner], k, v, "string", False, when, when))
    insert(out, "bot_configuration", ["id", "bot_id", "config_key", "config_value", "config_type", "is_encrypted",
                                      "created_at", "updated_at"], rows)
    insert(out, "server_configuration", ["id", "config_key", "config_value", "description"], [
        (uid("server", "site-url"), "site-url", "https://chat.domain.com", "Public chat URL"),
        (uid("server", "drive-server"), "drive-server", "http://drive:9000", "MinIO endpoint"),
    ])
    # Only the Oct-2025 code wrote this table; one stale row shows it is not the current sync state.
    insert(out, "gbot_config_sync", ["id", "bot_id", "config_file_path", "last_sync_at", "file_hash", "sync_count"],
           [(uid("sync", "helpdesk"), ids["helpdesk"], "helpdesk.gbai/helpdesk.gbot/config.csv", ts(2, 11),
             hashlib.sha256(b"helpdesk config v1").hexdigest(), 7)])
    rows = []
    for bot, files in DRIVE.items():
        for j, (key, ftype, size, indexed, fails) in enumerate(files):
            when = ts(21, 8 + j % 10, (j * 7) % 60)
            rows.append((uid("drive", bot, key), ids[bot], "%s.gbai/%s" % (bot, key), ftype, etag(bot, key), when,
                         size, indexed, fails, ts(27, 6, 15) if fails else None, when, when))
    insert(out, "drive_files", ["id", "bot_id", "file_path", "file_type", "etag", "last_modified", "file_size",
                                "indexed", "fail_count", "last_failed_at", "created_at", "updated_at"], rows)
    rows = []
    for bot, files in DRIVE.items():
        for key, ftype, *_ in files:
            if ftype != "bas":
                continue
            tool = key.rsplit("/", 1)[1][:-4]
            rows.append((uid("tool", bot, tool), ids[bot], tool, "%s.gbai/%s" % (bot, key),
                         "/opt/gbo/work/%s.gbai/%s.gbdialog/%s.ast" % (bot, bot, tool),
                         '{"name":"%s","description":"","input_schema":{"type":"object"}}' % tool,
                         '{"type":"function","function":{"name":"%s"}}' % tool, ts(21, 9), True, T0, ts(21, 9)))
    insert(out, "basic_tools", ["id", "bot_id", "tool_name", "file_path", "ast_path", "mcp_json", "tool_json",
                                "compiled_at", "is_active", "created_at", "updated_at"], rows)
    insert(out, "system_automations", ["id", "bot_id", "kind", "target", "schedule", "param", "is_active",
                                       "last_triggered", "created_at", "name"], [
        (uid("auto", "helpdesk", "daily"), ids["helpdesk"], 0, None, "0 8 * * *", "daily-report.bas", True,
         ts(27, 8), T0, "Daily ticket report"),
        (uid("auto", "salesbot", "leads"), ids["salesbot"], 2, "leads", None, "new-lead.bas", True, ts(26, 15, 2),
         T0, "On new lead"),
        (uid("auto", "salesbot", "mail"), ids["salesbot"], 5, "sales@domain.com", None, "inbox.bas", False, None, T0,
         "Sales inbox"),
    ])
    insert(out, "kb_collections", ["id", "bot_id", "name", "folder_path", "qdrant_collection", "document_count",
                                   "created_at", "updated_at"], [
        (uid("kb", "helpdesk", "faq"), ids["helpdesk"], "faq", "helpdesk.gbai/helpdesk.gbkb/faq", "helpdesk_faq", 2,
         T0, ts(21, 9)),
        (uid("kb", "helpdesk", "policies"), ids["helpdesk"], "policies", "helpdesk.gbai/helpdesk.gbkb/policies",
         "helpdesk_policies", 0, T0, ts(21, 9)),
        (uid("kb", "salesbot", "products"), ids["salesbot"], "products", "salesbot.gbai/salesbot.gbkb/products",
         "salesbot_products", 1, T0, ts(21, 9)),
    ])
    insert(out, "users", ["id", "username", "email", "password_hash", "phone_number", "created_at", "updated_at",
                          "is_active"],
           [(uid("user", u), u, e, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$" + hashlib.sha256(u.encode())
             .hexdigest()[:43], p, T0, T0, True) for u, e, p in USERS])
    sessions = []
    messages = []
    convo = [
        (1, 1, "My VPN does not connect since this morning."),
        (2, 2, "Sorry to hear that. Are you on the office Wi-Fi or at home?"),
        (1, 1, "At home, Windows 11."),
        (2, 2, "Please reinstall the VPN profile from the portal; I opened ticket IT-4411 for you."),
    ]
    for s, (user, bot, title) in enumerate([("maria.silva", "helpdesk", "VPN problem"),
                                            ("joao.souza", "salesbot", "Quote for 20 licences"),
                                            ("ana.lima", "helpdesk", "New Conversation")]):
        sid = uid("session", str(s))
        n = len(convo) if s == 0 else 2
        sessions.append((sid, uid("user", user), ids[bot], title, 0, "{}", None, n, 120 * n, ts(25 + s, 10),
                         ts(25 + s, 10, 5), ts(25 + s, 10, 5)))
        for m in range(n):
            role, mtype, text = convo[m]
            messages.append((uid("msg", str(s), str(m)), sid, uid("user", user), role, text, mtype, None, 30 + m,
                             900 if role == 2 else None, "gpt-4o-mini" if role == 2 else None,
                             ts(25 + s, 10, m), m))
    insert(out, "user_sessions", ["id", "user_id", "bot_id", "title", "answer_mode", "context_data", "current_tool",
                                  "message_count", "total_tokens", "created_at", "updated_at", "last_activity"],
           sessions)
    insert(out, "message_history", ["id", "session_id", "user_id", "role", "content_encrypted", "message_type",
                                    "media_url", "token_count", "processing_time_ms", "llm_model", "created_at",
                                    "message_index"], messages)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
