// Embedding: one snippet in a page the newsroom does not control. Each test
// page under pages/ was made for one point of the embedding contract.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, pageWithErrors, ROOT } from './browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const STORY = '/www/data/kazakhstan-china.fr.json';
const story = JSON.parse(readFileSync(`${ROOT}${STORY}`, 'utf8'));
const page = (name) => `${env.url}tests/e2e/pages/${name}`;
const ready = (p, selector = 'trade-timeline') => p.locator(`${selector}[data-state="ready"]`).waitFor();

/** Every request the page makes, as URLs. */
function recordRequests(p) {
  const requests = [];
  p.on('request', (request) => requests.push(request));
  return requests;
}

/** How many of `requests` fetched the wasm `name` ("widget", or "extras": the second module). */
const wasmDownloads = (requests, name) => requests.filter((r) => new RegExp(`/${name}_bg[^/]*\\.wasm$`).test(r.url())).length;

/** A page that only records uncaught exceptions (failed loads are expected). */
async function pageWithExceptions(options = {}) {
  const context = await env.browser.newContext(options);
  const p = await context.newPage();
  const thrown = [];
  p.on('pageerror', (error) => thrown.push(String(error)));
  return { page: p, thrown, context };
}

test("a page's aggressive global CSS reaches neither the widget's text nor its layout", async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  await p.goto(page('hostile.html'));
  await ready(p);
  const title = await p.locator('trade-timeline .tt-title').evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      letterSpacing: style.letterSpacing, wordSpacing: style.wordSpacing, textTransform: style.textTransform,
      fontStyle: style.fontStyle, fontSize: style.fontSize, textAlign: style.textAlign, textIndent: style.textIndent,
      whiteSpace: style.whiteSpace, direction: style.direction, color: style.color, textShadow: style.textShadow,
      cursor: style.cursor, fontFamily: style.fontFamily,
    };
  });
  assert.deepEqual(title, {
    letterSpacing: 'normal', wordSpacing: '0px', textTransform: 'none', fontStyle: 'normal', fontSize: '20px',
    textAlign: 'start', textIndent: '0px', whiteSpace: 'normal', direction: 'ltr', color: 'rgb(27, 31, 36)',
    textShadow: 'none', cursor: 'auto', fontFamily: title.fontFamily,
  });
  assert.doesNotMatch(title.fontFamily, /Comic/);
  // The page's text-decoration does not reach in (the shell is atomic).
  const shell = await p.locator('trade-timeline .tt-shell').evaluate((e) => getComputedStyle(e).display);
  assert.equal(shell, 'inline-block');
  // Buttons and the canvas are laid out as the widget wants.
  const button = await p.locator('trade-timeline .tt-event').first().boundingBox();
  assert.ok(button && button.width > 40 && button.height >= 24, JSON.stringify(button));
  const canvas = await p.locator('trade-timeline .tt-canvas').boundingBox();
  // (Its height is the widget's: 280 px, or what the reserved height left it.)
  assert.ok(canvas.width > 800 && canvas.height >= 200 && canvas.height <= 480, JSON.stringify(canvas));
  // font="inherit" is how a host asks for its own font.
  await p.locator('trade-timeline').evaluate((e) => e.setAttribute('font', 'inherit'));
  assert.match(await p.locator('trade-timeline .tt-title').evaluate((e) => getComputedStyle(e).fontFamily), /Comic/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two good widgets and a broken one share one wasm instance and stay independent', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const requests = recordRequests(p);
  await p.goto(page('many.html'));
  await ready(p, '#first');
  await p.locator('#second').scrollIntoViewIfNeeded();
  await ready(p, '#second');
  await p.locator('#broken[data-state="error"]').waitFor();
  assert.equal(wasmDownloads(requests, 'widget'), 1, 'one download of the widget');
  // The broken one lists its problems, worded by the second module (fetched
  // once, for it alone), and keeps the host's fallback content.
  await p.locator('#broken .tt-problems li').first().waitFor();
  assert.ok(await p.locator('#broken .tt-problems li').count() >= 1);
  assert.equal(wasmDownloads(requests, 'extras'), 1, 'one download of the second module');
  assert.ok(await p.locator('#broken p', { hasText: 'contenu de repli' }).isVisible());
  // Selecting in one does nothing to the other.
  await p.evaluate(() => {
    window.heard = [];
    for (const element of document.querySelectorAll('trade-timeline')) {
      element.addEventListener('trade-timeline:select', (event) => window.heard.push([element.id, event.detail.id]));
    }
  });
  await p.locator('#first .tt-next').click();
  assert.equal(await p.locator('#first .tt-card').count(), 1);
  assert.equal(await p.locator('#second .tt-card').count(), 0);
  assert.deepEqual(await p.evaluate(() => window.heard), [['first', story.events[0].id]]);
  assert.equal(await p.locator('#second .tt-fit').textContent(), 'Show all', 'the second speaks English');
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await context.close();
});

