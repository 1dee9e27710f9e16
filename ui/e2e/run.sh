#!/usr/bin/env bash
# Runs the end-to-end tests: the built app under Xvfb, driven by tauri-driver in front of
# WebKitWebDriver. Expects the app and `okr` built (make app-debug); builds the synthetic
# plan generator, installs the Python client and tauri-driver when missing.
# Extra arguments go to pytest (e.g. `ui/e2e/run.sh -k language`). The last line printed
# is pytest's summary; the exit status is pytest's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

venv="${E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cascade-e2e-venv}"
stamp="$venv/requirements.txt"
if [ ! -x "$venv/bin/pytest" ] || ! cmp -s "$here/requirements.txt" "$stamp"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$stamp"
fi

command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

# The generator of the 10,000-agent plan (a no-op when it is up to date).
if [ -z "${CASCADE_SYNTH:-}" ]; then
  (cd "$root" && cargo build -q --example synth)
fi

# Screenshots of this run only.
artifacts="${E2E_ARTIFACTS:-$here/artifacts}"
mkdir -p "$artifacts"
rm -f "$artifacts"/*.png
cd "$here"
exec xvfb-run -a -s "-screen 0 1440x900x24" \
  "$venv/bin/pytest" -v -rfE --tb=short -p no:cacheprovider -W ignore::DeprecationWarning "$@"
