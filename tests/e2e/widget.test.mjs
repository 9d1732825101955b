// The interactive widget on the demo page: timeline and chart on one time
// axis, moving together.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8'));

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

async function demo(viewport = { width: 1000, height: 900 }) {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport });
  await page.goto(`${env.url}index.html`);
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  await page.locator('main > trade-timeline .tt-canvas').scrollIntoViewIfNeeded();
  return { page, errors, context, w: page.locator('main > trade-timeline') };
}

const ticks = (w) => w.locator('.tt-tick').allTextContents();
/** Whether the time axis is no longer the one `before` read (zoomed or moved). */
const moved = async (w, before) => JSON.stringify(await ticks(w)) !== JSON.stringify(before);
/** Whether the time axis leaves `before` within two seconds (a wheel's zoom is drawn once the wheel rests). */
async function movesAway(w, before) {
  for (let waited = 0; waited < 2000; waited += 50) {
    if (await moved(w, before)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** The colour of the chart's canvas at CSS pixel (x, y). */
function pixel(page, x, y) {
  return page.locator('main > trade-timeline .tt-canvas').evaluate((canvas, [x, y]) => {
    const ratio = canvas.width / canvas.clientWidth;
    return [...canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
  }, [x, y]);
}

/**
 * Where the chart draws a day and a value once "show all" is pressed (the
 * whole story): the same margins as the Rust geometry.
 */
async function chartPoint(page, isoDay, value) {
  const fit = page.locator('main > trade-timeline .tt-fit');
  if (await fit.isEnabled()) await fit.click();
  const box = await page.locator('main > trade-timeline .tt-canvas').boundingBox();
  const day = (s) => Date.parse(s) / 86400000;
  const [d0, d1] = [day('1991-12-16'), day('2031-01-01')];
  const margin = (d1 - d0) * 0.03;
  const x = 44 + ((day(isoDay) - (d0 - margin)) / ((d1 + margin) - (d0 - margin))) * (box.width - 44 - 12);
  // The plot: 15 px under the canvas's top, 26 over its bottom (the chart is
  // as tall as the reserved height left it).
  const bottom = box.height - 26;
  const y = bottom - (value / 100) * (bottom - 15);
  return { x, y, box };
}

test('clicking an event opens its card with date, text and source links, and marks it pressed', async () => {
  const { page, errors, context, w } = await demo();
  const index = Number(await w.locator('.tt-event').first().getAttribute('data-index'));
  // (The marks are rebuilt around the selection: find it again by its index.)
  const clicked = w.locator(`.tt-event[data-index="${index}"]`);
  await clicked.click();
  assert.equal(await clicked.getAttribute('aria-pressed'), 'true');
  const card = w.locator('.tt-card');
  const byDate = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
  assert.equal(await card.locator('.tt-card-title').textContent(), byDate[index].title);
  // The story opens on the years of its figures (from 2013); the count of
  // earlier events at the axis's left end goes to the nearest of them, 1991.
  const earlier = story.events.filter((e) => e.date < '2013').length;
  assert.equal(await w.locator('.tt-edge-start button').textContent(), `‹ ${earlier}`);
  await w.locator('.tt-edge-start button').click();
  const independence = w.locator('.tt-event[data-index="0"]');
  assert.equal(await independence.getAttribute('aria-pressed'), 'true');
  assert.ok(await independence.isVisible(), 'the 1991 event is on the timeline');
  assert.equal(await card.locator('.tt-card-title').textContent(), 'Indépendance du Kazakhstan');
  assert.equal(await card.locator('.tt-card-date').textContent(), '16 décembre 1991');
  // The first event's source has no URL: its name is plain text, not a link.
  const sourceOf = (event) => story.sources.find((s) => s.id === event.sources[0]);
  assert.equal(sourceOf(story.events[0]).url, undefined);
  assert.ok((await card.locator('.tt-card-sources').textContent()).startsWith(sourceOf(story.events[0]).name));
  assert.equal(await card.locator('.tt-card-sources a').count(), 0);
  // The first event whose source has a URL: reached with "next", its source is a link.
  const linked = story.events.findIndex((e) => sourceOf(e).url);
  assert.ok(linked > 0, 'the story has an event whose source has a URL');
  for (let i = 0; i < linked; i += 1) await w.locator('.tt-next').click();
  await card.locator(`.tt-card-title:text-is("${story.events[linked].title}")`).waitFor();
  const link = card.locator('.tt-card-sources a').first();
  assert.equal(await link.getAttribute('href'), sourceOf(story.events[linked]).url);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.ok((await link.textContent()).startsWith(sourceOf(story.events[linked]).name));
  assert.deepEqual(errors, []);
  await context.close();
});

test('next and previous step through the events in date order', async () => {
  const { context, w } = await demo();
  await w.locator('.tt-next').click();
  assert.equal(await w.locator('.tt-card-title').textContent(), 'Indépendance du Kazakhstan');
  await w.locator('.tt-next').click();
  assert.match(await w.locator('.tt-card-title').textContent(), /ceinture économique/);
  await w.locator('.tt-previous').click();
  assert.equal(await w.locator('.tt-card-title').textContent(), 'Indépendance du Kazakhstan');
  assert.equal(await w.locator('.tt-previous').isDisabled(), true, 'nothing before the first event');
  await context.close();
});

test('an inferred date says so in words on the timeline and in the card', async () => {
  const { context, w } = await demo();
  // "›" up to the first event whose date the sources do not give.
  const sorted = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
  const inferred = sorted.findIndex((e) => e.certainty === 'inferred');
  for (let i = 0; i <= inferred; i += 1) await w.locator('.tt-next').click();
  const card = await w.locator('.tt-card-date').textContent();
  assert.match(card, /\(date déduite\)/);
  const label = await w.locator('.tt-event[aria-pressed="true"] .tt-event-date').textContent();
  assert.match(label, /\(date déduite\)/);
  await context.close();
});

test('a cluster badge counts its events and opens them: zoomed in, or listed when no zoom separates them', async () => {
  const { context, w } = await demo();
  const opening = await ticks(w);
  const badge = w.locator('.tt-cluster').first();
  const count = Number(await badge.textContent());
  const first = Number(await badge.getAttribute('data-first'));
  assert.equal(count, Number(await badge.getAttribute('data-count')));
  await badge.click();
  const listed = await w.locator('.tt-cluster-list .tt-listed').count();
  if (listed) {
    assert.equal(listed, count, 'the list names each of its events');
  } else {
    assert.ok(await moved(w, opening), 'the view zoomed in');
    const own = await w.locator('.tt-event').evaluateAll((es, [f, c]) => es
      .filter((e) => Number(e.dataset.index) >= f && Number(e.dataset.index) < f + c).length, [first, count]);
    assert.ok(own >= 1, `${own} of its ${count} events have a label of their own`);
  }
  await context.close();
});

test('dragging the stage pans both views, and "show all" returns to the whole story', async () => {
  const { page, context, w } = await demo();
  await w.locator('.tt-zoom-in').click();
  await w.locator('.tt-zoom-in').click();
  const before = await ticks(w);
  const box = await w.locator('.tt-stage').first().boundingBox();
  await page.mouse.move(box.x + 600, box.y + 40);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(box.x + 600 - i * 30, box.y + 40);
  await page.mouse.up();
  assert.ok(await movesAway(w, before), 'the timeline axis moved');
  assert.equal(await w.locator('.tt-card').count(), 0, 'a drag does not select');
  await w.locator('.tt-fit').click();
  assert.equal(await w.locator('.tt-fit').isDisabled(), true, 'the whole story is shown');
  await context.close();
});

test('during a drag the marks follow the pointer at once, and land where the new window lays them out', async () => {
  const { page, context, w } = await demo();
  await w.locator('.tt-zoom-in').click();
  await w.locator('.tt-zoom-in').click();
  const stage = await w.locator('.tt-stage').first().boundingBox();
  // An event with a mark of its own near the middle: where it is, by its stem.
  const left = (index) => w.locator(`.tt-event[data-index="${index}"]`).evaluate((b) => b.closest('.tt-mark').getBoundingClientRect().left);
  const index = await w.locator('.tt-event').evaluateAll((buttons, middle) => {
    const x = (b) => b.closest('.tt-mark').getBoundingClientRect().left;
    return buttons.sort((a, b) => Math.abs(x(a) - middle) - Math.abs(x(b) - middle))[0].dataset.index;
  }, stage.x + stage.width / 2);
  const before = await left(index);
  const ticksBefore = await ticks(w);
  const y = stage.y + stage.height - 20;
  await page.mouse.move(stage.x + 300, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i += 1) await page.mouse.move(stage.x + 300 + i * 20, y);
  const during = await left(index);
  assert.ok(Math.abs(during - (before + 120)) <= 1.5, `moved with the pointer during the drag: ${before} → ${during}`);
  assert.deepEqual(await ticks(w), ticksBefore, 'not laid out again during the drag');
  await page.mouse.up();
  assert.ok(await movesAway(w, ticksBefore), 'laid out again once the drag ends');
  const after = await left(index);
  assert.ok(Math.abs(after - during) <= 1.5, `laid out where the drag left it: ${during} → ${after}`);
  assert.equal(await w.locator('.tt-moving').count(), 0);
  await context.close();
});

test('a two-finger pinch on a touch screen zooms the widget in, and a one-finger swipe pans it', async () => {
  const { page, errors, context, w } = await demo({ width: 400, height: 800, hasTouch: true, isMobile: true });
  // A phone opens with a card under the strip: the strip back in view.
  await w.locator('.tt-stage').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const box = await w.locator('.tt-stage').first().boundingBox();
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: points.map(([x, id]) => ({ x: box.x + x, y: box.y + 60, id })),
  });
  const middle = box.width / 2;
  const opening = await ticks(w);
  await touch('touchStart', [[middle - 30, 0], [middle + 30, 1]]);
  for (let i = 1; i <= 8; i += 1) await touch('touchMove', [[middle - 30 - i * 10, 0], [middle + 30 + i * 10, 1]]);
  await touch('touchEnd', []);
  assert.ok(await movesAway(w, opening), 'pinching apart zoomed in');
  const before = await ticks(w);
  await touch('touchStart', [[middle + 80, 0]]);
  for (let i = 1; i <= 8; i += 1) await touch('touchMove', [[middle + 80 - i * 20, 0]]);
  await touch('touchEnd', []);
  assert.ok(await movesAway(w, before), 'the swipe moved the axis');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl + wheel zooms the widget and not the page', async () => {
  const { page, context, w } = await demo();
  const box = await w.locator('.tt-stage').first().boundingBox();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const opening = await ticks(w);
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  assert.ok(await movesAway(w, opening), 'zoomed in');
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'the page did not scroll');
  await context.close();
});

test('a plain wheel over the widget scrolls the page and leaves the zoom alone', async () => {
  const { page, context, w } = await demo({ width: 1000, height: 500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await w.locator('.tt-stage').first().boundingBox();
  const opening = await ticks(w);
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 60, 450));
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.scrollY > 0);
  assert.equal(await moved(w, opening), false);
  await context.close();
});

