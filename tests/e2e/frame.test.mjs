// The iframe form speaks its hosts' languages: embed.html tells its height
// to frame.js, to AMP (`embed-size`) and to Embedly (`iframe.resize`);
// frame.js passes the host's theme and `--tt-*` properties into the frame,
// live; a copied link and the selection name the host page's own fragment,
// and a link to the host page opens its event in the frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.en.json`, 'utf8'));
const HOST = 'tests/e2e/pages/iframe-host.html';

async function host(hash = '') {
  const opened = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await opened.page.goto(`${env.url}${HOST}${hash}`);
  const frame = opened.page.frameLocator('iframe');
  await frame.locator('trade-timeline[data-state="ready"]').waitFor();
  return { ...opened, frame, widget: frame.locator('trade-timeline') };
}

test('the frame tells AMP and Embedly its height, as it tells frame.js', async () => {
  const { page, frame, errors, context } = await host();
  const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  await page.waitForFunction((h) => window.heard.some((m) => m?.sentinel === 'amp' && m.height === h), content);
  const heard = await page.evaluate(() => window.heard);
  const last = (match) => heard.filter(match).at(-1);
  assert.deepEqual(last((m) => m?.sentinel === 'amp'), { sentinel: 'amp', type: 'embed-size', height: content });
  const embedly = JSON.parse(last((m) => typeof m === 'string' && m.includes('iframe.resize')));
  assert.equal(embedly.context, 'iframe.resize');
  assert.equal(embedly.height, content);
  assert.match(embedly.src, /\/dist\/embed\.html\?src=/);
  assert.equal(last((m) => m?.type === 'trade-timeline:height').height, content);
  assert.equal(Math.round((await page.locator('iframe').boundingBox()).height), content);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page\'s --tt-* properties and theme reach the frame, live', async () => {
  const { page, frame, errors, context } = await host();
  const background = () => frame.locator('.tt-shell').evaluate((shell) => getComputedStyle(shell).backgroundColor);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  // The host's own colours, on its root (where a site keeps its tokens).
  await page.evaluate(() => document.documentElement.style.setProperty('--tt-bg', 'rgb(250, 240, 220)'));
  await frame.locator('.tt-shell').evaluate((shell) => new Promise((resolve) => {
    const check = () => (getComputedStyle(shell).backgroundColor === 'rgb(250, 240, 220)' ? resolve() : requestAnimationFrame(check));
    check();
  }));
  // The host switches the frame to dark: its colours, but the host's background kept.
  await page.locator('iframe').evaluate((iframe) => { iframe.dataset.ttTheme = 'dark'; });
  await frame.locator('trade-timeline[theme="dark"]').waitFor();
  const fg = await frame.locator('.tt-title').evaluate((title) => getComputedStyle(title).color);
  assert.equal(fg, 'rgb(230, 237, 243)', 'the dark theme\'s text');
  // The host drops its colour: the frame's own dark background again.
  await page.evaluate(() => document.documentElement.style.removeProperty('--tt-bg'));
  await frame.locator('.tt-shell').evaluate((shell) => new Promise((resolve) => {
    const check = () => (getComputedStyle(shell).backgroundColor === 'rgb(13, 17, 23)' ? resolve() : requestAnimationFrame(check));
    check();
  }));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a frame whose host asks for dark is dark when its widget first draws, not switched after', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 1000, height: 900 } });
  // In every frame: the theme the widget has when it says it is ready.
  await context.addInitScript(() => addEventListener('trade-timeline:ready', (event) => {
    window.themeAtReady = event.target.getAttribute('theme');
  }));
  await page.goto(`${env.url}${HOST}?theme=dark`);
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  await frame.locator('trade-timeline[data-state="ready"]').waitFor();
  assert.equal(await frame.evaluate(() => window.themeAtReady), 'dark');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the frame, the selection and a copied link name the host page, and a link to the host page opens its event', async () => {
  const event = story.events[3];
  const { page, widget, errors, context } = await host();
  await widget.locator('.tt-next').click();
  await page.waitForFunction((id) => location.hash === `#tt=${id}`, story.events[0].id);
  await widget.locator('.tt-copy-link').click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.includes('#tt=')));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.url}${HOST}#tt=${encodeURIComponent(story.events[0].id)}`);
  assert.deepEqual(errors, []);
  await context.close();

  const linked = await host(`#tt=${encodeURIComponent(event.id)}`);
  await linked.widget.locator('.tt-card').waitFor();
  assert.equal(await linked.widget.locator('.tt-card-title').textContent(), event.title);
  assert.deepEqual(linked.errors, []);
  await linked.context.close();
});

test('every iframe snippet we publish allows the clipboard and sharing', () => {
  for (const file of ['docs/embedding.md', 'index.html', 'index.en.html']) {
    const text = readFileSync(`${ROOT}/${file}`, 'utf8');
    const snippets = [...text.matchAll(/(?:<|&lt;)iframe [^\n]*embed\.html[^\n]*/g)].map((m) => m[0]);
    assert.ok(snippets.length > 0, `${file} shows no iframe snippet`);
    for (const snippet of snippets) assert.match(snippet, /allow="clipboard-write; web-share"/, `${file}: ${snippet}`);
  }
});
