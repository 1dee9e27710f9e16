#!/usr/bin/env bash
# Import speed: `okr import` of a 10,000-agent plan (the synthetic organisation of
# `cascade::synth`, two quarters: ~45,000 objectives, ~110,000 key results) into a new
# file, against the sqlite3 shell `.import`ing the same three CSV files into a new
# database (`.mode csv`, no validation, no indexes). The goal is a ratio of at most 3.
# Both are run alternately in the same run, best of N each, timed by wall clock and by
# CPU (user + system): on a shared, busy machine the CPU figure is the steadier one.
#
# Usage: benches/import_vs_sqlite.sh [RUNS]   (needs sqlite3 and GNU time on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin okr --example import_bench_data
"$target/release/examples/import_bench_data" "$work/csv" 10000
okr="$target/release/okr"
for f in org objectives key_results; do
    printf '%-16s %8d rows\n' "$f.csv" "$(($(wc -l <"$work/csv/$f.csv") - 1))"
done

# Prints "wall cpu" in seconds for one command.
measure() {
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}

: >"$work/okr.times"
: >"$work/sqlite.times"
for _ in $(seq "$runs"); do
    rm -f "$work/new.okr" "$work/new.db"
    measure "$okr" import "$work/new.okr" --org "$work/csv/org.csv" \
        --objectives "$work/csv/objectives.csv" --key-results "$work/csv/key_results.csv" >>"$work/okr.times"
    measure sqlite3 "$work/new.db" ".mode csv" ".import $work/csv/org.csv org" \
        ".import $work/csv/objectives.csv objectives" ".import $work/csv/key_results.csv key_results" \
        >>"$work/sqlite.times"
done
best() { sort -g | head -n1; }
okr_wall=$(cut -d' ' -f1 "$work/okr.times" | best)
okr_cpu=$(cut -d' ' -f2 "$work/okr.times" | best)
sqlite_wall=$(cut -d' ' -f1 "$work/sqlite.times" | best)
sqlite_cpu=$(cut -d' ' -f2 "$work/sqlite.times" | best)
printf 'best of %d          wall      cpu\n' "$runs"
printf 'okr import       %6.2f s %6.2f s\n' "$okr_wall" "$okr_cpu"
printf 'sqlite3 .import  %6.2f s %6.2f s\n' "$sqlite_wall" "$sqlite_cpu"
printf 'ratio            %6.2f   %6.2f   (goal: at most 3)\n' \
    "$(echo "$okr_wall / $sqlite_wall" | bc -l)" "$(echo "$okr_cpu / $sqlite_cpu" | bc -l)"
printf 'plan file %s bytes, sqlite3 database %s bytes\n' \
    "$(stat -c %s "$work/new.okr")" "$(stat -c %s "$work/new.db")"
