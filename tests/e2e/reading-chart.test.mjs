// Reading the chart as a reader would, at phone, tablet and desktop widths:
// tooltips whole inside the widget, figures that fill the chart on first
// view, an SVG export without overlapping texts, zooming in that never lands
// in empty years, the chart in words and the data view, and a widget as tall
// as what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STORIES, WIDTHS, json, reading } from './reading.mjs';

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
