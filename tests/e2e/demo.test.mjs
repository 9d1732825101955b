// The demo page, as `make demo` serves it: the default story appears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8'));

test('the demo page shows every event of the default story, in date order, without console errors', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  const titles = await page.locator('trade-timeline .tt-event-title').allTextContents();
  assert.equal(titles.length, story.events.length);
  const byDate = [...story.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title);
  assert.deepEqual(new Set(titles), new Set(byDate));
  assert.equal(titles[0], byDate[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the demo page on a 375 px phone shows the widget within the viewport width', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 375, height: 740 } });
  await page.goto(`${env.url}index.html`);
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page scrolls sideways: ${width}px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid story shows its located problems in place, and the host fallback content', async () => {
  const { page, context } = await pageWithErrors(env.browser);
  const detail = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('trade-timeline:error', (event) => resolve(event.detail), { once: true });
  }));
  await page.goto(`${env.url}tests/e2e/pages/invalid.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const problems = await page.locator('trade-timeline .tt-problems li').allTextContents();
  assert.equal(problems.length, 4);
  assert.match(problems[0], /^ligne 13, colonne 7 : events\[0\]\.titel/);
  assert.equal((await detail).problems.length, 4);
  assert.ok(await page.getByText('Fallback content from the host').isVisible());
  await context.close();
});

test('a story that cannot be fetched leaves a readable message and throws nothing into the page', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}tests/e2e/pages/missing.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const message = await page.locator('trade-timeline .tt-failure').textContent();
  assert.match(message, /HTTP 404/);
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await context.close();
});
