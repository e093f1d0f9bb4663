# shellcheck shell=bash
# Component `postgres`: a real, throwaway PostgreSQL cluster for the `tables` container.
#
# Cluster in DIR/pg (or, when the `postgres` system user cannot reach DIR, a directory under /tmp
# recorded in DIR/state/postgres.env), TCP on 127.0.0.1 (+ ::1 when lo has it) at a free port,
# trust auth, superuser `postgres`, Unix socket inside the data area. Seeds `botserver` and `PROD-ALM`.
# `incus exec tables -- psql -h localhost -U postgres -d botserver` works through PGPORT in DIR/exec.env.

_PG_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
_PG_DATA_DIR=$(cd "$_PG_LIB_DIR/../data" && pwd)

_pg_bindir() {
    if [ -n "${SIMHOST_PG_BINDIR:-}" ]; then
        echo "$SIMHOST_PG_BINDIR"
        return
    fi
    local d
    # Newest installed major (Debian 12: 15, Debian 13: 17).
    d=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
        echo "postgres: no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)" >&2
        return 1
    fi
    echo "$d"
}

# initdb and postgres refuse to run as root: as root they run as the `postgres` system user.
_pg_owner() {
    if [ "$(id -u)" -eq 0 ] && id -u postgres >/dev/null 2>&1 && runuser -u postgres -- true 2>/dev/null; then
        echo postgres
    else
        id -un
    fi
}

_pg_as() {
    local owner=$1
    shift
    if [ "$owner" = "$(id -un)" ]; then
        (cd / && "$@")
    else
        (cd / && runuser -u "$owner" -- "$@")
    fi
}

