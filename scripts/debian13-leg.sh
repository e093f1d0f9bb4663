#!/usr/bin/env bash
# The Qt 6.8 + KF6 leg: builds GB Admin inside a Debian 13 root made with debootstrap (cached outside
# the clone and reused), checks that KF6 SyntaxHighlighting was found, builds the app and the unit
# tests and runs those there.
# Needs root (debootstrap, chroot, bind mounts); uses sudo otherwise.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib/debian-root.sh
. "$src/scripts/lib/debian-root.sh"
DEBROOT=${GBADMIN_DEB13_ROOT:-/var/cache/gbadmin/debian13-root}
DEBROOT_MIRROR=${GBADMIN_DEB13_MIRROR:-$DEBROOT_MIRROR}
DEBROOT_SUITE=trixie
DEBROOT_LOG=/tmp/gbadmin-debian13.log
DEBROOT_TAG=debian13
DEBROOT_PKGS=cmake,ninja-build,g++,pkg-config,ccache,ca-certificates,dbus-daemon,gnome-keyring,openssh-client,patch,qt6-base-dev,qt6-base-dev-tools,qt6-tools-dev,qt6-tools-dev-tools,qt6-l10n-tools,libqt6sql6-sqlite,qt6-qpa-plugins,libssh-dev,libzstd-dev,qtkeychain-qt6-dev,libkf6syntaxhighlighting-dev,zstd,bind9-utils,ripgrep,python3

debroot_ensure
trap debroot_cleanup EXIT
debroot_bind "$src" "$DEBROOT/src"
$SUDO mount -o remount,bind,ro "$DEBROOT/src"
debroot_bind_system

# shellcheck disable=SC2016 # the script runs in the root
debroot_chroot CCACHE_DIR=/var/cache/ccache QT_QPA_PLATFORM=offscreen '
    rm -rf /build && mkdir -p /build
    cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGBADMIN_WERROR=ON \
          -DGBADMIN_BUILD_BENCH=OFF | grep -E "KSyntaxHighlighting|Qt6 |Configuring done"
    grep -q "define HAVE_KSYNTAXHIGHLIGHTING 1" /build/src/gbadmin-config.h \
      || { echo "debian13: KF6 SyntaxHighlighting was not found" >&2; exit 1; }
    echo "debian13: $(qmake6 -query QT_VERSION 2>/dev/null || echo "Qt 6 (qmake6 absent)"), KF6 SyntaxHighlighting found"
    # The app and the unit tests only (what runs here): CI has 90 minutes for every leg.
    unit=$(ctest --test-dir /build -N -L unit | sed -n "s/^ *Test *#[0-9]*: //p")
    cmake --build /build -j"$(nproc)" --target gbadmin $unit -- -k 0
    ctest --test-dir /build -L unit --output-on-failure -j2'
