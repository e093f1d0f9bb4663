#!/usr/bin/env bash
# Installs what is missing and builds with the given preset (default: dev).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
bash scripts/deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
