#!/usr/bin/env bash
# Times `okr check PLAN --format json` against `sqlite3 PLAN .dump` on the same plan
# file, side by side, from process start to exit, and prints the ratio. The issue's
# target: the check takes at most 2x the dump.
#
#   benches/check_vs_dump.sh                 # makes a 10,000-agent plan in a temp folder
#   benches/check_vs_dump.sh PLAN.okr        # or times an existing plan
#   RUNS=9 AGENTS=20000 benches/check_vs_dump.sh
#
# When the `okr` binary has no `check` subcommand yet, the `check_json` example (the
# same core call, JSON to stdout) stands in for it, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-5}"
agents="${AGENTS:-10000}"
target="${CARGO_TARGET_DIR:-target}"

command -v sqlite3 >/dev/null || { echo "check_vs_dump: sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 2; }

cargo build --release --quiet --bin okr --example synth --example check_json

plan="${1:-}"
if [ -z "$plan" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  plan="$tmp/plan-$agents.okr"
  "$target/release/examples/synth" "$plan" --agents "$agents"
fi

if "$target/release/okr" check --help >/dev/null 2>&1; then
  check=("$target/release/okr" check "$plan" --format json)
  label="okr check PLAN --format json"
else
  check=("$target/release/examples/check_json" "$plan")
  label="check_json PLAN (stand-in: this okr has no check subcommand yet)"
fi

python3 - "$runs" "$label" "$plan" "${check[@]}" <<'PY'
import os, statistics, subprocess, sys, time

runs, label, plan, check = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
dump = ["sqlite3", plan, ".dump"]

def once(cmd):
    start = time.perf_counter()
    # okr check exits 1 when it finds errors; any other failure is a failure.
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()}")
    return took

# One warm-up of each, so both read the file from the page cache; then alternate.
once(dump); once(check)
times = {"dump": [], "check": []}
for _ in range(runs):
    times["dump"].append(once(dump))
    times["check"].append(once(check))
d, c = statistics.median(times["dump"]), statistics.median(times["check"])
size = os.path.getsize(plan) / 1e6
print(f"plan: {plan} ({size:.0f} MB), {runs} runs each, medians:")
print(f"  {d * 1e3:6.0f} ms  sqlite3 PLAN .dump > /dev/null")
print(f"  {c * 1e3:6.0f} ms  {label} > /dev/null")
print(f"  ratio check / dump: {c / d:.2f} (target: at most 2.00)")
PY
