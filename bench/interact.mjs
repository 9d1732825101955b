// Interactions at 1,000 events: time from a trusted input to the next
// animation frame after the work it causes, several samples each: hover
// (onto a chart point), "next" (click or tap), zoom (Ctrl+wheel or pinch
// over the timeline, or the library's zoom-in button) and pan (drag moves
// on the timeline, after zooming in so there is room to pan).
import { freshPage } from './browser.mjs';
import { DRIVERS } from './drivers.mjs';
import { mouseInput, touchInput } from './input.mjs';
import { within } from './deadline.mjs';

const SAMPLE_TIMEOUT_MS = 10_000;
const pause = (page, ms) => page.waitForTimeout(ms);

// Arms the probe for `types` (the first of them to fire starts the clock),
// acts, and returns the time to the next frame (null when the input never
// reached the page as one of those events).
async function timed(page, types, act) {
  await page.evaluate((t) => window.__bench.arm(t), types);
  await act();
  return within(page.evaluate(() => window.__bench.timed), SAMPLE_TIMEOUT_MS).catch(() => null);
}

// The element's box once scrolled into view; null when the page does not show it.
async function box(page, selector) {
  const target = page.locator(selector).first();
  if (!(await target.isVisible())) return null;
  await target.scrollIntoViewIfNeeded();
  const b = await target.boundingBox();
  return { ...b, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
}

async function hover(page, driver, input, samples, notes) {
  if (!input.hover) return null;
  if (!(await box(page, driver.chart))) return null;
  const xs = Array.from({ length: samples }, (_, i) => 0.15 + (0.7 * i) / Math.max(1, samples - 1));
  const points = await driver.points(page, xs);
  const times = [];
  let shown = 0;
  for (const point of points) {
    await input.hover.away(point.y); // the page's margin: nothing hovered
    await pause(page, 150);
    times.push(await timed(page, input.hover.event, () => input.hover.at(point.x, point.y)));
    if (await driver.shown(page)) shown += 1;
  }
  if (points.length < samples) notes.push(`hover: found ${points.length} of ${samples} chart points`);
  if (shown < points.length) notes.push(`hover: a readout showed after ${shown} of ${points.length} moves`);
  return times;
}

async function next(page, driver, input, samples) {
  const times = [];
  for (let i = 0; i < samples; i += 1) {
    const control = await box(page, driver.next);
    if (!control) return null;
    const { cx, cy } = control;
    times.push(await timed(page, input.tap.event, () => input.tap.at(cx, cy)));
    await pause(page, driver.nextPause ?? 300);
  }
  return times;
}

async function zoom(page, driver, input, samples) {
  const times = [];
  if (driver.zoom === 'ctrl-wheel') {
    const { cx, cy } = await box(page, driver.timeline) ?? {};
    if (cx == null) return null;
    await input.zoom.start(cx, cy);
    for (let i = 0; i < samples; i += 1) {
      times.push(await timed(page, input.zoom.event, input.zoom.step));
      await pause(page, 200);
    }
    await input.zoom.end();
  } else {
    for (let i = 0; i < samples; i += 1) {
      const control = await box(page, driver.zoom);
      if (!control) return null;
      const { cx, cy } = control;
      times.push(await timed(page, input.tap.event, () => input.tap.at(cx, cy)));
      await pause(page, 200);
    }
  }
  return times;
}

async function pan(page, driver, input, samples) {
  const b = await box(page, driver.timeline);
  if (!b) return null;
  let x = b.x + b.width * 0.8;
  const y = b.y + b.height * (driver.panFrom ?? 0.5);
  await input.drag.start(x, y);
  await input.drag.move((x -= 10), y); // past any drag threshold
  await pause(page, 200);
  const times = [];
  for (let i = 0; i < samples; i += 1) {
    times.push(await timed(page, input.drag.event, () => input.drag.move((x -= 30), y)));
    await pause(page, 200);
  }
  await input.drag.end();
  return times;
}

/** Loads `url` (ready within `timeoutMs`) and times each interaction `samples` times. */
export async function measureInteractions(browser, { page: name, url, viewport, cpu, samples, timeoutMs }) {
  const driver = DRIVERS[name];
  const run = await freshPage(browser, { viewport, cpu });
  const { page, cdp, errors } = run;
  const input = viewport === 'phone' ? touchInput(page, cdp) : mouseInput(page);
  const notes = [];
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await within(page.evaluate(() => window.__bench.ready), timeoutMs);
    await pause(page, 500);
    const result = {
      hover: await hover(page, driver, input, samples, notes),
      next: await next(page, driver, input, samples),
      zoom: await zoom(page, driver, input, samples),
      pan: await pan(page, driver, input, samples),
    };
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    for (const [what, times] of Object.entries(result)) {
      const lost = (times ?? []).filter((t) => t == null).length;
      if (lost) notes.push(`${what}: ${lost} of ${times.length} inputs never reached the page as the expected event`);
    }
    return { ...result, input: input.kind, notes };
  } finally {
    await run.close();
  }
}
