// The npm package as a user gets it, for the package's tests: packed by
// scripts/package-npm.mjs (from dist/, which must be built) and installed
// offline into a scratch project; and a page served from a folder, opened
// in headless Chromium with what went wrong on it recorded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { packageNpm } from '../../scripts/package-npm.mjs';
import { startServer } from '../../scripts/serve.mjs';

/** A scratch project with the packed package installed; `remove()` deletes it. */
export function installedPackage(prefix) {
  const scratch = mkdtempSync(join(tmpdir(), `trade-timeline-${prefix}-`));
  const tarball = packageNpm({ destination: scratch });
  writeFileSync(join(scratch, 'package.json'), '{ "name": "scratch", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(scratch, '.npm-cache'), tarball], { cwd: scratch, stdio: 'pipe' });
  return { scratch, installed: join(scratch, 'node_modules/trade-timeline'), remove: () => rmSync(scratch, { recursive: true, force: true }) };
}

/**
 * Serves `root` (with `headers` on every response) and opens a page in
 * Chromium that records its problems (uncaught exceptions, console errors,
 * failed requests, HTTP errors) and the paths it fetched. `close()` ends both.
 */
export async function servedPage(root, { headers = {}, viewport = { width: 1200, height: 800 } } = {}) {
  const { server, url } = await startServer({ root, headers: () => headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport });
  const problems = [];
  const fetched = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    fetched.push(new URL(response.url()).pathname);
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { url, page, problems, fetched, close: async () => { await browser.close(); server.close(); } };
}

/** Waits for the widget `locator` to settle; resolves with its data-state. */
export async function settled(locator, timeout = 15000) {
  await locator.and(locator.page().locator(':is([data-state="ready"], [data-state="error"])')).waitFor({ timeout });
  return locator.getAttribute('data-state');
}
