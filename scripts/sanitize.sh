#!/usr/bin/env bash
# The host context, the latest-only query and the panes under AddressSanitizer + UBSan: a pane or
# dialog that outlives a disconnect/reconnect must never touch freed memory. CI runs this after
# the fuzz smoke run. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
tests=(tst_latestquery tst_hostconnection tst_containerspane tst_logspane tst_healthpane tst_mainwindow tst_botspane tst_dnspane tst_cipane tst_drivepane
  tst_reconnect_simhost)
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGBADMIN_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build/asan --target "${tests[@]}"
# Leaks of Qt's and fontconfig's process-lifetime singletons are not what this run is for.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --test-dir build/asan -R "$regex" --output-on-failure "$@"
