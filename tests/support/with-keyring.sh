#!/bin/sh
# Runs a command with a real, unlocked gnome-keyring (Secret Service) in a private D-Bus session
# and a fresh HOME, so keychain tests never touch the developer's keyring:
#   tests/support/with-keyring.sh ./tst_credentialstore
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gbadmin-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/run"
chmod 0700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache"
rc=0
dbus-run-session -- sh -c '
    # --unlock creates the login keyring with this password (or unlocks it) and starts the daemon.
    printf %s gbadmin-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || rc=$?
exit $rc
