// Packages dist/ for any static host or CDN, from wasm-bindgen's output
// (in the folder given as the first argument) and the files in www/:
//
// - content-hashed names for every file a page never names itself, so they
//   can be cached forever; the entries keep their names: trade-timeline.js
//   (the loader), embed.html (the iframe page) and frame.js (its host helper);
// - the loader rewritten to name the hashed files with their Subresource
//   Integrity hashes, which it checks when it fetches them;
// - the loader and wasm-bindgen's glue minified (terser): smaller on the
//   wire and quicker for the browser to parse;
// - a .br and a .gz beside every file, for servers that send them as is;
// - the authoring wasm (CSV import for the demo's workshop; readers never
//   load it), when its wasm-bindgen output is given as the second argument;
// - the widget's second module (the SVG and CSV downloads, fetched when a
//   reader first asks for one), from the third argument's folder;
// - the interface's words in each language but French (www/words/), which
//   the loader fetches for a page in that language;
// - dist/manifest.json (names, integrity, the files of a first render);
// - the snippet to paste, with the loader's integrity hash, on stdout.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const [built = 'target/wasm-bindgen', authoringBuilt, extrasBuilt = 'target/wasm-bindgen-extras'] = process.argv.slice(2);
const DIST = 'dist';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// The loader's table of the files it fetches names them with SHA-256, which
// Subresource Integrity takes as well: 20 characters less a file, that no
// compression removes, in the loader every page downloads. The snippet's
// hash of the loader itself stays SHA-384.
const tableSri = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const hashed = (name, bytes) => {
  const ext = extname(name);
  const stem = basename(name, ext);
  return `${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${ext}`;
};

// ES module, modern syntax kept; property names (the wasm's import names)
// are never mangled.
const minified = async (code, comments = 'some') =>
  Buffer.from((await minify(code, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments } })).code);

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST);
const written = {};
function write(name, bytes) {
  writeFileSync(join(DIST, name), bytes);
  writeFileSync(join(DIST, `${name}.br`), brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  writeFileSync(join(DIST, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  written[name] = { bytes: bytes.length, integrity: sri(bytes) };
  return name;
}
function replaceOnce(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`${where}: "${from}" not found; the packager and the file disagree`);
  return text.replace(from, to);
}

// Leaves first: they name nothing.
const files = {};
for (const [key, path] of [
  ['wasm', join(built, 'widget_bg.wasm')], ['glue', join(built, 'widget.js')], ['css', 'www/trade-timeline.css'],
  ['extrasWasm', join(extrasBuilt, 'extras_bg.wasm')], ['extrasGlue', join(extrasBuilt, 'extras.js')],
  ['steps', 'www/steps.js'],
]) {
  const bytes = ['glue', 'extrasGlue', 'steps'].includes(key) ? await minified(readFileSync(path, 'utf8')) : readFileSync(path);
  files[key] = { path: `./${write(hashed(basename(path), bytes), bytes)}`, integrity: tableSri(bytes) };
}
// The interface's words in each language but French (built into the wasm),
// fetched by the loader for a page in that language: their texts alone, one
// per line, without the keys and comments (as build.rs writes them for the
// code to carry).
const LANGUAGES = readdirSync('www/words').filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).filter((lang) => lang !== 'fr').sort();
for (const lang of LANGUAGES) {
  const lines = readFileSync(`www/words/${lang}.txt`, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  const bytes = Buffer.from(`${lines.map((line) => line.slice(line.indexOf(' = ') + 3)).join('\n')}\n`);
  files[`words-${lang}`] = { path: `./${write(hashed(`words-${lang}.txt`, bytes), bytes)}`, integrity: tableSri(bytes) };
}

// The loader names them.
let loader = readFileSync('www/trade-timeline.js', 'utf8');
const table = /^const FILES = .*;$/m;
if (!table.test(loader)) throw new Error('www/trade-timeline.js: no `const FILES = …;` line to rewrite');
// Each file as `new URL(…, import.meta.url)` (what bundlers follow). One
// under 4 KiB gets `?no-inline`: Vite would otherwise inline it as a data:
// URL (its assetsInlineLimit), which a strict Content-Security-Policy
// refuses (tests/package/bundlers.test.mjs finds every file copied whole).
const VITE_INLINES_UNDER = 4096;
const entries = Object.entries(files).map(([key, { path, integrity }]) => {
  const url = written[path.slice(2)].bytes < VITE_INLINES_UNDER ? `${path}?no-inline` : path;
  return `${JSON.stringify(key)}:{url:new URL(${JSON.stringify(url)},import.meta.url),integrity:${JSON.stringify(integrity)}}`;
});
loader = loader.replace(table, `const FILES = {${entries.join(',')}};`);
// Every page pays for this file: its comments stay in the source only, but
// for the ones that tell bundlers to leave a dynamic import alone.
write('trade-timeline.js', await minified(loader, /webpackIgnore/));

// The iframe page, its script (hashed), and the host page's helper.
const embedJs = readFileSync('www/embed.js');
const embedName = write(hashed('embed.js', embedJs), embedJs);
const embedHtml = replaceOnce(readFileSync('www/embed.html', 'utf8'), 'src="./embed.js"', `src="./${embedName}"`, 'www/embed.html');
write('embed.html', Buffer.from(embedHtml));
// frame.js passes into each frame the custom properties the stylesheet reads.
const properties = [...new Set(readFileSync('www/trade-timeline.css', 'utf8').match(/(?<=var\()--tt-[\w-]+/g))].sort();
let frame = replaceOnce(readFileSync('www/frame.js', 'utf8'), "'./steps.js'", `'${files.steps.path}'`, 'www/frame.js');
frame = replaceOnce(frame, 'const PROPERTIES = [];', `const PROPERTIES = ${JSON.stringify(properties)};`, 'www/frame.js');
write('frame.js', Buffer.from(frame));

// The authoring tools, under hashed names the manifest gives.
let authoring;
if (authoringBuilt) {
  const wasmBytes = readFileSync(join(authoringBuilt, 'authoring_bg.wasm'));
  const glueBytes = await minified(readFileSync(join(authoringBuilt, 'authoring.js'), 'utf8'));
  authoring = { wasm: write(hashed('authoring_bg.wasm', wasmBytes), wasmBytes), glue: write(hashed('authoring.js', glueBytes), glueBytes) };
}

const manifest = {
  entries: ['trade-timeline.js', 'embed.html', 'frame.js'],
  files: written,
  ...(authoring ? { authoring } : {}),
  // What a page downloads for one widget's first render (besides the story).
  firstRender: ['trade-timeline.js', files.css.path.slice(2), files.glue.path.slice(2), files.wasm.path.slice(2)],
  // What it downloads before any widget nears the viewport.
  beforeNear: ['trade-timeline.js'],
  // What it downloads when a reader first asks for a file (SVG, CSV).
  later: [files.extrasGlue.path.slice(2), files.extrasWasm.path.slice(2)],
  // What a page in each language but French downloads besides, with the first render.
  words: Object.fromEntries(LANGUAGES.map((lang) => [lang, files[`words-${lang}`].path.slice(2)])),
  // What a page with scrollytelling steps downloads besides.
  steps: [files.steps.path.slice(2)],
};
writeFileSync(join(DIST, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

console.log(`dist/: ${Object.keys(written).length} files, each with .br and .gz. Snippet (serve dist/ from a versioned path):

<script type="module" src="/path/to/dist/trade-timeline.js"
  integrity="${written['trade-timeline.js'].integrity}" crossorigin="anonymous"></script>
<trade-timeline src="story.json" lang="fr"></trade-timeline>
`);
