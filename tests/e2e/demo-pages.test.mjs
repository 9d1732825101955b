// The demo pages as a newcomer meets them (index.html and index.en.html): no
// sideways scroll on a phone, valid HTML for the Nu Html Checker (npm
// vnu-jar, run on Java), and Lighthouse's accessibility and best-practices
// audits. Lighthouse runs once per page, mobile form factor (its default:
// 412 px, emulated), in its own Debian Chromium; the Nu Html Checker starts
// with the suite and runs alongside the browser checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { open, ROOT } from './browser.mjs';

const PAGES = ['index.html', 'index.en.html'];
const WIDTHS = [320, 375, 390];
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const LIGHTHOUSE = 'node_modules/lighthouse/cli/index.js';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

/** Runs `command` in the repository; resolves with its exit code and output (or the spawn error). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', (error) => resolve({ code: null, stdout, stderr, error }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let env;
let checker;
before(async () => {
  checker = run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...PAGES]);
  env = await open();
});
after(async () => { await env?.close(); });

test('in the demo\'s article column at 320 px, every control of the widget shows its label whole, inside the widget', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 740 } });
  const page = await context.newPage();
  for (const name of PAGES) {
    await page.goto(`${env.url}${name}`);
    const widget = page.locator('main trade-timeline[data-state="ready"]').first();
    await widget.waitFor();
    const cut = await widget.evaluate((host) => {
      const right = host.getBoundingClientRect().right + 0.5;
      return [...host.shadowRoot.querySelectorAll('.tt-controls button')]
        .filter((b) => b.scrollWidth > b.clientWidth + 0.5 || b.getBoundingClientRect().right > right)
        .map((b) => `${b.className} "${b.textContent}" ${b.clientWidth}/${b.scrollWidth} px`);
    });
    assert.deepEqual(cut, [], `${name}: labels cut or outside the widget`);
  }
  await context.close();
});

test('neither demo page scrolls sideways at 320, 375 and 390 px, with the start menu filled and an event chosen', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  for (const name of PAGES) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(`${env.url}${name}`);
      await page.locator('main trade-timeline[data-state="ready"]').waitFor();
      // The start menu lists the story's events (long titles) once the widget is ready.
      await page.waitForFunction(() => document.querySelector('select[name="start"]').options.length > 1);
      const longest = await page.locator('select[name="start"] option').evaluateAll(
        (options) => options.reduce((a, b) => (b.text.length > a.text.length ? b : a)).value);
      await page.selectOption('select[name="start"]', longest);
      await page.locator('.event-log li').first().waitFor();
      const { scroll, client, wide } = await page.evaluate(() => {
        const root = document.documentElement;
        return {
          scroll: root.scrollWidth,
          client: root.clientWidth,
          wide: [...document.body.querySelectorAll('*')]
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
            .map((element) => `${element.localName}${element.className ? `.${element.className}` : ''}`)
            .slice(0, 5),
        };
      });
      assert.ok(scroll <= client, `${name} at ${width} px scrolls sideways: ${scroll} > ${client} (${wide.join(', ')})`);
    }
  }
  await context.close();
});

test('the Nu Html Checker finds no errors in either demo page', async () => {
  const { code, stdout, stderr, error } = await checker;
  assert.ok(!error, `java did not start (${error?.message}); scripts/setup.sh test installs it`);
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(stderr || stdout);
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${message.url.replace(/^.*\//, '')}:${message.lastLine}: ${message.message}`);
  assert.deepEqual(errors, []);
  assert.equal(code, 0);
});

test('Lighthouse: accessibility 1 and best practices at least 0.95 on both demo pages', { timeout: 180_000 }, async () => {
  for (const name of PAGES) {
    const { code, stdout, stderr, error } = await run(process.execPath, [
      LIGHTHOUSE, `${env.url}${name}`, '--only-categories=accessibility,best-practices', '--output=json',
      '--output-path=stdout', `--chrome-flags=${CHROME_FLAGS}`, '--quiet',
    ], { CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' });
    assert.ok(!error && code === 0, `lighthouse failed on ${name} (${error?.message ?? `exit ${code}`}): ${stderr.slice(-2000)}`);
    const report = JSON.parse(stdout);
    assert.equal(report.runtimeError, undefined, `${name}: ${JSON.stringify(report.runtimeError)}`);
    // What lowers a score, with the elements it names, for the message.
    const failing = Object.values(report.categories).flatMap((category) => category.auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => {
        const audit = report.audits[ref.id];
        const nodes = (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.source?.url ?? item.url).filter(Boolean);
        return `${category.id}/${ref.id}: ${audit.title} [${nodes.slice(0, 5).join(' | ')}]`;
      }));
    const { accessibility, 'best-practices': practices } = report.categories;
    assert.equal(accessibility.score, 1, `${name}: accessibility ${accessibility.score}\n${failing.join('\n')}`);
    assert.ok(practices.score >= 0.95, `${name}: best practices ${practices.score}\n${failing.join('\n')}`);
  }
});
