# simhost component "drive": the MinIO bucket tree of the `drive` container and its `mc` shim.
# Objects: DIR/root/drive/opt/gbo/data/minio/<bucket>/<key> (= /opt/gbo/data/minio inside `drive`).
# mc: DIR/root/drive/opt/gbo/bin/mc (= /opt/gbo/bin/mc, not on PATH, as in INFRA.md); its config is
# /opt/gbo/conf/mc/config.json (alias `local` -> http://localhost:9100 seeded, as after the
# INFRA.md `mc alias set` step). Server-side state (credentials, ETag sidecar) is in
# /opt/gbo/data/minio/.minio.sys/. See shims/mc for the ETag rules.

drive__src() { (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd); }

# The made-up root user of the drive unit (shims/systemctl prints the same in `systemctl cat drive`).
SIMHOST_DRIVE_USER=gbdriveadmin
SIMHOST_DRIVE_PASSWORD=SimDrive-7f3k9q2m

drive_up() {
  local dir=$1 src opt
  src=$(drive__src)
  opt="$dir/root/drive/opt/gbo"
  mkdir -p "$opt/bin" "$opt/conf" "$opt/logs" "$opt/data" "$dir/env.d" "$dir/root/drive/tmp"
  install -m 0755 "$src/shims/mc" "$opt/bin/mc"
  rm -rf "$opt/data/minio"
  mkdir -p "$opt/data/minio/.minio.sys/simhost"
  cp -R "$src/data/drive/." "$opt/data/minio/"
  # Deterministic object times (ETags are content MD5s, so deterministic already).
  find "$opt/data/minio" -path "$opt/data/minio/.minio.sys" -prune -o -type f -print0 |
    xargs -0 -r touch -m -d '2026-05-19 10:00:00'
  /usr/bin/python3 - "$opt/data/minio" "$SIMHOST_DRIVE_USER" "$SIMHOST_DRIVE_PASSWORD" <<'PY'
import json, os, sys, time
root, user, password = sys.argv[1:]
sysdir = os.path.join(root, ".minio.sys")
json.dump({"accessKey": user, "secretKey": password}, open(os.path.join(sysdir, "simhost-credentials.json"), "w"))
created = int(time.mktime((2026, 5, 18, 9, 30, 0, 0, 0, -1))) * 10**9
buckets = {b: created for b in sorted(os.listdir(root)) if not b.startswith(".")}
json.dump(buckets, open(os.path.join(sysdir, "simhost", "buckets.json"), "w"))
PY
  mkdir -p "$opt/conf/mc"
  chmod 0700 "$opt/conf/mc"
  /usr/bin/python3 - "$opt/conf/mc/config.json" "$SIMHOST_DRIVE_USER" "$SIMHOST_DRIVE_PASSWORD" <<'PY'
import json, sys
path, user, password = sys.argv[1:]
cfg = {"version": "10", "aliases": {"local": {"url": "http://localhost:9100", "accessKey": user,
                                              "secretKey": password, "api": "S3v4", "path": "auto"}}}
with open(path, "w") as f:
    json.dump(cfg, f, indent=1)
    f.write("\n")
PY
  # A stand-in `minio server` process (pid file DIR/run/drive-minio.pid), so `pgrep -f minio` in the
  # container agrees with `systemctl is-active drive`; the systemctl shim stops and starts it.
  SIMHOST_DIR=$dir SIMHOST_CONTAINER=drive "$dir/bin/systemctl" restart drive
  {
    echo "export SIMHOST_DRIVE_DATA='$opt/data/minio'"
    echo "export SIMHOST_MC='$opt/bin/mc'"
  } >"$dir/env.d/drive"
}

drive_status() {
  local dir=$1 rc=0 state
  if simhost_is_up "$dir" && [[ -x $dir/root/drive/opt/gbo/bin/mc && -d $dir/root/drive/opt/gbo/data/minio ]]; then
    echo "drive-store running"
  else
    echo "drive-store stopped"
    rc=1
  fi
  # The minio stand-in is only expected while the drive unit is active (`simhost set` may fail it).
  state=$(SIMHOST_DIR=$dir SIMHOST_CONTAINER=drive "$dir/bin/systemctl" is-active drive || true)
  if [[ $state == active ]]; then
    if [[ -r $dir/run/drive-minio.pid ]] && kill -0 "$(cat "$dir/run/drive-minio.pid")" 2>/dev/null; then
      echo "drive-minio running"
    else
      echo "drive-minio stopped"
      rc=1
    fi
  fi
  return $rc
}
