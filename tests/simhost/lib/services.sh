# simhost component "services": systemctl/curl shims, Vault and /api/health endpoints, botserver logs.
# Keys for `simhost set`: `service <container>/<unit> active|failed|inactive`,
#                         `vault sealed|unsealed|uninitialized`.

services__src() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

# Starts a daemon detached from the caller's stdio (ctest waits for those pipes), records its pid.
simc__spawn() {
  local dir=$1 name=$2
  shift 2
  setsid "$@" </dev/null >>"$dir/log/$name.log" 2>&1 &
  echo $! >"$dir/run/$name.pid"
}

services_up() {
  local dir=$1 src
  src=$(services__src)
  mkdir -p "$dir/bin" "$dir/state" "$dir/run" "$dir/log" "$dir/env.d" \
    "$dir/root/system/opt/gbo/logs" "$dir/root/system/opt/gbo/bin" "$dir/root/system/opt/gbo/work"
  install -m 0755 "$src/shims/systemctl" "$src/shims/curl" "$dir/bin/"
  /usr/bin/python3 - "$dir/state/services.json" <<'PY'
import json, sys, time
units = {"system": ["botserver", "ui", "valkey"], "tables": ["postgresql"], "drive": ["drive"],
         "vault": ["vault"], "dns": ["coredns"], "alm": ["alm"], "alm-ci": ["alm-ci"], "proxy": ["proxy"],
         "directory": ["directory"], "llm": ["llm"], "vectordb": ["vectordb"], "email": ["email"],
         "meet": ["meet"]}
now = time.time()
pid = 301
state = {}
for c in sorted(units):
    state[c] = {}
    for u in units[c]:
        state[c][u] = {"state": "active", "since": now - 3600 * 5, "pid": pid}
        pid += 97
json.dump(state, open(sys.argv[1], "w"), indent=1, sort_keys=True)
PY
  printf '{"initialized": true, "sealed": false}\n' >"$dir/state/vault.json"
  /usr/bin/python3 "$src/daemons/seedlogs.py" "$dir/root/system/opt/gbo/logs"

  rm -f "$dir/state/health.ports"
  simc__spawn "$dir" services-health /usr/bin/python3 "$src/daemons/health.py" "$dir"
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s $dir/state/health.ports ]] && break
    simhost_pid_alive "$dir/run/services-health.pid" || break
    sleep 0.1
  done
  if [[ ! -s $dir/state/health.ports ]]; then
    echo "services: health server did not start (see $dir/log/services-health.log)" >&2
    return 1
  fi
  local VAULT_PORT API_PORT
  VAULT_PORT=$(sed -n 's/^VAULT_PORT=//p' "$dir/state/health.ports")
  API_PORT=$(sed -n 's/^API_PORT=//p' "$dir/state/health.ports")
  {
    echo "export SIMHOST_VAULT_URL='http://127.0.0.1:$VAULT_PORT/v1/sys/health'"
    echo "export SIMHOST_API_HEALTH_URL='http://127.0.0.1:$API_PORT/api/health'"
  } >"$dir/env.d/services"
}

services_status() {
  local dir=$1
  if simhost_pid_alive "$dir/run/services-health.pid"; then
    echo "services-health running"
  else
    echo "services-health stopped"
    return 1
  fi
}

services_set() {
  local dir=$1 key=${2:-}
  case $key in
    service)
      local target=${3:-} value=${4:-}
      if [[ $target != */* || ! $value =~ ^(active|failed|inactive)$ ]]; then
        echo "usage: simhost set DIR service <container>/<unit> active|failed|inactive" >&2
        return 1
      fi
      SIMHOST_DIR=$dir SIMHOST_CONTAINER=${target%%/*} "$dir/bin/systemctl" __simhost-set "${target#*/}" "$value"
      ;;
    vault)
      case ${3:-} in
        sealed) printf '{"initialized": true, "sealed": true}\n' >"$dir/state/vault.json.tmp" ;;
        unsealed) printf '{"initialized": true, "sealed": false}\n' >"$dir/state/vault.json.tmp" ;;
        uninitialized) printf '{"initialized": false, "sealed": true}\n' >"$dir/state/vault.json.tmp" ;;
        *)
          echo "usage: simhost set DIR vault sealed|unsealed|uninitialized" >&2
          return 1
          ;;
      esac
      mv -f "$dir/state/vault.json.tmp" "$dir/state/vault.json"
      ;;
    *) return 2 ;;
  esac
}
