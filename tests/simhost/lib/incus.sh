# simhost component "incus": the state of the 13 containers (DIR/state/incus.json), read and changed
# by the incus shim in DIR/bin. No daemon runs.
# Keys for `simhost set`: `container <name> Running|Stopped|Frozen`.

incus__internal() {
  SIMHOST_INCUS_INTERNAL=1 SIMHOST_INCUS_DIR="$1" /usr/bin/python3 -IS "$1/bin/incus" "${@:2}"
}

incus_up() {
  local dir=$1
  incus__internal "$dir" seed
}

# After every component has put its files in place: the seeded snapshots get copies of them, so
# restoring a seeded snapshot gives back a plausible tree instead of an empty one.
incus_post_up() {
  local dir=$1
  incus__internal "$dir" seed-snapshots
}

incus_status() {
  local dir=$1
  # No daemon: "running" means `up` completed, the shim is installed and the state is readable JSON.
  if simhost_is_up "$dir" && [[ -x $dir/bin/incus ]] && /usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1]))' \
    "$dir/state/incus.json" 2>/dev/null; then
    echo "incus running"
  else
    echo "incus stopped"
    return 1
  fi
}

incus_set() {
  local dir=$1 key=${2:-}
  case $key in
    container)
      if [[ $# -ne 4 ]]; then
        echo "simhost: usage: simhost set DIR container <name> Running|Stopped|Frozen" >&2
        return 1
      fi
      incus__internal "$dir" set-status "$3" "$4"
      ;;
    *) return 2 ;;
  esac
}
