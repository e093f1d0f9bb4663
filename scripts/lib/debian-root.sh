# Helpers for the scripts that work in a Debian root made with debootstrap and cached outside the
# clone (scripts/debian13-leg.sh, scripts/package-check.sh). Source it, then set:
#   DEBROOT       the root's folder, e.g. /var/cache/gbadmin/debian13-root
#   DEBROOT_SUITE bookworm, trixie, ...
#   DEBROOT_PKGS  packages to include, comma-separated (may be empty)
#   DEBROOT_LOG   where debootstrap and apt write (the tail is shown when a step fails)
#   DEBROOT_TAG   the prefix of messages ("debian13: ...")
# and optionally DEBROOT_MIRROR. Needs root (debootstrap, chroot, mounts); uses sudo otherwise.
# shellcheck shell=bash

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
DEBROOT_MIRROR=${DEBROOT_MIRROR:-http://deb.debian.org/debian}
debroot_mounts=()

# Retries a download step: the package mirror can drop a connection now and then.
debroot_retry() {
  local attempt
  for attempt in 1 2 3; do
    "$@" >>"$DEBROOT_LOG" 2>&1 && return 0
    echo "$DEBROOT_TAG: attempt $attempt of '$*' failed (tail of $DEBROOT_LOG below)" >&2
    tail -5 "$DEBROOT_LOG" >&2
    sleep $((attempt * 10))
  done
  return 1
}

# Runs a shell script as root inside the root with a clean environment (extra VAR=value first).
debroot_chroot() {
  local vars=()
  while [ $# -gt 1 ]; do vars+=("$1"); shift; done
  $SUDO chroot "$DEBROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "${vars[@]}" /bin/bash -euo pipefail -c "$1"
}

# Creates the root once with debootstrap (minbase), then installs the packages with apt-get inside
# it: debootstrap's --include does not resolve virtual packages (trixie's gnome-keyring needs
# "default-dbus-session-bus | dbus-session-bus"). The marker file lists the packages installed;
# when the list has grown since, only the new ones are added.
debroot_ensure() {
  local pkgs_words
  pkgs_words=$(echo "$DEBROOT_PKGS" | tr , ' ')
  if [ ! -f "$DEBROOT/.gbadmin-complete" ]; then
    echo "$DEBROOT_TAG: creating $DEBROOT (debootstrap $DEBROOT_SUITE)" >&2
    command -v debootstrap >/dev/null || bash "$(dirname "${BASH_SOURCE[0]}")/../deps.sh"
    # shellcheck disable=SC2317 # called through debroot_retry
    debroot_fresh() {
      debroot_unmount_all && $SUDO rm -rf "$DEBROOT" && $SUDO mkdir -p "$DEBROOT" &&
        $SUDO debootstrap --variant=minbase "$DEBROOT_SUITE" "$DEBROOT" "$DEBROOT_MIRROR"
    }
    debroot_retry debroot_fresh || { echo "$DEBROOT_TAG: debootstrap failed" >&2; return 1; }
    echo "(base)" | $SUDO tee "$DEBROOT/.gbadmin-complete" >/dev/null
  fi
  if [ -n "$DEBROOT_PKGS" ] && [ "$(cat "$DEBROOT/.gbadmin-complete")" != "$DEBROOT_PKGS" ]; then
    echo "$DEBROOT_TAG: installing packages in $DEBROOT" >&2
    $SUDO cp /etc/resolv.conf "$DEBROOT/etc/resolv.conf"
    # shellcheck disable=SC2317 # called through debroot_retry
    debroot_add() {
      debroot_chroot "apt-get update -qq && apt-get install -y -qq --no-install-recommends $pkgs_words"
    }
    debroot_retry debroot_add || { echo "$DEBROOT_TAG: could not install packages in the root" >&2; return 1; }
    echo "$DEBROOT_PKGS" | $SUDO tee "$DEBROOT/.gbadmin-complete" >/dev/null
  fi
}

# Whatever is still mounted below the root (an interrupted debootstrap leaves its /proc there, and
# rm -rf cannot remove that), deepest first.
debroot_unmount_all() {
  local m
  while read -r m; do
    $SUDO umount -l "$m" || return 1
  done < <(awk -v r="$(realpath -m "$DEBROOT")" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r)
}

# Mounts (bind, or any `mount` arguments) that debroot_cleanup undoes in reverse order.
debroot_bind() { $SUDO mkdir -p "$2"; $SUDO mount --bind "$1" "$2"; debroot_mounts+=("$2"); }
debroot_mount() { $SUDO mkdir -p "${*: -1}"; $SUDO mount "$@"; debroot_mounts+=("${*: -1}"); }
debroot_cleanup() {
  local i
  for ((i = ${#debroot_mounts[@]} - 1; i >= 0; i--)); do
    $SUDO umount -l "${debroot_mounts[$i]}" 2>/dev/null || true
  done
  debroot_mounts=()
}

# /proc, /dev and a world-writable /tmp, which builds and programs inside the root need.
debroot_bind_system() {
  debroot_bind /proc "$DEBROOT/proc"
  debroot_bind /dev "$DEBROOT/dev"
  $SUDO mkdir -p "$DEBROOT/tmp" && $SUDO chmod 1777 "$DEBROOT/tmp"
}
