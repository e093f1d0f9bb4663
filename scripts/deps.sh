#!/usr/bin/env bash
# Installs every Debian 12 package GB Admin needs to build, run the simulated host and test.
# Idempotent: only missing packages are installed. Works as root or through sudo.
set -euo pipefail

PKGS=(
  # build
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6sql6-sqlite libgl-dev libvulkan-dev
  libssh-dev libzstd-dev qtkeychain-qt6-dev
  # simulated host and tests
  openssh-server openssh-client patch postgresql bind9 bind9-utils bind9-dnsutils
  zstd jq curl util-linux procps iproute2 python3
  sudo # the real sudo of the simhost (tst_realsudo), bound into sshd-password's namespace
  zsh # tst_shellquote runs the hostile strings through zsh too
  fish # a simhost login with fish as its shell: the session refuses it with a sentence (tst_realsudo)
  dbus dbus-x11 gnome-keyring libsecret-tools
  gdb # Qt Test prints a backtrace of a crashed or hung test function when gdb is there
  xvfb xauth imagemagick fonts-dejavu-core fonts-symbola
  # benchmarks and the Debian 13 leg
  ripgrep hyperfine debootstrap clang
  # the package and its check (scripts/package.sh, scripts/package-check.sh)
  librsvg2-bin file lintian desktop-file-utils appstream
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "deps: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
