// Writes bench/out/, the folder the benchmark serves beside dist/: the
// pages, the stories and copies of the comparison libraries, each with a
// brotli twin (quality 11) so every page is served compressed like a CDN.
// Files whose content has not changed are left alone.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { stories } from './stories.mjs';

const HERE = new URL('.', import.meta.url);
const LIBS = new URL('node_modules/', HERE);

// Library files: [where the package has it, where the pages load it].
const LIBRARY_FILES = [
  ['@knight-lab/timelinejs/dist/js/timeline.js', 'lib/timelinejs/js/timeline.js'],
  ['@knight-lab/timelinejs/dist/js/locale/fr.json', 'lib/timelinejs/js/locale/fr.json'],
  ['@knight-lab/timelinejs/dist/css/timeline.css', 'lib/timelinejs/css/timeline.css'],
  ['chart.js/dist/chart.umd.min.js', 'lib/chartjs/chart.umd.min.js'],
  ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'lib/vis/vis-timeline-graph2d.min.js'],
  ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'lib/vis/vis-timeline-graph2d.min.css'],
  ['uplot/dist/uPlot.iife.min.js', 'lib/uplot/uPlot.iife.min.js'],
  ['uplot/dist/uPlot.min.css', 'lib/uplot/uPlot.min.css'],
];

async function write(out, path, content) {
  const file = join(out, path);
  const body = Buffer.from(content);
  const before = await readFile(file).catch(() => null);
  if (before && before.equals(body)) return;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  await writeFile(`${file}.br`, brotli);
}

/** Fills `out` (a path); `root` is the repository's URL. Returns the stories' labels. */
export async function prepare(out, root) {
  const icons = new URL('@knight-lab/timelinejs/dist/css/icons/', LIBS);
  const files = [
    ...LIBRARY_FILES.map(([from, to]) => [new URL(from, LIBS), to]),
    // TimelineJS's stylesheet names its icon font relative to itself.
    ...(await readdir(icons)).map((name) => [new URL(name, icons), `lib/timelinejs/css/icons/${name}`]),
    ...(await readdir(new URL('pages/', HERE))).map((name) => [new URL(`pages/${name}`, HERE), `pages/${name}`]),
  ];
  const setup = (await readFile(new URL('page-setup.js', HERE), 'utf8')).replace(/^\/\/.*\n/gm, '');
  for (const [from, to] of files) {
    const content = await readFile(from);
    // Pages get the shared set-up inline, where they ask for it.
    await write(out, to, to.startsWith('pages/') ? content.toString().replace('  /* bench:setup */\n', setup) : content);
  }
  const all = await stories(root);
  for (const [name, { text }] of Object.entries(all)) await write(out, `stories/${name}.json`, text);
  return Object.fromEntries(Object.entries(all).map(([name, { label, text }]) => [name, { label, bytes: Buffer.byteLength(text) }]));
}
