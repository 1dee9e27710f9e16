#!/usr/bin/env bash
# What the plan's history costs: `okr import` of the 10,000-agent set (the synthetic
# organisation of `cascade::synth`) by this version, which records every change, side by
# side in one run with the same import by a version without history (BASE, default the
# commit before the history table came), best of N each: wall time, CPU and the plan
# file's size. Two imports: the first into a new plan (recorded as a fill, undone by
# emptying the plan) and the same files into a plan that already holds its company (every
# row recorded, each with its values, so that undo can put it back). Then `okr undo` of
# that import, and `okr history`.
#
# Usage: benches/history_cost.sh [RUNS] [BASE]   (needs GNU time and git)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
base="${2:-$(git log --diff-filter=A --format=%H -- src/history/mod.rs | tail -n1)~1}"
target="${CARGO_TARGET_DIR:-$PWD/target}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/base" 2>/dev/null || true; rm -rf "$work"' EXIT

# Both versions build into the same target folder (the dependencies are built once);
# each binary is copied aside as soon as it is built.
git worktree add --quiet --detach "$work/base" "$base"
(cd "$work/base" && CARGO_TARGET_DIR="$target" cargo build --quiet --release --bin okr)
cp "$target/release/okr" "$work/okr-base"
cargo build --quiet --release --bin okr --example import_bench_data
cp "$target/release/okr" "$work/okr"
"$target/release/examples/import_bench_data" "$work/csv" 10000
csv="$work/csv"
# The company alone, so the second import is not a first one.
head -n2 "$csv/org.csv" >"$work/company.csv"

measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null
    awk '{ printf "%s %.2f", $1, $2 + $3 }' "$work/time"
}
files() { echo "import $1 --org $csv/org.csv --objectives $csv/objectives.csv --key-results $csv/key_results.csv"; }
size() { stat -c %s "$1"; }

for k in base-first new-first base-second new-second undo; do : >"$work/$k.times"; done
for _ in $(seq "$runs"); do
    for v in base new; do
        bin="$work/okr"; [ $v = base ] && bin="$work/okr-base"
        rm -f "$work/$v.okr" "$work/$v-2.okr"
        echo "$(measure "$bin" $(files "$work/$v.okr")) $(size "$work/$v.okr")" >>"$work/$v-first.times"
        "$bin" import "$work/$v-2.okr" --org "$work/company.csv" >/dev/null
        echo "$(measure "$bin" $(files "$work/$v-2.okr")) $(size "$work/$v-2.okr")" >>"$work/$v-second.times"
    done
    echo "$(measure "$work/okr" undo "$work/new-2.okr") 0" >>"$work/undo.times"
done
best() { sort -g | head -n1; }
col() { cut -d' ' -f"$2" "$work/$1.times" | best; }
printf 'best of %d                                   wall      cpu        file\n' "$runs"
row() { printf '%-42s %6.2f s %6.2f s %8.1f MB\n' "$1" "$(col "$2" 1)" "$(col "$2" 2)" "$(awk -v b="$(col "$2" 3)" 'BEGIN { print b / 1048576 }')"; }
row "first import, without history" base-first
row "first import, with history (a fill)" new-first
row "import into a plan, without history" base-second
row "import into a plan, with history" new-second
row "okr undo of that import" undo
ratio() { awk -v a="$(col "$1" "$3")" -v b="$(col "$2" "$3")" 'BEGIN { printf "%.2f", a / b }'; }
echo "time ratio (wall): first $(ratio new-first base-first 1), into a plan $(ratio new-second base-second 1)"
echo "size ratio:        first $(ratio new-first base-first 3), into a plan $(ratio new-second base-second 3)"
/usr/bin/time -f 'okr history of the 10,000-agent plan: %e s wall, %M KB peak' "$work/okr" history "$work/new.okr" >/dev/null
