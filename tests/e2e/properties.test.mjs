// What the styling guide (docs/embedding.md, "Styling") promises a host's
// stylesheet: every `--tt-*` property in its table, set on the element,
// changes what the table says it changes (text, borders, the chart's
// canvas, the reserved height…). The table is read from the guide: a
// property it lists with no check here, or a check for a property it does
// not list, fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

/** The properties in the styling guide's table (`--tt-series-1` … `-4` is four). */
function documentedProperties() {
  const guide = readFileSync(`${ROOT}/docs/embedding.md`, 'utf8');
  const table = guide.slice(guide.indexOf('## Styling'), guide.indexOf('Parts, for `trade-timeline::part'));
  return [...table.matchAll(/^\| `(--tt-[a-z-]+?)(\d)?` (?:… `-(\d)` )?\|/gm)].flatMap(([, name, first, last]) =>
    first ? Array.from({ length: Number(last ?? first) - Number(first) + 1 }, (_, i) => `${name}${Number(first) + i}`) : [name]);
}

const COLOUR = 'rgb(201, 17, 93)';
const many = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/many-events.json`, 'utf8'));
// Four series in one unit, each a copy of the fixture's one, scaled.
const fourSeries = {
  ...many,
  series: [1, 2, 3, 4].map((n) => ({
    ...many.series[0], id: `flows-${n}`, label: `${many.series[0].label} ${n}`,
    points: many.series[0].points.map((p) => ({ ...p, value: Math.round(p.value * (1 + n / 4) * 10) / 10 })),
  })),
};

/**
 * The computed style `property` of the first element matching `selector`
 * in the widget's shadow root, once it is `expected` (a colour may be in
 * its transition) or after a second.
 */
async function styleOf(widget, selector, property, expected = COLOUR) {
  const read = () => widget.evaluate((host, [s, p]) => {
    const element = host.shadowRoot.querySelector(s);
    return element ? getComputedStyle(element)[p] : `no ${s}`;
  }, [selector, property]);
  for (let tries = 0; tries < 20 && (await read()) !== expected; tries += 1) await widget.page().waitForTimeout(50);
  return read();
}

/** The share of the chart's canvas pixels that are exactly `rgb`. */
const canvasShare = (widget, rgb) => widget.evaluate((host, colour) => {
  const canvas = host.shadowRoot.querySelector('canvas.tt-canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const [r, g, b] = colour.match(/\d+/g).map(Number);
  let same = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) same += 1;
  return same / (data.length / 4);
}, rgb);

/** Sets `name` to `value` on the element, rereads the colours, and waits two frames. */
async function set(widget, name, value) {
  await widget.evaluate((host, [n, v]) => { host.style.setProperty(n, v); host.restyle(); }, [name, value]);
  await widget.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
const unset = (widget, name) => widget.evaluate((host, n) => { host.style.removeProperty(n); host.restyle(); }, name);

/**
 * For each property, what it changes, checked on a widget that is ready
 * with an event open (`ready`), one showing four series (`series`), one
 * loading (`loading`) or a refused story in preview (`refused`).
 */
const CHECKS = {
  '--tt-bg': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-shell', 'backgroundColor'), COLOUR, 'the background');
    assert.ok(await canvasShare(w, COLOUR) > 0.3, 'the chart\'s background');
  }],
  '--tt-fg': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-title', 'color'), COLOUR, 'the text');
    assert.ok(await canvasShare(w, COLOUR) > 0.001, 'the chart\'s axes and glyphs');
  }],
  '--tt-muted': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-event-date', 'color'), COLOUR, 'secondary text (an event\'s date)');
    assert.equal(await styleOf(w, '.tt-card-date', 'color'), COLOUR, 'the card\'s date');
  }],
  '--tt-accent': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-cluster', 'backgroundColor'), COLOUR, 'a cluster');
    assert.equal(await styleOf(w, '.tt-event[aria-pressed="true"]', 'borderTopColor'), COLOUR, 'the selected event');
    assert.equal(await styleOf(w, '.tt-card a', 'color'), COLOUR, 'a link');
  }],
  '--tt-on-accent': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-cluster', 'color'), COLOUR, 'the count on a cluster');
  }],
  '--tt-line': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-card', 'borderTopColor'), COLOUR, 'a border');
    assert.ok(await canvasShare(w, COLOUR) > 0.001, 'the chart\'s grid');
  }],
  '--tt-selected': ['ready', async (w) => {
    assert.equal(await styleOf(w, '.tt-event[aria-pressed="true"]', 'backgroundColor'), COLOUR, 'the selected event');
    assert.ok(await canvasShare(w, COLOUR) > 0.001, 'its period on the chart');
  }],
  '--tt-focus': ['ready', async (w) => {
    await w.locator('.tt-next').focus();
    await w.page().keyboard.press('Shift+Tab');
    await w.page().keyboard.press('Tab');
    const ring = await w.evaluate((host) => {
      const focused = host.shadowRoot.activeElement;
      return focused && getComputedStyle(focused).outlineColor;
    });
    assert.equal(ring, COLOUR, 'the focus ring');
  }],
  '--tt-font': ['ready', async (w) => {
    await set(w, '--tt-font', '"Courier New", monospace');
    assert.equal(await styleOf(w, '.tt-title', 'fontFamily', '"Courier New", monospace'), '"Courier New", monospace', 'the font');
  }],
  '--tt-series-1': ['series', (w) => seriesCheck(w, 1)],
  '--tt-series-2': ['series', (w) => seriesCheck(w, 2)],
  '--tt-series-3': ['series', (w) => seriesCheck(w, 3)],
  '--tt-series-4': ['series', (w) => seriesCheck(w, 4)],
  '--tt-error': ['refused', async (w) => {
    assert.equal(await styleOf(w, '.tt-problems', 'borderTopColor'), COLOUR, 'the problems\' frame');
  }],
  '--tt-height': ['loading', async (w, release) => {
    assert.equal(Math.round((await w.boundingBox()).height), 700, 'the height reserved while loading');
    release();
    await w.page().locator('trade-timeline[data-state="ready"]').waitFor();
    assert.equal(Math.round((await w.boundingBox()).height), 700, 'as tall once ready');
  }],
  '--tt-skeleton': ['loading', async (w) => {
    assert.equal(await styleOf(w, '.tt-skeleton', 'backgroundColor'), COLOUR, 'the skeleton');
  }],
};

async function seriesCheck(widget, n) {
  assert.equal(await styleOf(widget, `.tt-legend .tt-swatch-${n}`, 'color'), COLOUR, `series ${n} in the legend`);
  assert.ok(await canvasShare(widget, COLOUR) > 0.0005, `series ${n} on the chart`);
}

test('the styling guide\'s table and these checks name the same properties', () => {
  const documented = documentedProperties();
  assert.ok(documented.length >= 16, `the styling guide's table: ${documented}`);
  assert.deepEqual([...documented].sort(), Object.keys(CHECKS).sort());
});

