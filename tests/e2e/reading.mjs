// What the reading tests share: the stories and widths they read, opening
// the reading page at a width, and what the strip shows a reader (each label
// and badge with its box and stem) with every way it can fail them.
// The tests are in reading-strip, reading-chart and reading-phone, so that
// the runner can run them side by side.
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

/** The served repository and the browser, for the test file that imports this. */
export const env = {};
before(async () => { Object.assign(env, await open()); });
after(async () => { await env.close(); });

export { pageWithErrors };

export const STORIES = [
  { name: 'the default story', path: '../../../www/data/kazakhstan-china.fr.json' },
  { name: '28 events, several in one month and on one day', path: '../../fixtures/many-events.json' },
  { name: '4 events in one year', path: '../../fixtures/short-year.json' },
  { name: 'a 120-character title', path: '../../fixtures/long-title.json' },
  { name: 'a story in Chinese', path: '../../fixtures/chinese.json', lang: 'zh' },
  { name: 'three units on stacked panels', path: '../../fixtures/three-units.json', lang: 'en' },
];
export const WIDTHS = [320, 375, 700, 1200];

// Every event for a screen reader, and a phone that opens on something to
// read, on the stories above and on a single event, sixty events over two
// years, and titles that are all long.
export const ALSO = [
  { name: 'a single event', path: '../../fixtures/one-event.json' },
  { name: '60 events over two years', path: '../../fixtures/sixty-events.json' },
  { name: 'titles all long', path: '../../fixtures/long-titles.json' },
];

export const json = (path) => JSON.parse(readFileSync(new URL(path, `file://${ROOT}/tests/e2e/pages/`), 'utf8'));

/**
 * The one page every load reuses: a new page costs a renderer (200 ms) and
 * the reading tests load the widget hundreds of times. Its console errors
 * and warnings, and the widget's height at each change of state (read as it
 * happens), are kept for the page's current load.
 */
let shared;
async function sharedPage() {
  if (!shared) {
    const { page, errors } = await pageWithErrors(env.browser);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.addInitScript(() => {
      window.ttStates = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.target.localName === 'trade-timeline') window.ttStates.push([r.target.dataset.state, r.target.getBoundingClientRect().height]);
        }
      }).observe(document, { subtree: true, attributeFilter: ['data-state'] });
    });
    shared = { page, errors, warnings };
  }
  return shared;
}

/**
 * Loads the reading page at `width` on `story` (`reserve`: the height the
 * host reserves, as `--tt-height`) and waits until the widget is ready.
 * Its `context.close()` is kept for the tests' shape: the next load replaces
 * the page.
 */
export async function load(width, story, { reserve } = {}) {
  const { page, errors, warnings } = await sharedPage();
  errors.length = 0;
  warnings.length = 0;
  await page.setViewportSize({ width, height: 900 });
  const query = new URLSearchParams({ story: story.path, ...(story.lang ? { lang: story.lang } : {}), ...(reserve ? { height: reserve } : {}) });
  await page.goto(`${env.url}tests/e2e/pages/reading.html?${query}`);
  const w = page.locator('trade-timeline');
  await w.scrollIntoViewIfNeeded();
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  return { page, errors, warnings, context: { close: async () => {} }, w };
}

/** Opens the reading page at `width` on `story`, the widget ready and at the top of the viewport. */
export async function reading(width, story) {
  const opened = await load(width, story);
  await opened.w.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await opened.page.waitForTimeout(100);
  return opened;
}

/** What the strip shows: each label and badge with its box and stem. */
export function strip(w) {
  return w.evaluate((host) => {
    const root = host.shadowRoot;
    const timeline = root.querySelector('.tt-timeline').getBoundingClientRect();
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    return {
      timeline: box(root.querySelector('.tt-timeline')),
      viewport: { width: innerWidth, height: innerHeight },
      marks: [...root.querySelectorAll('.tt-mark')].map((mark) => {
        const label = mark.querySelector('.tt-event, .tt-cluster');
        const title = mark.querySelector('.tt-event-title');
        const stem = mark.getBoundingClientRect();
        return {
          index: label.dataset.index, text: label.textContent, box: box(label),
          stem: { x: stem.left, top: stem.top, bottom: Math.min(stem.bottom, timeline.bottom) },
          title: title && { box: box(title), whole: title.scrollWidth <= title.clientWidth + 1 && title.scrollHeight <= title.clientHeight + 1 },
        };
      }),
    };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;

/** Every way the strip fails a reader: a title cut or off screen, two labels on each other, a stem through a label. */
export function faults({ timeline, viewport, marks }) {
  const found = [];
  const screen = { left: 0, right: viewport.width, top: -Infinity, bottom: Infinity };
  const shown = marks.filter((m) => m.box.right > timeline.left && m.box.left < timeline.right);
  for (const m of shown) {
    if (m.title && !m.title.whole) found.push(`title cut: ${m.text}`);
    if (m.title && !inside(m.title.box, timeline)) found.push(`title outside the strip: ${m.text}`);
    if (m.title && !inside(m.title.box, screen)) found.push(`title off screen: ${m.text}`);
    for (const o of shown) {
      if (o === m) continue;
      if (m.index < o.index && overlap(m.box, o.box)) found.push(`overlap: ${m.text} / ${o.text}`);
      // A stem along a label's edge is drawn through its border: 2 px apart at least.
      const stemInBox = o.box.left - 2 < m.stem.x && m.stem.x < o.box.right + 2
        && o.box.top < m.stem.bottom && o.box.bottom > m.stem.top;
      if (stemInBox) found.push(`stem of ${m.text} crosses ${o.text}`);
    }
  }
  return found;
}
