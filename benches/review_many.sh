#!/usr/bin/env bash
# Hundreds of reviewers: the 50,000-agent plan of `cascade::synth` (2,500 teams, two
# quarters), 300 teams handed out, a check-in and a review comment recorded in each copy
# as its manager would, then all 300 merged back in one `okr merge`. Prints the wall time
# and the peak memory (GNU time's %M, resident set) of each step.
#
# Goals (issue 17): one team's hand-out at most 0.3 s and 150 MB; the 300 copies merged in
# at most 30 s in total with at most 500 MB.
#
# Usage: benches/review_many.sh [AGENTS] [TEAMS]   (defaults 50000 and 300; needs
# sqlite3 and GNU time on the PATH; release build)
set -euo pipefail
cd "$(dirname "$0")/.."
agents="${1:-50000}"
teams="${2:-300}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin okr --example synth
okr="$target/release/okr"
synth="$target/release/examples/synth"
export CASCADE_USER="Chị Lan"

# Runs a command, appending "wall_seconds peak_kb" to the file named first.
measure() {
    local out="$1"
    shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    cat "$work/time" >>"$out"
}
# Prints "N runs: total wall, slowest, largest peak memory" for a file of measures.
summary() {
    awk '{ t += $1; if ($1 > w) w = $1; if ($2 > m) m = $2 } END {
        printf "%d run(s): %.2f s in all, slowest %.2f s, peak memory %.0f MB\n", NR, t, w, m / 1024 }' "$1"
}

printf 'step                                  figures\n'
measure "$work/synth.m" "$synth" "$work/plan.okr" --agents "$agents"
printf '%-37s %s\n' "make the plan ($agents agents)" "$(summary "$work/synth.m")"
sqlite3 "$work/plan.okr" "SELECT count(*) || ' nodes' FROM node; SELECT count(*) || ' objectives' FROM objective; SELECT count(*) || ' key results' FROM key_result;" | paste -sd, | sed 's/^/  plan: /'

sqlite3 "$work/plan.okr" "SELECT key FROM node WHERE level = 2 ORDER BY key LIMIT $teams" >"$work/teams"
mkdir -p "$work/copies"
while read -r team; do
    measure "$work/handout.m" "$okr" handout "$work/plan.okr" --node "$team" --out "$work/copies/$team.okr"
done <"$work/teams"
printf '%-37s %s\n' "hand out $teams teams, one okr each" "$(summary "$work/handout.m")"
first_division="$(sqlite3 "$work/plan.okr" "SELECT key FROM node WHERE level = 1 ORDER BY key LIMIT 1")"
measure "$work/each.m" "$okr" handout "$work/plan.okr" --each team --under "$first_division" --out "$work/each"
printf '%-37s %s (%s copies)\n' "hand out --each team --under $first_division" "$(summary "$work/each.m")" \
    "$(ls "$work/each" | grep -c '\.okr$')"

while read -r team; do
    copy="$work/copies/$team.okr"
    read -r objective kr < <(sqlite3 -separator ' ' "$copy" \
        "SELECT o.key, k.key FROM objective o JOIN key_result k ON k.objective_id = o.id
         JOIN node n ON n.id = o.owner_id WHERE n.key = '$team' AND o.quarter = '2026-Q4'
         ORDER BY o.key, k.position LIMIT 1")
    measure "$work/edit.m" "$okr" checkin "$copy" --kr "$kr" --value 42 --date 2026-11-20 --note "giữa quý"
    measure "$work/edit.m" "$okr" review "$copy" --quarter 2026-Q4 --node "$team" --comment "$objective=Ổn, giữ nhịp"
done <"$work/teams"
printf '%-37s %s\n' "a check-in and a comment in each" "$(summary "$work/edit.m")"

mapfile -t copies < <(sed "s|.*|$work/copies/&.okr|" "$work/teams")
status=0
/usr/bin/time -f '%e %M' -o "$work/merge.m" "$okr" merge "$work/plan.okr" "${copies[@]}" >"$work/merge.out" || status=$?
printf '%-37s %s (exit %d)\n' "merge all $teams copies, one okr" "$(summary "$work/merge.m")" "$status"
tail -n 1 "$work/merge.out" | sed 's/^/  /'
printf '%-37s %s\n' "  check-ins in the plan now" "$(sqlite3 "$work/plan.okr" "SELECT count(*) FROM checkin")"
