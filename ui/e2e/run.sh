#!/usr/bin/env bash
# Runs the end-to-end tests: the built app under Xvfb, driven by tauri-driver.
# Expects the app and `okr` built (make app-debug); installs the Python client itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cascade-e2e-venv}"
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import selenium' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'
export PATH="$HOME/.cargo/bin:$PATH"
cd "$here"
exec xvfb-run -a -s "-screen 0 1440x900x24" "$venv/bin/pytest" -v -p no:cacheprovider "$@"
