// A widget in a closed tab or a closed accordion (a display: none parent)
// costs nothing while closed, then loads and lays out at its width when
// the reader opens it; one hidden while ready and shown again at another
// width lays out at that width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, pageWithErrors } from './browser.mjs';
import { faults, strip } from './reading.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

async function hiddenPage(width) {
  const opened = await pageWithErrors(env.browser, { viewport: { width, height: 900 } });
  const wasm = [];
  opened.page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
  await opened.page.goto(`${env.url}tests/e2e/pages/hidden.html`);
  await opened.page.waitForLoadState('networkidle');
  return { ...opened, wasm };
}

/** Whether the widget fills its element's width, with a strip a reader can read. */
async function laidOut(widget) {
  const [element, timeline, canvas] = await Promise.all([
    widget.boundingBox(),
    widget.locator('.tt-timeline').boundingBox(),
    widget.locator('canvas.tt-canvas').boundingBox(),
  ]);
  assert.ok(Math.abs(timeline.width - element.width) <= 1, `the strip is ${timeline.width} px in ${element.width}`);
  assert.ok(Math.abs(canvas.width - element.width) <= 1, `the chart is ${canvas.width} px in ${element.width}`);
  const shown = await strip(widget);
  assert.ok(shown.marks.some((mark) => mark.title), `no title on the strip: ${shown.marks.map((m) => m.text).join(' | ')}`);
  assert.deepEqual(faults(shown), []);
}

for (const width of [375, 1200]) {
  test(`${width} px: closed, the tab and the accordion load nothing; opened, each widget loads and fills its width`, async () => {
    const { page, errors, context, wasm } = await hiddenPage(width);
    await page.waitForTimeout(500);
    assert.deepEqual(wasm, [], 'nothing loaded while both are closed');
    assert.equal(await page.locator('trade-timeline[data-state="ready"]').count(), 0);

    await page.locator('#tab-graphic').click();
    const tabbed = page.locator('#tabbed');
    await page.locator('#tabbed[data-state="ready"]').waitFor();
    await laidOut(tabbed);

    await page.locator('#accordion summary').click();
    const folded = page.locator('#folded');
    await folded.scrollIntoViewIfNeeded();
    await page.locator('#folded[data-state="ready"]').waitFor();
    await laidOut(folded);
    assert.equal(wasm.filter((url) => /widget_bg/.test(url)).length, 1, 'one wasm for both');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a widget hidden in its tab while the window narrows lays out at the new width when shown again', async () => {
  const { page, errors, context } = await hiddenPage(1200);
  await page.locator('#tab-graphic').click();
  await page.locator('#tabbed[data-state="ready"]').waitFor();
  await page.locator('#tab-text').click();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300);
  await page.locator('#tab-graphic').click();
  const tabbed = page.locator('#tabbed');
  await page.waitForFunction(() => {
    const root = document.querySelector('#tabbed').shadowRoot;
    return root.querySelector('.tt-timeline').getBoundingClientRect().width <= 376;
  });
  await page.waitForTimeout(300);
  await laidOut(tabbed);
  assert.deepEqual(errors, []);
  await context.close();
});
