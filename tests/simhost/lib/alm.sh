# shellcheck shell=bash
# Component `alm`: Forgejo's actions-log storage in the `alm` container.
#
# The task logs come from data/forgejo.py (run by `postgres_up`, which loads the matching rows into
# PROD-ALM): seekable zstd `.log.zst` files and a few old plain `.log` ones, installed under
# DIR/root/alm/opt/gbo/data/data/actions_log/<log_filename>. Running and never-uploaded logs stay in
# DBFS (the database), expired ones are absent, as on a real host.

_ALM_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
_ALM_LOG_ROOT=/opt/gbo/data/data/actions_log

alm_up() {
    local dir=$1 seed root
    seed="$dir/state/alm-seed"
    root="$dir/root/alm$_ALM_LOG_ROOT"
    if [ ! -d "$seed/actions_log" ]; then
        # `alm` without `postgres`: the same deterministic files, just no rows.
        python3 "$_ALM_LIB_DIR/../data/forgejo.py" --out "$seed"
    fi
    rm -rf "$root"
    mkdir -p "$root"
    cp -R "$seed/actions_log/." "$root/"
    # Local storage writes through <root>/tmp/upload-* and renames; the directory exists on a real host.
    mkdir -p "$root/tmp"
    mkdir -p "$dir/env.d"
    echo "export SIMHOST_ALM_LOG_ROOT=$_ALM_LOG_ROOT" >"$dir/env.d/alm"
}

alm_status() {
    local dir=$1
    if simhost_is_up "$dir" && [ -n "$(find "$dir/root/alm$_ALM_LOG_ROOT" -name '*.log*' -type f -print -quit 2>/dev/null)" ]; then
        echo "alm-logs running"
        return 0
    fi
    echo "alm-logs stopped"
    return 1
}

# simhost set DIR alm-big-log LINES: a new finished run whose task log has LINES lines (seekable zstd in
# storage, rows in PROD-ALM); prints `task_id=… run_index=… log_filename=…`. For performance tests.
alm_set() {
    local dir=$1 key=$2
    case "$key" in
    alm-big-log)
        [ -n "${3:-}" ] || {
            echo "alm: usage: set DIR alm-big-log LINES" >&2
            return 1
        }
        python3 "$_ALM_LIB_DIR/../data/bigtask.py" "$dir" "$3"
        ;;
    *) return 2 ;;
    esac
}

alm_down() {
    return 0
}