// The first module reads strictly and says only whether there is anything
// to tell; the second words it (story::record::Report).
async function setStory(p, change) {
  return p.evaluate(async (change) => {
    const element = document.querySelector('trade-timeline');
    const story = element.story;
    new Function('story', change)(story);
    const heard = new Promise((resolve) => {
      element.addEventListener('trade-timeline:ready', (e) => resolve({ ready: e.detail }), { once: true });
      element.addEventListener('trade-timeline:error', (e) => resolve({ error: e.detail }), { once: true });
    });
    element.story = story;
    return heard;
  }, change);
}

test('a story with warnings is shown, and ready carries them as the second module words them', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const warned = [];
  p.on('console', (m) => { if (m.type() === 'warning') warned.push(m.text()); });
  await p.goto(page('fallback.html'));
  await ready(p);
  const { ready: detail } = await setStory(p, 'story.series[0].points[0].value = -1;');
  assert.equal(detail.warnings.length, 1, JSON.stringify(detail.warnings));
  assert.deepEqual({ ...detail.warnings[0], message: undefined, text: undefined }, {
    path: "series[0].points[0].value", line: null, column: null,
    kind: 'unsigned_negative', severity: 'warning', message: undefined, text: undefined,
  });
  assert.match(detail.warnings[0].message, /"signed": true/);
  assert.ok(warned.some((w) => w.includes('"signed": true')), warned.join('\n'));
  assert.ok(await p.locator('trade-timeline .tt-chart canvas').isVisible(), 'the story is shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the second module cannot be loaded, a refused story shows readers its sentence and says why in the console and the event; warnings say so too', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.route(/extras/, (route) => route.abort());
  await p.goto(page('fallback.html'));
  await ready(p);
  const { error } = await setStory(p, 'story.events[0].date = "1991-13";');
  assert.equal(error.problems.length, 1);
  assert.equal(error.problems[0].kind, 'details_unavailable');
  assert.equal(error.problems[0].severity, 'error');
  assert.match(error.problems[0].text, /the story has problems, but their details could not be loaded \(.+\)/);
  assert.equal(await p.locator('trade-timeline .tt-unavailable').textContent(), 'Cette histoire ne peut pas être affichée.');
  assert.ok(await p.locator('#fallback').isVisible(), "the host's fallback content stays");
  assert.equal(await p.locator('trade-timeline').getAttribute('data-state'), 'error');
  const { ready: detail } = await setStory(p, 'story.events[0].date = "1991-12-16"; story.series[0].points[0].value = -1;');
  assert.deepEqual(detail.warnings.map((w) => [w.kind, w.severity]), [['details_unavailable', 'warning']]);
  assert.match(detail.warnings[0].text, /the story has warnings, but their details could not be loaded/);
  // Nothing thrown into the page: only the refused fetches and the report.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|did not load|^<trade-timeline>: the story has problems:/.test(e)), []);
  await context.close();
});

