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
