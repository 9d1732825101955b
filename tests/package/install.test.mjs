// The npm package as a user gets it (scratch.mjs): a page that imports
// the widget by the package's name shows a story in headless Chromium, and
// a TypeScript script finds the declarations through the package's exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { installedPackage, servedPage, settled } from './scratch.mjs';
import { typeCheck } from './tsc.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const story = JSON.parse(readFileSync(join(ROOT, 'www/data/kazakhstan-china.en.json'), 'utf8'));

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>The installed package</title>
  <link rel="icon" href="data:,">
  <script type="importmap">{ "imports": { "trade-timeline": "/node_modules/trade-timeline/trade-timeline.js" } }</script>
  <script type="module">import 'trade-timeline';</script>
</head>
<body>
  <trade-timeline src="story.json" lang="en"></trade-timeline>
</body>
</html>
`;

let scratch;
let installed;
let remove;
before(() => {
  ({ scratch, installed, remove } = installedPackage('package'));
});
after(() => remove());

test('the installed package holds every file its loader and its iframe page name', () => {
  for (const entry of ['trade-timeline.js', 'embed.html']) {
    const named = [...readFileSync(join(installed, entry), 'utf8').matchAll(/"\.\/([\w.-]+?)(?:\?no-inline)?"/g)].map((m) => m[1]);
    assert.ok(named.length > 0, `${entry} names no file`);
    for (const name of named) assert.ok(existsSync(join(installed, name)), `${entry} names ${name}, not in the package`);
  }
});

test('a page importing the package by name through an import map shows the story, its files passing their integrity checks', async () => {
  copyFileSync(join(ROOT, 'www/data/kazakhstan-china.en.json'), join(scratch, 'story.json'));
  writeFileSync(join(scratch, 'index.html'), PAGE);
  const { url, page, problems, fetched, close } = await servedPage(scratch);
  try {
    await page.goto(url);
    const widget = page.locator('trade-timeline');
    assert.equal(await settled(widget), 'ready', problems.join('\n'));
    assert.equal(await widget.locator('.tt-title').textContent(), story.title);
    assert.deepEqual(problems, []);
    assert.ok(fetched.some((path) => /^\/node_modules\/trade-timeline\/widget_bg\.\w+\.wasm$/.test(path)), `the wasm came from the package: ${fetched.join(', ')}`);
  } finally {
    await close();
  }
});

test('imported by name on a server (Node, no DOM, as frameworks render pages first), the package loads and defines nothing', async () => {
  const script = `const m = await import('trade-timeline');
    console.log(JSON.stringify({ exports: Object.keys(m).sort(), diagnostics: await m.diagnostics(), defined: typeof customElements }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch });
  assert.deepEqual(JSON.parse(stdout), {
    exports: ['TradeTimelineElement', 'diagnostics', 'mount'], diagnostics: { live: 0, memoryBytes: 0 }, defined: 'undefined',
  });
});

test('a TypeScript script and a React component importing the package by name get its declarations through its exports', async () => {
  copyFileSync(fileURLToPath(new URL('consumer.ts', import.meta.url)), join(scratch, 'consumer.ts'));
  copyFileSync(fileURLToPath(new URL('jsx/react.tsx', import.meta.url)), join(scratch, 'component.tsx'));
  // React's types are the repository's, linked in (the scratch project installs the package alone).
  mkdirSync(join(scratch, 'node_modules/@types'), { recursive: true });
  for (const types of ['@types/react', 'csstype']) {
    if (!existsSync(join(scratch, 'node_modules', types))) symlinkSync(join(ROOT, 'node_modules', types), join(scratch, 'node_modules', types));
  }
  const tsconfig = {
    compilerOptions: { module: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], jsx: 'react-jsx' },
    files: ['consumer.ts', 'component.tsx'],
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
  const { code, output } = await typeCheck(join(scratch, 'tsconfig.json'));
  assert.equal(code, 0, output);
});
