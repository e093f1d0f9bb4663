#!/usr/bin/env bash
# The package check: makes the DEB (scripts/package.sh), checks it with lintian, desktop-file-validate
# and appstreamcli, then installs it with `apt-get install ./gbadmin_*.deb` into a fresh Debian 12 root
# and runs it there as a user: `gbadmin --version` must print the package's version, `--self-check`
# must open the journal, and the window must start on the offscreen platform (its first-run screen is
# saved in English, Brazilian Portuguese and Spanish to build/release/package-check/).
#
# The root is made once with debootstrap and cached outside the clone (/var/cache/gbadmin/debian12-root,
# like the Debian 13 leg's); every run works on a throw-away overlay of it, so each install starts
# from a clean Debian 12. Downloaded .debs are kept in /var/cache/gbadmin/debian12-apt.
# Recommended packages are not installed: the Depends alone must be enough. Needs root; uses sudo otherwise.
# GBADMIN_PACKAGE_PRESET=ci checks a package of the ci preset's tree instead of the release one.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib/debian-root.sh
. "$src/scripts/lib/debian-root.sh"
t0=$(date +%s)
cache=${GBADMIN_DEB12_CACHE:-/var/cache/gbadmin}
DEBROOT=$cache/debian12-root
DEBROOT_SUITE=bookworm
DEBROOT_LOG=/tmp/gbadmin-debian12.log
DEBROOT_TAG=package-check
DEBROOT_PKGS=""
preset=${GBADMIN_PACKAGE_PRESET:-release}
out=$src/build/$preset/package-check
fail() { echo "package-check: $*" >&2; exit 1; }

deb=$(bash "$src/scripts/package.sh" "$preset" | tail -1)
[ -f "$deb" ] || fail "scripts/package.sh made no DEB"
version=$(dpkg-deb -f "$deb" Version)
echo "package-check: $(basename "$deb"): Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB," \
  "Depends: $(dpkg-deb -f "$deb" Depends)"
rm -rf "$out" && mkdir -p "$out"

# The files as installed, checked by the tools the desktop and software centres use.
dpkg-deb -x "$deb" "$out/files"
desktop-file-validate "$out/files/usr/share/applications/org.generalbots.gbadmin.desktop" >"$out/desktop-file-validate.txt" 2>&1 \
  || { cat "$out/desktop-file-validate.txt" >&2; fail "desktop-file-validate failed"; }
[ ! -s "$out/desktop-file-validate.txt" ] || { cat "$out/desktop-file-validate.txt" >&2; fail "desktop-file-validate warned"; }
appstreamcli validate --no-net --pedantic "$out/files/usr/share/metainfo/org.generalbots.gbadmin.metainfo.xml" \
  >"$out/appstreamcli.txt" 2>&1 || { cat "$out/appstreamcli.txt" >&2; fail "appstreamcli validate failed"; }
if grep -qE '^[EW]:' "$out/appstreamcli.txt"; then cat "$out/appstreamcli.txt" >&2; fail "appstreamcli validate warned"; fi
newest=$(grep -o '<release version="[^"]*"' "$out/files/usr/share/metainfo/org.generalbots.gbadmin.metainfo.xml" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the newest release in the metainfo is $newest, the package is $version"
for size in 16 32 48 128 256; do
  [ -f "$out/files/usr/share/icons/hicolor/${size}x${size}/apps/org.generalbots.gbadmin.png" ] || fail "no ${size}px icon"
done
ls "$out"/files/usr/share/gbadmin/translations/gbadmin_{pt_BR,es}.qm >/dev/null || fail "translations not installed"
file "$out/files/usr/bin/gbadmin" | grep -q ', stripped' || fail "/usr/bin/gbadmin is not stripped"
lintian --fail-on error --display-info "$deb" >"$out/lintian.txt" 2>&1 || { cat "$out/lintian.txt" >&2; fail "lintian found errors"; }
echo "package-check: lintian: $(grep -c '^E:' "$out/lintian.txt" || true) errors, $(grep -c '^W:' "$out/lintian.txt" || true) warnings," \
  "$(grep -c '^I:' "$out/lintian.txt" || true) notes (build/$preset/package-check/lintian.txt)"

# A fresh Debian 12 for each run: an overlay over the cached root, thrown away afterwards.
debroot_ensure
# As a Debian 12 desktop has it: the point release plus its updates and security fixes.
sources="deb $DEBROOT_MIRROR bookworm main
deb $DEBROOT_MIRROR bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main"
if [ "$(cat "$DEBROOT/etc/apt/sources.list" 2>/dev/null)" != "$sources" ] ||
  ! ls "$DEBROOT"/var/lib/apt/lists/*security*_Packages >/dev/null 2>&1; then
  echo "$sources" | $SUDO tee "$DEBROOT/etc/apt/sources.list" >/dev/null
  $SUDO cp /etc/resolv.conf "$DEBROOT/etc/resolv.conf"
  debroot_retry debroot_chroot 'apt-get update -qq' || fail "apt-get update failed in $DEBROOT"
fi
run=$($SUDO mktemp -d "$cache/debian12-run.XXXXXX")
cleanup() {
  debroot_cleanup
  $SUDO rm -rf "$run"
}
trap cleanup EXIT
$SUDO mkdir -p "$run/upper" "$run/work" "$cache/debian12-apt/partial"
debroot_mount -t overlay overlay -o "lowerdir=$DEBROOT,upperdir=$run/upper,workdir=$run/work" "$run/root"
DEBROOT=$run/root
debroot_bind "$cache/debian12-apt" "$DEBROOT/var/cache/apt/archives"
debroot_bind_system
$SUDO cp /etc/resolv.conf "$DEBROOT/etc/resolv.conf"
$SUDO mkdir -p "$DEBROOT/pkg" && $SUDO cp "$deb" "$DEBROOT/pkg/"
pkg=/pkg/$(basename "$deb")

t1=$(date +%s)
# The package lists were fetched when the root was made; when the mirror has moved on since, a
# download fails and the lists are fetched again.
debroot_install() {
  debroot_chroot "apt-get install -y -q --no-install-recommends $pkg" ||
    debroot_chroot "apt-get update -qq && apt-get install -y -q --no-install-recommends $pkg"
}
debroot_retry debroot_install || fail "apt-get install ./$(basename "$deb") failed (see $DEBROOT_LOG)"
t2=$(date +%s)

# shellcheck disable=SC2016 # the script runs in the root
debroot_chroot "EXPECTED=gbadmin $version" '
  useradd --create-home --shell /bin/bash admin
  got=$(runuser -u admin -- gbadmin --version)
  [ "$got" = "$EXPECTED" ] || { echo "package-check: gbadmin --version printed \"$got\", expected \"$EXPECTED\"" >&2; exit 1; }
  echo "package-check: $got"
  runuser -u admin -- gbadmin --self-check
  for lang in en_US pt_BR es_ES; do
    runuser -u admin -- env QT_QPA_PLATFORM=offscreen LANG=$lang.UTF-8 gbadmin --screenshot /tmp/first-run-$lang.png
  done
  ls -l /tmp/first-run-*.png'
cp "$DEBROOT"/tmp/first-run-*.png "$out/"
t3=$(date +%s)
echo "package-check: passed in $((t3 - t0)) s (package and checks $((t1 - t0)) s, apt-get install $((t2 - t1)) s," \
  "runs in the root $((t3 - t2)) s); screenshots in build/$preset/package-check/"
