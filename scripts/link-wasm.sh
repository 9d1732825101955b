#!/usr/bin/env bash
# The linker of the dist build (scripts/build-dist.sh): rustc's own rust-lld,
# called with every argument rustc gives it but the exports of wasm-streams'
# stream classes (IntoUnderlyingSource, IntoUnderlyingByteSource,
# IntoUnderlyingSink). Leptos 0.8 always links server_fn's browser client,
# whose #[wasm_bindgen] classes are exports; the widget has no server
# functions and never builds one. An export is a root the linker must keep,
# with what it reaches: their futures, whose functions then sit in the
# indirect-call table, where no later tool can prove them dead. Not exported,
# they are never linked: 3.2 KiB brotli off the widget's wasm, measured.
# wasm-bindgen still writes their classes in the glue, never constructed.
set -euo pipefail
args=()
export_next=0
for arg in "$@"; do
  if [ "$arg" = --export ]; then
    export_next=1
    continue
  fi
  if [ "$export_next" = 1 ]; then
    export_next=0
    case "$arg" in
      *intounderlying*) continue ;;
    esac
    args+=(--export "$arg")
    continue
  fi
  args+=("$arg")
done
exec "${RUST_LLD:?is set by scripts/build-dist.sh to the rust-lld of the toolchain}" "${args[@]}"
