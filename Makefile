# The two commands of README: `make app` runs the desktop app, `make test` runs every test.
# Each installs what is missing first (Debian/Ubuntu packages, npm packages, cargo tools).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
TAURI := ui/node_modules/.bin/tauri

.PHONY: app test deps ui-deps ui-build lint test-core test-ui test-app app-debug test-e2e dist dist-check demo

deps:
	scripts/install-deps.sh core app e2e

ui-deps:
	cd ui && npm ci --no-audit --no-fund

ui-build: ui-deps
	cd ui && npm run build

## Run the desktop app (builds the UI and the shell first).
app: deps ui-build
	$(CARGO) run -p okr-cascade --release

## Every test: formatting and lints, the core and CLI, the UI, the desktop shell, the
## Debian package, and last the end-to-end tests in the real webview.
test: deps ui-build lint test-core test-ui test-app dist-check test-e2e

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) clippy -p okr-cascade --all-targets -- -D warnings
	cd ui && npm run format:check && npm run check

test-core:
	$(CARGO) test

test-ui:
	cd ui && npm test

test-app:
	$(CARGO) test -p okr-cascade

## The app and `okr` as the end-to-end tests run them.
app-debug: ui-build
	$(CARGO) build -p okr-cascade --bin okr-cascade
	$(CARGO) build --bin okr

test-e2e: app-debug
	ui/e2e/run.sh

## The Debian package users install (target/release/bundle/deb/).
dist: ui-build
	$(TAURI) build --bundles deb

dist-check: dist
	deb=$$(ls -t $(TARGET_DIR)/release/bundle/deb/*.deb | head -1); \
	echo "checking $$deb"; \
	dpkg-deb -c "$$deb" > $(TARGET_DIR)/deb-contents.txt; \
	grep -q 'usr/bin/okr-cascade$$' $(TARGET_DIR)/deb-contents.txt; \
	grep -q '\.desktop$$' $(TARGET_DIR)/deb-contents.txt; \
	grep -q 'icons/hicolor/.*\.png$$' $(TARGET_DIR)/deb-contents.txt; \
	echo "the package holds the binary, the desktop entry and the icon"

demo:
	$(CARGO) run --release --bin okr -- demo sample.okr
