#!/usr/bin/env bash
# The compact plan file (issue 21), every figure side by side in one run:
#   1. `okr import` of the 10,000-agent spreadsheets against `sqlite3 .import` of the same
#      three CSV files into a new database (goal: at most 2x the time);
#   2. the plan file against sqlite3's raw database of them (goal: at most 2x the size);
#   3. `okr check PLAN` against `sqlite3 PLAN .dump` (goal: at most 0.6x the time);
#   4. `okr import` of the 50,000-agent spreadsheets: peak memory (goal: at most 300 MB)
#      and the plan file's size;
#   5. with APP_TREE=1, the desktop app's launch to tree shown on a 50,000-agent plan
#      (benches/app_tree.sh; goal: at most 2 s).
# Pairs run alternately, RUNS times each; medians are compared (best-of printed too).
# Times are wall clock; CPU (user + system) is printed beside them, the steadier figure
# on a shared machine. The spreadsheets are those of examples/import_bench_data.rs (the
# synthetic organisation of cascade::synth, quarters 2026-Q4 and 2027-Q1).
#
# Usage: benches/compact_file.sh [RUNS]   (default 5; needs sqlite3 and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin okr --example import_bench_data
okr="$target/release/okr"
"$target/release/examples/import_bench_data" "$work/csv10" 10000 >/dev/null
"$target/release/examples/import_bench_data" "$work/csv50" 50000 >/dev/null

# "wall cpu peak_kb" of one command, its output thrown away.
measure() {
    /usr/bin/time -q -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
best() { sort -g | head -n1; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }

for name in okr_import sqlite_import okr_check sqlite_dump; do : >"$work/$name"; done
for _ in $(seq "$runs"); do
    rm -f "$work/plan.okr" "$work/raw.db"
    measure "$okr" import "$work/plan.okr" --org "$work/csv10/org.csv" \
        --objectives "$work/csv10/objectives.csv" --key-results "$work/csv10/key_results.csv" >>"$work/okr_import"
    measure sqlite3 "$work/raw.db" ".mode csv" ".import $work/csv10/org.csv org" \
        ".import $work/csv10/objectives.csv objectives" ".import $work/csv10/key_results.csv key_results" \
        >>"$work/sqlite_import"
    measure "$okr" check "$work/plan.okr" >>"$work/okr_check"
    measure sqlite3 "$work/plan.okr" .dump >>"$work/sqlite_dump"
done
col() { cut -d' ' -f"$2" "$work/$1"; }
row() {
    printf '%-28s %6.2f s median %6.2f s best   cpu %5.2f s   peak %4d MB\n' "$2" \
        "$(col "$1" 1 | median)" "$(col "$1" 1 | best)" "$(col "$1" 2 | median)" \
        "$(($(col "$1" 3 | median) / 1024))"
}
printf 'the 10,000-agent set: %s rows of org, %s of objectives, %s of key results; %d runs each\n' \
    "$(($(wc -l <"$work/csv10/org.csv") - 1))" "$(($(wc -l <"$work/csv10/objectives.csv") - 1))" \
    "$(($(wc -l <"$work/csv10/key_results.csv") - 1))" "$runs"
row okr_import "okr import"
row sqlite_import "sqlite3 .import"
printf '  ratio %s (goal: at most 2; cpu %s)\n' \
    "$(ratio "$(col okr_import 1 | median)" "$(col sqlite_import 1 | median)")" \
    "$(ratio "$(col okr_import 2 | median)" "$(col sqlite_import 2 | median)")"
plan_bytes=$(stat -c %s "$work/plan.okr")
raw_bytes=$(stat -c %s "$work/raw.db")
printf 'plan file %d bytes, sqlite3 raw database %d bytes: ratio %s (goal: at most 2)\n' \
    "$plan_bytes" "$raw_bytes" "$(ratio "$plan_bytes" "$raw_bytes")"
row okr_check "okr check PLAN"
row sqlite_dump "sqlite3 PLAN .dump"
printf '  ratio %s (goal: at most 0.6; cpu %s)\n' \
    "$(ratio "$(col okr_check 1 | median)" "$(col sqlite_dump 1 | median)")" \
    "$(ratio "$(col okr_check 2 | median)" "$(col sqlite_dump 2 | median)")"

: >"$work/okr_import50"
for _ in $(seq "$(( runs < 3 ? runs : 3 ))"); do
    rm -f "$work/plan50.okr"
    measure "$okr" import "$work/plan50.okr" --org "$work/csv50/org.csv" \
        --objectives "$work/csv50/objectives.csv" --key-results "$work/csv50/key_results.csv" >>"$work/okr_import50"
done
printf 'the 50,000-agent set: %s rows of org, %s of objectives, %s of key results\n' \
    "$(($(wc -l <"$work/csv50/org.csv") - 1))" "$(($(wc -l <"$work/csv50/objectives.csv") - 1))" \
    "$(($(wc -l <"$work/csv50/key_results.csv") - 1))"
row okr_import50 "okr import"
printf '  peak %d MB (goal: at most 300), plan file %d bytes\n' \
    "$(($(col okr_import50 3 | median) / 1024))" "$(stat -c %s "$work/plan50.okr")"

if [ "${APP_TREE:-0}" = 1 ]; then
    benches/app_tree.sh 50000 "$runs"
fi
