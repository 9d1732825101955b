// Scrollytelling: the article's own paragraphs (data-tt-step) step the
// widget as they reach the reading line, the middle of the viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1200, height: 900 };
// A glide lasts 260 ms; the selection follows it.
const SETTLE = 600;
// The date of each event of the story the pages step through.
const DATES = Object.fromEntries(JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8')).events.map((e) => [e.id, e.date]));

async function stepsPage(viewport, page = 'steps.html') {
  const opened = await pageWithErrors(env.browser, { viewport });
  const warnings = [];
  opened.page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await opened.page.addInitScript(() => {
    window.selects = [];
    window.readies = [];
    document.addEventListener('trade-timeline:select', (event) => window.selects.push({ widget: event.target.id, id: event.detail.id, step: event.detail.step?.dataset?.ttStep ?? null }));
    document.addEventListener('trade-timeline:ready', (event) => window.readies.push({ widget: event.target.id, warnings: event.detail.warnings.map((w) => w.text) }));
  });
  await opened.page.goto(`${env.url}tests/e2e/pages/${page}`);
  return { ...opened, warnings };
}

/** Scrolls so that step `index` (of `selector`) has just passed the reading line. */
async function toLine(page, index, selector = '[data-tt-step]') {
  await page.evaluate(([index, selector]) => {
    const step = document.querySelectorAll(selector)[index];
    scrollTo(0, scrollY + step.getBoundingClientRect().top - document.documentElement.clientHeight / 2 + 10);
  }, [index, selector]);
  await page.waitForTimeout(SETTLE);
}

/** What the reader sees of widget `id`: its box, the selected event and its label in the strip, whether the window is the whole story. */
function seen(page, id = 'relations') {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    const root = element.shadowRoot;
    const box = element.getBoundingClientRect();
    const pressed = root.querySelector('.tt-event[aria-pressed="true"]');
    const strip = root.querySelector('.tt-timeline')?.getBoundingClientRect();
    const label = pressed?.getBoundingClientRect();
    const title = pressed?.querySelector('.tt-event-title');
    return {
      top: box.top, bottom: box.bottom, height: box.height,
      chartBottom: root.querySelector('.tt-canvas')?.getBoundingClientRect().bottom,
      selected: pressed?.dataset.id ?? null,
      title: title?.textContent ?? null,
      titleWhole: Boolean(title && title.scrollWidth <= title.clientWidth + 1 && title.scrollHeight <= title.clientHeight + 1),
      labelInStrip: Boolean(label && strip && label.left >= strip.left - 1 && label.right <= strip.right + 1 && label.top >= strip.top - 1 && label.bottom <= strip.bottom + 1),
      wholeStory: root.querySelector('.tt-fit')?.disabled ?? null,
      card: Boolean(root.querySelector('.tt-card')?.checkVisibility?.()),
      scrollY,
    };
  }, id);
}

/**
 * The chart's shaded band (the selected event's period) and where the strip's
 * time scale puts the period `date` ("2015", "2022-09" or "2013-09-07"):
 * `{ shaded, expected }`, each `[left, right]` in page px, or null when not found.
 * The strip and the chart share one time scale, so a chart that does not
 * follow the strip's window shades elsewhere, or wider or narrower.
 */
function band(page, date, id = 'relations') {
  return page.evaluate(([date, id, dates]) => {
    const root = document.getElementById(id).shadowRoot;
    const day = (text) => {
      const [y, m = 1, d = 1] = text.split('-').map(Number);
      return Date.UTC(y, m - 1, d) / 864e5;
    };
    const after = (text) => {
      const [y, m, d] = text.split('-').map(Number);
      return d ? day(text) + 1 : m ? Date.UTC(y, m, 1) / 864e5 : Date.UTC(y + 1, 0, 1) / 864e5;
    };
    // The strip's scale, from two of its places of known day: a year tick
    // (centred on 1 January) or an event's mark (its stem on the first day).
    const known = [
      ...[...root.querySelectorAll('.tt-tick')].filter((t) => /^\d{4}$/.test(t.textContent.trim()))
        .map((t) => { const b = t.getBoundingClientRect(); return [day(t.textContent.trim()), (b.left + b.right) / 2]; }),
      ...[...root.querySelectorAll('.tt-mark:not(.tt-mark-cluster) .tt-event[data-id]')]
        .map((e) => [day(dates[e.dataset.id]), e.closest('.tt-mark').getBoundingClientRect().left]),
    ].sort((p, q) => p[0] - q[0]);
    let expected = null;
    if (known.length >= 2 && known.at(-1)[0] > known[0][0]) {
      const [[d0, x0], [d1, x1]] = [known[0], known.at(-1)];
      const x = (d) => x0 + ((d - d0) * (x1 - x0)) / (d1 - d0);
      expected = [x(day(date)), x(after(date))];
    }
    let shaded = null;
    for (const canvas of root.querySelectorAll('.tt-chart canvas')) {
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      // A column is in the band when most of its rows have the band's colour
      // (a line's soft edge over the background is a pixel here and there).
      const votes = new Array(canvas.width).fill(0);
      for (let row = 0; row < canvas.height; row += 4) {
        for (let column = 0; column < canvas.width; column++) {
          const i = (row * canvas.width + column) * 4;
          const [r, g, b, a] = pixels.slice(i, i + 4);
          if (a > 200 && r > 240 && g > 225 && b < 225 && r - b > 25) votes[column]++;
        }
      }
      const most = Math.max(...votes);
      const inBand = votes.flatMap((n, column) => (most > 0 && n >= most / 2 ? [column] : []));
      const [left, right] = [inBand[0], inBand.at(-1) + 1];
      if (right > left) shaded = [box.left + left / ratio, box.left + right / ratio];
    }
    return { shaded, expected };
  }, [date, id, DATES]);
}

