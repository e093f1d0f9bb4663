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
# files DriveMonitor keeps skipping are removed from their buckets (what the guide tells the admin
# to do), the next scan drops their rows, and err.log is rotated to err.log.1 as logrotate would.
# The faults stay available afterwards (`set vault sealed`, `set container meet Stopped`, ...).
drivemonitor_set() {
  local dir=$1 key=${2:-}
  [[ $key == healthy ]] || return 2
  if [[ $# -ne 2 ]]; then
    echo "simhost: usage: simhost set DIR healthy" >&2
    return 1
  fi
  local c failing path i left
  for c in "${SIMHOST_CONTAINERS[@]}"; do
    incus__internal "$dir" set-status "$c" Running
  done
  services_set "$dir" vault unsealed
  services_set "$dir" service system/botserver active
  services_set "$dir" service system/ui active
  services_set "$dir" service drive/drive active
  failing=$(_pg_psql "$dir" botserver -At -c 'SELECT file_path FROM drive_files WHERE fail_count > 0')
  while IFS= read -r path; do
    [[ -n $path && $path != *..* ]] || continue
    rm -f -- "$dir/root/drive/opt/gbo/data/minio/$path"
  done <<<"$failing"
  # Wait for DriveMonitor's next scans to drop the rows (it polls every SIMHOST_DRIVE_INTERVAL s).
  for ((i = 0; i < 100; i++)); do
    left=$(_pg_psql "$dir" botserver -At -c 'SELECT count(*) FROM drive_files WHERE fail_count > 0')
    [[ $left == 0 ]] && break
    sleep 0.2
  done
  if [[ $left != 0 ]]; then
    echo "simhost: DriveMonitor still reports $left failing file(s) (see $dir/log/drivemonitor.log)" >&2
    return 1
  fi
  local logs=$dir/root/system/opt/gbo/logs
  [[ ! -e $logs/err.log ]] || mv -f "$logs/err.log" "$logs/err.log.1"
  : >"$logs/err.log"
}
