# simhost component "drivemonitor": botserver's DriveMonitor/DriveCompiler loop (daemons/drivemonitor.py)
# polling every 2 s. Needs `postgres` (PGPORT in DIR/exec.env) and `drive`.

drivemonitor__src() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

drivemonitor_up() {
  local dir=$1 src
  src=$(drivemonitor__src)
  mkdir -p "$dir/run" "$dir/log" "$dir/root/system/opt/gbo/work" "$dir/root/system/opt/gbo/logs"
  setsid /usr/bin/python3 "$src/daemons/drivemonitor.py" "$dir" "${SIMHOST_DRIVE_INTERVAL:-2}" \
    </dev/null >>"$dir/log/drivemonitor.log" 2>&1 &
  echo $! >"$dir/run/drivemonitor.pid"
  sleep 0.3
  if ! kill -0 "$(cat "$dir/run/drivemonitor.pid")" 2>/dev/null; then
    echo "drivemonitor: did not start (see $dir/log/drivemonitor.log)" >&2
    return 1
  fi
}

drivemonitor_status() {
  local dir=$1
  if [[ -r $dir/run/drivemonitor.pid ]] && kill -0 "$(cat "$dir/run/drivemonitor.pid")" 2>/dev/null; then
    echo "drivemonitor running"
  else
    echo "drivemonitor stopped"
    return 1
  fi
}

# `simhost set DIR healthy`: the state in which every `gbadmin --health` check is green. Every
# container running, Vault unsealed, botserver/ui active, and Drive without failing files: the
# files DriveMonitor keeps skipping leave their buckets with their drive_files rows (what the guide
# tells the admin to do), kept in DIR/drive-failures, and err.log is rotated to err.log.1 as
# logrotate would. The faults stay available afterwards (`set vault sealed`, `set container meet
# Stopped`, ...), and `set DIR drive-failures restore` puts the failing files and rows back, so the
# tests after it see the seeded Drive again.
drivemonitor__stash() { echo "$1/drive-failures"; }

drivemonitor__stash_failures() {
  local dir=$1 stash path
  stash=$(drivemonitor__stash "$dir")
  mkdir -p "$stash/files"
  _pg_psql "$dir" botserver -c 'COPY (SELECT * FROM drive_files WHERE fail_count > 0) TO STDOUT' >>"$stash/rows.copy"
  while IFS= read -r path; do
    [[ -n $path && $path != *..* ]] || continue
    local src=$dir/root/drive/opt/gbo/data/minio/$path
    [[ -e $src ]] || continue
    mkdir -p "$(dirname -- "$stash/files/$path")"
    mv -f -- "$src" "$stash/files/$path"
  done < <(_pg_psql "$dir" botserver -At -c 'SELECT file_path FROM drive_files WHERE fail_count > 0')
  _pg_psql "$dir" botserver -c 'DELETE FROM drive_files WHERE fail_count > 0' >/dev/null
}

drivemonitor__restore_failures() {
  local dir=$1 stash path
  stash=$(drivemonitor__stash "$dir")
  [[ -d $stash ]] || return 0
  if [[ -s $stash/rows.copy ]]; then
    {
      echo 'BEGIN;'
      echo 'CREATE TEMP TABLE restored (LIKE drive_files) ON COMMIT DROP;'
      echo 'COPY restored FROM STDIN;'
      cat "$stash/rows.copy"
      echo '\.'
      echo 'DELETE FROM drive_files d USING restored r WHERE d.bot_id = r.bot_id AND d.file_path = r.file_path;'
      echo 'INSERT INTO drive_files SELECT * FROM restored;'
      echo 'COMMIT;'
    } | _pg_psql "$dir" botserver -f - >/dev/null
  fi
  while IFS= read -r -d '' path; do
    mkdir -p "$(dirname -- "$dir/root/drive/opt/gbo/data/minio/$path")"
    mv -f -- "$stash/files/$path" "$dir/root/drive/opt/gbo/data/minio/$path"
  done < <(find "$stash/files" -type f -printf '%P\0')
  rm -rf -- "$stash"
}

drivemonitor_set() {
  local dir=$1 key=${2:-}
  [[ $key == healthy || $key == drive-failures ]] || return 2
  if [[ $key == healthy && $# -ne 2 ]] || [[ $key == drive-failures && ( $# -ne 3 || $3 != restore ) ]]; then
    echo "simhost: usage: simhost set DIR healthy | simhost set DIR drive-failures restore" >&2
    return 1
  fi
  # DriveMonitor scans under this lock: it never sees a file without its row or the reverse.
  exec 8>>"$dir/run/drivemonitor.lock"
  if ! flock -w 30 8; then
    echo "simhost: DriveMonitor holds $dir/run/drivemonitor.lock (waited 30 s)" >&2
    return 1
  fi
  if [[ $key == drive-failures ]]; then
    drivemonitor__restore_failures "$dir"
    exec 8>&-
    return 0
  fi
  drivemonitor__stash_failures "$dir"
  exec 8>&-
  local c
  for c in "${SIMHOST_CONTAINERS[@]}"; do
    incus__internal "$dir" set-status "$c" Running
  done
  services_set "$dir" vault unsealed
  services_set "$dir" service system/botserver active
  services_set "$dir" service system/ui active
  services_set "$dir" service drive/drive active
  local logs=$dir/root/system/opt/gbo/logs
  [[ ! -e $logs/err.log ]] || mv -f "$logs/err.log" "$logs/err.log.1"
  : >"$logs/err.log"
}
