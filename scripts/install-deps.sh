#!/usr/bin/env bash
# Installs what building and testing Cascade needs on a fresh Debian/Ubuntu machine,
# skipping whatever is already there. Usage: scripts/install-deps.sh [core|app|e2e]...
set -euo pipefail

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(core app e2e)

pkgs=()
for w in "${want[@]}"; do
  case "$w" in
    core) pkgs+=(build-essential pkg-config sqlite3 libclang-dev) ;;
    app) pkgs+=(libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev file) ;;
    e2e) pkgs+=(webkit2gtk-driver xvfb xauth dbus imagemagick python3-venv) ;;
    *) echo "unknown group: $w" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing: install it from rustup (https://rustup.rs) and run this again" >&2
  exit 1
fi
if [[ " ${want[*]} " == *" app "* ]] && ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 or newer is missing: install it and run this again" >&2
  exit 1
fi
