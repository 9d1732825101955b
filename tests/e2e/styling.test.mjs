// What the styling guide (docs/embedding.md, "Styling") promises a host's
// stylesheet: every part it lists for `trade-timeline::part(name)` is on an
// element in the state where it applies. The list is read from the guide,
// so the two cannot drift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

/** The parts the styling guide lists, in its order. */
function documentedParts() {
  const guide = readFileSync(`${ROOT}/docs/embedding.md`, 'utf8');
  const list = guide.match(/Parts, for `trade-timeline::part\(name\) \{ … \}`:([^.]*)\./);
  assert.ok(list, 'the styling guide lists the parts');
  return [...list[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
}

/** The parts on elements inside each widget of the page (its shadow tree). */
const partsShown = (page) => page.evaluate(() => [...document.querySelectorAll('trade-timeline')]
  .flatMap((host) => [...host.shadowRoot.querySelectorAll('[part]')].flatMap((e) => [...e.part])));

test('every part the styling guide lists is on an element of the widget, in the state where it applies', async () => {
  const documented = documentedParts();
  assert.ok(documented.length >= 16, `the styling guide's list: ${documented}`);
  const seen = new Set();
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1200, height: 900 } });
  const widget = page.locator('trade-timeline');
  const note = async () => { for (const part of await partsShown(page)) seen.add(part); };
  /** Opens `path`, brings its widget near and waits for `state`. */
  const visit = async (path, state) => {
    await page.goto(`${env.url}tests/e2e/pages/${path}`);
    await widget.scrollIntoViewIfNeeded();
    if (state) await page.locator(`trade-timeline[data-state="${state}"]`).waitFor();
  };
  const WASM = /widget_bg\.[0-9a-f]+\.wasm$/;
  try {
    // Loading: the shell and its skeleton, while the wasm is on its way.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(WASM, async (route) => { await held; await route.continue(); });
    await visit('reading.html?story=../../fixtures/many-events.json');
    await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot?.querySelector('[part~="skeleton"]'));
    await note();
    release();
    // Ready, with badges on the strip (many events in one month), an event
    // open and the chart hovered.
    await page.locator('trade-timeline[data-state="ready"]').waitFor();
    await widget.locator('.tt-next').click();
    await widget.locator('.tt-card').waitFor();
    const canvas = widget.locator('canvas.tt-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    for (let x = 0.1; x < 0.95 && !(await widget.locator('.tt-tooltip').count()); x += 0.02) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.4);
    }
    await note();
    // The default story, which has notes under its chart.
    await page.unroute(WASM);
    await visit('reading.html', 'ready');
    await note();
    // A good story reports no error (a refused one does, on purpose).
    assert.deepEqual(errors, []);
    // A refused story: its problems for the author (preview), and the one
    // sentence readers get instead.
    await visit('invalid.html', 'error');
    await note();
    await visit('broken.html', 'error');
    await note();
    const missing = documented.filter((part) => !seen.has(part));
    assert.deepEqual(missing, [], `documented parts on no element (seen: ${[...seen].join(', ')})`);
    const undocumented = [...seen].filter((part) => !documented.includes(part));
    assert.deepEqual(undocumented, [], 'every part on an element is in the styling guide\'s list');
  } finally {
    await context.close();
  }
});
