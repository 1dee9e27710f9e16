# The two commands of README: `make app` runs the desktop app, `make test` runs every test.
# Each installs what is missing first.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo

.PHONY: app test test-core lint deps-core deps-app dist demo

deps-core:
	scripts/install-deps.sh core

deps-app:
	scripts/install-deps.sh core app

## Run the desktop app (builds the UI and the shell first).
app: deps-app
	cd ui && npm ci --no-audit --no-fund && npm run build
	$(CARGO) run -p okr-cascade --release

## Every test: formatting and lints, the core and CLI, the desktop shell, the UI, end to end.
test: deps-core lint test-core

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

test-core:
	$(CARGO) test

demo:
	$(CARGO) run --release --bin okr -- demo sample.okr
