# trade-timeline: `make demo` serves the demo page, `make test` runs every
# test. Both install what is missing first (scripts/setup.sh).
SHELL := bash
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER ?= wasm-bindgen-test-runner

.PHONY: demo test dist setup-build setup-test test-native test-wasm test-e2e schema bench

demo: dist
	PORT=$(PORT) node scripts/serve.mjs

dist: setup-build
	scripts/build-dist.sh

test: setup-test dist test-native test-wasm test-e2e
	@echo "make test: every suite passed"

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

test-native:
	cargo test --locked

# Component tests in headless Chromium (webdriver.json holds its flags).
test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# Regenerates the committed JSON Schema after a change to the format.
schema:
	cargo run --quiet -- schema > www/story.schema.json

# Frame-time benchmark with 1,000 events and a 1,000-point series
# (headless Chromium); prints medians and 95th percentiles.
bench: setup-test dist
	node scripts/bench.mjs
