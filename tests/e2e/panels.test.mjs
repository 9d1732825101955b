// Several units on one time axis (issue 28): each unit on a panel of its
// own, under the first. A reader hovers or taps a figure on any panel and
// reads its own series; the keyboard walks a panel and goes up and down
// from panel to panel. Fixtures with invented figures (two and three units).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, pageWithErrors } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

async function widget(width, id) {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width, height: 900 } });
  await page.goto(`${env.url}tests/e2e/pages/panels.html`);
  const w = page.locator(`#${id}`);
  await w.scrollIntoViewIfNeeded();
  await page.locator(`#${id}[data-state="ready"]`).waitFor();
  await w.locator('canvas.tt-canvas').scrollIntoViewIfNeeded();
  await page.waitForTimeout(150);
  return { page, errors, context, w };
}

const tip = (w) => w.evaluate((host) => {
  const t = host.shadowRoot.querySelector('.tt-tooltip');
  return t && { series: t.querySelector('.tt-tooltip-series').textContent, value: t.querySelector('.tt-tooltip-value').textContent };
});

for (const width of [375, 1200]) {
  for (const [id, below] of [['two', "China's share"], ['three', 'Freight']]) {
    test(`${width} px, ${id} units: a pointer reads each panel's own series, and ↓ goes to the panel under`, async () => {
      const { page, errors, context, w } = await widget(width, id);
      try {
        const canvas = w.locator('canvas.tt-canvas');
        const box = await canvas.boundingBox();
        assert.ok(box.height >= (id === 'two' ? 2 : 3) * 85, `room for every panel: ${box.height} px`);
        // Over the top of the chart, the first panel's series; near its
        // bottom (the last panel), that panel's.
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.15);
        assert.match((await tip(w))?.series ?? '', /Trade value/);
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.85);
        const last = (await tip(w))?.series ?? '';
        assert.doesNotMatch(last, /Trade value/, 'the lower panel reads its own series');
        await page.mouse.move(0, 0);
        await canvas.focus();
        await page.keyboard.press('ArrowRight');
        assert.match((await tip(w))?.series ?? '', /Trade value/);
        await page.keyboard.press('ArrowDown');
        const under = await tip(w);
        assert.match(under?.series ?? '', new RegExp(below), JSON.stringify(under));
        await page.keyboard.press('ArrowUp');
        assert.match((await tip(w))?.series ?? '', /Trade value/);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('the summary under the chart first says how many panels it stacks and names them, top to bottom', async () => {
  const { errors, context, w } = await widget(375, 'three');
  try {
    const summary = await w.locator('.tt-summary').textContent();
    assert.ok(
      summary.startsWith('The chart stacks 3 panels on one time axis, one per unit, from top to bottom: billions of US dollars; Freight, Mt; percent. '),
      summary,
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
