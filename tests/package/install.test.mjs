// The npm package as a user gets it: packed by scripts/package-npm.mjs
// (from dist/, which must be built), installed offline into a scratch
// project, and used from there: a page that imports the widget by the
// package's name shows a story in headless Chromium, and a TypeScript
// script finds the declarations through the package's exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { packageNpm } from '../../scripts/package-npm.mjs';
import { startServer } from '../../scripts/serve.mjs';
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
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'trade-timeline-package-'));
  const tarball = packageNpm({ destination: scratch });
  writeFileSync(join(scratch, 'package.json'), '{ "name": "scratch", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(scratch, '.npm-cache'), tarball], { cwd: scratch, stdio: 'pipe' });
  installed = join(scratch, 'node_modules/trade-timeline');
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the installed package holds every file its loader and its iframe page name', () => {
  for (const entry of ['trade-timeline.js', 'embed.html']) {
    const named = [...readFileSync(join(installed, entry), 'utf8').matchAll(/"\.\/([\w.-]+)"/g)].map((m) => m[1]);
    assert.ok(named.length > 0, `${entry} names no file`);
    for (const name of named) assert.ok(existsSync(join(installed, name)), `${entry} names ${name}, not in the package`);
  }
});

test('a page importing the package by name through an import map shows the story, its files passing their integrity checks', async () => {
  copyFileSync(join(ROOT, 'www/data/kazakhstan-china.en.json'), join(scratch, 'story.json'));
  writeFileSync(join(scratch, 'index.html'), PAGE);
  const { server, url } = await startServer({ root: scratch });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    const fetched = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      fetched.push(new URL(response.url()).pathname);
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(url);
    const widget = page.locator('trade-timeline');
    await page.locator('trade-timeline:is([data-state="ready"], [data-state="error"])').waitFor({ timeout: 15000 });
    assert.equal(await widget.getAttribute('data-state'), 'ready', problems.join('\n'));
    assert.equal(await widget.locator('.tt-title').textContent(), story.title);
    assert.deepEqual(problems, []);
    assert.ok(fetched.some((path) => /^\/node_modules\/trade-timeline\/widget_bg\.\w+\.wasm$/.test(path)), `the wasm came from the package: ${fetched.join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a TypeScript script importing the package by name gets its declarations through its exports', async () => {
  copyFileSync(fileURLToPath(new URL('consumer.ts', import.meta.url)), join(scratch, 'consumer.ts'));
  const tsconfig = { compilerOptions: { module: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] }, files: ['consumer.ts'] };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
  const { code, output } = await typeCheck(join(scratch, 'tsconfig.json'));
  assert.equal(code, 0, output);
});
