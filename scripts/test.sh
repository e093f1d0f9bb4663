#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, integration against the simulated
# host, gui on the offscreen platform). Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh ci
ctest --preset ci -j2 "$@"
