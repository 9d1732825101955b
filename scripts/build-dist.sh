#!/usr/bin/env bash
# Builds the distributable into dist/: the loader a host page includes
# (trade-timeline.js), the iframe page (embed.html) and its host helper
# (frame.js), and beside them everything they load under content-hashed
# names, all found relative to the loader's own URL. Then checks the size
# budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# Size: the standard library is rebuilt for size, and a panic aborts at once
# (no panic messages, locations or formatting machinery in the wasm): 20 KiB
# brotli less than the prebuilt std, measured (docs/design.md, design notes).
# These are unstable cargo/rustc flags, enabled on the stable toolchain with
# RUSTC_BOOTSTRAP for this build only; the rust-src component comes from
# scripts/setup.sh. Their own target folder keeps the test builds (plain
# flags) from rebuilding everything after each dist build.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=target/dist
# The linker drops the exports of classes the widget never builds
# (scripts/link-wasm.sh).
export RUST_LLD="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld"
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none \
  -Clinker=$PWD/scripts/link-wasm.sh -Clinker-flavor=wasm-ld"
build() {
  cargo build --release --locked --target wasm32-unknown-unknown --lib \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
}
wasm=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/trade_timeline.wasm

# The authoring wasm first (CSV import for the demo's workshop): the builds
# write the same file name, and the widget's must be the one left there.
build --features authoring
rm -rf target/wasm-bindgen-authoring
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen-authoring --out-name authoring \
  --remove-name-section --remove-producers-section "$wasm"

# The widget's second module (downloads, data tables, print), fetched after
# the first render.
build --features extras
rm -rf target/wasm-bindgen-extras
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen-extras --out-name extras \
  --remove-name-section --remove-producers-section "$wasm"

build
rm -rf target/wasm-bindgen
# Stripping names and producers is the largest size win measured here
# (../shared/TOOLCHAIN.md).
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen --out-name widget \
  --remove-name-section --remove-producers-section "$wasm"
# binaryen's wasm-opt from npm (Debian's breaks wasm-bindgen's output) at
# -O2 with inlining off, run to a fixed point: 5.5 KiB brotli less; -Oz and
# binaryen's inlining make brotli's work harder and the file larger
# (measured, ../shared/TOOLCHAIN.md). Then the bindings' names are shortened
# in the wasm and its glue alike, and wasm-streams' unused classes dropped
# (scripts/shorten-bindings.mjs): 6.4 KiB brotli less for the widget. The
# end-to-end suites run on this output.
for module in target/wasm-bindgen:widget target/wasm-bindgen-extras:extras; do
  node scripts/shorten-bindings.mjs "${module%%:*}" "${module##*:}" -O2 -fimfs=0 -aimfs=0 -ocimfs=0 --converge \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
done
node scripts/package-dist.mjs target/wasm-bindgen target/wasm-bindgen-authoring target/wasm-bindgen-extras
node scripts/size-budget.mjs
