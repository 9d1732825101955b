// Reading the strip as a reader would, at phone, tablet and desktop widths,
// on the default story and on other journalists' stories (tests/fixtures/):
// every title shown is whole and on screen, no two labels overlap and no
// stem crosses one, "›" always shows the event's title and the start of its
// text, every badge opens, every event is shown or counted, and the strip
// is as tall as its labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALSO, STORIES, WIDTHS, faults, json, reading, strip } from './reading.mjs';

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
