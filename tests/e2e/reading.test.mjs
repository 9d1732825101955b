// Reading a story as a reader would, at phone, tablet and desktop widths, on
// the default story and on other journalists' stories (tests/fixtures/):
// every title shown is whole and on screen, no two labels overlap and no
// stem crosses one, "›" always shows the event's title and the start of its
// text, every badge opens, zooming in never lands in empty years, and the
// widget is as tall as what it shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const STORIES = [
  { name: 'the default story', path: '../../../www/data/kazakhstan-china.fr.json' },
  { name: '28 events, several in one month and on one day', path: '../../fixtures/many-events.json' },
  { name: '4 events in one year', path: '../../fixtures/short-year.json' },
  { name: 'a 120-character title', path: '../../fixtures/long-title.json' },
  { name: 'a story in Chinese', path: '../../fixtures/chinese.json', lang: 'zh' },
  { name: 'three units on stacked panels', path: '../../fixtures/three-units.json', lang: 'en' },
];
const WIDTHS = [320, 375, 700, 1200];

const json = (path) => JSON.parse(readFileSync(new URL(path, `file://${ROOT}/tests/e2e/pages/`), 'utf8'));

async function reading(width, story) {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width, height: 900 } });
  const query = new URLSearchParams({ story: story.path, ...(story.lang ? { lang: story.lang } : {}) });
  await page.goto(`${env.url}tests/e2e/pages/reading.html?${query}`);
  const w = page.locator('trade-timeline');
  await w.scrollIntoViewIfNeeded();
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  await w.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(100);
  return { page, errors, context, w };
}