for (const [name, [state, check]] of Object.entries(CHECKS)) {
  test(`${name}, set on the element, changes what the styling guide says`, async () => {
    const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1200, height: 900 } });
    const widget = page.locator('trade-timeline');
    let release = () => {};
    try {
      if (state === 'loading') {
        const held = new Promise((resolve) => { release = resolve; });
        await page.route(/widget_bg\.[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
        await page.goto(`${env.url}tests/e2e/pages/reading.html?story=../../fixtures/many-events.json`);
        await widget.evaluate((host, n) => host.style.setProperty(n, n === '--tt-height' ? '700px' : 'rgb(201, 17, 93)'), name);
        await widget.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot?.querySelector('.tt-skeleton'));
        await check(widget, release);
      } else if (state === 'refused') {
        await page.goto(`${env.url}tests/e2e/pages/invalid.html`);
        await page.locator('trade-timeline[data-state="error"]').waitFor();
        await widget.locator('.tt-problems').waitFor();
        await set(widget, name, COLOUR);
        await check(widget);
      } else {
        await page.goto(`${env.url}tests/e2e/pages/reading.html?story=../../fixtures/many-events.json`);
        if (state === 'series') await widget.evaluate((host, story) => { host.story = story; }, fourSeries);
        await widget.scrollIntoViewIfNeeded();
        await page.locator('trade-timeline[data-state="ready"]').waitFor();
        await widget.locator('.tt-next').click();
        await widget.locator('.tt-card').waitFor();
        await page.mouse.move(0, 0);
        // Without the property, the widget does not already show the colour.
        assert.ok(await canvasShare(widget, COLOUR) === 0, 'the colour is not on the chart before');
        await set(widget, name, COLOUR);
        await check(widget);
        await unset(widget, name);
      }
      if (state !== 'refused') assert.deepEqual(errors, []);
    } finally {
      release();
      await context.close();
    }
  });
}
