#!/usr/bin/env bash
# Installs what the project needs, idempotently and quickly when present:
#   scripts/setup.sh build   the wasm target, rust-src, the wasm-bindgen CLI and
#                            the npm dev tools (the build minifies with terser)
#   scripts/setup.sh test    the above, Chromium + chromedriver
# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate
# in Cargo.lock, or the generated glue does not match the wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The dist build rebuilds the standard library for size (build-dist.sh);
# `make lint` runs rustfmt and clippy.
installed=$(rustup component list --installed)
for component in rust-src rustfmt clippy; do
  if ! grep -q "^$component" <<<"$installed"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  # Without --locked: the CLI's own lock file pins a crate the registry lacks.
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes about two minutes, once"
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and chromedriver from Debian"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # The engines suite (tests/engines/): Firefox ESR through geckodriver, and
  # WebKitGTK's MiniBrowser through WebKitWebDriver on an Xvfb display.
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb from Debian"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    # Another apt may be running (the Chromium install, or the machine's own).
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      firefox-esr webkit2gtk-driver xvfb xauth >/dev/null
  fi
  # The demo pages' check runs the Nu Html Checker (npm vnu-jar), a Java program.
  if ! command -v java >/dev/null; then
    say "installing Java (openjdk-17-jre-headless) from Debian, for the Nu Html Checker"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    # Slim Debian images have no man1 directory, and the JRE's post-install fails without it.
    $sudo mkdir -p /usr/share/man/man1
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      openjdk-17-jre-headless >/dev/null
  fi
  geckodriver=0.37.1
  have=$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }' || true)
  if [ "$have" != "$geckodriver" ]; then
    say "installing geckodriver $geckodriver (found: ${have:-none}); this takes a few minutes, once"
    cargo install geckodriver --version "$geckodriver" --locked
  fi
fi

# npm's record of what it installed lists the packages, not the project
# itself (""), so the project's own entry is left out of the comparison.
# Optional packages for other platforms (typescript's native builds) are in
# the lock file but never installed here: they are left out too.
packages() { node -p "const { '': _, ...p } = require('./$1').packages; JSON.stringify(Object.entries(p).filter(([, v]) => !v.optional))"; }
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s <(packages package-lock.json) \
    <(packages node_modules/.package-lock.json 2>/dev/null); then
  say "installing npm dev tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