test('a page with a strict Content-Security-Policy shows the widget and the iframe without a violation', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await p.goto(page('csp.html'));
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await ready(p);
  await p.locator('trade-timeline .tt-next').click();
  assert.equal(await p.locator('trade-timeline .tt-card-title').count(), 1);
  // The dark theme, positions set through CSSOM: all allowed.
  const background = await p.locator('trade-timeline .tt-canvas').evaluate((canvas) =>
    [...canvas.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(background, [13, 17, 23]);
  const frame = p.frameLocator('iframe');
  await frame.locator('trade-timeline[data-state="ready"]').waitFor();
  assert.deepEqual(await p.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story written inline in the element is shown, under a strict CSP too', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.goto(page('inline-csp.html'));
  await ready(p);
  assert.equal(await p.locator('trade-timeline .tt-title').textContent(), 'A small valid story');
  assert.deepEqual(await p.locator('trade-timeline .tt-event-title').allTextContents(), ['One', 'Two']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long page downloads only the loader until the reader scrolls near, and nothing moves when it renders', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 800 } });
  const requests = recordRequests(p);
  await p.goto(page('long.html'));
  await p.waitForTimeout(500);
  const widget = p.locator('trade-timeline');
  assert.equal(await widget.getAttribute('data-state'), 'loading');
  const fetched = requests.map((r) => new URL(r.url()).pathname.split('/').pop());
  assert.deepEqual(fetched.filter((name) => !/\.(html|css)$/.test(name) || name.startsWith('trade-timeline')), ['trade-timeline.js']);
  const loader = requests.find((r) => r.url().endsWith('trade-timeline.js'));
  const { responseBodySize } = await loader.sizes();
  assert.ok(responseBodySize <= 5 * 1024, `loader on the wire: ${responseBodySize} bytes`);
  assert.equal((await loader.response()).headers()['content-encoding'], 'br');
  const reserved = (await widget.boundingBox()).height;
  assert.ok(reserved >= 600, `height reserved while loading: ${reserved}`);
  const afterBefore = await p.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  await p.mouse.wheel(0, 2600);
  await ready(p);
  assert.ok(requests.some((r) => r.url().endsWith('.wasm')), 'the wasm came once near');
  const afterNow = await p.locator('#after').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  assert.ok(Math.abs(afterNow - afterBefore) < 1, `the text after the widget did not move: ${afterBefore} -> ${afterNow}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the demo page shows the widget with no layout shift, on a desktop and a phone', async () => {
  for (const viewport of [{ width: 1000, height: 900 }, { width: 375, height: 740 }]) {
    const { page: p, context } = await pageWithErrors(env.browser, { viewport });
    await p.addInitScript(() => {
      window.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(`${env.url}index.html`);
    await ready(p);
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(() => window.shift), 0, `layout shift at ${viewport.width} px`);
    await context.close();
  }
});

test('the iframe page sizes its iframe to the widget and follows it when a card opens', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  await p.goto(page('iframe.html'));
  const frame = p.frameLocator('iframe');
  await frame.locator('trade-timeline[data-state="ready"]').waitFor();
  const iframe = p.locator('iframe');
  const content = () => frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const height = async () => Math.round((await iframe.boundingBox()).height);
  await p.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  assert.equal(await height(), await content());
  await p.evaluate(() => {
    window.heard = [];
    document.querySelector('iframe').addEventListener('trade-timeline:select', (e) => window.heard.push(e.detail.id));
  });
  const closed = await height();
  await frame.locator('.tt-next').click();
  await p.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before, closed);
  assert.equal(await height(), await content());
  assert.deepEqual(await p.evaluate(() => window.heard), [story.events[0].id]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an element removed and put back many times mounts once at a time and its memory stays flat', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.goto(page('blank.html'));
  const result = await p.evaluate(async (src) => {
    const { diagnostics } = await import('/dist/trade-timeline.js');
    const host = document.getElementById('host');
    const element = document.createElement('trade-timeline');
    element.setAttribute('src', src);
    const ready = () => new Promise((resolve) => element.addEventListener('trade-timeline:ready', resolve, { once: true }));
    let shown = ready();
    host.append(element);
    await shown;
    const memory = [];
    for (let i = 0; i < 60; i += 1) {
      element.remove();
      shown = ready();
      host.append(element);
      await shown;
      if (i === 19 || i === 59) memory.push((await diagnostics()).memoryBytes);
    }
    const live = (await diagnostics()).live;
    element.remove();
    return { memory, live, afterRemoval: (await diagnostics()).live, shown: element.shadowRoot.querySelectorAll('.tt-event').length };
  }, STORY);
  assert.equal(result.live, 1, 'one widget mounted, never more');
  assert.equal(result.afterRemoval, 0, 'removing it unmounts it');
  assert.equal(result.shown, 0);
  assert.equal(result.memory[1], result.memory[0], `wasm memory grew from cycle 20 to 60: ${result.memory}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page that loads the loader twice, and a copy from another URL, gets one working widget', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const requests = recordRequests(p);
  await p.goto(page('twice.html'));
  await ready(p);
  await p.locator('trade-timeline .tt-next').click();
  assert.equal(await p.locator('trade-timeline .tt-card').count(), 1);
  assert.equal(wasmDownloads(requests, 'widget'), 1);
  assert.ok(wasmDownloads(requests, 'extras') <= 1, 'the second module, if prefetched, once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing lang, theme, start or src updates the widget in place', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.goto(page('fallback.html'));
  await ready(p);
  const w = p.locator('trade-timeline');
  assert.equal(await w.locator('.tt-fit').textContent(), 'Tout afficher');
  await w.evaluate((e) => e.setAttribute('lang', 'en'));
  await p.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-fit')?.textContent === 'Show all');
  const pixel = () => w.locator('.tt-canvas').evaluate((c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3));
  assert.deepEqual(await pixel(), [255, 255, 255]);
  await w.evaluate((e) => e.setAttribute('theme', 'dark'));
  await p.waitForFunction(() => {
    const c = document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-canvas');
    return c.getContext('2d').getImageData(2, 2, 1, 1).data[0] === 13;
  });
  const shell = await w.locator('.tt-shell').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(shell, 'rgb(13, 17, 23)');
  await w.evaluate((e) => e.setAttribute('start', 'visite-xi-2015'));
  assert.match(await w.locator('.tt-card-title').textContent(), /Xi/);
  await w.evaluate((e) => e.setAttribute('src', '../../fixtures/valid.json'));
  await p.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-title')?.textContent === 'A small valid story');
  // Ready once all of it is drawn, a task after its title (two stages).
  await p.locator('trade-timeline[data-state="ready"]').waitFor();
  assert.equal(await w.getAttribute('data-state'), 'ready');
  assert.deepEqual(errors, []);
  await context.close();
});

test('theme="auto" follows the reader’s colour scheme, live', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser, { colorScheme: 'light' });
  await p.goto(page('fallback.html'));
  await p.locator('trade-timeline').evaluate((e) => e.setAttribute('theme', 'auto'));
  await ready(p);
  const background = () => p.locator('trade-timeline .tt-canvas').evaluate((c) => c.getContext('2d').getImageData(2, 2, 1, 1).data[0]);
  assert.equal(await background(), 255);
  await p.emulateMedia({ colorScheme: 'dark' });
  await p.waitForFunction(() => document.querySelector('trade-timeline').shadowRoot.querySelector('.tt-canvas').getContext('2d').getImageData(2, 2, 1, 1).data[0] === 13);
  assert.deepEqual(errors, []);
  await context.close();
});

test('select(), the select event and the story property drive the widget from the page', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const warnings = [];
  p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await p.goto(page('fallback.html'));
  await ready(p);
  const result = await p.evaluate(async () => {
    const element = document.querySelector('trade-timeline');
    const heard = [];
    element.addEventListener('trade-timeline:select', (e) => heard.push(e.detail.id));
    const known = element.select('visite-xi-2015');
    const unknown = element.select('visite-xi-2051');
    const story = element.story;
    story.title = 'Un autre titre';
    const problems = new Promise((resolve) => element.addEventListener('trade-timeline:error', (e) => resolve(e.detail.problems), { once: true }));
    const shown = new Promise((resolve) => element.addEventListener('trade-timeline:ready', resolve, { once: true }));
    element.story = story;
    await shown;
    const title = element.shadowRoot.querySelector('.tt-title').textContent;
    element.story = { ...story, events: [{ ...story.events[0], date: '1991-13' }] };
    return { known, unknown, heard, events: story.events.length, title, problems: await problems };
  });
  assert.equal(result.known, true);
  assert.equal(result.unknown, false);
  assert.deepEqual(result.heard, ['visite-xi-2015']);
  assert.equal(result.events, story.events.length);
  assert.equal(result.title, 'Un autre titre');
  assert.equal(result.problems.length, 1);
  // Set as an object, the story has no text: no line or column.
  assert.deepEqual({ ...result.problems[0], message: undefined, text: undefined },
    { path: 'events[0].date', line: null, column: null, kind: 'impossible_date', severity: 'error', message: undefined, text: undefined });
  assert.match(result.problems[0].text, /^events\[0\]\.date: /);
  assert.ok(warnings.some((w) => w.includes('did you mean "visite-xi-2015"')), warnings.join('\n'));
  // The invalid story set on purpose is reported to the console, and nothing else is.
  assert.deepEqual(errors.filter((e) => !e.startsWith('<trade-timeline>: the story has problems:')), []);
  assert.ok(errors.some((e) => e.includes('events[0].date: "1991-13"')));
  await context.close();
});

test('mount() builds a widget from script and destroy() takes it away', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  await p.goto(page('blank.html'));
  const result = await p.evaluate(async (src) => {
    const { mount, diagnostics } = await import('/dist/trade-timeline.js');
    const heard = [];
    let handle;
    await new Promise((resolve) => {
      handle = mount(document.getElementById('host'), { src, lang: 'en', start: 'independance-1991', onReady: resolve, onSelect: (id) => heard.push(id) });
    });
    const card = handle.element.shadowRoot.querySelector('.tt-card-title').textContent;
    handle.select('visite-xi-2015');
    await new Promise(requestAnimationFrame);
    const live = (await diagnostics()).live;
    handle.destroy();
    return { card, heard, live, after: (await diagnostics()).live, inPage: document.querySelectorAll('trade-timeline').length };
  }, STORY);
  assert.equal(result.card, story.events[0].title);
  assert.deepEqual(result.heard, ['visite-xi-2015']);
  assert.equal(result.live, 1);
  assert.equal(result.after, 0);
  assert.equal(result.inPage, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page's own keys and scrolling are never taken by the widget", async () => {
  const { page: p, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 600 } });
  await p.goto(`${env.url}index.html`);
  await ready(p);
  await p.locator('body').click({ position: { x: 5, y: 5 } });
  for (const key of ['ArrowDown', 'ArrowDown', 'Space']) await p.keyboard.press(key);
  await p.waitForTimeout(200);
  assert.ok(await p.evaluate(() => scrollY) > 0, 'arrow keys and space scroll the page');
  const axis = () => p.locator('trade-timeline .tt-tick').allTextContents();
  const before = await axis();
  await p.keyboard.press('+');
  await p.keyboard.press('ArrowRight');
  await p.waitForTimeout(200);
  assert.deepEqual(await axis(), before, 'no zoom or pan from keys pressed outside');
  assert.equal(await p.locator('trade-timeline .tt-card').count(), 0, 'no selection from keys pressed outside');
  await context.close();
});

