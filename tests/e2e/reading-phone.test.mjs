// Opening a story as a reader would: a phone opens on an event and swipes
// through the card, a screen reader finds every event in the list, the view
// the author set, month names in the reader's language, and a widget whose
// height does not move the page once it is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALSO, STORIES, WIDTHS, env, json, load, pageWithErrors, reading } from './reading.mjs';

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

/** Opens the reading page and returns the widget's height while it loaded, once ready, and the console's warnings. */
async function heights(width, story, reserve) {
  const { page, errors, warnings, context } = await load(width, story, { reserve });
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
