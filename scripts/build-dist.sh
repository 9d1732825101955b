#!/usr/bin/env bash
# Builds the distributable into dist/: the loader a host page includes
# (trade-timeline.js), and beside it everything it loads, all found relative
# to the loader's own URL. Then checks the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked --target wasm32-unknown-unknown --lib
rm -rf dist
mkdir -p dist
# Stripping names and producers is the largest size win measured here
# (../shared/TOOLCHAIN.md); Debian's wasm-opt breaks the output, so none.
wasm-bindgen --target web --no-typescript --out-dir dist --out-name widget \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/trade_timeline.wasm
cp www/trade-timeline.js www/trade-timeline-element.js www/trade-timeline.css dist/
node scripts/size-budget.mjs
