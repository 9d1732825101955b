// Packs dist/ as the npm package `trade-timeline` (`make package`): writes
// the package's folder, target/npm/trade-timeline/, and `npm pack`s it into
// trade-timeline-<version>.tgz at the repository's root (or the folder
// given as the first argument). Tests import `packageNpm`.
//
// The package is dist/ as a page loads it, under the same names: the three
// entries (the loader, embed.html, frame.js) and the content-hashed files
// they load, so the loader's relative URLs and integrity hashes hold. It
// leaves out the authoring wasm (the demo's workshop only) and the .br/.gz
// twins (a server or CDN compresses what it serves), and adds the story's
// JSON Schema, the TypeScript declarations (the element in React's,
// Preact's and Solid's JSX too) and a README from
// www/package/README.md. Name, version, description and license come from
// Cargo.toml; the package has no dependencies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const FOLDER = join(ROOT, 'target/npm/trade-timeline');
// The declarations: the loader's, and the element in each framework's JSX.
const TYPES = ['trade-timeline.d.ts', 'react.d.ts', 'preact.d.ts', 'solid.d.ts'];

/** A `key = "value"` of Cargo.toml's [package] table. */
function cargoField(key) {
  const table = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').split(/^\[/m).find((t) => t.startsWith('package]'));
  const value = table?.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
  if (!value) throw new Error(`Cargo.toml: no ${key} in [package]`);
  return value;
}

/** The files of dist/ a page may load: every file of the manifest but the authoring tools'. */
function shippedFromDist() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new Error(`dist/manifest.json cannot be read (${error.message}): run \`make dist\` first`);
  }
  const authoring = Object.values(manifest.authoring ?? {});
  return { manifest, files: Object.keys(manifest.files).filter((name) => !authoring.includes(name)) };
}

/** The package's README: www/package/README.md with its {{placeholders}} filled. */
function readme(fields) {
  return readFileSync(join(ROOT, 'www/package/README.md'), 'utf8').replace(/\{\{(\w+)\}\}/g, (placeholder, name) => {
    if (!(name in fields)) throw new Error(`www/package/README.md: unknown placeholder ${placeholder}`);
    return fields[name];
  });
}

/** Writes the package's folder and packs it; returns the tarball's path. */
export function packageNpm({ destination = ROOT } = {}) {
  const [version, description, license] = ['version', 'description', 'license'].map(cargoField);
  const { manifest, files } = shippedFromDist();
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  for (const name of files) copyFileSync(join(DIST, name), join(FOLDER, name));
  copyFileSync(join(ROOT, 'www/story.schema.json'), join(FOLDER, 'story.schema.json'));
  for (const types of TYPES) copyFileSync(join(ROOT, 'www/package', types), join(FOLDER, types));
  writeFileSync(join(FOLDER, 'README.md'), readme({ version, license, integrity: manifest.files['trade-timeline.js'].integrity }));

  const pkg = {
    name: 'trade-timeline',
    version,
    description,
    keywords: ['timeline', 'chart', 'trade', 'news', 'embed', 'web-component', 'custom-element', 'webassembly'],
    license,
    type: 'module',
    exports: {
      '.': { types: './trade-timeline.d.ts', default: './trade-timeline.js' },
      // Types only: `import type {} from 'trade-timeline/react'`.
      './react': { types: './react.d.ts' },
      './preact': { types: './preact.d.ts' },
      './solid': { types: './solid.d.ts' },
      './embed.html': './embed.html',
      './frame.js': './frame.js',
      './story.schema.json': './story.schema.json',
      './package.json': './package.json',
    },
    types: 'trade-timeline.d.ts',
    // The loader defines the element; frame.js listens for the iframes' messages.
    sideEffects: ['./trade-timeline.js', './frame.js'],
    files: [...files, 'story.schema.json', ...TYPES, 'README.md'].sort(),
  };
  writeFileSync(join(FOLDER, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  mkdirSync(destination, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--offline', '--pack-destination', resolve(destination), FOLDER], { encoding: 'utf8' }));
  return join(resolve(destination), packed.filename);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarball = packageNpm({ destination: process.argv[2] });
  console.log(`${tarball}: ${(statSync(tarball).size / 1024).toFixed(1)} KiB (target/npm/trade-timeline/ unpacked)`);
}
