#!/usr/bin/env bash
# Re-import: what importing the same spreadsheets again costs on a 10,000-agent plan (the
# synthetic organisation of `cascade::synth`: ~10,500 people and units, ~45,000
# objectives, ~110,000 key results), side by side in one run with the first import of
# the same files. The re-import reads the plan in its transaction, matches every row with
# its key result and writes nothing; then the same files without the `key` column (a
# director's own spreadsheet: rows found by title); then with one target changed.
# Wall time, CPU (user + system) and peak memory (GNU time's %M), best of N each.
#
# Usage: benches/reimport.sh [RUNS]   (needs GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin okr --example import_bench_data
"$target/release/examples/import_bench_data" "$work/csv" 10000
okr="$target/release/okr"
csv="$work/csv"
# The director's own spreadsheet: no key column.
python3 - "$csv/key_results.csv" "$work/nokey.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
drop = rows[0].index("key")
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows([r[:drop] + r[drop + 1:] for r in rows])
PY
# One target changed.
python3 - "$csv/key_results.csv" "$work/changed.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
t = rows[0].index("target")
rows[1][t] = str(float(rows[1][t]) + 1)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(rows)
PY

# Prints "wall cpu peak_MB" for one command.
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null
    awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}
# The arguments of one `okr import` of the three files, with key results from "$2".
files() { echo "import $1 --org $csv/org.csv --objectives $csv/objectives.csv --key-results $2"; }

for step in first same nokey changed; do : >"$work/$step.times"; done
for _ in $(seq "$runs"); do
    rm -f "$work/p.okr"
    measure "$okr" $(files "$work/p.okr" "$csv/key_results.csv") >>"$work/first.times"
    before=$(sha1sum <"$work/p.okr")
    measure "$okr" $(files "$work/p.okr" "$csv/key_results.csv") >>"$work/same.times"
    [ "$before" = "$(sha1sum <"$work/p.okr")" ] || { echo "the unchanged re-import changed the plan" >&2; exit 1; }
    measure "$okr" $(files "$work/p.okr" "$work/nokey.csv") >>"$work/nokey.times"
    [ "$before" = "$(sha1sum <"$work/p.okr")" ] || { echo "the re-import without keys changed the plan" >&2; exit 1; }
    measure "$okr" $(files "$work/p.okr" "$work/changed.csv") >>"$work/changed.times"
done
best() { sort -g | head -n1; }
printf 'best of %d                        wall      cpu   peak\n' "$runs"
for step in first same nokey changed; do
    case $step in
        first) label="first import (new plan)" ;;
        same) label="same files again" ;;
        nokey) label="same, without the key column" ;;
        changed) label="one target changed" ;;
    esac
    printf '%-30s %6.2f s %6.2f s %5d MB\n' "$label" \
        "$(cut -d' ' -f1 "$work/$step.times" | best)" "$(cut -d' ' -f2 "$work/$step.times" | best)" \
        "$(cut -d' ' -f3 "$work/$step.times" | best)"
done
echo "the plan file was byte for byte the same after each unchanged re-import"
