// Scrollytelling (issue 27): each step's next paint. The page scrolls each
// of eight steps to the reading line in turn; a sample is the time from the
// scroll event to the end of the first frame after the widget selected the
// step's event (the message posted from the select listener runs once that
// frame is rendered). The glide then ends in one drawing, 260 ms later:
// long tasks over the whole walk are counted too.
import { freshPage } from './browser.mjs';
import { within } from './deadline.mjs';

const STEP_TIMEOUT_MS = 10_000;

/** Loads the stepped page at `url` and times each step; returns { steps, longTasks, notes }. */
export async function measureSteps(browser, { url, viewport, cpu, timeoutMs }) {
  const run = await freshPage(browser, { viewport, cpu });
  const { page, errors } = run;
  const notes = [];
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const ready = await within(page.evaluate(() => window.__bench.ready), timeoutMs);
    await page.waitForTimeout(500);
    const count = await page.evaluate(() => document.querySelectorAll('[data-tt-step]').length);
    const steps = [];
    for (let i = 0; i < count; i += 1) {
      const time = await within(page.evaluate((i) => new Promise((resolve) => {
        const step = document.querySelectorAll('[data-tt-step]')[i];
        let t0;
        addEventListener('scroll', () => { t0 ??= performance.now(); }, { capture: true, once: true });
        document.querySelector('trade-timeline').addEventListener('trade-timeline:select', (event) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(event.detail.step === step ? performance.now() - t0 : null);
          channel.port2.postMessage(0);
        }, { once: true });
        scrollBy(0, step.getBoundingClientRect().top - innerHeight / 2 + 10);
      }), i), STEP_TIMEOUT_MS).catch(() => null);
      steps.push(time);
      // The glide and its drawing end before the next step.
      await page.waitForTimeout(400);
    }
    const lost = steps.filter((t) => t == null).length;
    if (lost) notes.push(`${lost} of ${count} steps selected nothing (or another step)`);
    const { longTasks } = await page.evaluate(() => window.__bench.collect(Infinity));
    const before = await page.evaluate((r) => window.__bench.longTasks.filter(([start]) => start < r + 300).length, ready);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { steps: steps.filter((t) => t != null), longTasks: longTasks - before, notes };
  } finally {
    await run.close();
  }
}
