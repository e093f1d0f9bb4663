# simhost component "common": the file-system layout of DIR and helpers every component may use.
# Sourced by the simhost driver (bash, set -euo pipefail).

# The 13 containers of INFRA.md's table, in its order.
SIMHOST_CONTAINERS=(system tables vault drive directory llm vectordb alm alm-ci proxy email dns meet)

simhost_src() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

simhost_log() { echo "simhost: $*" >&2; }

# True when the pid file names a live process that is still the one we started (the start time
# recorded next to it, when there is one, guards against a recycled pid).
simhost_pid_alive() {
  local pidfile=$1 pid start
  [[ -r $pidfile ]] || return 1
  pid=$(<"$pidfile")
  pid=${pid%%[!0-9]*}
  [[ -n $pid ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # PIDFILE.start holds "PID STARTTIME" as recorded by `up`; when a component has since written a
  # new pid (it restarted its daemon), the record is about another process and does not apply.
  if [[ -r $pidfile.start ]]; then
    local rec_pid rec_start
    read -r rec_pid rec_start <"$pidfile.start" || true
    if [[ $rec_pid == "$pid" ]]; then
      start=$(simhost_proc_start "$pid") || return 1
      [[ $start == "$rec_start" ]] || return 1
    fi
  fi
  return 0
}

# True between a completed `up` and `down` (DIR/env exists only then). Components without a daemon
# (the incus state, the CI logs, the drive store) count as running only while this holds.
simhost_is_up() { [[ -s $1/env ]]; }

# Field 22 of /proc/PID/stat: the process start time in clock ticks since boot.
simhost_proc_start() {
  local stat
  [[ -r /proc/$1/stat ]] || return 1
  stat=$(<"/proc/$1/stat") || return 1
  stat=${stat##*) }
  # shellcheck disable=SC2086
  set -- $stat
  echo "${20}"
}

# Stops the process of one pid file: TERM, then KILL after a grace period. Removes the pid file.
simhost_stop_pidfile() {
  local pidfile=$1 pid i t0
  t0=$(date +%s%N)
  if simhost_pid_alive "$pidfile"; then
    pid=$(<"$pidfile")
    pid=${pid%%[!0-9]*}
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      simhost_log "$(basename "$pidfile" .pid) (pid $pid) ignored SIGTERM, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile" "$pidfile.start"
  echo "stopped $(basename "$pidfile" .pid): $((($(date +%s%N) - t0) / 1000000)) ms" \
    >>"$(dirname "$(dirname "$pidfile")")/log/simhost.log" 2>/dev/null || true
}

# A TCP port on 127.0.0.1 that is free right now (the caller retries when it loses a race).
simhost_free_port() {
  /usr/bin/python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# Waits until 127.0.0.1:PORT accepts connections (TIMEOUT in tenths of a second, default 100).
simhost_wait_port() {
  local port=$1 tries=${2:-100} i
  for ((i = 0; i < tries; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# `export KEY='VALUE'` for DIR/env; values never hold a single quote (paths are checked by `up`).
simhost_export() {
  local key=$1 value=$2
  if [[ $value == *"'"* ]]; then
    simhost_log "refusing to export $key: value holds a single quote"
    return 1
  fi
  printf "export %s='%s'\n" "$key" "$value"
}

# Starts a daemon detached from the caller's stdio (ctest waits until every holder of the test's
# pipes exits), in its own session, and records its pid in DIR/run/NAME.pid.
simhost_spawn() {
  local dir=$1 name=$2
  shift 2
  setsid "$@" </dev/null >>"$dir/log/$name.log" 2>&1 &
  echo $! >"$dir/run/$name.pid"
}

common_up() {
  local dir=$1 src c
  src=$(simhost_src)
  mkdir -p "$dir/env.d" "$dir/run" "$dir/log" "$dir/bin" "$dir/state" "$dir/snapshots"
  : >"$dir/exec.env"
  for c in "${SIMHOST_CONTAINERS[@]}"; do
    mkdir -p "$dir/root/$c/opt" "$dir/root/$c/tmp" "$dir/snapshots/$c"
    chmod 1777 "$dir/root/$c/tmp"
  done
  install -m 0755 "$src/shims/sudo" "$src/shims/incus" "$dir/bin/"
  simhost_export SIMHOST_DIR "$dir" >"$dir/env.d/common"
}

common_status() { return 0; }
