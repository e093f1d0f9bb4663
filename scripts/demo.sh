#!/usr/bin/env bash
# Installs what is missing, builds, starts the simulated General Bots host and opens GB Admin on it.
# The simhost keeps running after the window closes; stop it with:
#   tests/simhost/simhost down "${XDG_STATE_HOME:-$HOME/.local/state}/gbadmin-demo"
set -euo pipefail
cd "$(dirname "$0")/.."
# The ci preset's build tree, which scripts/test.sh uses too: the demo compiles only the app, and
# the tests later reuse everything it compiled (one build for both Quick-start commands).
bash scripts/build.sh ci gbadmin
state="${XDG_STATE_HOME:-$HOME/.local/state}/gbadmin-demo"
mkdir -p "$state"
if ! tests/simhost/simhost status "$state" >/dev/null 2>&1; then
  tests/simhost/simhost up "$state" >/dev/null
fi
# shellcheck disable=SC1091
. "$state/env"
# The demo keeps its own settings: the simulated host's DNS server is BIND on a loopback port, not
# the dns container's address on port 53 (Settings::Keys::DnsServerOverride), and that must never
# reach the settings used for real hosts.
export XDG_CONFIG_HOME="$state/config"
conf="$XDG_CONFIG_HOME/generalbots/gbadmin.conf"
mkdir -p "${conf%/*}"
if grep -q '^serverOverride=' "$conf" 2>/dev/null; then
  sed -i "s|^serverOverride=.*|serverOverride=127.0.0.1:$SIMHOST_DNS_PORT|" "$conf"
else
  printf '\n[dns]\nserverOverride=127.0.0.1:%s\n' "$SIMHOST_DNS_PORT" >>"$conf"
fi
exec build/ci/bin/gbadmin --ssh-config "$SIMHOST_SSH_CONFIG" --connect simhost "$@"