/** Asserts that the chart shades the period `date` where the strip puts it. */
async function assertBand(page, date, what, id) {
  const { shaded, expected } = await band(page, date, id);
  assert.ok(shaded, `${what}: the chart shades a period`);
  assert.ok(expected, `${what}: the strip shows two places of known date`);
  const centre = ([l, r]) => (l + r) / 2;
  const width = ([l, r]) => r - l;
  const [got, want] = [shaded.map(Math.round), expected.map(Math.round)];
  assert.ok(Math.abs(centre(shaded) - centre(expected)) <= 3 && Math.abs(width(shaded) - Math.max(width(expected), 4)) <= Math.max(3, 0.1 * width(expected)),
    `${what}: the chart shades ${date} where the strip has it (shaded ${got}, the strip's ${want})`);
}

const STEPS = ['independance-1991', 'ceinture-economique-2013', 'xian-40-2023', '', 'doubler-2030'];

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: each step at the reading line selects its event, its title whole in the strip and its period shaded on the chart, the widget in view`, async () => {
    const { page, errors, context } = await stepsPage(viewport);
    await page.locator('trade-timeline[data-state="ready"]').waitFor();
    for (const [index, id] of STEPS.entries()) {
      await toLine(page, index);
      const now = await seen(page);
      assert.ok(now.top >= -1, `step ${index}: the widget's top is in view (top ${now.top})`);
      assert.ok(now.chartBottom <= viewport.height + 1, `step ${index}: the strip and the chart are in the viewport (chart's bottom ${now.chartBottom})`);
      if (viewport === PHONE) {
        assert.ok(now.height <= 0.6 * viewport.height, `step ${index}: on a phone the widget takes at most 60 % of the viewport (${now.height} px)`);
        assert.equal(now.card, false, 'on a phone the stepped widget shows no card');
      }
      if (id) {
        assert.equal(now.selected, id, `step ${index} selects its event`);
        assert.ok(now.titleWhole && now.labelInStrip, `step ${index}: "${now.title}" is whole, in the strip`);
        await assertBand(page, DATES[id], `step ${index}`);
      } else {
        assert.equal(now.selected, null, 'the whole-story step selects no event');
        assert.equal(now.wholeStory, true, 'the whole-story step shows all of it ("Tout afficher" has nothing left to do)');
      }
    }
    const selects = await page.evaluate(() => window.selects);
    assert.deepEqual(selects.map((s) => s.step), STEPS.map((id) => id), 'each selection names the step that made it');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the demo\'s step-by-step section, on a phone and a wide screen: at each step the strip and the chart show the same period, the widget whole in view and its height kept', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, errors, context } = await stepsPage(viewport, '../../../index.html');
    // The widget loads as it nears the viewport.
    await page.locator('#pas-a-pas').scrollIntoViewIfNeeded();
    await page.locator('#pas-a-pas[data-state="ready"]').waitFor();
    const ids = await page.locator('#pas-a-pas ~ .steps [data-tt-step]').evaluateAll((ps) => ps.map((p) => p.dataset.ttStep));
    assert.ok(ids.length >= 5, 'the section has its steps');
    const heights = new Set();
    for (const [index, id] of ids.entries()) {
      await toLine(page, index, '#pas-a-pas ~ .steps [data-tt-step]');
      const now = await seen(page, 'pas-a-pas');
      const what = `${viewport.width} px, step ${index}`;
      assert.ok(now.top >= -1 && now.chartBottom <= viewport.height + 1, `${what}: the strip and the chart are in view (${now.top}, ${now.chartBottom})`);
      if (!id) continue;
      assert.equal(now.selected, id, `${what} selects its event`);
      assert.ok(now.titleWhole && now.labelInStrip, `${what}: "${now.title}" is whole, in the strip`);
      await assertBand(page, DATES[id], what, 'pas-a-pas');
      heights.add(Math.round(now.height));
    }
    if (viewport === PHONE) assert.equal(heights.size, 1, `on a phone the widget keeps one height (${[...heights]})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('scrolling back selects the previous step\'s event; above the first step the widget is as it opened', async () => {
  const { page, context } = await stepsPage(DESKTOP);
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  const opened = await seen(page);
  await toLine(page, 2);
  assert.equal((await seen(page)).selected, 'xian-40-2023');
  await toLine(page, 1);
  assert.equal((await seen(page)).selected, 'ceinture-economique-2013');
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(SETTLE);
  const top = await seen(page);
  assert.equal(top.selected, opened.selected, 'above the first step, the selection it opened with');
  await context.close();
});

test('a step opens no card and a reader\'s tap opens one, honoured until the next step reaches the reading line; "›" goes to the next step without scrolling', async () => {
  const { page, context } = await stepsPage(DESKTOP);
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  await toLine(page, 2);
  assert.equal((await seen(page)).card, false, 'a step opens no card: its paragraph is the text');
  const other = page.locator('trade-timeline .tt-event:not([aria-pressed="true"])').first();
  const otherId = await other.getAttribute('data-id');
  await other.click();
  await page.waitForTimeout(SETTLE);
  assert.equal((await seen(page)).selected, otherId, 'the tapped event is selected');
  assert.equal((await seen(page)).card, true, "on a wide screen the reader's tap opens the event's card");
  await page.mouse.wheel(0, 40);
  await page.waitForTimeout(SETTLE);
  assert.equal((await seen(page)).selected, otherId, 'a little scrolling within the step leaves the reader\'s choice');
  const readerSelect = (await page.evaluate(() => window.selects)).at(-1);
  assert.equal(readerSelect.step, null, 'a selection the reader made names no step');
  await toLine(page, 3);
  await toLine(page, 4);
  assert.equal((await seen(page)).selected, 'doubler-2030', `the next step takes over (${JSON.stringify(await page.evaluate(() => window.selects))})`);
  await toLine(page, 0);
  const before = await seen(page);
  await page.locator('trade-timeline .tt-next').click();
  await page.waitForTimeout(SETTLE);
  const after = await seen(page);
  assert.equal(after.selected, 'ceinture-economique-2013', '"›" goes to the next step\'s event');
  assert.equal(after.scrollY, before.scrollY, 'and does not scroll the page');
  await context.close();
});

test('a step reached before the widget is ready is applied once it is, and a fling lands on the last step', async () => {
  const { page, context } = await stepsPage(PHONE);
  await page.evaluate(() => {
    const step = document.querySelectorAll('[data-tt-step]')[2];
    scrollTo(0, scrollY + step.getBoundingClientRect().top - document.documentElement.clientHeight / 2 + 10);
  });
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  await page.waitForTimeout(SETTLE);
  assert.equal((await seen(page)).selected, 'xian-40-2023');
  await page.evaluate(() => {
    const steps = document.querySelectorAll('[data-tt-step]');
    const line = document.documentElement.clientHeight / 2;
    for (const step of [steps[0], steps[3], steps[4]]) scrollTo(0, scrollY + step.getBoundingClientRect().top - line + 10);
  });
  await page.waitForTimeout(SETTLE);
  assert.equal((await seen(page)).selected, 'doubler-2030');
  await context.close();
});

test('two stepped widgets follow their own steps, and steps that name nothing are warned of with the nearest name', async () => {
  const { page, context, warnings } = await stepsPage(DESKTOP, 'steps-two.html');
  await page.locator('#fr').scrollIntoViewIfNeeded();
  await page.locator('#fr[data-state="ready"]').waitFor();
  await toLine(page, 0);
  assert.equal((await seen(page, 'fr')).selected, 'visas-2023');
  await toLine(page, 3);
  await page.locator('#en[data-state="ready"]').waitFor();
  await page.waitForTimeout(SETTLE);
  assert.equal((await seen(page, 'en')).selected, 'visite-xi-2015');
  assert.equal((await seen(page, 'fr')).selected, 'visas-2023', 'the other widget keeps its step');
  const readies = await page.evaluate(() => window.readies);
  const fr = readies.find((r) => r.widget === 'fr').warnings.join('\n');
  assert.match(fr, /step 2 .*no event has the id "visas-2032"; did you mean "visas-2023"\?/);
  assert.match(fr, /step 3 .*data-tt-window="2025\/2020" is not a span/);
  assert.match(fr, /step 5 .*data-tt-for="eng" names no widget on the page; did you mean "en"\?/);
  assert.match(fr, /step 6 .*2 widgets with steps; say which one with data-tt-for/);
  assert.ok(warnings.some((w) => w.includes('visas-2032')), 'the console says it too');
  await toLine(page, 1);
  assert.equal((await seen(page, 'fr')).selected, 'visas-2023', 'an unknown id does nothing');
  await context.close();
});

test('in an iframe, the host page\'s steps drive the widget inside embed.html through frame.js', async () => {
  const { page, context } = await stepsPage(PHONE, 'steps-iframe.html');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#frame');
  await frame.locator('trade-timeline[data-state="ready"]').waitFor();
  const selected = () => frame.locator('.tt-event[aria-pressed="true"]').getAttribute('data-id', { timeout: 2000 }).catch(() => null);
  await toLine(page, 0);
  assert.equal(await selected(), 'visas-2023');
  await toLine(page, 1);
  assert.equal(await selected(), 'doubler-2030');
  const selects = await page.evaluate(() => window.selects);
  assert.deepEqual(selects.at(-1), { widget: 'frame', id: 'doubler-2030', step: 'doubler-2030' }, 'the iframe\'s select event names the host\'s step');
  await context.close();
});
