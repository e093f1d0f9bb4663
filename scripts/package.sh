#!/usr/bin/env bash
# Installs what is missing, builds the release preset and makes the DEB: build/release/gbadmin_<version>_<arch>.deb
# (stripped) and gbadmin-dbgsym_<version>_<arch>.ddeb (its debug info). Prints the DEB's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
rm -f build/release/gbadmin_*.deb build/release/gbadmin-dbgsym_*.ddeb
(cd build/release && cpack -G DEB >cpack.log 2>&1) || { cat build/release/cpack.log >&2; exit 1; }
ls "$PWD"/build/release/gbadmin_*.deb