test('the widget asks only the host, stores nothing, and links only to http(s) with noopener', async () => {
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const requests = recordRequests(p);
  await p.goto(`${env.url}index.html`);
  await ready(p);
  const links = [];
  for (let i = 0; i < story.events.length; i += 1) {
    await p.locator('trade-timeline .tt-next').click();
    links.push(...await p.locator('trade-timeline .tt-card a').evaluateAll((as) => as.map((a) => [a.protocol, a.rel, a.target])));
  }
  assert.ok(links.length > 0);
  for (const [protocol, rel, target] of links) {
    assert.match(protocol, /^https?:$/);
    assert.equal(rel, 'noopener noreferrer');
    assert.equal(target, '_blank');
  }
  const origin = new URL(env.url).origin;
  assert.deepEqual(requests.map((r) => r.url()).filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  const stored = await p.evaluate(async () => ({
    cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, breakIt, message] of [
  ['the wasm cannot be fetched', (p) => p.route('**/*.wasm', (route) => route.abort()), /Le module n'a pas pu être chargé/],
  ['the browser has no WebAssembly', (p) => p.addInitScript(() => { delete globalThis.WebAssembly; }), /Ce navigateur ne peut pas afficher ce module/],
  ['the glue script was tampered with', (p) => p.route('**/widget.*.js', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: `${await response.text()}\n// tampered` });
  }), /integrity/],
  ['the stylesheet was tampered with', (p) => p.route('**/trade-timeline.*.css', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: `${await response.text()}\n* { display: none }` });
  }), /did not load/],
  ['an English page\'s words were tampered with', async (p) => {
    await p.route('**/fallback.html', async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace('<html lang="fr">', '<html lang="en">') });
    });
    await p.route('**/words-en.*.txt*', async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace('Show all', 'Tampered') });
    });
  }, /words-en\.[0-9a-f]+\.txt(\?no-inline)? did not load or failed its integrity check/],
]) {
  test(`when ${name}, the element says so, keeps the host's fallback, and throws nothing into the page`, async () => {
    const { page: p, thrown, context } = await pageWithExceptions();
    await breakIt(p);
    await p.addInitScript(() => document.addEventListener('trade-timeline:error', (e) => { window.failure = e.detail.problems[0].text; }));
    await p.goto(page('fallback.html'));
    await p.locator('trade-timeline[data-state="error"]').waitFor();
    // Readers get plain words; the reason goes to the event (and the console).
    assert.match(await p.locator('trade-timeline .tt-failure').textContent(), /^[^()]+\.$/);
    assert.match(await p.evaluate(() => window.failure), message);
    assert.ok(await p.locator('#fallback').isVisible(), 'the fallback content is shown');
    assert.deepEqual(thrown, []);
    await context.close();
  });
}