# pg_ctl start: the postmaster outlives us, so it must not inherit our descriptors beyond 0-2
# (a lock held by the caller, ctest's pipes); pg_ctl itself points 0-2 at /dev/null and the log.
_pg_ctl_start() {
    local owner=$1
    shift
    (
        for fd in "/proc/$BASHPID/fd/"*; do
            fd=${fd##*/}
            if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-"; fi
        done
        _pg_as "$owner" "$@" </dev/null
    )
}

_pg_have_ipv6_lo() {
    python3 - <<'EOF' 2>/dev/null
import socket
s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s.bind(("::1", 0))
EOF
}

# A port free on 127.0.0.1 and (when used) ::1, so `localhost` cannot reach someone else's server.
_pg_free_port() {
    python3 - "$1" <<'EOF'
import random, socket, sys
v6 = sys.argv[1] == "1"
rng = random.SystemRandom()
for _ in range(200):
    port = rng.randrange(20000, 60000)
    try:
        socks = []
        for fam, addr in [(socket.AF_INET, "127.0.0.1")] + ([(socket.AF_INET6, "::1")] if v6 else []):
            s = socket.socket(fam, socket.SOCK_STREAM)
            s.bind((addr, port))
            socks.append(s)
        for s in socks:
            s.close()
        print(port)
        sys.exit(0)
    except OSError:
        for s in socks:
            s.close()
sys.exit("postgres: no free port found")
EOF
}

_pg_state() { # DIR KEY -> value from DIR/state/postgres.env
    local f="$1/state/postgres.env"
    [ -f "$f" ] || return 1
    sed -n "s/^$2=//p" "$f" | tail -n 1
}

_pg_psql() { # DIR DB psql-args...
    local dir=$1 db=$2
    shift 2
    "$(_pg_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$(_pg_state "$dir" SOCKDIR)" -p "$(_pg_state "$dir" PORT)" \
        -U postgres -d "$db" "$@"
}

_pg_listens_as() { # BINDIR PORT DATADIR LISTEN: every listen address reaches this cluster
    local bindir=$1 port=$2 data=$3 addr got
    for addr in ${4//,/ }; do
        got=$(PGCONNECT_TIMEOUT=3 "$bindir/psql" -X -At -h "$addr" -p "$port" -U postgres -d postgres \
            -c 'SHOW data_directory' 2>/dev/null) || return 1
        [ "$got" = "$data" ] || return 1
    done
}

postgres_up() {
    local dir=$1 bindir owner port v6=0 listen data sockdir log area
    bindir=$(_pg_bindir)
    owner=$(_pg_owner)
    mkdir -p "$dir/run" "$dir/log" "$dir/state" "$dir/env.d"
    if postgres_status "$dir" >/dev/null 2>&1; then
        echo "postgres: already running" >&2
        return 0
    fi
    _pg_cleanup_area "$dir"

    # Where the cluster lives: DIR/pg when the owner can reach it, else a private dir under /tmp.
    area="$dir/pg"
    # `up` wipes DIR/state, so a server left over from a crashed run is found by its own pid file.
    if [ -f "$area/data/postmaster.pid" ]; then
        _pg_as "$owner" "$bindir/pg_ctl" -D "$area/data" -m immediate -w -s stop >/dev/null 2>&1 || true
    fi
    rm -rf "$area"
    mkdir -p "$area"
    if [ "$owner" != "$(id -un)" ]; then
        chown "$owner": "$area"
        if ! runuser -u "$owner" -- test -w "$area" 2>/dev/null; then
            rm -rf "$area"
            area=$(mktemp -d /tmp/simhost-pg.XXXXXX)
            chown "$owner": "$area"
            echo "postgres: $owner cannot reach $dir; cluster lives in $area" >&2
        fi
    fi
    data="$area/data"
    sockdir="$area/sock"
    # Unix socket paths are limited to ~107 bytes.
    if [ $((${#sockdir} + 20)) -gt 100 ]; then
        sockdir=$(mktemp -d /tmp/simhost-pgsock.XXXXXX)
        [ "$owner" = "$(id -un)" ] || chown "$owner": "$sockdir"
    else
        _pg_as "$owner" mkdir -p "$sockdir"
    fi
    log="$dir/log/postgres.log"
    : >"$log"
    if [ "$owner" != "$(id -un)" ]; then
        chown "$owner": "$log"
        if ! runuser -u "$owner" -- test -w "$log" 2>/dev/null; then
            log="$area/postgres.log"
            ln -sfn "$log" "$dir/log/postgres.log"
        fi
    fi

    if _pg_have_ipv6_lo; then v6=1; fi
    listen="127.0.0.1"
    [ "$v6" = 1 ] && listen="127.0.0.1,::1"
    # `psql -h localhost` must land here: refuse when localhost resolves elsewhere.
    if ! getent ahosts localhost | awk '{print $1}' | grep -qxE '127\.0\.0\.1|::1'; then
        echo "postgres: 'localhost' does not resolve to 127.0.0.1 or ::1" >&2
        return 1
    fi

    _pg_as "$owner" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/log/postgres-initdb.log" 2>&1 || {
        echo "postgres: initdb failed, see $dir/log/postgres-initdb.log" >&2
        return 1
    }
    echo "include_if_exists = 'simhost.conf'" | _pg_as "$owner" tee -a "$data/postgresql.conf" >/dev/null

    # The free port can be taken before the server binds it (other simhosts start in parallel): retry.
    local attempt started=0
    for attempt in 1 2 3; do
        port=$(_pg_free_port "$v6")
        {
            echo "AREA=$area"
            echo "DATADIR=$data"
            echo "SOCKDIR=$sockdir"
            echo "PORT=$port"
            echo "OWNER=$owner"
            echo "LOG=$log"
            echo "BINDIR=$bindir"
        } >"$dir/state/postgres.env"
        # Settings for a throwaway test cluster: fast, loopback only, socket inside our area.
        _pg_as "$owner" tee "$data/simhost.conf" >/dev/null <<EOF
port = $port
listen_addresses = '$listen'
unix_socket_directories = '$sockdir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
shared_buffers = 32MB
log_min_messages = warning
EOF
        if _pg_ctl_start "$owner" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -s start; then
            # The postmaster only warns when one listen address is taken: check both answer as us.
            if _pg_listens_as "$bindir" "$port" "$data" "$listen"; then
                started=1
                break
            fi
            _pg_as "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -s stop || true
        fi
        echo "postgres: start on port $port failed (attempt $attempt), see $log" >&2
    done
    [ "$started" = 1 ] || return 1
    _pg_write_pid "$dir" "$data"

    sed -i '/^PGPORT=/d' "$dir/exec.env" 2>/dev/null || true
    echo "PGPORT=$port" >>"$dir/exec.env"
    printf "export SIMHOST_PGPORT='%s'\nexport SIMHOST_PGSOCKET='%s'\n" "$port" "$sockdir" >"$dir/env.d/postgres"

    _pg_psql "$dir" postgres -c 'CREATE DATABASE botserver' -c 'CREATE DATABASE "PROD-ALM"'
    python3 "$_PG_DATA_DIR/botserver.py" | _pg_psql "$dir" botserver -f - >/dev/null
    # The Forgejo seed and its task logs come from one generator; `alm` installs the log files.
    rm -rf "$dir/state/alm-seed"
    python3 "$_PG_DATA_DIR/forgejo.py" --out "$dir/state/alm-seed"
    _pg_psql "$dir" PROD-ALM -f "$dir/state/alm-seed/prod-alm.sql" >/dev/null
}

# The postmaster's pid, and (for the driver's recycled-pid guard) its start time.
_pg_write_pid() {
    local dir=$1 data=$2 pid
    pid=$(head -n 1 "$data/postmaster.pid")
    echo "$pid" >"$dir/run/postgres.pid"
    rm -f "$dir/run/postgres.pid.start"
    if declare -F simhost_proc_start >/dev/null; then
        simhost_proc_start "$pid" >"$dir/run/postgres.pid.start" || rm -f "$dir/run/postgres.pid.start"
    fi
}

postgres_status() {
    local dir=$1 pid port
    pid=$(cat "$dir/run/postgres.pid" 2>/dev/null || true)
    port=$(_pg_state "$dir" PORT 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -n "$port" ] &&
        "$(_pg_bindir)/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3; then
        echo "postgres running"
        return 0
    fi
    echo "postgres stopped"
    return 1
}

_pg_cleanup_area() { # remove /tmp areas of a previous run
    local dir=$1 area sock
    area=$(_pg_state "$dir" AREA 2>/dev/null || true)
    sock=$(_pg_state "$dir" SOCKDIR 2>/dev/null || true)
    case "$area" in /tmp/simhost-pg.*) rm -rf "$area" ;; esac
    case "$sock" in /tmp/simhost-pgsock.*) rm -rf "$sock" ;; esac
    return 0
}

postgres_down() {
    local dir=$1 data owner bindir
    data=$(_pg_state "$dir" DATADIR 2>/dev/null || true)
    owner=$(_pg_state "$dir" OWNER 2>/dev/null || true)
    bindir=$(_pg_state "$dir" BINDIR 2>/dev/null || true)
    if [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then
        _pg_as "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 -s stop || true
    fi
    rm -f "$dir/run/postgres.pid"
    _pg_cleanup_area "$dir"
    return 0
}

# simhost set DIR postgres stopped|running: the database goes away (and comes back) for fault tests.
postgres_set() {
    local dir=$1 key=$2 value=${3:-}
    local data owner bindir log
    case "$key" in
    postgres)
        data=$(_pg_state "$dir" DATADIR)
        owner=$(_pg_state "$dir" OWNER)
        bindir=$(_pg_state "$dir" BINDIR)
        log=$(_pg_state "$dir" LOG)
        case "$value" in
        stopped)
            _pg_as "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -s stop
            rm -f "$dir/run/postgres.pid" "$dir/run/postgres.pid.start"
            ;;
        running)
            _pg_ctl_start "$owner" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -s start
            _pg_write_pid "$dir" "$data"
            ;;
        *)
            echo "postgres: value must be stopped or running" >&2
            return 2
            ;;
        esac
        ;;
    *) return 2 ;;
    esac
}
