// What the README promises a host's stylesheet: every part it lists for
// `trade-timeline::part(name)` is on an element in the state where it
// applies. The list is read from the README, so the two cannot drift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

/** The parts the README lists, in its order. */
function documentedParts() {
  const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
  const list = readme.match(/Parts, for `trade-timeline::part\(name\) \{ … \}`:([^.]*)\./);
  assert.ok(list, 'the README lists the parts');
  return [...list[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
}

/** The parts on elements inside each widget of the page (its shadow tree). */
const partsShown = (page) => page.evaluate(() => [...document.querySelectorAll('trade-timeline')]
  .flatMap((host) => [...host.shadowRoot.querySelectorAll('[part]')].flatMap((e) => [...e.part])));

test('every part the README lists is on an element of the widget, in the state where it applies', async () => {
  const documented = documentedParts();
  assert.ok(documented.length >= 16, `the README's list: ${documented}`);
  const seen = new Set();
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1200, height: 900 } });
  try {
    // Loading: the shell and its skeleton, while the wasm is on its way.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/widget_bg\.[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${env.url}tests/e2e/pages/reading.html?story=../../fixtures/many-events.json`);
    await page.locator('trade-timeline').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot?.querySelector('[part~="skeleton"]'));
    for (const part of await partsShown(page)) seen.add(part);
    release();
    // Ready, with badges on the strip (many events in one month), an event
    // open and the chart hovered.
    const w = page.locator('trade-timeline[data-state="ready"]');
    await w.waitFor();
    await w.locator('.tt-next').click();
    await w.locator('.tt-card').waitFor();
    const canvas = w.locator('canvas.tt-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    for (let x = 0.1; x < 0.95 && !(await w.locator('.tt-tooltip').count()); x += 0.02) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.4);
    }
    for (const part of await partsShown(page)) seen.add(part);
    // The default story, which has notes under its chart.
    await page.unroute(/widget_bg\.[0-9a-f]+\.wasm$/);
    await page.goto(`${env.url}tests/e2e/pages/reading.html`);
    await page.locator('trade-timeline').scrollIntoViewIfNeeded();
    await page.locator('trade-timeline[data-state="ready"]').waitFor();
    for (const part of await partsShown(page)) seen.add(part);
    // A good story reports no error (a refused one does, on purpose).
    assert.deepEqual(errors, []);
    // A refused story: its problems for the author (preview), and the one
    // sentence readers get instead.
    await page.goto(`${env.url}tests/e2e/pages/invalid.html`);
    await page.locator('trade-timeline[data-state="error"]').waitFor();
    for (const part of await partsShown(page)) seen.add(part);
    await page.goto(`${env.url}tests/e2e/pages/broken.html`);
    await page.locator('trade-timeline[data-state="error"]').waitFor();
    for (const part of await partsShown(page)) seen.add(part);
    const missing = documented.filter((part) => !seen.has(part));
    assert.deepEqual(missing, [], `documented parts on no element (seen: ${[...seen].join(', ')})`);
    const undocumented = [...seen].filter((part) => !documented.includes(part));
    assert.deepEqual(undocumented, [], 'every part on an element is in the README\'s list');
  } finally {
    await context.close();
  }
});
