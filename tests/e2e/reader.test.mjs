// Every reader: accessibility (axe, keyboard, screen-reader announcements,
// reduced motion, target sizes), languages, deep links, downloads, print and
// the fallback without JavaScript or WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8'));
const AXE = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8');

async function ready(page, path = 'index.html', selector = 'trade-timeline') {
  await page.goto(`${env.url}${path}`);
  await page.locator(`${selector}[data-state="ready"]`).first().waitFor();
  return page.locator(selector).first();
}

/** The element that has the keyboard's focus, looking through shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { className: String(element?.className ?? ''), index: element?.dataset?.index, text: element?.textContent ?? '' };
  });
}

/** axe-core's WCAG 2.2 A and AA violations, one line each. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no WCAG 2.2 AA violation in light and dark themes, closed, with an event open and with the data shown', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  for (const theme of ['light', 'dark']) {
    await w.evaluate((element, theme) => element.setAttribute('theme', theme), theme);
    await w.locator('.tt-card').waitFor({ state: 'detached' });
    await page.waitForTimeout(300); // the buttons' 120 ms colour transition
    assert.deepEqual(await axeViolations(page), [], `${theme}, nothing open`);
    await w.locator('.tt-event').first().click();
    await w.locator('.tt-data > summary').click();
    await w.locator('.tt-table').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `${theme}, an event and the data open`);
    await page.keyboard.press('Escape');
    await w.locator('.tt-data > summary').click();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: from the page\'s first Tab to an event\'s card, then to a figure\'s tooltip', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  // Tab from the top of the page until the timeline's one tab stop: the
  // first mark in view (the story opens on the years of its figures), an
  // event or a badge.
  let tabs = 0;
  const onTimeline = (e) => e.className.includes('tt-event') || e.className.includes('tt-cluster');
  while (!onTimeline(await focused(page)) && tabs < 12) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  const start = await focused(page);
  assert.ok(onTimeline(start), `the timeline is reached by Tab (after ${tabs} presses)`);
  const stop = await w.locator('.tt-marks [tabindex="0"]').evaluate((b) => b.dataset.index ?? b.dataset.first);
  assert.equal(await w.locator('.tt-marks :is(.tt-event, .tt-cluster)').first().evaluate((b) => b.dataset.index ?? b.dataset.first), stop,
    'the first mark in view holds the tab stop');
  assert.equal(await w.locator('.tt-event[tabindex="0"], .tt-cluster[tabindex="0"]').count(), 1, 'one tab stop');
  // Arrow keys move the focus from event to event, out of clusters too.
  const focusedIndex = () => page.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e?.dataset?.index;
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e?.dataset?.index !== undefined;
  });
  const first = Number(await focusedIndex()) - 1;
  for (let i = first + 2; i <= first + 4; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((i) => {
      let e = document.activeElement;
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
      return e?.dataset?.index === String(i);
    }, i);
  }
  assert.equal(await w.locator('.tt-card').count(), 0, 'moving the focus opens nothing');
  await page.keyboard.press('Enter');
  const title = await w.locator('.tt-card-title').textContent();
  assert.equal(title, [...story.events].sort((a, b) => a.date.localeCompare(b.date))[first + 4].title);
  // The selection is announced politely: position and title, not the card.
  const live = w.locator('.tt > [role="status"]');
  await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot
    .querySelector('.tt > [role="status"]').textContent.length > 0);
  assert.match(await live.textContent(), new RegExp(`^Événement ${first + 5} sur ${story.events.length}\\s?: ${title}`));
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  // Home and End go to the ends; Escape closes the card, the focus stays.
  await page.keyboard.press('End');
  await page.waitForFunction((n) => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e?.dataset?.index === String(n - 1);
  }, story.events.length);
  await page.keyboard.press('Escape');
  assert.equal(await w.locator('.tt-card').count(), 0);
  // + zooms in without losing the focus.
  const axis = () => w.locator('.tt-tick').allTextContents();
  const before = await axis();
  await page.keyboard.press('+');
  await page.waitForTimeout(100);
  assert.notDeepEqual(await axis(), before, '+ zoomed in');
  assert.ok((await focused(page)).className.includes('tt-event'), 'the focus came back after the re-render');
  // Tab on to the chart: focusing it shows the first figure's tooltip.
  tabs = 0;
  while (!(await focused(page)).className.includes('tt-canvas') && tabs < 6) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.ok((await focused(page)).className.includes('tt-canvas'), 'the chart is the next tab stop');
  await page.keyboard.press('-');
  await page.waitForTimeout(100);
  assert.deepEqual(await axis(), before, '− after + goes back to the opening window');
  await w.locator('.tt-canvas').focus();
  await page.keyboard.press('Home');
  const tooltip = w.locator('.tt-tooltip');
  assert.match(await tooltip.textContent(), /2013/);
  const spoken = w.locator('.tt-chart [role="status"]');
  assert.match(await spoken.textContent(), /^2013\s?: \d/);
  const firstTip = await tooltip.textContent();
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await tooltip.textContent(), firstTip, 'the next figure');
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the card from inside it gives the focus back to its event', async () => {
  const { page, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  const event = w.locator('.tt-event').first();
  const index = await event.getAttribute('data-index');
  await event.click();
  for (const close of [() => page.keyboard.press('Escape'), () => page.keyboard.press('Enter')]) {
    await w.locator('.tt-card-close').focus();
    await close();
    await w.locator('.tt-card').waitFor({ state: 'detached' });
    await page.waitForFunction((index) => {
      let e = document.activeElement;
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
      return e?.dataset?.index === index;
    }, index);
    await page.keyboard.press('Enter');
    await w.locator('.tt-card').waitFor();
  }
  await context.close();
});

test('after the reader clicks elsewhere on the page, a re-render never pulls the focus back', async () => {
  const { page, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  await w.locator('.tt-event').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  await page.locator('h1').click();
  await page.waitForTimeout(100);
  await page.setViewportSize({ width: 600, height: 900 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the focus stays on the page');
  await context.close();
});

test('keyboard focus on the chart alone shows a tooltip, and the focus ring is visible', async () => {
  const { page, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  await w.locator('.tt-canvas').evaluate((canvas) => canvas.scrollIntoView());
  await w.locator('.tt-zoom-in').focus();
  // Past "show all" (enabled: the story opens on the years of its figures).
  for (let tabs = 0; tabs < 4 && !(await focused(page)).className.includes('tt-canvas'); tabs += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok((await focused(page)).className.includes('tt-canvas'));
  await w.locator('.tt-tooltip').waitFor();
  const outline = await w.locator('.tt-canvas').evaluate((c) => getComputedStyle(c).outlineStyle);
  assert.equal(outline, 'solid');
  await context.close();
});

test('the chart has a plain-language summary from the data and a "view the data" table with sources', async () => {
  const { page, context } = await pageWithErrors(env.browser);
  const w = await ready(page);
  const summary = await w.locator('.tt-summary').textContent();
  assert.match(summary, /Douanes chinoises \(GACC\)\s?: le dernier chiffre, 43,8 Md\$ en 2024, est aussi le plus élevé\./);
  assert.match(summary, /Objectif\s?: .+\(reste\s?: [\d,]+\)/);
  assert.equal(await w.locator('.tt-canvas').getAttribute('aria-describedby'), 'tt-chart-summary tt-chart-help');
  assert.equal(await w.locator('.tt-table').count(), 0, 'the tables are built on demand');
  await w.locator('.tt-data > summary').click();
  const tables = w.locator('.tt-table');
  // The disclosure's toggle event comes a task after the click; the tables follow it.
  await tables.nth(story.series.length + 1).waitFor();
  assert.equal(await tables.count(), story.series.length + 2, 'the events\', a table per series, and the targets\'');
  // The targets' table says where each stands and how the assumed value was reached.
  const targets = await tables.last().textContent();
  assert.match(targets, /atteint en 2023, puis remplacé par « 40 Md\$ en 2030 »/);
  assert.match(targets, /nous prenons deux fois le chiffre de 2024/);
  const figures = tables.nth(1);
  const rows = await figures.locator('tbody tr').count();
  assert.equal(rows, story.series[0].points.length);
  assert.equal(await figures.locator('th[scope="col"]').count(), 5);
  assert.match(await figures.locator('tbody tr').last().textContent(), /2024|semestre/);
  assert.ok(await figures.locator('tbody a[rel="noopener noreferrer"]').count() > 0, 'sources are links');
  await context.close();
});

test('reduced motion turns transitions off; every button is at least 24 × 24 px', async () => {
  for (const [reducedMotion, expected] of [['reduce', '0s'], ['no-preference', '0.12s']]) {
    const { page, context } = await pageWithErrors(env.browser, { reducedMotion });
    const w = await ready(page);
    const duration = await w.locator('.tt-event').first().evaluate((e) => getComputedStyle(e).transitionDuration);
    assert.equal(duration, expected, reducedMotion);
    if (reducedMotion === 'reduce') {
      await w.locator('.tt-event').first().click();
      const small = await w.locator('button:visible, summary').evaluateAll((buttons) => buttons
        .map((b) => ({ text: b.className || b.textContent, box: b.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text}: ${box.width}×${box.height}`));
      assert.deepEqual(small, []);
    }
    await context.close();
  }
});

test('the interface language comes from the attribute, else the nearest ancestor, else the document', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 2400 } });
  await page.goto(`${env.url}tests/e2e/pages/languages.html`);
  for (const id of ['own', 'ancestor', 'document']) await page.locator(`#${id}[data-state="ready"]`).waitFor();
  const fit = (id) => page.locator(`#${id} .tt-fit`).textContent();
  assert.equal(await fit('own'), 'Барлығын көрсету', 'lang="kk" on the element');
  assert.equal(await fit('ancestor'), 'Показать всё', 'lang="ru" on an ancestor');
  assert.equal(await fit('document'), 'Tout afficher', 'the document is French');
  assert.equal(await page.locator('#ancestor .tt').getAttribute('lang'), 'ru');
  assert.equal(await page.locator('#ancestor .tt-header').getAttribute('lang'), 'fr', 'the story keeps its language');
  // Dates are the browser's Intl for that language.
  await page.locator('#ancestor .tt-next').click();
  assert.equal(await page.locator('#ancestor .tt-card-date').textContent(), new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1991, 11, 16)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an English page reads English throughout, with English dates and numbers', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  const w = await ready(page, 'tests/e2e/pages/english.html');
  assert.equal(await w.locator('.tt-fit').textContent(), 'Show all');
  assert.equal(await w.locator('.tt-data > summary').textContent(), 'View the data');
  assert.match(await w.locator('.tt-summary').textContent(), /the latest figure, \$43\.8bn in 2024, is also the highest\./);
  await w.locator('.tt-next').click();
  assert.equal(await w.locator('.tt-card-date').textContent(), 'December 16, 1991');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Chinese page gets the interface in Chinese and the French story as written', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  const w = await ready(page, 'tests/e2e/pages/chinese.html');
  assert.equal(await w.locator('.tt-fit').textContent(), '显示全部');
  assert.equal(await w.locator('.tt-data > summary').textContent(), '查看数据');
  assert.equal(await w.locator('.tt-title').textContent(), story.title);
  await w.locator('.tt-next').click();
  assert.equal(await w.locator('.tt-card-date').textContent(), '1991年12月16日');
  assert.match(await w.locator('.tt > [role="status"]').textContent(), /^第 1 个事件，共 13 个/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('deep links: a link opens its event and scrolls to it; selecting writes only the widget\'s part of the hash; copy link', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 700 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${env.url}tests/e2e/pages/deeplink.html#top&tt=visite-xi-2015`);
  const w = page.locator('#linked');
  await page.locator('#linked[data-state="ready"]').waitFor();
  assert.equal(await w.locator('.tt-card').getAttribute('data-id'), 'visite-xi-2015');
  const box = await w.boundingBox();
  assert.ok(box.y < 700 && box.y + box.height > 0, `scrolled into view (y = ${box.y})`);
  // Selecting another event rewrites our part and keeps the page's.
  await w.locator('.tt-next').click();
  const inOrder = [...story.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.id);
  const following = inOrder[inOrder.indexOf('visite-xi-2015') + 1];
  await page.waitForFunction((id) => location.hash === `#top&tt=${id}`, following);
  // Another widget's part is its own; the hash changing opens the event.
  await page.evaluate(() => { location.hash = 'top&tt=independance-1991&second=boao-2024'; });
  await page.waitForFunction(() => document.querySelector('#linked').shadowRoot.querySelector('.tt-card')?.dataset.id === 'independance-1991');
  await page.locator('#other[data-state="ready"]').waitFor();
  await page.waitForFunction(() => document.querySelector('#other').shadowRoot.querySelector('.tt-card')?.dataset.id === 'boao-2024');
  // Closing removes only our part; the page's own anchors leave the card alone.
  await w.locator('.tt-card-close').click();
  await page.waitForFunction(() => location.hash === '#top&second=boao-2024');
  await page.evaluate(() => { location.hash = 'top'; });
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#other .tt-card').getAttribute('data-id'), 'boao-2024', 'a page anchor closes nothing');
  await page.evaluate(() => { location.hash = 'top&second=boao-2024'; });
  // Copy link puts this event's link on the clipboard.
  await w.locator('.tt-next').click();
  const id = await w.locator('.tt-card').getAttribute('data-id');
  await w.locator('.tt-copy-link').click();
  await w.locator('.tt-card-share [role="status"]', { hasText: 'Lien copié' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).hash, `#top&second=boao-2024&tt=${id}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the clipboard refuses, the card shows the link to copy by hand', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(`${env.url}tests/e2e/pages/deeplink.html#tt=boao-2024`);
  const w = page.locator('#linked');
  await page.locator('#linked[data-state="ready"]').waitFor();
  await w.locator('.tt-copy-link').click();
  const link = w.locator('.tt-card-share [role="status"] a');
  await link.waitFor();
  assert.equal(new URL(await link.getAttribute('href')).hash, '#tt=boao-2024');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without the hash attribute, the page\'s hash is never touched and there is no copy link', async () => {
  const { page, context } = await pageWithErrors(env.browser);
  const w = await ready(page, 'index.html#tt=visite-xi-2015');
  assert.equal(await w.locator('.tt-card').count(), 0);
  await w.locator('.tt-next').click();
  assert.equal(await page.evaluate(() => location.hash), '#tt=visite-xi-2015');
  assert.equal(await w.locator('.tt-copy-link').count(), 0);
  await context.close();
});

test('downloads: the chart as SVG and PNG, the data as CSV with sources', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  const fetchDownload = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), w.locator(button).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const svg = await fetchDownload('.tt-download-svg');
  assert.match(svg.name, /\.svg$/);
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg [^>]*role="img"/);
  assert.ok(text.includes(`<title>${story.title.replace(/'/g, '&#39;').replace(/&/g, '&amp;')}</title>`) || text.includes('<title>'), 'a title');
  assert.match(text, />\s*20[123]\d\s*</, 'the time axis in the file');
  assert.match(text, /<circle|<polygon|<rect/, 'the marks');
  const png = await fetchDownload('.tt-download-png');
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  const [cssWidth, cssHeight] = await w.locator('.tt-canvas').evaluate((c) => [c.clientWidth, c.clientHeight]);
  assert.equal(png.bytes.readUInt32BE(16), cssWidth * 2, 'twice the chart\'s width');
  assert.equal(png.bytes.readUInt32BE(20), cssHeight * 2, 'twice its height, as it is on screen');
  const csv = await fetchDownload('.tt-download-csv');
  assert.match(csv.name, /\.csv$/);
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0].split(',')[0], 'series');
  const points = story.series.reduce((n, s) => n + s.points.length, 0);
  assert.equal(lines.length, points + 1);
  const sourceName = story.sources.find((s) => s.id === story.series[0].sources[0]).name;
  assert.ok(lines[1].includes(sourceName), `${lines[1]} names ${sourceName}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file whose code cannot be fetched is said to be unavailable, and the next try works', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 375, height: 800 } });
  // The second module (downloads) cannot be fetched: the network is down.
  let offline = true;
  await page.route(/extras/, (route) => (offline ? route.abort() : route.continue()));
  const w = await ready(page);
  await w.locator('.tt-download-csv').click();
  const said = w.locator('.tt-download-failed');
  await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-download-failed').textContent !== '');
  assert.match(await said.textContent(), /pas pu être préparé/);
  assert.ok(await said.isVisible(), 'the reader sees it');
  offline = false;
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('.tt-download-csv').click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.equal(await said.textContent(), '', 'the message goes once a file is made');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e)), [], 'only the refused fetches');
  await context.close();
});

test('data tables whose code cannot be fetched are said to be unavailable, and the next opening builds them', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 375, height: 800 } });
  let offline = true;
  await page.route(/extras/, (route) => (offline ? route.abort() : route.continue()));
  const w = await ready(page);
  await w.locator('.tt-data > summary').click();
  const said = w.locator('.tt-data-failed');
  await page.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-data-failed').textContent !== '');
  assert.match(await said.textContent(), /n'ont pas pu être chargées/);
  assert.ok(await said.isVisible(), 'the reader sees it');
  offline = false;
  await w.locator('.tt-data > summary').click(); // closed
  await w.locator('.tt-data > summary').click(); // opened again: tried again
  await w.locator('.tt-tables .tt-table').first().waitFor();
  assert.equal(await w.locator('.tt-tables .tt-table').count(), story.series.length + 2);
  assert.equal(await said.textContent(), '', 'the message goes once the tables are there');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource: net::ERR_FAILED|did not load/.test(e)), [], 'only the refused fetches');
  await context.close();
});

test('printed, the widget is static and complete: every event with date and sources, the whole chart, no controls', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  const w = await ready(page);
  await w.locator('.tt-zoom-in').click();
  await page.emulateMedia({ media: 'print' });
  const items = w.locator('.tt-events > li');
  await page.waitForFunction((n) => document.querySelector('trade-timeline').shadowRoot
    .querySelectorAll('.tt-events > li').length === n, story.events.length);
  const printed = await items.all();
  for (const item of printed) {
    assert.match(await item.locator('.tt-sources').textContent(), /^Sources\s?: \S/);
    assert.ok((await item.locator('.tt-card-date').textContent()).length > 3);
  }
  // Each event's text reads in the paragraphs its author wrote, on paper as
  // in the card (print once put a whole text in one paragraph).
  const paragraphs = (text) => text.split('\n\n').map((p) => p.trim()).filter(Boolean);
  const split = story.events.findIndex((e) => paragraphs(e.text).length > 1);
  assert.ok(split >= 0, 'the story has a text of several paragraphs');
  const item = items.filter({ has: page.locator(`.tt-card-title:text-is("${story.events[split].title}")`) });
  assert.deepEqual(await item.locator('.tt-card-text > p').allTextContents(), paragraphs(story.events[split].text));
  assert.match(await w.locator('.tt-print .tt-sources a[href]').first()
    .evaluate((a) => getComputedStyle(a, '::after').content), /\(https?:/, 'a printed link shows its address');
  assert.equal(await w.locator('.tt-print .tt-table').count(), story.series.length + 1);
  for (const hidden of ['.tt-controls', '.tt-timeline', '.tt-tools']) {
    assert.equal(await w.locator(hidden).evaluate((e) => getComputedStyle(e).display), 'none', hidden);
  }
  assert.equal(await w.locator('.tt-canvas').isVisible(), true, 'the chart prints');
  assert.equal(await w.locator('.tt-fit').isDisabled(), true, 'the whole story is drawn');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a PDF prints');
  await page.emulateMedia({ media: 'screen' });
  await w.locator('.tt-print').waitFor({ state: 'detached' });
  assert.equal(await w.locator('.tt-fit').isEnabled(), true, 'the reader\'s zoom comes back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the fallback content is readable; without WebAssembly too', async () => {
  const noScript = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(`${env.url}tests/e2e/pages/fallback.html`);
  assert.equal(await page.locator('#fallback').isVisible(), true);
  await noScript.close();
  const { page: p, context } = await pageWithErrors(env.browser);
  await p.addInitScript(() => { delete globalThis.WebAssembly; });
  await p.goto(`${env.url}tests/e2e/pages/fallback.html`);
  await p.locator('trade-timeline[data-state="error"]').waitFor();
  assert.equal(await p.locator('#fallback').isVisible(), true);
  await context.close();
});

test('the fallback `trade-timeline render` writes is what a reader without WebAssembly sees inside the element', async () => {
  const built = `${ROOT}/target/debug/trade-timeline`;
  const html = existsSync(built)
    ? execFileSync(built, ['render', 'www/data/kazakhstan-china.fr.json'], { cwd: ROOT, encoding: 'utf8' })
    : execFileSync('cargo', ['run', '--quiet', '--', 'render', 'www/data/kazakhstan-china.fr.json'], { cwd: ROOT, encoding: 'utf8' });
  mkdirSync(`${ROOT}/target/e2e`, { recursive: true });
  writeFileSync(`${ROOT}/target/e2e/render.html`, `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <title>Rendered fallback</title><link rel="icon" href="data:,">
    <script type="module" src="../../dist/trade-timeline.js"></script></head>
    <body><trade-timeline src="../../www/data/kazakhstan-china.fr.json">${html}</trade-timeline></body></html>`);
  const { page, context } = await pageWithErrors(env.browser);
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(`${env.url}target/e2e/render.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const fallback = page.locator('trade-timeline > .tt-fallback');
  assert.equal(await fallback.isVisible(), true);
  assert.equal(await fallback.locator('ol > li').count(), story.events.length);
  assert.equal(await fallback.locator('time[datetime="1991-12-16"]').textContent(), '16 décembre 1991');
  assert.equal(await fallback.locator('table').count(), story.series.length + 1);
  assert.equal(await fallback.locator('svg[role="img"] title').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