test('hovering the 2024 figure shows its tooltip: period, value in French, status, series, source', async () => {
  const { page, context } = await demo();
  const { x, y, box } = await chartPoint(page, '2024-07-02', 43.8);
  await page.mouse.move(box.x + x, box.y + y);
  const tooltip = page.locator('main > trade-timeline .tt-tooltip');
  await tooltip.waitFor();
  const text = await tooltip.textContent();
  // The value with the series' short unit, as a newsroom writes it.
  for (const part of ['2024', '43,8 Md$', 'Douanes chinoises', 'publié', 'La Gazette']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  // The point's ring, centred on it, is an element over the canvas.
  const ring = await page.locator('main > trade-timeline .tt-ring').boundingBox();
  assert.ok(Math.abs(ring.x + ring.width / 2 - (box.x + x)) <= 2 && Math.abs(ring.y + ring.height / 2 - (box.y + y)) <= 2,
    `ring at ${JSON.stringify(ring)}, point at ${box.x + x}, ${box.y + y}`);
  assert.equal(Math.round(ring.width), 16);
  await page.mouse.move(box.x + 5, box.y + 5);
  await tooltip.waitFor({ state: 'detached' });
  assert.equal(await page.locator('main > trade-timeline .tt-ring').count(), 0, 'the ring goes with the tooltip');
  await context.close();
});

test('the chart figures and then the targets are reachable by keyboard and show their tooltip', async () => {
  const { page, context, w } = await demo();
  await w.locator('.tt-canvas').focus();
  await page.keyboard.press('Home');
  const tooltip = w.locator('.tt-tooltip');
  assert.match(await tooltip.textContent(), /2013/);
  // After the figures come the targets: the last is the doubling, whose
  // value is our assumption, said in its tooltip.
  await page.keyboard.press('End');
  const doubling = story.targets.find((t) => t.method);
  assert.ok((await tooltip.textContent()).includes(doubling.label), await tooltip.textContent());
  assert.ok((await tooltip.textContent()).includes(doubling.method), 'the method, whole');
  await page.keyboard.press('ArrowLeft');
  assert.match(await tooltip.textContent(), /Objectif/, 'the target before it');
  await context.close();
});

test('one tap on a target line shows its value, where it stands and how its value was reached, inside the widget', async () => {
  for (const width of [320, 375, 700, 1200]) {
    const { page, context, w } = await demo({ width, height: 900 });
    // A phone opens on an event's card: closed first, so that the tap
    // meets the chart as on the other widths.
    await w.evaluate((e) => e.select(null));
    const doubling = story.targets.find((t) => t.method);
    // On the line, between the day it was set and its deadline.
    const { x, y, box } = await chartPoint(page, '2028-01-01', doubling.value);
    await page.mouse.click(box.x + x, box.y + y);
    const tooltip = w.locator('.tt-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.textContent();
    assert.ok(text.includes(doubling.label) && text.includes('87,6 Md$'), `${width} px: ${text}`);
    assert.ok(text.includes(doubling.method), `${width} px: the method is in the tooltip: ${text}`);
    assert.match(text, /reste/, 'its deadline is ahead: what remains');
    const tip = await tooltip.boundingBox();
    const widget = await w.boundingBox();
    assert.ok(tip.x >= widget.x && tip.x + tip.width <= widget.x + widget.width + 0.5, `${width} px: inside across`);
    assert.ok(tip.y >= widget.y && tip.y + tip.height <= widget.y + widget.height + 0.5, `${width} px: inside down`);
    await context.close();
  }
});

test('selecting an event highlights its period on the chart', async () => {
  const { page, context, w } = await demo();
  const { x } = await chartPoint(page, '2015-07-01', 0);
  const before = await pixel(page, x, 120);
  // Step to the 2015 rail event with "›" (its label comes on screen), then tap it.
  // allTextContents does not wait for a card that is not open yet.
  while ((await w.locator('.tt-card-title').allTextContents())[0] !== story.events[3].title) {
    await w.locator('.tt-next').click();
  }
  await w.locator('.tt-event', { hasText: 'rail kazakh' }).click();
  assert.equal(await w.locator('.tt-fit').isDisabled(), true, 'the whole story stays in view: its label made room');
  const after = await pixel(page, x, 120);
  assert.deepEqual(before.slice(0, 3), [255, 255, 255]);
  assert.deepEqual(after.slice(0, 3), [255, 244, 204], 'the year 2015 is shaded in --tt-selected');
  await context.close();
});

test('tapping a figure selects the event of its period', async () => {
  const { page, context, w } = await demo();
  const { x, y, box } = await chartPoint(page, '2023-07-02', 41);
  await page.mouse.click(box.x + x, box.y + y);
  assert.match(await w.locator('.tt-card-title').textContent(), /Table ronde/);
  await context.close();
});

test('the chart redraws at the new width when the page is resized, crisp for the screen density', async () => {
  const { page, context, w } = await demo({ width: 1200, height: 900 });
  const size = () => w.locator('.tt-canvas').evaluate((c) => [c.width, c.clientWidth, window.devicePixelRatio]);
  const [wide, cssWide, ratio] = await size();
  assert.equal(wide, Math.round(cssWide * ratio));
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction(() => {
    const c = document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-canvas');
    return c.width === Math.round(c.clientWidth * window.devicePixelRatio) && c.clientWidth < 400;
  });
  const [narrow] = await size();
  assert.ok(narrow < wide);
  await context.close();
});

test('on a phone at device pixel ratio 3 the canvas backing store is three times its CSS size', async () => {
  const { page, context, w } = await demo({ width: 375, height: 740 });
  await page.close();
  const phone = await env.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 3, hasTouch: true });
  const p = await phone.newPage();
  await p.goto(`${env.url}index.html`);
  await p.locator('main > trade-timeline[data-state="ready"]').waitFor();
  const [backing, css] = await p.locator('main > trade-timeline .tt-canvas').evaluate((c) => [c.width, c.clientWidth]);
  assert.equal(backing, css * 3);
  assert.ok(w);
  await phone.close();
  await context.close();
});
