#!/usr/bin/env bash
# Installs what is missing, builds the release preset and makes the DEB: build/release/gbadmin_<version>_<arch>.deb
# (stripped) and gbadmin-dbgsym_<version>_<arch>.ddeb (its debug info). Prints the DEB's path last.
# Another preset's tree can be packaged too (`scripts/package.sh ci`), e.g. to try packaging without a
# second full build; what is released comes from the release preset.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
bash scripts/build.sh "$preset" gbadmin_package_files
rm -f "build/$preset"/gbadmin_*.deb "build/$preset"/gbadmin-dbgsym_*.ddeb
(cd "build/$preset" && cpack -G DEB >cpack.log 2>&1) || { cat "build/$preset/cpack.log" >&2; exit 1; }
ls "$PWD/build/$preset"/gbadmin_*.deb