/** What the strip shows: each label and badge with its box and stem. */
function strip(w) {
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
function faults({ timeline, viewport, marks }) {
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

for (const story of STORIES) {
  for (const width of WIDTHS) {
    test(`${story.name} at ${width} px: titles whole and on screen, no overlap, no crossing, "›" shows each event`, async () => {
      const { page, errors, context, w } = await reading(width, story);
      assert.deepEqual(faults(await strip(w)), [], 'on opening');
      const events = json(story.path).events;
      const sameDay = (i) => events.filter((e) => e.date === events[i].date).length > 1;
      // "›" through the whole story: the card's title and the first line of
      // its text are in the viewport, and the strip stays readable.
      const order = [...events].sort((a, b) => a.date.localeCompare(b.date));
      // A phone opens on an event: back to the first with "‹", then "›"
      // through the rest.
      const opened = await w.locator('.tt-card-title').count() > 0;
      if (opened) {
        while (await w.locator('.tt-previous').isEnabled()) await w.locator('.tt-previous').click();
        assert.equal(await w.locator('.tt-card-title').textContent(), order[0].title, '"‹" leads back to the first event');
      }
      for (let i = opened ? 1 : 0; i < events.length; i += 1) {
        await w.locator('.tt-next').click();
        await w.locator('.tt-card-title').waitFor();
        const seen = await w.evaluate((host) => {
          const root = host.shadowRoot;
          const title = root.querySelector('.tt-card-title').getBoundingClientRect();
          const first = root.querySelector('.tt-card-text p').getBoundingClientRect();
          return { title: [title.top, title.bottom], line: [first.top, first.top + 20], text: root.querySelector('.tt-card-title').textContent, height: innerHeight };
        });
        assert.ok(seen.title[0] >= 0 && seen.title[1] <= seen.height, `title in view after › ${i + 1}: ${seen.title}`);
        assert.ok(seen.line[1] <= seen.height, `first line of text in view after › ${i + 1}: ${seen.line}`);
        const index = events.findIndex((e) => e.title === seen.text);
        assert.ok(index >= 0, `the card shows an event of the story: ${seen.text}`);
        if (!sameDay(index)) {
          const pressed = w.locator('.tt-event[aria-pressed="true"]');
          assert.equal(await pressed.count(), 1, `the selected event has its own mark after › ${i + 1} (${seen.text})`);
          const box = await pressed.boundingBox();
          assert.ok(box.x >= -0.5 && box.x + box.width <= width + 0.5, `and it is on screen: ${JSON.stringify(box)}`);
        }
        assert.deepEqual(faults(await strip(w)), [], `after › ${i + 1}`);
      }
      assert.equal(order.length, events.length);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

for (const story of STORIES) {
  for (const width of [375, 1200]) {
    test(`${story.name} at ${width} px: every badge opens, by zooming in or as a list`, async () => {
      const { errors, context, w } = await reading(width, story);
      for (let b = 0; b < await w.locator('.tt-cluster').count(); b += 1) {
        const badge = w.locator('.tt-cluster').nth(b);
        const first = Number(await badge.getAttribute('data-first'));
        const count = Number(await badge.getAttribute('data-count'));
        await badge.click();
        const list = w.locator('.tt-cluster-list');
        if (await list.count()) {
          assert.equal(await list.locator('.tt-listed').count(), count, 'the list names every event of the badge');
          await list.locator('.tt-listed').first().click();
          await w.locator('.tt-card-title').waitFor();
        } else {
          const own = await w.locator('.tt-event').evaluateAll((es, [f, c]) => es
            .map((e) => Number(e.dataset.index)).filter((i) => i >= f && i < f + c), [first, count]);
          assert.ok(own.length >= 1, `zooming in gives at least one of events ${first}–${first + count - 1} its own label`);
        }
        // Back to a known view: nothing selected, the whole story.
        await w.evaluate((e) => e.select(null));
        if (await w.locator('.tt-fit').isEnabled()) await w.locator('.tt-fit').click();
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

for (const story of STORIES) {
  test(`${story.name}: every event is on screen, on a badge or counted at an end of the axis, and a count goes there`, async () => {
    const events = json(story.path).events;
    // The widget's indices follow date order.
    const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
    for (const width of WIDTHS) {
      const { errors, context, w } = await reading(width, story);
      const seen = await w.evaluate((host) => {
        const root = host.shadowRoot;
        const box = (e) => e.getBoundingClientRect();
        const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const edges = [...root.querySelectorAll('.tt-edge button')];
        const ticks = [...root.querySelectorAll('.tt-tick')];
        return {
          shown: root.querySelectorAll('.tt-event').length,
          clustered: [...root.querySelectorAll('.tt-cluster')].reduce((sum, b) => sum + Number(b.dataset.count), 0),
          counted: edges.reduce((sum, e) => sum + Number(e.textContent.replace(/\D/g, '')), 0),
          inside: [...edges, ...ticks].every((e) => box(e).left >= 0 && box(e).right <= innerWidth),
          clear: edges.every((e) => ticks.every((t) => !overlap(box(e), box(t))))
            && ticks.every((t, i) => ticks.slice(i + 1).every((u) => !overlap(box(t), box(u)))),
        };
      });
      assert.equal(seen.shown + seen.clustered + seen.counted, events.length, `${width} px: ${JSON.stringify(seen)}`);
      assert.ok(seen.inside && seen.clear, `${width} px: the counts and the axis's dates are whole on screen, clear of each other (${JSON.stringify(seen)})`);
      // Each count points to its side of the axis, wherever the window is.
      const arrows = () => w.evaluate((host) => [...host.shadowRoot.querySelectorAll('.tt-edge button')]
        .every((b) => (b.parentElement.classList.contains('tt-edge-start') ? /^‹ \d+$/ : /^\d+ ›$/).test(b.textContent)));
      for (const side of ['start', 'end']) {
        const count = w.locator(`.tt-edge-${side} button`);
        if (!(await count.count())) continue;
        const target = Number(await count.getAttribute('data-index'));
        await count.click();
        await w.locator('.tt-card-title').waitFor();
        assert.equal(await w.locator('.tt-card-title').textContent(), sorted[target].title);
        const mark = await w.locator(`.tt-event[data-index="${target}"]`).boundingBox();
        assert.ok(mark && mark.x >= -0.5 && mark.x + mark.width <= width + 0.5, `${width} px, ${side}: the event is on screen`);
        assert.ok(await arrows(), `${width} px, after the ${side} count: each count points to its side`);
        await w.evaluate((e) => e.select(null));
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

for (const story of STORIES.filter((s) => json(s.path).series?.length)) {
  test(`${story.name}: the tooltip of every figure and target is whole inside the widget`, async () => {
    for (const width of WIDTHS) {
      const { errors, context, w } = await reading(width, story);
      // Home, then → until the tooltip stops changing: each item of the chart.
      const boxes = await w.evaluate(async (host) => {
        const root = host.shadowRoot;
        const chart = root.querySelector('.tt-canvas');
        chart.focus();
        const seen = [];
        for (const key of ['Home', ...Array(80).fill('ArrowRight')]) {
          chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const tip = root.querySelector('.tt-tooltip');
          if (!tip || tip.textContent === seen.at(-1)?.text) break;
          const r = tip.getBoundingClientRect();
          seen.push({ text: tip.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        }
        const widget = host.getBoundingClientRect();
        return { seen, widget: { left: widget.left, right: widget.right, top: widget.top, bottom: widget.bottom }, viewport: innerWidth };
      });
      const { seen, widget, viewport } = boxes;
      const figures = json(story.path).series.reduce((n, s) => n + s.points.length, 0);
      assert.ok(seen.length >= Math.min(2, figures), `${width} px: the figures in view each show a tooltip (${seen.length})`);
      for (const tip of seen) {
        assert.ok(tip.left >= widget.left - 0.5 && tip.right <= widget.right + 0.5 && tip.left >= 0 && tip.right <= viewport
          && tip.top >= widget.top - 0.5 && tip.bottom <= widget.bottom + 0.5,
        `${width} px: the tooltip "${tip.text.slice(0, 40)}…" (${tip.left}–${tip.right}, ${tip.top}–${tip.bottom}) inside the widget (${JSON.stringify(widget)})`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test(`${story.name}: on first view the figures span at least 60 % of the chart's width, read from its pixels`, async () => {
    for (const width of WIDTHS) {
      const { context, w } = await reading(width, story);
      // Marks are the only solid 5 × 5 blocks in a series colour: lines,
      // dashes and labels are thinner.
      const span = await w.evaluate((host) => {
        const canvas = host.shadowRoot.querySelector('.tt-canvas');
        const ratio = canvas.width / canvas.clientWidth;
        const { data, width: W, height: H } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        const style = getComputedStyle(host);
        const colours = [1, 2, 3, 4].map((i) => {
          const hex = style.getPropertyValue(`--tt-series-${i}`).trim().replace('#', '');
          return [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
        });
        const tinted = (x, y) => {
          const at = (y * W + x) * 4;
          return colours.some((c) => c.every((v, k) => Math.abs(data[at + k] - v) <= 16));
        };
        const block = Math.round(5 * ratio);
        let [first, last] = [Infinity, -Infinity];
        for (let y = 0; y + block < H; y += 1) {
          for (let x = 0; x + block < W; x += 1) {
            if (!tinted(x, y)) continue;
            let solid = true;
            for (let dy = 0; dy < block && solid; dy += 1) for (let dx = 0; dx < block && solid; dx += 1) solid = tinted(x + dx, y + dy);
            if (solid) [first, last] = [Math.min(first, x), Math.max(last, x + block)];
          }
        }
        const plot = canvas.clientWidth - 44 - 12;
        return { share: (last - first) / ratio / plot, first: first / ratio, last: last / ratio, plot };
      });
      assert.ok(span.share >= 0.6, `${width} px: the figures span ${Math.round(span.share * 100)} % of the plot (${JSON.stringify(span)})`);
      await context.close();
    }
  });
}

for (const story of STORIES.filter((s) => json(s.path).series?.length)) {
  test(`${story.name}: the chart exported as SVG from the opening view has no two texts overlapping, measured in the browser`, async () => {
    for (const width of WIDTHS) {
      const { page, errors, context, w } = await reading(width, story);
      const [download] = await Promise.all([page.waitForEvent('download'), w.locator('.tt-download-svg').click()]);
      const svg = readFileSync(await download.path(), 'utf8');
      // The file drawn on its own, its texts measured with the browser's fonts.
      const boxes = await page.evaluate((svg) => {
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        document.body.append(holder);
        const texts = [...holder.querySelectorAll('text')].filter((t) => t.textContent.trim());
        const found = texts.map((t) => { const b = t.getBBox(); return { text: t.textContent.trim(), box: [b.x, b.y, b.x + b.width, b.y + b.height] }; });
        const root = holder.querySelector('svg');
        const drawing = [root.width.baseVal.value, root.height.baseVal.value];
        holder.remove();
        return { found, drawing };
      }, svg);
      const { found: texts, drawing } = boxes;
      assert.ok(texts.length > 4, `${width} px: the file has its texts (${texts.length})`);
      for (const { text, box } of texts) {
        assert.ok(box[0] >= -0.5 && box[1] >= -0.5 && box[2] <= drawing[0] + 0.5 && box[3] <= drawing[1] + 0.5,
          `${width} px: "${text}" ${box.map(Math.round)} inside the drawing (${drawing})`);
      }
      for (const [i, a] of texts.entries()) {
        for (const b of texts.slice(i + 1)) {
          const apart = a.box[2] <= b.box[0] + 1 || b.box[2] <= a.box[0] + 1 || a.box[3] <= b.box[1] + 1 || b.box[3] <= a.box[1] + 1;
          assert.ok(apart, `${width} px: "${a.text}" ${a.box.map(Math.round)} overlaps "${b.text}" ${b.box.map(Math.round)}`);
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

for (const story of STORIES) {
  test(`${story.name}: four "+" presses still show events, and figures where the story has them`, async () => {
    const { errors, context, w } = await reading(700, story);
    for (let i = 0; i < 4; i += 1) await w.locator('.tt-zoom-in').click();
    assert.ok(await w.locator('.tt-event, .tt-cluster').count() >= 1, 'an event is on screen');
    if (json(story.path).series?.length) {
      const figures = await w.evaluate(async (host) => {
        const chart = host.shadowRoot.querySelector('.tt-canvas');
        // Focus walks the figures in view: at least one is there.
        chart.focus();
        chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return host.shadowRoot.querySelectorAll('.tt-tooltip').length;
      });
      assert.equal(figures, 1, 'a figure is in view');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const story of STORIES) {
  test(`${story.name}: the widget is as tall as what it shows`, async () => {
    for (const width of WIDTHS) {
      const { context, w } = await reading(width, story);
      const gap = await w.evaluate((host) => {
        const shown = [...host.shadowRoot.querySelectorAll('.tt > *')].filter((e) => e.getClientRects().length);
        const bottom = Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
        return host.getBoundingClientRect().bottom - bottom;
      });
      assert.ok(gap <= 32, `${width} px: ${Math.round(gap)} px of blank under the widget`);
      await context.close();
    }
  });
}

test('on a phone, the position reads "n / total", and a swipe on the card goes to the next or previous event', async () => {
  const story = STORIES[0];
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  await page.goto(`${env.url}tests/e2e/pages/reading.html?${new URLSearchParams({ story: story.path })}`);
  const w = page.locator('trade-timeline');
  await w.scrollIntoViewIfNeeded();
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  const events = [...json(story.path).events].sort((a, b) => a.date.localeCompare(b.date));
  // It opens on the first event of its window (1991 is one "‹" away).
  assert.equal(await w.locator('.tt-card-title').textContent(), events[1].title);
  assert.equal((await w.locator('.tt-position').textContent()).trim(), `2 / ${events.length}`);
  await w.locator('.tt-previous').tap();
  assert.equal(await w.locator('.tt-card-title').textContent(), events[0].title);
  assert.equal((await w.locator('.tt-position').textContent()).trim(), `1 / ${events.length}`);
  const cdp = await context.newCDPSession(page);
  const swipe = async (from, to) => {
    const box = await w.locator('.tt-card').boundingBox();
    const y = box.y + Math.min(40, box.height / 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + from, y, id: 0 }] });
    for (let i = 1; i <= 6; i += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + from + ((to - from) * i) / 6, y, id: 0 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(300, 100);
  await page.waitForFunction((t) => document.querySelector('trade-timeline').shadowRoot
    .querySelector('.tt-card-title')?.textContent === t, events[1].title);
  assert.equal((await w.locator('.tt-position').textContent()).trim(), `2 / ${events.length}`);
  await swipe(100, 300);
  await page.waitForFunction((t) => document.querySelector('trade-timeline').shadowRoot
    .querySelector('.tt-card-title')?.textContent === t, events[0].title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story opens on the view its author set, and "›" still reaches an event before it', async () => {
  const story = STORIES[3];
  assert.deepEqual(json(story.path).view, ['2016', '2017']);
  const { errors, context, w } = await reading(1200, story);
  assert.equal(await w.locator('.tt-fit').isEnabled(), true, 'the whole story is not what is shown');
  const years = (await w.locator('.tt-axis .tt-tick').allTextContents()).map((t) => Number(t.match(/\d{4}/)?.[0]));
  assert.ok(years.every((y) => y >= 2016 && y <= 2018), `ticks within the view: ${years}`);
  assert.equal(await w.locator('.tt-event[data-id="a"]').count(), 0, 'the 2015 event is outside the view');
  await w.locator('.tt-next').click();
  assert.equal(await w.locator('.tt-card-title').textContent(), "Visite d'État");
  assert.equal(await w.locator('.tt-event[data-id="a"][aria-pressed="true"]').count(), 1, 'and its label comes into view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Kazakh reader sees Kazakh month names, never the browser\'s "1991 M12 16" fallback', async () => {
  const { page, errors, context, w } = await reading(1200, { path: '../../../www/data/kazakhstan-china.fr.json', lang: 'kk' });
  await w.locator('.tt-next').click();
  const dates = [...await w.locator('.tt-event-date').allTextContents(), ...await w.locator('.tt-card-date, .tt-card time').allTextContents()];
  const ticks = await w.locator('.tt-tick').allTextContents();
  assert.ok(dates.length > 0);
  assert.deepEqual([...dates, ...ticks].filter((text) => /M\d/.test(text)), [], 'no fallback pattern');
  assert.ok(dates.some((text) => /(желтоқсан|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша) \d{4} ж\./.test(text)), dates.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

// Every event for a screen reader, and a phone that opens on something to
// read, on the stories above and on a single event, sixty events over two
// years, and titles that are all long.
const ALSO = [
  { name: 'a single event', path: '../../fixtures/one-event.json' },
  { name: '60 events over two years', path: '../../fixtures/sixty-events.json' },
  { name: 'titles all long', path: '../../fixtures/long-titles.json' },
];

/** The names of the buttons in the timeline's list, as the accessibility tree has them, in order. */
async function listedNames(w) {
  const tree = await w.locator('.tt-marks').ariaSnapshot();
  // A YAML line: `- button "name"`, single-quoted whole when the name holds ": ".
  return tree.split('\n').map((line) => line.trim().replace(/^- /, ''))
    .map((line) => line.match(/^'((?:[^']|'')*)'/)?.[1].replace(/''/g, "'") ?? line)
    .map((line) => line.match(/^button "((?:[^"\\]|\\.)*)"/))
    .filter(Boolean).map((m) => JSON.parse(`"${m[1]}"`));
}

for (const story of [...STORIES, ...ALSO]) {
  test(`${story.name}: a screen reader finds every event in the timeline's list, in date order, and opens any of them`, async () => {
    const events = [...json(story.path).events].sort((a, b) => a.date.localeCompare(b.date));
    for (const width of WIDTHS) {
      const { errors, context, w } = await reading(width, story);
      const names = await listedNames(w);
      let at = -1;
      for (const event of events) {
        const found = names.findIndex((name, i) => i > at && name.includes(event.title));
        assert.ok(found > at, `${width} px: "${event.title}" is an item after the one before it: ${names.join(' | ')}`);
        at = found;
      }
      assert.equal(names.filter((n) => events.some((e) => n.includes(e.title))).length, events.length,
        `${width} px: each event once`);
      // An event drawn on no mark of its own (beyond the window, or on a
      // badge), activated as a screen reader does: it opens and comes into view.
      const hidden = await w.evaluate((host) => [...host.shadowRoot.querySelectorAll('.tt-marks .tt-visually-hidden button[data-index]')]
        .map((b) => Number(b.dataset.index)));
      if (hidden.length) {
        const index = hidden[hidden.length - 1];
        await w.evaluate((host, i) => host.shadowRoot.querySelector(`.tt-marks .tt-visually-hidden button[data-index="${i}"]`).click(), index);
        await w.locator('.tt-card-title').filter({ hasText: events[index].title }).waitFor();
        if (events.filter((e) => e.date === events[index].date).length === 1) {
          const box = await w.locator(`.tt-event[data-index="${index}"][aria-pressed="true"]`).boundingBox();
          assert.ok(box && box.x >= -0.5 && box.x + box.width <= width + 0.5, `${width} px: event ${index} is drawn on screen: ${JSON.stringify(box)}`);
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test(`${story.name}: a phone opens on an event, its title and first line in view; a wider view opens on the strip`, async () => {
    const events = json(story.path).events;
    for (const width of WIDTHS) {
      const { page, errors, context, w } = await reading(width, story);
      const card = await w.evaluate((host) => {
        const root = host.shadowRoot;
        const title = root.querySelector('.tt-card-title');
        const line = root.querySelector('.tt-card-text p');
        const box = (e) => e && e.getBoundingClientRect().toJSON();
        return { title: title?.textContent, box: box(title), line: box(line), position: root.querySelector('.tt-position').textContent.trim() };
      });
      const height = await page.evaluate(() => innerHeight);
      if (width < 600) {
        assert.ok(events.some((e) => e.title === card.title), `${width} px: an event's card is open: ${card.title}`);
        assert.ok(card.box.top >= 0 && card.box.bottom <= height, `${width} px: its title in view: ${JSON.stringify(card.box)}`);
        assert.ok(card.line.top + 20 <= height, `${width} px: and the first line of its text: ${JSON.stringify(card.line)}`);
        assert.match(card.position, new RegExp(`^\\d+ / ${events.length}$`), `${width} px: the position reads`);
        const pressed = await w.locator('.tt-event[aria-pressed="true"] .tt-event-title').count();
        const named = await w.locator('.tt-event[aria-pressed="true"]').count();
        assert.equal(named, 1, `${width} px: its mark is pressed on the strip (${pressed} with its title drawn)`);
      } else {
        assert.equal(card.title, undefined, `${width} px: no card until the reader asks`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test('the data view lists every event in a table beside the figures and targets', async () => {
  const story = STORIES[0];
  const events = [...json(story.path).events].sort((a, b) => a.date.localeCompare(b.date));
  const { errors, context, w } = await reading(375, story);
  await w.locator('.tt-data summary').click();
  const table = w.locator('table.tt-events-table');
  await table.waitFor();
  assert.equal(await table.locator('caption').textContent(), 'Événements');
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows.map((r) => r[1]), events.map((e) => e.title), 'every title, in date order');
  assert.ok(rows.every((r) => r[0].length > 0 && r[3].length > 0), 'each with its date and its sources');
  assert.deepEqual(rows.map((r) => r[2]), events.map((e) => e.category ?? ''), 'and its category');
  assert.ok(await w.locator('.tt-data table:not(.tt-events-table)').count() >= 2, 'the figures and targets are still there');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart in words reads as sentences, each figure once, and no label reads "(GACC) (milliards …)"', async () => {
  for (const [lang, path] of [['fr', '../../../www/data/kazakhstan-china.fr.json'], ['en', '../../../www/data/kazakhstan-china.en.json']]) {
    const { errors, context, w } = await reading(1200, { path, lang });
    await w.locator('.tt-summary').waitFor();
    const summary = await w.locator('.tt-summary').textContent();
    const legend = await w.locator('.tt-legend').textContent();
    for (const text of [summary, legend]) assert.doesNotMatch(text, /\) \(/, `${lang}: ${text}`);
    assert.doesNotMatch(summary, /;/, `${lang}: no semicolon lists: ${summary}`);
    const latest = lang === 'fr' ? /le dernier chiffre, 43,8 Md\$ en 2024, est aussi le plus élevé\./ : /the latest figure, .*43\.8.* in 2024, is also the highest\./;
    assert.match(summary, latest, `${lang}: ${summary}`);
    const latestWords = lang === 'fr' ? /dernier chiffre/g : /latest figure/g;
    assert.equal(summary.match(latestWords).length, 2, `${lang}: one latest figure per series, said once: ${summary}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The strip's band of lanes (above its axis) that no label or badge covers, in pixels. */
function emptyLanes(w) {
  return w.evaluate((host) => {
    const root = host.shadowRoot;
    const top = root.querySelector('.tt-timeline').getBoundingClientRect().top;
    const bottom = root.querySelector('.tt-axis').getBoundingClientRect().top;
    const spans = [...root.querySelectorAll('.tt-event, .tt-cluster')].map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 1).map((r) => [Math.max(top, r.top), Math.min(bottom, r.bottom)]).sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let reach = top;
    for (const [from, to] of spans) {
      if (to > reach) covered += to - Math.max(from, reach);
      reach = Math.max(reach, to);
    }
    return Math.round(bottom - top - covered);
  });
}

for (const story of [...STORIES, ...ALSO]) {
  test(`${story.name}: the strip is as tall as the labels it shows, after every control`, async () => {
    for (const width of WIDTHS) {
      const { errors, context, w } = await reading(width, story);
      const seen = [['on opening', await emptyLanes(w)]];
      // Each control the story allows (a single event has no "›").
      for (const [control, when] of [['.tt-next', 'after ›'], ['.tt-zoom-in', 'after +'], ['.tt-fit', 'after "show all"']]) {
        if (!(await w.locator(control).isEnabled())) continue;
        await w.locator(control).click();
        seen.push([when, await emptyLanes(w)]);
      }
      await w.evaluate((e) => e.select(null));
      seen.push(['with nothing open', await emptyLanes(w)]);
      for (const [when, empty] of seen) assert.ok(empty <= 16, `${width} px, ${when}: ${empty} px of lanes without a label`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

/** Opens the reading page and returns the widget's height while it loaded, once ready, and the console's warnings. */
async function heights(width, story, reserve) {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width, height: 900 } });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The height at each change of state, read as it happens.
  await page.addInitScript(() => {
    window.ttStates = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.target.localName === 'trade-timeline') window.ttStates.push([r.target.dataset.state, r.target.getBoundingClientRect().height]);
      }
    }).observe(document, { subtree: true, attributeFilter: ['data-state'] });
  });
  const query = new URLSearchParams({ story: story.path, ...(reserve ? { height: reserve } : {}) });
  await page.goto(`${env.url}tests/e2e/pages/reading.html?${query}`);
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  await page.waitForTimeout(150);
  const states = await page.evaluate(() => window.ttStates);
  const loading = states.findLast(([state]) => state === 'loading')[1];
  const ready = await page.locator('trade-timeline').evaluate((e) => e.getBoundingClientRect().height);
  return { loading, ready, warnings, errors, context };
}

for (const story of [STORIES[0], { name: 'the default story in English', path: '../../../www/data/kazakhstan-china.en.json' }, ...ALSO]) {
  test(`${story.name}: once ready, the widget is as tall as it was while loading, the page does not move`, async () => {
    for (const width of [320, 340, 375, 414, 500, 600, 700, 900, 1200]) {
      let seen = await heights(width, story);
      await seen.context.close();
      const said = seen.warnings.find((text) => text.includes('--tt-height'));
      if (story.path.includes('kazakhstan-china')) {
        assert.ok(Math.abs(seen.ready - seen.loading) <= 8, `${width} px: ${seen.loading} px while loading, ${seen.ready} px once ready`);
        assert.equal(said, undefined, `${width} px: no advice for the default story`);
      } else if (Math.abs(seen.ready - seen.loading) > 8) {
        // Beyond what the chart takes up, the console says what to reserve;
        // a host that does is not moved.
        const advised = said?.match(/set --tt-height: (\d+)px/)?.[1];
        assert.ok(advised, `${width} px: moved from ${seen.loading} to ${seen.ready} px, and the console says what to set: ${seen.warnings}`);
        seen = await heights(width, story, `${advised}px`);
        await seen.context.close();
        assert.ok(Math.abs(seen.ready - seen.loading) <= 8, `${width} px, ${advised} px reserved: ${seen.loading} px while loading, ${seen.ready} px once ready`);
      }
      assert.deepEqual(seen.errors, []);
    }
  });
}

test('at 375 px with nothing open the widget fits in 1,000 px; the chart in words stays for screen readers and shows with the data', async () => {
  const { errors, context, w } = await reading(375, STORIES[0]);
  await w.evaluate((e) => e.select(null));
  const height = await w.evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height <= 1000, `${height} px`);
  const summary = w.locator('.tt-summary');
  const text = (await summary.textContent()).trim();
  assert.ok((await summary.boundingBox()).height <= 1, 'not drawn twice for sighted readers');
  const tree = await w.locator('.tt').ariaSnapshot();
  assert.ok(tree.includes(text.slice(0, 60)), `in the accessibility tree: ${text.slice(0, 60)}`);
  await w.locator('.tt-data summary').click();
  assert.ok((await summary.boundingBox()).height > 20, 'shown with the data view');
  const wide = await reading(1200, STORIES[0]);
  assert.ok((await wide.w.locator('.tt-summary').boundingBox()).height > 20, 'shown under the chart on a wide screen');
  await wide.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a small phone (320 × 568 px), every "›" keeps the card\'s title and first line on screen', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 320, height: 568 } });
  await page.goto(`${env.url}tests/e2e/pages/reading.html`);
  const w = page.locator('trade-timeline');
  await w.scrollIntoViewIfNeeded();
  await page.locator('trade-timeline[data-state="ready"]').waitFor();
  await w.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  while (await w.locator('.tt-previous').isEnabled()) await w.locator('.tt-previous').click();
  for (let press = 1; await w.locator('.tt-next').isEnabled(); press += 1) {
    await w.locator('.tt-next').click();
    const seen = await w.evaluate((host) => {
      const root = host.shadowRoot;
      const title = root.querySelector('.tt-card-title').getBoundingClientRect();
      const line = root.querySelector('.tt-card-text p').getBoundingClientRect();
      return { title: [title.top, title.bottom], line: line.top + 20, height: innerHeight };
    });
    assert.ok(seen.title[0] >= 0 && seen.line <= seen.height, `› ${press}: ${JSON.stringify(seen)}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
