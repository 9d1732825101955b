// Shortens what the browser downloads of a wasm-bindgen module's names:
//
//   node scripts/shorten-bindings.mjs DIR STEM [wasm-opt options…]
//
// wasm-bindgen names every import after the function and a hash of its
// signature ("./widget_bg.js" / "__wbg_requestAnimationFrame_9ba49d36…"),
// about 190 of them in the widget: 9.7 KB of names in the wasm's import
// section and as many again as keys in the glue, incompressible hashes
// (3.0 KiB brotli in the wasm alone). This script runs wasm-opt on
// DIR/STEM_bg.wasm with the options given (the build's -O2) and binaryen's
// --minify-imports-and-exports-and-modules after them, then rewrites DIR/STEM.js from
// the mapping wasm-opt prints: the import object's module and keys, and
// every `wasm.export` the glue calls. The two files keep agreeing by
// construction: both come from one mapping, and a name the glue does not
// have is an error, not a silent mismatch.
//
// wasm-streams' three stream classes (IntoUnderlyingSource, …) are not
// exported: the dist build's linker leaves them out (scripts/link-wasm.sh),
// and this script fails if one is back. Their classes stay in the glue,
// never constructed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stem, ...options] = process.argv.slice(2);
const wasmPath = join(dir, `${stem}_bg.wasm`);
const gluePath = join(dir, `${stem}.js`);
const STREAM_CLASSES = /intounderlying/;

// --- the wasm's import section ------------------------------------------
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

// The (module, name) of each function import, in order.
function functionImports(bytes) {
  const found = [];
  for (let at = 8; at < bytes.length;) {
    const [size, start] = readLeb(bytes, at + 1);
    if (bytes[at] === 2) {
      let [count, p] = readLeb(bytes, start);
      const text = () => {
        let length;
        [length, p] = readLeb(bytes, p);
        p += length;
        return bytes.subarray(p - length, p).toString();
      };
      for (; count > 0; count -= 1) {
        const module = text();
        const name = text();
        const kind = bytes[p++];
        if (kind === 0) [, p] = readLeb(bytes, p); // a function: its type
        else if (kind === 1 || kind === 2) { // a table (its element type first) or a memory: limits
          if (kind === 1) p += 1;
          const flags = bytes[p++];
          [, p] = readLeb(bytes, p);
          if (flags & 1) [, p] = readLeb(bytes, p);
        } else p += 2; // a global: its type and mutability
        if (kind === 0) found.push([module, name]);
      }
    }
    at = start + size;
  }
  return found;
}


// --- wasm-opt, then the renaming pass alone (converging passes would
// print its mapping more than once), and the mapping it prints ------------
const wasmOpt = (args) => execFileSync('node_modules/.bin/wasm-opt', [...args, wasmPath, '-o', wasmPath], { encoding: 'utf8' });
wasmOpt(options);
const printed = wasmOpt([...options.filter((o) => o.startsWith('--enable-')), '--minify-imports-and-exports-and-modules']);
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));
const linked = mapping.exports.map(([name]) => name).filter((name) => STREAM_CLASSES.test(name));
if (linked.length) throw new Error(`${wasmPath}: exports the linker should have left out (scripts/link-wasm.sh): ${linked.join(', ')}`);

// --- the glue, renamed from the same mapping ----------------------------
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let glue = readFileSync(gluePath, 'utf8');
function rename(pattern, to, what) {
  const before = glue;
  glue = glue.replace(pattern, to);
  if (glue === before) throw new Error(`${gluePath}: ${what} not found; wasm-bindgen's glue changed shape`);
}
// The mapping names no module: each one's short name is read off the
// output, whose imports keep their order and have the mapping's new names.
const moduleOf = new Map(functionImports(readFileSync(wasmPath)).map(([module, name]) => [name, module]));
const modules = new Map();
for (const [module, name, short] of mapping.imports) {
  rename(new RegExp(`(^\\s+)${escape(name)}(?=: function)`, 'm'), `$1${short}`, `import ${name}`);
  if (!moduleOf.has(short)) throw new Error(`${wasmPath}: no import named ${short} after wasm-opt`);
  modules.set(module, moduleOf.get(short));
}
for (const [module, short] of modules) {
  rename(new RegExp(`"${escape(module)}": import0`), `${JSON.stringify(short)}: import0`, `module ${module}`);
}
for (const [name, short] of mapping.exports) {
  // An export the glue never calls (none today) needs no rename.
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
}
const left = glue.match(/\bwasm\.(__wbg_[a-z]|__wbindgen_(?!start\b))[\w$]*/g)?.filter((n) => !STREAM_CLASSES.test(n));
if (left?.length) throw new Error(`${gluePath}: calls to exports that have no short name: ${[...new Set(left)].join(', ')}`);
writeFileSync(gluePath, glue);
console.log(`${stem}: ${mapping.imports.length} imports and ${mapping.exports.length} exports renamed`);
