// A reader's paths through the widget in the other engines: Firefox ESR
// (Gecko) and WebKitGTK's MiniBrowser, each driven over WebDriver (see
// driver.mjs). Every test runs once per engine, in one session per engine.
// Console errors, CSP violations, the widget's events and the download links
// come from pages/record.js, which the suite's server puts first in every page.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import {
  ENGINES, ROOT, startSite, openEngine, load, readyState, record, part, texts, focused, until,
} from './driver.mjs';

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8'));
const byDate = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
const points = story.series.reduce((n, s) => n + s.points.length, 0);

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** Waits up to 5 s for `selector`'s text in the widget to be `expected`; returns what it is. */
async function textOf(driver, selector, expected, host = 'trade-timeline') {
  const read = (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent ?? null;
  try {
    await until(driver, (host, selector, expected) => (document.querySelector(host)?.shadowRoot
      ?.querySelector(selector)?.textContent ?? null) === expected, [host, selector, expected], selector, 5_000);
  } catch { /* the caller's assertion reports the difference */ }
  return driver.executeScript(read, host, selector);
}

/** The number of elements matching `selector` in the widget. */
function count(driver, selector, host = 'trade-timeline') {
  return driver.executeScript((host, selector) => document.querySelector(host).shadowRoot
    .querySelectorAll(selector).length, host, selector);
}

/** Presses keys one at a time, as a reader does. */
async function press(driver, ...keys) {
  for (const key of keys) await driver.actions().sendKeys(key).perform();
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let session;
    let driver;
    before(async () => {
      session = await openEngine(engine, { width: 1000, height: 900 });
      driver = session.driver;
    });
    after(async () => { await session?.close(); });

    test(`${engine}: the demo page gets ready without a console error and shows every event`, async () => {
      await load(driver, site.url, 'index.html');
      const shown = await driver.executeScript(() => {
        const root = document.querySelector('trade-timeline').shadowRoot;
        return {
          title: root.querySelector('.tt-title')?.textContent ?? null,
          titles: [...root.querySelectorAll('.tt-event .tt-event-title')].map((e) => e.textContent),
          clustered: [...root.querySelectorAll('.tt-cluster')].reduce((n, badge) => n + Number(badge.dataset.count), 0),
          counted: [...root.querySelectorAll('.tt-edge button')].reduce((n, c) => n + Number(c.textContent.replace(/\D/g, '')), 0),
          visible: [...root.querySelectorAll('.tt-event')].filter((e) => e.getBoundingClientRect().width > 0).length,
        };
      });
      assert.equal(shown.title, story.title);
      // The story opens on the years of its figures. At this width a few
      // titles stand whole on the strip; the others are counted on badges, or
      // at the axis's left end for the events before those years.
      assert.ok(shown.titles.length >= 2, `only ${shown.titles.length} events on the timeline`);
      assert.equal(shown.visible, shown.titles.length, 'every event button has a size');
      const titles = story.events.map((e) => e.title);
      for (const title of shown.titles) assert.ok(titles.includes(title), `"${title}" is one of the story's titles`);
      assert.ok(shown.counted > 0, 'the events before the figures are counted');
      assert.equal(shown.titles.length + shown.clustered + shown.counted, story.events.length,
        'events, cluster counts and the count at the axis\'s end make the story');
      if (process.env.ENGINES_SCREENSHOTS) { // a folder: engines-<engine>.png, the widget at the top
        await driver.executeScript(() => document.querySelector('trade-timeline').scrollIntoView({ block: 'start' }));
        writeFileSync(join(process.env.ENGINES_SCREENSHOTS, `engines-${engine}.png`), await driver.takeScreenshot(), 'base64');
      }
      const { errors, events } = await record(driver);
      assert.deepEqual(errors, []);
      assert.ok(events.some((e) => e.type === 'ready'), `trade-timeline:ready was heard (${JSON.stringify(events)})`);
    });

    test(`${engine}: a screen reader's list holds every event in date order, and activating one opens it`, async () => {
      await load(driver, site.url, 'index.html');
      // What the accessibility tree gets from the list: the buttons outside
      // aria-hidden parts, each named by its label or its text.
      const named = await driver.executeScript(() => [...document.querySelector('trade-timeline').shadowRoot
        .querySelectorAll('.tt-marks button')].filter((b) => !b.closest('[aria-hidden="true"]'))
        .map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent, hidden: Boolean(b.closest('.tt-visually-hidden')), index: b.dataset.index })));
      const names = named.map((b) => b.name);
      let at = -1;
      for (const event of byDate) {
        const found = names.findIndex((name, i) => i > at && name.includes(event.title));
        assert.ok(found > at, `"${event.title}" is listed after the event before it: ${names.join(' | ')}`);
        at = found;
      }
      // The engine's own accessible name of one unseen item (WebDriver's
      // computed label), when the driver can tell it.
      const unseen = named.filter((b) => b.hidden);
      assert.ok(unseen.length > 0, 'the events drawn on no mark of their own are items too');
      const last = unseen.at(-1);
      const button = await driver.executeScript((i) => document.querySelector('trade-timeline').shadowRoot
        .querySelector(`.tt-marks .tt-visually-hidden button[data-index="${i}"]`), last.index);
      const computed = await button.getAccessibleName().catch(() => null);
      if (computed !== null) assert.ok(computed.includes(byDate[Number(last.index)].title), `the engine names it "${computed}"`);
      await driver.executeScript((b) => b.click(), button);
      const title = byDate[Number(last.index)].title;
      assert.equal(await textOf(driver, '.tt-card-title', title), title);
      assert.equal(await count(driver, `.tt-event[data-index="${last.index}"][aria-pressed="true"]`), 1, 'and it is drawn, pressed');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: clicking an event opens its card with its title and date`, async () => {
      await load(driver, site.url, 'index.html');
      // The last event on the strip.
      const last = await driver.executeScript(() => [...document.querySelector('trade-timeline').shadowRoot
        .querySelectorAll('.tt-event')].at(-1));
      const lastId = await last.getAttribute('data-id');
      const event = story.events.find((e) => e.id === lastId);
      await last.click();
      assert.equal(await textOf(driver, '.tt-card-title', event.title), event.title);
      const [date] = await texts(driver, '.tt-card-date');
      assert.ok(date.includes(event.date.slice(0, 4)), `"${date}" gives the year of ${event.date}`);
      // Then the count of earlier events at the axis's left end: the story
      // opens on the years of its figures, and it goes to 1991.
      await driver.sleep(300);
      await (await part(driver, '.tt-edge-start button')).click();
      assert.equal(await textOf(driver, '.tt-card-title', 'Indépendance du Kazakhstan'), 'Indépendance du Kazakhstan');
      assert.equal(await textOf(driver, '.tt-card-date', '16 décembre 1991'), '16 décembre 1991');
      const { events, errors } = await record(driver);
      assert.deepEqual(events.filter((e) => e.type === 'select').map((e) => e.detail), [lastId, 'independance-1991']);
      assert.deepEqual(errors, []);
    });

    test(`${engine}: next and previous step through the events in date order`, async () => {
      await load(driver, site.url, 'index.html');
      assert.equal(await count(driver, '.tt-card'), 0);
      const next = await part(driver, '.tt-next');
      const previous = await part(driver, '.tt-previous');
      const visited = [];
      for (const event of byDate) {
        await next.click();
        visited.push(await textOf(driver, '.tt-card-title', event.title));
      }
      assert.deepEqual(visited, byDate.map((e) => e.title));
      assert.equal(await next.isEnabled(), false, 'nothing after the last event');
      const back = [];
      for (const event of byDate.slice(0, -1).reverse()) {
        await previous.click();
        back.push(await textOf(driver, '.tt-card-title', event.title));
      }
      assert.deepEqual(back, byDate.slice(0, -1).reverse().map((e) => e.title));
      assert.equal(await previous.isEnabled(), false, 'nothing before the first event');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: scrollytelling: each step at the reading line selects its event, scrolling back the previous one`, async () => {
      await load(driver, site.url, 'tests/e2e/pages/steps.html');
      const toLine = (index) => driver.executeScript((index) => {
        const step = document.querySelectorAll('[data-tt-step]')[index];
        scrollTo(0, scrollY + step.getBoundingClientRect().top - document.documentElement.clientHeight / 2 + 10);
      }, index);
      for (const [index, id] of [[0, 'independance-1991'], [1, 'ceinture-economique-2013'], [2, 'xian-40-2023'], [1, 'ceinture-economique-2013']]) {
        await toLine(index);
        await until(driver, (id) => (document.querySelector('trade-timeline').shadowRoot
          .querySelector('.tt-event[aria-pressed="true"]')?.dataset.id ?? null) === id, [id], `step ${index} selecting ${id}`, 5_000);
      }
      const top = await driver.executeScript(() => document.querySelector('trade-timeline').getBoundingClientRect().top);
      assert.ok(top >= -1, `the stepped widget stays in view (top ${top})`);
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: keyboard: Tab reaches the timeline, arrows move, Enter opens, Escape closes and keeps the focus`, async () => {
      await load(driver, site.url, 'index.html');
      let tabs = 0;
      const onTimeline = (e) => e.className.includes('tt-event') || e.className.includes('tt-cluster');
      while (!onTimeline(await focused(driver)) && tabs < 25) {
        await press(driver, Key.TAB);
        tabs += 1;
      }
      const start = await focused(driver);
      assert.ok(onTimeline(start), `Tab reaches the timeline (after ${tabs} presses, on "${start.className}")`);
      // The story opens on the years of its figures: the first mark in view
      // (an event or a badge) holds the tab stop.
      const firstMark = await driver.executeScript(() => {
        const b = document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-marks :is(.tt-event, .tt-cluster)');
        return b.getAttribute('tabindex');
      });
      assert.equal(firstMark, '0', 'the first mark in view holds the tab stop');
      // Arrow keys move from event to event, out of a badge too.
      const focusedIndex = () => driver.executeScript(() => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e?.dataset?.index;
      });
      await press(driver, Key.ARROW_RIGHT);
      await until(driver, () => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e?.dataset?.index !== undefined;
      }, [], 'the focus on an event', 5_000);
      const first = Number(await focusedIndex()) - 1;
      for (let i = first + 2; i <= first + 4; i += 1) {
        await press(driver, Key.ARROW_RIGHT);
        await until(driver, (i) => {
          let e = document.activeElement;
          while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
          return e?.dataset?.index === String(i);
        }, [i], `the focus on event ${i}`, 5_000);
      }
      assert.equal(await count(driver, '.tt-card'), 0, 'moving the focus opens nothing');
      await press(driver, Key.ENTER);
      assert.equal(await textOf(driver, '.tt-card-title', byDate[first + 4].title), byDate[first + 4].title);
      await press(driver, Key.ESCAPE);
      await until(driver, () => !document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-card'),
        [], 'the card to close', 5_000).catch(() => {});
      assert.equal(await count(driver, '.tt-card'), 0, 'Escape closed the card');
      const after = await focused(driver);
      assert.ok(after.className.includes('tt-event'), `the focus is on an event (${after.className})`);
      assert.equal(after.index, String(first + 4), 'the focus stayed on the event that was open');
      await press(driver, Key.ARROW_LEFT);
      await until(driver, (i) => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e?.dataset?.index === String(i);
      }, [first + 3], `the focus on event ${first + 3}`, 5_000);
      await press(driver, Key.ENTER);
      assert.equal(await textOf(driver, '.tt-card-title', byDate[first + 3].title), byDate[first + 3].title,
        'and the keys still work');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: "Voir les données" opens the data tables, with rows of figures`, async () => {
      await load(driver, site.url, 'index.html');
      const summary = await part(driver, '.tt-data > summary');
      assert.equal(await summary.getText(), 'Voir les données');
      assert.equal(await count(driver, '.tt-table'), 0, 'closed at first');
      await summary.click();
      await until(driver, (n) => document.querySelector('trade-timeline').shadowRoot.querySelectorAll('.tt-table').length === n,
        [story.series.length + 2], 'the tables', 5_000).catch(() => {});
      const [events, ...tables] = await driver.executeScript(() => [...document.querySelector('trade-timeline').shadowRoot
        .querySelectorAll('.tt-table')].map((table) => ({
        shown: table.getBoundingClientRect().height > 0,
        rows: [...table.querySelectorAll('tbody tr')].map((row) => row.textContent),
      })));
      assert.equal(tables.length, story.series.length + 1, 'one table per series, and the targets\'');
      assert.equal(events.rows.length, story.events.length, 'and first one of the events, a row each');
      byDate.forEach((event, i) => assert.ok(events.rows[i].includes(event.title), `row ${i}: ${event.title}`));
      tables.slice(0, story.series.length).forEach((table, i) => {
        assert.ok(table.shown, `table ${i} is displayed`);
        assert.equal(table.rows.length, story.series[i].points.length, `table ${i} has a row per figure`);
        for (const row of table.rows) assert.match(row, /\d+,\d|\d{2}/, `a figure in "${row}"`);
      });
      assert.match(tables[0].rows.at(-1), /2024|semestre/);
      assert.ok(tables[0].rows.some((row) => row.includes('43,8')), 'the 2024 figure, written in French');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: the SVG, PNG and CSV download buttons give the chart and the data`, async () => {
      await load(driver, site.url, 'index.html');
      const files = {};
      for (const kind of ['svg', 'png', 'csv']) {
        await (await part(driver, `.tt-download-${kind}`)).click();
        const link = await until(driver, (n) => window.__engines.downloads[n], [Object.keys(files).length],
          `the ${kind} download`, 10_000);
        files[kind] = await driver.executeScript(async (href) => {
          const blob = await (await fetch(href)).blob();
          const bytes = new Uint8Array(await blob.arrayBuffer());
          return { type: blob.type, size: blob.size, text: await blob.text(), head: [...bytes.subarray(0, 24)] };
        }, link.href);
        files[kind].name = link.name;
      }
      const { svg, png, csv } = files;
      assert.match(svg.name, /\.svg$/);
      assert.match(svg.type, /^image\/svg\+xml/);
      assert.match(svg.text, /^<svg [^>]*role="img"/);
      assert.ok(svg.text.includes('<title>'), 'the SVG has a title');
      assert.match(svg.text, />\s*20[123]\d\s*</, 'the time axis in the SVG');
      assert.match(svg.text, /<circle|<polygon|<rect/, 'the marks');
      assert.match(png.name, /\.png$/);
      assert.equal(png.type, 'image/png');
      assert.deepEqual(png.head.slice(0, 8), [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
      const u32 = (bytes, at) => ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
      const canvas = await driver.executeScript(() => {
        const c = document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-canvas');
        return [c.clientWidth, c.clientHeight];
      });
      assert.deepEqual([u32(png.head, 16), u32(png.head, 20)], [canvas[0] * 2, canvas[1] * 2], 'twice the chart\'s size');
      assert.ok(png.size > 10_000, `a PNG of ${png.size} bytes has the drawing`);
      assert.match(csv.name, /\.csv$/);
      assert.match(csv.type, /^text\/csv/);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines[0].split(',')[0], 'series', `the header row: ${lines[0]}`);
      assert.equal(lines.length, points + 1, 'a row per figure');
      const source = story.sources.find((s) => s.id === story.series[0].sources[0]).name;
      assert.ok(lines[1].includes(source), `${lines[1]} names ${source}`);
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: under a strict Content-Security-Policy the widget and the iframe get ready without a violation`, async () => {
      const response = await fetch(`${site.url}tests/e2e/pages/csp.html`);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
      await load(driver, site.url, 'tests/e2e/pages/csp.html');
      await (await part(driver, '.tt-next')).click();
      assert.equal(await textOf(driver, '.tt-card-title', byDate[0].title), byDate[0].title);
      const frame = await driver.executeScript(() => document.querySelector('iframe'));
      await driver.switchTo().frame(frame);
      try {
        await readyState(driver, 'trade-timeline', 'ready');
        const inside = await record(driver);
        assert.deepEqual([inside.errors, inside.violations], [[], []], 'inside the iframe');
      } finally {
        await driver.switchTo().defaultContent();
      }
      const page = await record(driver);
      assert.deepEqual(page.violations, []);
      assert.deepEqual(page.errors, []);
      // The policy is in force and the recorder hears it: an inline style is refused.
      await driver.executeScript(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red; }';
        document.head.append(style);
      });
      const heard = await until(driver, () => window.__engines.violations.length > 0 && window.__engines.violations,
        [], 'the control violation', 5_000).catch(() => []);
      assert.match(String(heard[0]), /^style-src/, 'the control: an inline <style> is reported');
    });

    test(`${engine}: two good widgets and a broken one on one page`, async () => {
      await driver.get(`${site.url}tests/e2e/pages/many.html`);
      await readyState(driver, '#first', 'ready');
      await driver.executeScript(() => document.querySelector('#second').scrollIntoView());
      await readyState(driver, '#second', 'ready');
      await readyState(driver, '#broken', 'error');
      // Worded by the second module, which comes after the error state.
      await driver.wait(async () => await count(driver, '.tt-problems li', '#broken') >= 1, 10_000)
        .catch(() => assert.fail('the broken one lists its problems'));
      const fallback = await driver.executeScript(() => [...document.querySelectorAll('#broken p')]
        .find((p) => p.textContent.includes('contenu de repli')) ?? null);
      assert.ok(fallback, 'the host\'s fallback content is there');
      assert.equal(await fallback.isDisplayed(), true, 'and shown');
      assert.equal(await textOf(driver, '.tt-fit', 'Tout afficher', '#first'), 'Tout afficher');
      assert.equal(await textOf(driver, '.tt-fit', 'Show all', '#second'), 'Show all', 'the second speaks English');
      await (await part(driver, '.tt-next', '#first')).click();
      assert.equal(await textOf(driver, '.tt-card-title', byDate[0].title, '#first'), byDate[0].title);
      assert.equal(await count(driver, '.tt-card', '#second'), 0, 'the other widget is left alone');
      const wasm = await driver.executeScript(() => performance.getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.wasm')).map((r) => r.name));
      const of = (name) => wasm.filter((url) => new RegExp(`/${name}_bg[^/]*\\.wasm$`).test(url)).length;
      assert.equal(of('widget'), 1, `one download of the widget: ${wasm.join(', ')}`);
      assert.equal(of('extras'), 1, `one of the second module, for the broken one: ${wasm.join(', ')}`);
      const { errors, events } = await record(driver);
      assert.deepEqual(errors, []);
      assert.deepEqual(events.filter((e) => e.type !== 'select').map((e) => `${e.type} ${e.id}`).sort(),
        ['error broken', 'ready first', 'ready second']);
    });

    test(`${engine}: in an iframe, the host page's link opens its event, the selection is the host's fragment, and the host's colour reaches the frame`, async () => {
      const en = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.en.json`, 'utf8'));
      const linked = en.events[3];
      await driver.get(`${site.url}tests/e2e/pages/iframe-host.html#tt=${encodeURIComponent(linked.id)}`);
      await driver.switchTo().frame(await driver.executeScript(() => document.querySelector('iframe')));
      try {
        await readyState(driver, 'trade-timeline', 'ready');
        assert.equal(await textOf(driver, '.tt-card-title', linked.title), linked.title, 'the host\'s link opened its event');
        await (await part(driver, '.tt-next')).click();
      } finally {
        await driver.switchTo().defaultContent();
      }
      const next = [...en.events].sort((a, b) => a.date.localeCompare(b.date))
        .find((e, i, sorted) => i > 0 && sorted[i - 1].id === linked.id);
      await until(driver, (id) => location.hash === `#tt=${encodeURIComponent(id)}`, [next.id], 'the host\'s fragment', 5_000);
      await driver.executeScript(() => document.documentElement.style.setProperty('--tt-bg', 'rgb(250, 240, 220)'));
      await driver.switchTo().frame(await driver.executeScript(() => document.querySelector('iframe')));
      try {
        await until(driver, () => getComputedStyle(document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-shell'))
          .backgroundColor === 'rgb(250, 240, 220)', [], 'the host\'s colour in the frame', 5_000);
        assert.deepEqual((await record(driver)).errors, []);
      } finally {
        await driver.switchTo().defaultContent();
      }
    });

    test(`${engine}: a widget in a closed tab and one in a closed accordion load nothing until opened, then fill their width`, async () => {
      await driver.get(`${site.url}tests/e2e/pages/hidden.html`);
      await driver.sleep(800);
      const loaded = () => driver.executeScript(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length);
      assert.equal(await loaded(), 0, 'nothing loaded while both are closed');
      const fits = (host) => driver.executeScript((host) => {
        const element = document.querySelector(host);
        const strip = element.shadowRoot.querySelector('.tt-timeline').getBoundingClientRect();
        const titles = [...element.shadowRoot.querySelectorAll('.tt-event-title')]
          .filter((t) => t.getBoundingClientRect().width > 0 && t.scrollWidth <= t.clientWidth + 1).length;
        return { strip: Math.round(strip.width), element: Math.round(element.getBoundingClientRect().width), titles };
      }, host);
      await driver.executeScript(() => document.querySelector('#tab-graphic').click());
      await readyState(driver, '#tabbed', 'ready');
      const tabbed = await fits('#tabbed');
      assert.ok(Math.abs(tabbed.strip - tabbed.element) <= 1 && tabbed.titles > 0, JSON.stringify(tabbed));
      await driver.executeScript(() => { const d = document.querySelector('#accordion'); d.open = true; d.scrollIntoView(); });
      await readyState(driver, '#folded', 'ready');
      const folded = await fits('#folded');
      assert.ok(Math.abs(folded.strip - folded.element) <= 1 && folded.titles > 0, JSON.stringify(folded));
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: English and Chinese pages get the interface in their language`, async () => {
      await load(driver, site.url, 'tests/e2e/pages/english.html');
      assert.equal(await textOf(driver, '.tt-fit', 'Show all'), 'Show all');
      assert.equal(await textOf(driver, '.tt-data > summary', 'View the data'), 'View the data');
      await (await part(driver, '.tt-next')).click();
      assert.match(await textOf(driver, '.tt-card-date', 'December 16, 1991'), /^(December 16, 1991|16 December 1991)$/);
      assert.match(await texts(driver, '.tt-summary').then((t) => t.join(' ')), /the latest figure, \$43\.8bn in 2024, is also the highest\./);
      assert.deepEqual((await record(driver)).errors, []);

      await load(driver, site.url, 'tests/e2e/pages/chinese.html');
      assert.equal(await textOf(driver, '.tt-fit', '显示全部'), '显示全部');
      assert.equal(await textOf(driver, '.tt-data > summary', '查看数据'), '查看数据');
      assert.equal(await textOf(driver, '.tt-title', story.title), story.title, 'the story as written');
      await (await part(driver, '.tt-next')).click();
      assert.equal(await textOf(driver, '.tt-card-date', '1991年12月16日'), '1991年12月16日');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: stacked panels: a pointer reads each panel's own series, and ↓ goes to the panel under`, async () => {
      await driver.get(`${site.url}tests/e2e/pages/panels.html`);
      await driver.executeScript(() => document.querySelector('#three').scrollIntoView());
      await readyState(driver, '#three', 'ready');
      const tip = () => driver.executeScript(() => document.querySelector('#three').shadowRoot
        .querySelector('.tt-tooltip .tt-tooltip-series')?.textContent ?? '');
      const canvas = await part(driver, 'canvas.tt-canvas', '#three');
      const { height } = await canvas.getRect();
      // Selenium's offsets are from the canvas's centre: near its top is the
      // first panel (trade value), near its bottom the last (China's share).
      // A figure answers within 18 px across, so the pointer moves along
      // until one does, as a reader's would.
      await driver.executeScript(() => document.querySelector('#three').shadowRoot.querySelector('canvas.tt-canvas')
        .scrollIntoView({ block: 'center' }));
      for (const [y, series] of [[-0.35, /Trade value/], [0.35, /China's share/]]) {
        for (const x of [0, 12, 24, 36, 48, 60]) {
          await driver.actions().move({ origin: canvas, x, y: Math.round(height * y) }).perform();
          const shown = await until(driver, () => document.querySelector('#three').shadowRoot
            .querySelector('.tt-tooltip .tt-tooltip-series')?.textContent, [], 'a tooltip', 400).catch(() => null);
          if (shown) break;
        }
        assert.match(await tip(), series, `the pointer ${y < 0 ? 'over the top panel' : 'over the bottom panel'}`);
      }
      await driver.actions().move({ x: 1, y: 1 }).perform();
      await driver.executeScript(() => document.querySelector('#three').shadowRoot.querySelector('canvas.tt-canvas').focus());
      await press(driver, Key.ARROW_RIGHT);
      assert.match(await tip(), /Trade value/, '→ reads the first panel');
      await press(driver, Key.ARROW_DOWN);
      assert.match(await tip(), /Freight/, '↓ goes to the panel under');
      await press(driver, Key.ARROW_UP);
      assert.match(await tip(), /Trade value/, '↑ comes back');
      assert.deepEqual((await record(driver)).errors, []);
    });

    test(`${engine}: at a 375 px phone width the widget fits, with no sideways scrolling`, async () => {
      await driver.get(`${site.url}tests/engines/pages/phone.html`);
      await driver.switchTo().frame(await driver.executeScript(() => document.querySelector('#phone')));
      try {
        // The widget starts loading when it nears the viewport.
        await driver.executeScript(() => document.querySelector('trade-timeline').scrollIntoView());
        await readyState(driver, 'trade-timeline', 'ready');
        // A phone opens on the first event of the window, its card open.
        assert.equal(await textOf(driver, '.tt-card-title', byDate[1].title), byDate[1].title);
        assert.equal(await textOf(driver, '.tt-position', `2 / ${byDate.length}`), `2 / ${byDate.length}`);
        const seen = await driver.executeScript(() => {
          const root = document.querySelector('trade-timeline').shadowRoot;
          const bottom = (selector) => root.querySelector(selector).getBoundingClientRect().bottom;
          return { title: bottom('.tt-card-title'), line: root.querySelector('.tt-card-text p').getBoundingClientRect().top + 20, height: innerHeight };
        });
        assert.ok(seen.title <= seen.height && seen.line <= seen.height, `its title and first line in view: ${JSON.stringify(seen)}`);
        await (await part(driver, '.tt-previous')).click();
        assert.equal(await textOf(driver, '.tt-card-title', byDate[0].title), byDate[0].title);
        const measure = await driver.executeScript(() => {
          const element = document.querySelector('trade-timeline');
          const root = element.shadowRoot;
          const right = (selector) => Math.ceil(root.querySelector(selector).getBoundingClientRect().right);
          return {
            inner: window.innerWidth,
            client: document.documentElement.clientWidth,
            scroll: document.documentElement.scrollWidth,
            widget: element.getBoundingClientRect(),
            canvas: right('.tt-canvas'),
            card: right('.tt-card'),
            controls: right('.tt-controls'),
            wide: [...root.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1
              && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).map((e) => e.className),
          };
        });
        assert.equal(measure.inner, 375, 'the frame is a phone\'s width');
        assert.ok(measure.scroll <= measure.client,
          `the page scrolls sideways: ${measure.scroll} > ${measure.client} (overflowing: ${measure.wide.join(', ')})`);
        assert.ok(measure.widget.width > 300, `the widget uses the width (${measure.widget.width})`);
        for (const what of ['canvas', 'card', 'controls']) {
          assert.ok(measure[what] <= measure.client, `${what} ends at ${measure[what]}, past ${measure.client}`);
        }
        assert.ok(measure.widget.right <= measure.client, `the widget ends at ${measure.widget.right}`);
        assert.deepEqual((await record(driver)).errors, []);
      } finally {
        await driver.switchTo().defaultContent();
      }
    });
  });
}
