// The package in the two bundlers newsroom apps are built with: a scratch
// app (app/) imports the widget by name, is built by Vite and by webpack 5
// with no configuration, offline, and served with docs/embedding.md's strict
// Content-Security-Policy. Nothing of the widget loads before it nears the
// viewport; then the pasted element and the one `mount` made are ready, with
// no failed request. Vite copies every file byte for byte, so the integrity
// checks still hold (a changed copy is refused); webpack minifies the JS
// and CSS again, so its copies are the app's own, under any names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../e2e/browser.mjs';
import { installedPackage, servedPage, settled } from './scratch.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const STORY = join(ROOT, 'www/data/kazakhstan-china.en.json');
const APP_CSS = fileURLToPath(new URL('app/app.css', import.meta.url));
const story = JSON.parse(readFileSync(STORY, 'utf8'));
const html = (script) => readFileSync(new URL('app/index.html', import.meta.url), 'utf8').replace('<!-- script -->', script);

/** Each bundler: how it builds the app in `dir`, and the folder it writes. */
const BUNDLERS = {
  vite: {
    async build(dir) {
      writeFileSync(join(dir, 'index.html'), html('<script type="module" src="/src/index.js"></script>'));
      mkdirSync(join(dir, 'public'));
      copyFileSync(STORY, join(dir, 'public/story.json'));
      copyFileSync(APP_CSS, join(dir, 'public/app.css'));
      await promisify(execFile)(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
      return join(dir, 'dist');
    },
  },
  webpack: {
    async build(dir, options = []) {
      await promisify(execFile)(join(BIN, 'webpack'), ['--mode', 'production', '--no-stats', ...options], { cwd: dir });
      const out = join(dir, 'dist');
      writeFileSync(join(out, 'index.html'), html('<script defer src="main.js"></script>'));
      copyFileSync(STORY, join(out, 'story.json'));
      copyFileSync(APP_CSS, join(out, 'app.css'));
      return out;
    },
  },
  // The asset names many webpack configurations ask for: ours kept, then
  // webpack's hash (the copies are still minified, so not checked).
  'webpack with the asset names many configurations set': {
    build: (dir) => BUNDLERS.webpack.build(dir, ['--output-asset-module-filename', '[name].[contenthash][ext]']),
  },
};

let pkg;
before(() => {
  pkg = installedPackage('bundlers');
});
after(() => pkg.remove());

/** A copy of the scratch project with the app's sources, built by `bundler` (once); the folder to serve. */
const builds = {};
const built = (bundler) => (builds[bundler] ??= build(bundler));
async function build(bundler) {
  const dir = join(pkg.scratch, bundler.replaceAll(' ', '-'));
  cpSync(join(pkg.scratch, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
  cpSync(fileURLToPath(new URL('app/src', import.meta.url)), join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  return BUNDLERS[bundler].build(dir);
}

/** The package's files that `out` holds a byte-for-byte copy of, by their names in the package. */
function copiedWhole(out) {
  const content = (path) => readFileSync(path).toString('base64');
  const copies = new Set(readdirSync(out, { recursive: true }).map((name) => join(out, name)).filter((path) => statSync(path).isFile()).map(content));
  return readdirSync(pkg.installed).filter((name) => copies.has(content(join(pkg.installed, name))));
}

for (const bundler of Object.keys(BUNDLERS)) {
  const how = bundler.includes(' ') ? bundler : `${bundler} with no configuration`;
  test(`an app built by ${how} shows both widgets, loading them only near the viewport`, async () => {
    const out = await built(bundler);
    const { url, page, problems, fetched, close } = await servedPage(out, { headers: { 'content-security-policy': STRICT_CSP } });
    try {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      assert.ok(!fetched.some((path) => path.endsWith('.wasm')), `the wasm came before the widget neared the viewport: ${fetched.join(', ')}`);
      for (const selector of ['#pasted', '#mounted trade-timeline']) {
        const widget = page.locator(selector);
        await widget.scrollIntoViewIfNeeded();
        assert.equal(await settled(widget), 'ready', `${selector}: ${problems.join('\n')}`);
        assert.equal(await widget.locator('.tt-title').textContent(), story.title);
        assert.ok(await widget.locator('.tt-event').first().isVisible(), `${selector}: no event shows`);
      }
      assert.deepEqual(problems, []);
      const wasms = fetched.filter((path) => path.endsWith('.wasm'));
      assert.equal(new Set(wasms).size, wasms.length, `each wasm fetched once for both widgets: ${fetched.join(', ')}`);
    } finally {
      await close();
    }
  });
}

test('an app served by Vite\'s dev server shows the widget (the files the server rewrites are not checked there)', async () => {
  const dir = join(pkg.scratch, 'vite');
  await built('vite');
  const { createServer } = await import('vite');
  const server = await createServer({ root: dir, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  const { page, problems, close } = await servedPage(dir);
  try {
    await page.goto(server.resolvedUrls.local[0]);
    const widget = page.locator('#pasted');
    await widget.scrollIntoViewIfNeeded();
    assert.equal(await settled(widget), 'ready', problems.join('\n'));
    assert.equal(await widget.locator('.tt-title').textContent(), story.title);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await server.close();
  }
});

test('Vite copies the widget\'s files byte for byte, and a copy that was changed is refused by its integrity check', async () => {
  const out = join(pkg.scratch, 'vite-changed');
  cpSync(await built('vite'), out, { recursive: true });
  const assets = readdirSync(join(out, 'assets'));
  const shipped = readdirSync(pkg.installed).filter((name) => /\.(wasm|js|css|txt)$/.test(name) && name !== 'trade-timeline.js' && name !== 'frame.js' && !name.startsWith('embed'));
  const whole = copiedWhole(out);
  for (const name of shipped) assert.ok(whole.includes(name), `${name}: no byte-for-byte copy among ${assets.join(', ')}`);
  // A copy changed harmlessly (a comment added to the stylesheet): the
  // widget refuses it, says it could not load, and shows no story.
  const css = assets.find((name) => name.startsWith('trade-timeline.') && name.endsWith('.css'));
  writeFileSync(join(out, 'assets', css), `${readFileSync(join(out, 'assets', css), 'utf8')}\n/* changed */\n`);
  const { url, page, close } = await servedPage(out);
  try {
    await page.goto(url);
    const widget = page.locator('#pasted');
    await widget.scrollIntoViewIfNeeded();
    assert.equal(await settled(widget), 'error');
    assert.equal(await widget.locator('.tt-title').count(), 0);
  } finally {
    await close();
  }
});
