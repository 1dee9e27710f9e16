#!/usr/bin/env bash
# Import speed: `okr import` of a 10,000-agent plan into a new file, against the sqlite3
# shell `.import`ing the same three CSV files into a new database (`.mode csv`, no
# validation, no indexes). The goal is a ratio of at most 3. Both are timed in the same
# run, best of N each.
#
# Usage: benches/import_vs_sqlite.sh [RUNS]   (needs sqlite3 on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin okr --example import_bench_data
"$target/release/examples/import_bench_data" "$work/csv"
okr="$target/release/okr"
for f in org objectives key_results; do
    printf '%-16s %8d rows\n' "$f.csv" "$(($(wc -l <"$work/csv/$f.csv") - 1))"
done

now() { date +%s.%N; }
best() { sort -g | head -n1; }

okr_times=()
sqlite_times=()
for i in $(seq "$runs"); do
    rm -f "$work/new.okr" "$work/new.db"
    t0=$(now)
    "$okr" import "$work/new.okr" --org "$work/csv/org.csv" --objectives "$work/csv/objectives.csv" \
        --key-results "$work/csv/key_results.csv" >/dev/null
    t1=$(now)
    sqlite3 "$work/new.db" ".mode csv" ".import $work/csv/org.csv org" \
        ".import $work/csv/objectives.csv objectives" ".import $work/csv/key_results.csv key_results"
    t2=$(now)
    okr_times+=("$(echo "$t1 - $t0" | bc -l)")
    sqlite_times+=("$(echo "$t2 - $t1" | bc -l)")
done
okr_best=$(printf '%s\n' "${okr_times[@]}" | best)
sqlite_best=$(printf '%s\n' "${sqlite_times[@]}" | best)
printf 'okr import      best of %d: %6.3f s\n' "$runs" "$okr_best"
printf 'sqlite3 .import best of %d: %6.3f s\n' "$runs" "$sqlite_best"
printf 'ratio: %.2f (goal: at most 3)\n' "$(echo "$okr_best / $sqlite_best" | bc -l)"
