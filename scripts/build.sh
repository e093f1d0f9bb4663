#!/usr/bin/env bash
# Installs what is missing and builds with the given preset (default: dev); further arguments are
# targets to build instead of all (e.g. `scripts/build.sh ci gbadmin`).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
bash scripts/deps.sh
cmake --preset "$preset" >/dev/null
if [ $# -gt 0 ]; then
  cmake --build --preset "$preset" --target "$@"
else
  cmake --build --preset "$preset"
fi
