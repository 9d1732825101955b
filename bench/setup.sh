#!/usr/bin/env bash
# Installs the benchmark's comparison libraries (bench/package-lock.json)
# into bench/node_modules, only when they are missing or differ from the
# lock file: a second run takes well under a second. Kept apart from the
# root package-lock.json so `make test` never installs them.
set -euo pipefail
cd "$(dirname "$0")"
# npm's record of what it installed lists the packages, not the project
# itself (""); a package folder removed by hand also calls for a reinstall.
packages() { node -p "const { '': _, ...p } = require('./$1').packages; JSON.stringify(p)"; }
complete() { node -e "const fs = require('fs'); process.exit(Object.keys(require('./package-lock.json').packages).every((d) => fs.existsSync(d || '.')) ? 0 : 1)"; }
if [ ! -f node_modules/.package-lock.json ] || ! complete || ! cmp -s <(packages package-lock.json) \
    <(packages node_modules/.package-lock.json 2>/dev/null); then
  printf 'bench: installing the comparison libraries from bench/package-lock.json\n'
  npm ci --no-audit --no-fund --loglevel=error
fi
