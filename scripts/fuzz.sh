#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for N seconds (default 10):
# the smoke run CI does. For a long run: scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
bash scripts/deps.sh
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGBADMIN_BUILD_FUZZERS=ON -DGBADMIN_BUILD_BENCH=OFF -DGBADMIN_FUZZ_SMOKE_SECONDS="$seconds" >/dev/null
targets=$(sed -n 's/^gbadmin_add_fuzzer(\([a-z_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
# shellcheck disable=SC2086
cmake --build build/fuzz --target $targets
ctest --test-dir build/fuzz -L fuzz --output-on-failure
