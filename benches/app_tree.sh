#!/usr/bin/env bash
# Launch to tree: how long the desktop app (release build, under Xvfb) takes, from process
# launch, to show the organisation tree of a synthetic plan (`cascade::synth`, default
# 50,000 agents: ~52,600 nodes, ~209,000 objectives, ~523,000 key results). Goal: at most
# 2 s. No hook in the app: tauri-driver + WebKitWebDriver (as in ui/e2e) start the app with
# the plan as its argument; the clock starts just before the WebDriver session is asked
# for (which launches the app) and stops at the first frame after the page holds a tree
# row ([data-testid^="tree-row-"], polled every 10 ms; the time the row came is printed
# too). So is the app's own figure, from its main() to that frame (`cascade: tree shown
# after N ms`, on stderr), and the CPU time (user + system) of the app, its web processes
# and WebKitWebDriver until that frame: steadier than wall time on a shared machine.
# Each launch gets fresh app data and XDG directories and a private D-Bus session bus.
# Under Xvfb, WebKitGTK's default (DMA-BUF) renderer takes up to ~0.5 s a frame, which the
# on-screen figures include; WEBKIT_DISABLE_DMABUF_RENDERER=1 (passed on to the app)
# brings frames back to ~16 ms, closer to a desktop with a GPU.
#
# Usage: benches/app_tree.sh [AGENTS] [RUNS]   (defaults 50000 and 3)
#   APP=path/to/okr-cascade benches/app_tree.sh   # time that binary (default: the release
#                                                 # build in $CARGO_TARGET_DIR, made if missing)
# Needs xvfb-run, dbus-run-session, WebKitWebDriver and tauri-driver (installed if
# missing); the Python client is the e2e tests' venv (made if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
agents="${1:-50000}"
runs="${2:-3}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The app and the plan generator are built when missing (delete them to rebuild). A plain
# `cargo build` embeds ui/dist without building it, so the UI is built first.
APP="${APP:-$target/release/okr-cascade}"
if [ ! -x "$APP" ]; then
  [ -d ui/node_modules ] || (cd ui && npm ci --no-audit --no-fund)
  (cd ui && npm run build >/dev/null)
  cargo build --quiet --release -p okr-cascade
fi
synth="$target/release/examples/synth"
[ -x "$synth" ] || cargo build --quiet --release --example synth
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

venv="${E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cascade-e2e-venv}"
if [ ! -x "$venv/bin/python" ] || ! cmp -s ui/e2e/requirements.txt "$venv/requirements.txt"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r ui/e2e/requirements.txt
  cp ui/e2e/requirements.txt "$venv/requirements.txt"
fi

"$synth" "$work/plan.okr" --agents "$agents"

# (The filter drops the private bus's notes on the accessibility services it starts.)
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" \
  "$venv/bin/python" - "$(realpath "$APP")" "$work" "$runs" <<'PY' 2>&1 | grep -Ev '^(dbus-daemon|SpiRegistry)'
import os, re, socket, statistics, subprocess, sys, time
from selenium import webdriver
from selenium.webdriver.common.options import ArgOptions

app, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
plan = os.path.join(work, "plan.okr")

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def cpu(root):
    """CPU seconds (user + system) of `root`'s descendants: WebKitWebDriver, the app and
    its web processes; steadier than wall time on a shared machine."""
    stats = {}
    for p in os.listdir("/proc"):
        try:
            f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            stats[int(p)] = (int(f[1]), int(f[11]) + int(f[12]))
        except (OSError, ValueError, IndexError):
            pass
    total, todo = 0, [root]
    while todo:
        parent = todo.pop()
        for pid, (ppid, ticks) in stats.items():
            if ppid == parent:
                total += ticks
                todo.append(pid)
    return total / os.sysconf("SC_CLK_TCK")

def once(run):
    """One launch: (launch -> frame with a tree row, -> row in the DOM, -> session up, app's
    own figure or None, CPU seconds until that frame); None when the session did not start (the driver not ready yet)."""
    env = dict(os.environ, CASCADE_DATA_DIR=f"{run}/data", NO_AT_BRIDGE="1")
    for var, sub in (("XDG_DATA_HOME", "d"), ("XDG_CONFIG_HOME", "c"), ("XDG_CACHE_HOME", "k"), ("XDG_STATE_HOME", "s")):
        env[var] = f"{run}/{sub}"
        os.makedirs(env[var], exist_ok=True)
    port, log = free_port(), f"{run}/log"
    driver = subprocess.Popen(["tauri-driver", "--port", str(port), "--native-port", str(free_port())],
                              env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        end = time.monotonic() + 20
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > end:
                sys.exit("tauri-driver did not listen")
            time.sleep(0.05)
        opts = ArgOptions()
        opts.set_capability("browserName", "wry")
        opts.set_capability("tauri:options", {"application": app, "args": [plan]})
        start = time.monotonic()
        try:
            d = webdriver.Remote(command_executor=f"http://127.0.0.1:{port}", options=opts)
        except Exception as e:  # tauri-driver asked WebKitWebDriver before it listened
            print(f"  (the WebDriver session did not start: {type(e).__name__}; again)")
            return None
        session = time.monotonic() - start
        while not d.execute_script("return !!document.querySelector('[data-testid^=\"tree-row-\"]')"):
            if time.monotonic() - start > 120:
                sys.exit(f"no tree row after 120 s; log:\n{open(log).read()[-3000:]}")
            time.sleep(0.01)
        in_dom = time.monotonic() - start
        d.set_script_timeout(30)  # then the next frame: the row on screen
        d.execute_async_script("requestAnimationFrame(arguments[arguments.length - 1])")
        took = time.monotonic() - start
        used = cpu(driver.pid)
        own = None
        for _ in range(50):  # the app reports from the frame that shows the tree
            if m := re.findall(r"tree shown after (\d+) ms", open(log, errors="replace").read()):
                own = int(m[-1]) / 1000
                break
            time.sleep(0.1)
        d.quit()
        return took, in_dom, session, own, used
    finally:
        driver.terminate()
        try:
            driver.wait(10)
        except subprocess.TimeoutExpired:
            driver.kill()
        try:  # what tauri-driver left behind (WebKitWebDriver, the app) in its group
            os.killpg(driver.pid, 9)
        except ProcessLookupError:
            pass
        time.sleep(1)  # single instance: let the last one go before the next launch

print(f"plan: {os.path.getsize(plan) / 1e6:.0f} MB; app: {app}")
times, owns, cpus = [], [], []
for i in range(runs):
    for attempt in range(3):
        if got := once(os.path.join(work, f"run{i}-{attempt}")):
            break
    else:
        sys.exit("the WebDriver session did not start three times")
    took, in_dom, session, own, used = got
    times.append(took)
    owns.append(own)
    cpus.append(used)
    said = f"{own:.2f} s" if own is not None else "no report"
    print(f"  run {i + 1}: {took:5.2f} s launch -> tree on screen (session up {session:.2f} s, row in the DOM {in_dom:.2f} s; app's own figure: {said}; CPU {used:.2f} s)")
print(f"median: {statistics.median(times):.2f} s (goal: at most 2 s); CPU {statistics.median(cpus):.2f} s", end="")
known = [o for o in owns if o is not None]
print(f"; app's own figure, median: {statistics.median(known):.2f} s" if known else "")
PY