test('dist/ works from another origin under any path, with the snippet\'s integrity hash and a strict CSP naming it', async () => {
  const top = mkdtempSync(join(tmpdir(), 'tt-cdn-'));
  cpSync(join(ROOT, 'dist'), join(top, 'cdn', 'trade-timeline', 'v0.1.0'), { recursive: true });
  mkdirSync(join(top, 'site', 'news', '2025'), { recursive: true });
  cpSync(join(ROOT, STORY), join(top, 'site', 'news', '2025', 'story.json'));
  const cdn = await startServer({ root: join(top, 'cdn'), headers: () => ({ 'access-control-allow-origin': '*' }) });
  const cdnOrigin = new URL(cdn.url).origin;
  const csp = `default-src 'self'; script-src ${cdnOrigin} 'wasm-unsafe-eval'; style-src ${cdnOrigin}; connect-src 'self' ${cdnOrigin}; img-src data:`;
  const site = await startServer({ root: join(top, 'site'), headers: () => ({ 'content-security-policy': csp }) });
  const { integrity } = JSON.parse(readFileSync(join(ROOT, 'dist', 'manifest.json'), 'utf8')).files['trade-timeline.js'];
  writeFileSync(join(top, 'site', 'news', '2025', 'article.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.url}trade-timeline/v0.1.0/trade-timeline.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><trade-timeline src="story.json"></trade-timeline></body></html>`);
  const { page: p, errors, context } = await pageWithErrors(env.browser);
  const requests = recordRequests(p);
  try {
    await p.goto(`${site.url}news/2025/article.html`);
    await ready(p);
    const from = (ending) => new URL(requests.find((r) => r.url().endsWith(ending)).url()).origin;
    assert.equal(from('.wasm'), cdnOrigin);
    assert.equal(from('.css'), cdnOrigin);
    assert.equal(from('story.json'), new URL(site.url).origin);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    cdn.server.close();
    site.server.close();
    rmSync(top, { recursive: true, force: true });
  }
});
