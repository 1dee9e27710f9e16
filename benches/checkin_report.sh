#!/usr/bin/env bash
# Weekly check-ins from a helpdesk's report against `okr import`, side by side: the
# synthetic organisation of `cascade::synth` (10,000 agents, quarters 2026-Q4 and 2027-Q1)
# imported into a new plan from its three spreadsheets, then a report for every agent
# of it (a row per agent by key, a column per measure: CSAT, FRT, FCR, AHT, QA) recorded
# with `okr checkin --from` on a copy of that plan. Wall time, CPU (user + system) and
# peak memory (GNU time's %M), best of N each.
#
# Usage: benches/checkin_report.sh [RUNS]   (needs GNU time and python3)
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
# The report: every agent of org.csv, a value for each measure (the same seed, the same file).
python3 - "$csv/org.csv" "$work/report.csv" <<'PY'
import csv, random, sys
rng = random.Random(45)
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
agents = [r["key"] for r in rows if r["level"] == "agent"]
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["owner", "CSAT", "FRT", "FCR", "AHT", "QA"])
    for a in agents:
        w.writerow([a, round(rng.uniform(3.8, 4.8), 2), rng.randint(40, 150),
                    round(rng.uniform(60, 90), 1), rng.randint(300, 600), round(rng.uniform(75, 95), 1)])
print(f"report: {len(agents)} agents, 5 measures", file=sys.stderr)
PY

# Prints "wall cpu peak_MB" for one command.
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out"
    awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}

: >"$work/import.times"
: >"$work/report.times"
for _ in $(seq "$runs"); do
    rm -f "$work/p.okr"
    measure "$okr" import "$work/p.okr" --org "$csv/org.csv" --objectives "$csv/objectives.csv" \
        --key-results "$csv/key_results.csv" >>"$work/import.times"
    cp "$work/p.okr" "$work/r.okr"
    measure "$okr" checkin "$work/r.okr" --from "$work/report.csv" --date 2026-11-06 \
        --who bench >>"$work/report.times"
done
sed -n 1p "$work/out"
recorded=$(sqlite3 "$work/r.okr" "SELECT count(*) FROM checkin")
best() { sort -g | head -n1; }
printf 'best of %d                                   wall      cpu   peak\n' "$runs"
for step in import report; do
    case $step in
        import) label="okr import (10,000 agents, new plan)" ;;
        report) label="okr checkin --from (every agent)" ;;
    esac
    printf '%-40s %6.2f s %6.2f s %5d MB\n' "$label" \
        "$(cut -d' ' -f1 "$work/$step.times" | best)" "$(cut -d' ' -f2 "$work/$step.times" | best)" \
        "$(cut -d' ' -f3 "$work/$step.times" | best)"
done
echo "check-ins in the plan after the report: $recorded"
awk -v a="$(cut -d' ' -f1 "$work/report.times" | best)" -v b="$(cut -d' ' -f1 "$work/import.times" | best)" \
    'BEGIN { printf "ratio report / import (wall): %.2f (target: at most 1.00)\n", a / b }'
