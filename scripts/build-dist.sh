#!/usr/bin/env bash
# Builds the distributable into dist/: the loader a host page includes
# (trade-timeline.js), the iframe page (embed.html) and its host helper
# (frame.js), and beside them everything they load under content-hashed
# names, all found relative to the loader's own URL. Then checks the size
# budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# The authoring wasm first (CSV import for the demo's workshop): both builds
# write the same file name, and the widget's must be the one left there.
cargo build --release --locked --target wasm32-unknown-unknown --lib --features authoring
rm -rf target/wasm-bindgen-authoring
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen-authoring --out-name authoring \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/trade_timeline.wasm

cargo build --release --locked --target wasm32-unknown-unknown --lib
rm -rf target/wasm-bindgen
# Stripping names and producers is the largest size win measured here
# (../shared/TOOLCHAIN.md); Debian's wasm-opt breaks the output, so none.
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen --out-name widget \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/trade_timeline.wasm
node scripts/package-dist.mjs target/wasm-bindgen target/wasm-bindgen-authoring
node scripts/size-budget.mjs
