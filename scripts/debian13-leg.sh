#!/usr/bin/env bash
# The Qt 6.8 + KF6 leg: builds GB Admin inside a Debian 13 root made with debootstrap (cached outside
# the clone and reused), checks that KF6 SyntaxHighlighting was found, and runs the unit tests there.
# Needs root (debootstrap, chroot, bind mounts); uses sudo otherwise.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
root=${GBADMIN_DEB13_ROOT:-/var/cache/gbadmin/debian13-root}
mirror=${GBADMIN_DEB13_MIRROR:-http://deb.debian.org/debian}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

PKGS=cmake,ninja-build,g++,pkg-config,ccache,ca-certificates,dbus-daemon,gnome-keyring,qt6-base-dev,qt6-base-dev-tools,qt6-tools-dev,qt6-tools-dev-tools,qt6-l10n-tools,libqt6sql6-sqlite,qt6-qpa-plugins,libssh-dev,libzstd-dev,qtkeychain-qt6-dev,libkf6syntaxhighlighting-dev,zstd,bind9-utils,ripgrep,python3

command -v debootstrap >/dev/null || bash "$src/scripts/deps.sh"

# Retries a download step: the package mirror can drop a connection now and then.
retry() {
  local attempt
  for attempt in 1 2 3; do
    "$@" >>/tmp/gbadmin-debian13.log 2>&1 && return 0
    echo "debian13: attempt $attempt of '$*' failed (tail of /tmp/gbadmin-debian13.log below)" >&2
    tail -5 /tmp/gbadmin-debian13.log >&2
    sleep $((attempt * 10))
  done
  return 1
}

if [ ! -f "$root/.gbadmin-complete" ]; then
  echo "debian13: creating $root (debootstrap trixie)" >&2
  fresh_root() {
    $SUDO rm -rf "$root" && $SUDO mkdir -p "$root" &&
      $SUDO debootstrap --variant=minbase --include="$PKGS" trixie "$root" "$mirror"
  }
  retry fresh_root || { echo "debian13: debootstrap failed" >&2; exit 1; }
  echo "$PKGS" | $SUDO tee "$root/.gbadmin-complete" >/dev/null
elif [ "$(cat "$root/.gbadmin-complete")" != "$PKGS" ]; then
  # The cached root predates a package this leg now needs: add it instead of starting over.
  echo "debian13: adding packages to $root" >&2
  $SUDO cp /etc/resolv.conf "$root/etc/resolv.conf"
  add_packages() {
    $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
      sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(echo "$PKGS" | tr , ' ')"
  }
  retry add_packages || { echo "debian13: could not install packages in the root" >&2; exit 1; }
  echo "$PKGS" | $SUDO tee "$root/.gbadmin-complete" >/dev/null
fi

mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do $SUDO umount -l "${mounts[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { $SUDO mkdir -p "$2"; $SUDO mount --bind "$1" "$2"; mounts+=("$2"); }
bind "$src" "$root/src"
$SUDO mount -o remount,bind,ro "$root/src"
bind /proc "$root/proc"
bind /dev "$root/dev"
$SUDO mkdir -p "$root/tmp" && $SUDO chmod 1777 "$root/tmp"

$SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  CCACHE_DIR=/var/cache/ccache QT_QPA_PLATFORM=offscreen /bin/bash -euo pipefail -c '
    rm -rf /build && mkdir -p /build
    cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGBADMIN_WERROR=ON \
          -DGBADMIN_BUILD_BENCH=OFF | grep -E "KSyntaxHighlighting|Qt6 |Configuring done"
    grep -q "define HAVE_KSYNTAXHIGHLIGHTING 1" /build/src/gbadmin-config.h \
      || { echo "debian13: KF6 SyntaxHighlighting was not found" >&2; exit 1; }
    echo "debian13: $(qmake6 -query QT_VERSION 2>/dev/null || echo "Qt 6 (qmake6 absent)"), KF6 SyntaxHighlighting found"
    cmake --build /build -j"$(nproc)" -- -k 0
    ctest --test-dir /build -L unit --output-on-failure -j2'
