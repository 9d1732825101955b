# trade-timeline: `make demo` serves the demo page, `make test` runs every
# test. Both install what is missing first (scripts/setup.sh).
SHELL := bash
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER ?= wasm-bindgen-test-runner

.PHONY: demo test dist package setup-build setup-test test-native test-wasm test-e2e test-package test-engines lint schema bench

demo: dist
	PORT=$(PORT) node scripts/serve.mjs

dist: setup-build
	scripts/build-dist.sh

# The npm package, from dist/: trade-timeline-<version>.tgz at the root
# (scripts/package-npm.mjs).
package: dist
	node scripts/package-npm.mjs

test: setup-test lint dist test-native test-wasm test-e2e test-package test-engines
	@echo "make test: every suite passed"

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

# Formatting (rustfmt.toml) and lints, native and wasm32 (the widget, the
# authoring module and the widget's second module), warnings as errors.
lint: setup-build
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --features authoring -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --features extras -- -D warnings

test-native:
	cargo test --locked

# Component tests in headless Chromium (webdriver.json holds its flags).
test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# The npm package: its declarations type-check; packed, installed offline
# and imported by name, it shows a story in Chromium, from its folder and
# from apps built by Vite and webpack with no configuration.
test-package: dist
	node --test tests/package/

# A reader's paths in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver
# on Xvfb), over WebDriver.
test-engines:
	node --test --test-concurrency=1 tests/engines/

# Regenerates the committed JSON Schema after a change to the format.
schema:
	cargo run --quiet -- schema > www/story.schema.json

# Our widget side by side with TimelineJS + Chart.js, vis-timeline + uPlot
# and two floor pages (headless Chromium, brotli on 127.0.0.1): load and
# interaction tables and our budgets. Not part of `make test`; about 20 min.
# Options: make bench BENCH_ARGS="--pages widget,list --stories real --cpu 4
# --viewports desktop --runs 3 --markdown bench.md" (--help lists them).
BENCH_ARGS ?=
bench: setup-test dist
	@bench/setup.sh
	BENCH_COMMAND='make bench$(if $(BENCH_ARGS), BENCH_ARGS="$(BENCH_ARGS)")' node bench/run.mjs $(BENCH_ARGS)
