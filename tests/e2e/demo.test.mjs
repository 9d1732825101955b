// The demo page, as `make demo` serves it: the default story appears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { open, pageWithErrors, ROOT } from './browser.mjs';

let env;
before(async () => { env = await open(); });
after(async () => { await env.close(); });

const story = JSON.parse(readFileSync(`${ROOT}/www/data/kazakhstan-china.fr.json`, 'utf8'));

test('the demo page shows every event of the default story, in date order, without console errors', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  // The widget opens on the years of the figures: visible events, the counts
  // of the cluster badges and the counts of events beyond the window (at the
  // axis's ends) make the whole story.
  const shown = await page.locator('main > trade-timeline .tt-event').count();
  const clustered = await page.locator('main > trade-timeline .tt-cluster').evaluateAll(
    (badges) => badges.reduce((sum, badge) => sum + Number(badge.dataset.count), 0));
  const beyond = await page.locator('main > trade-timeline .tt-edge button').evaluateAll(
    (counts) => counts.reduce((sum, count) => sum + Number(count.textContent.replace(/\D/g, '')), 0));
  assert.ok(beyond > 0, 'the story goes back before the figures');
  assert.equal(shown + clustered + beyond, story.events.length);
  // "Next" walks the story from its first event to its last, in date order.
  const byDate = [...story.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title);
  const visited = [];
  for (let i = 0; i < byDate.length; i += 1) {
    await page.locator('main > trade-timeline .tt-next').click();
    visited.push(await page.locator('main > trade-timeline .tt-card-title').textContent());
  }
  assert.deepEqual(visited, byDate);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the demo page on a 375 px phone shows the widget within the viewport width', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser, { viewport: { width: 375, height: 740 } });
  await page.goto(`${env.url}index.html`);
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page scrolls sideways: ${width}px`);
  // With the data tables open: a wide table scrolls inside the widget.
  await page.locator('main > trade-timeline .tt-data > summary').click();
  await page.locator('main > trade-timeline .tt-targets').waitFor();
  const opened = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(opened <= 375, `page scrolls sideways with the tables open: ${opened}px`);
  // Every column can be read: scrolled to its end, each table's last column
  // is inside the widget (not cut off by it).
  const cut = await page.evaluate(() => {
    const host = document.querySelector('trade-timeline');
    const scroller = host.shadowRoot.querySelector('.tt-tables');
    scroller.scrollLeft = scroller.scrollWidth;
    const edge = host.getBoundingClientRect().right + 1;
    return [...scroller.querySelectorAll('.tt-table')].map((t) => t.getBoundingClientRect().right).filter((r) => r > edge);
  });
  assert.deepEqual(cut, [], 'a table runs past the widget and cannot be scrolled to');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid story shows its located problems in place, and the host fallback content', async () => {
  const { page, context } = await pageWithErrors(env.browser);
  await page.addInitScript(() => {
    document.addEventListener('trade-timeline:error', (event) => { window.errorDetail = event.detail; }, { once: true });
  });
  await page.goto(`${env.url}tests/e2e/pages/invalid.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const problems = await page.locator('trade-timeline .tt-problems li').allTextContents();
  assert.equal(problems.length, 4);
  assert.match(problems[0], /^ligne 13, colonne 7\s: events\[0\]\.titel/);
  assert.equal(await page.evaluate(() => window.errorDetail.problems.length), 4);
  // For programs, each problem is an object a CMS can put next to its field.
  assert.deepEqual(await page.evaluate(() => {
    const { path, line, column, kind, severity, message } = window.errorDetail.problems[0];
    return { path, line, column, kind, severity, hint: message.includes('did you mean "title"') };
  }), { path: 'events[0].titel', line: 13, column: 7, kind: 'unknown_field', severity: 'error', hint: true });
  assert.ok(await page.getByText('Fallback content from the host').isVisible());
  await context.close();
});

test('a published story with a mistake shows readers the fallback and one plain sentence; the problems go to the console', async () => {
  const { page, context } = await pageWithErrors(env.browser);
  const logged = [];
  page.on('console', (message) => { if (message.type() === 'error') logged.push(message.text()); });
  await page.addInitScript(() => {
    document.addEventListener('trade-timeline:error', (event) => { window.errorDetail = event.detail; }, { once: true });
  });
  await page.goto(`${env.url}tests/e2e/pages/broken.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const w = page.locator('trade-timeline');
  assert.ok(await page.getByText('Le contenu de repli de la rédaction.').isVisible());
  assert.equal(await w.locator('.tt-unavailable').textContent(), 'Cette histoire ne peut pas être affichée.');
  const shown = await w.evaluate((e) => e.shadowRoot.textContent);
  assert.doesNotMatch(shown, /events\[|ligne \d|colonne|titel/, 'no path, line or field name for readers');
  assert.equal(await page.evaluate(() => window.errorDetail.problems.length), 4);
  assert.ok(logged.some((line) => line.includes('events[0].titel')), 'the console has every problem');
  await context.close();
});

test('a story that cannot be fetched leaves a readable message and throws nothing into the page', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}tests/e2e/pages/missing.html`);
  await page.locator('trade-timeline[data-state="error"]').waitFor();
  const message = await page.locator('trade-timeline .tt-failure').textContent();
  assert.equal(message, 'The data could not be loaded.', 'readers get words, not a status code');
  assert.ok(errors.some((e) => e.includes('HTTP 404')), 'the console has the reason');
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await context.close();
});

test('the English demo page reads English, and the language switch goes back and forth', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  assert.equal(await page.locator('main > trade-timeline .tt-fit').textContent(), 'Tout afficher');
  await page.locator('.lang-switch').click();
  await page.waitForURL(/index\.en\.html$/);
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Kazakhstan–China: three decades of trade');
  assert.equal(await page.locator('main > trade-timeline .tt-fit').textContent(), 'Show all');
  assert.equal(await page.locator('main > trade-timeline .tt-title').textContent(), 'Kazakhstan–China: three decades of trade');
  await page.locator('.lang-switch').click();
  await page.waitForURL(/index\.html$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the dark switch turns the page and the widget dark', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  const w = page.locator('main > trade-timeline');
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  await page.locator('.theme-switch').click();
  assert.equal(await w.getAttribute('theme'), 'dark');
  assert.equal(await page.locator('.theme-switch').getAttribute('aria-pressed'), 'true');
  const shell = await w.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.tt-shell')).backgroundColor);
  assert.equal(shell, 'rgb(13, 17, 23)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the developers\' section drives the article\'s widget and writes the matching snippet', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  const w = page.locator('main > trade-timeline');
  await page.locator('main > trade-timeline[data-state="ready"]').waitFor();
  const controls = page.locator('.playground-controls');
  await controls.locator('select[name="lang"]').selectOption('en');
  await w.locator('.tt-fit', { hasText: 'Show all' }).waitFor();
  await controls.locator('select[name="start"] option').nth(1).waitFor({ state: 'attached' });
  await controls.locator('select[name="start"]').selectOption('visite-xi-2015');
  await w.locator('.tt-card[data-id="visite-xi-2015"]').waitFor();
  const snippet = await page.locator('#snippet').textContent();
  assert.match(snippet, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
  assert.match(snippet, /<trade-timeline src="www\/data\/kazakhstan-china\.fr\.json" lang="en" start="visite-xi-2015"><\/trade-timeline>/);
  await w.locator('.tt-next').click();
  assert.match(await page.locator('.event-log li').first().textContent(), /^trade-timeline:select \{"id":"[a-z0-9-]+","step":null\}$/, "a reader's selection names no step");
  // Every custom property has its input, starting from the theme's value.
  const properties = controls.locator('.css-properties input');
  assert.equal(await properties.count(), 14);
  assert.equal(await controls.locator('input[name="--tt-bg"]').inputValue(), '#ffffff');
  await controls.locator('input[name="--tt-accent"]').fill('#8a1c1c');
  assert.equal(await w.evaluate((e) => e.style.getPropertyValue('--tt-accent')), '#8a1c1c');
  assert.match(await page.locator('#snippet').textContent(), /<style>trade-timeline \{ --tt-accent: #8a1c1c; \}<\/style>/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the workshop shows a valid edit live and an invalid one as a problem with its line', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  await page.locator('.playground > summary').click();
  const preview = page.locator('.playground trade-timeline');
  await page.locator('.playground trade-timeline[data-state="ready"]').waitFor();
  const editor = page.locator('#story-editor');
  const text = await editor.inputValue();
  assert.equal(JSON.parse(text).title, story.title, 'the default story to start from');
  await editor.fill(text.replace(story.title, 'Mon histoire'));
  await preview.locator('.tt-title', { hasText: 'Mon histoire' }).waitFor();
  // Valid but misleading: a monthly figure among annual ones is shown, with
  // a warning that says where and why.
  const mixed = text.replace('"period": "2013"', '"period": "2013-06"');
  assert.notEqual(mixed, text);
  await editor.fill(mixed);
  const warning = page.locator('.playground .problems li.warning');
  await warning.waitFor();
  assert.match(await warning.textContent(), /series\[0\]\.points\[\d+\]\.period: .*not comparable/);
  assert.equal(await preview.getAttribute('data-state'), 'ready', 'the story is still shown');
  const broken = text.replace('"1991-12-16"', '"1991-13-16"');
  await editor.fill(broken);
  await page.locator('.playground trade-timeline[data-state="error"]').waitFor();
  const problem = page.locator('.playground .problems li').first();
  const line = broken.split('\n').findIndex((l) => l.includes('1991-13-16')) + 1;
  assert.match(await problem.textContent(), new RegExp(`^ligne ${line}, colonne \\d+\\s?: events\\[\\d+\\]\\.date: "1991-13-16" has no month 13`));
  await problem.locator('button').click();
  const caret = await editor.evaluate((e) => e.value.slice(0, e.selectionStart).split('\n').length);
  assert.equal(caret, line, 'clicking the problem goes to its line');
  assert.equal(await page.locator('main > trade-timeline .tt-title').textContent(), story.title, 'the article\'s widget is untouched');
  // What the journalist takes away: the story file and the snippet for it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.save-story').click()]);
  assert.equal(download.suggestedFilename(), 'story.json');
  assert.equal(readFileSync(await download.path(), 'utf8'), broken);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('.copy-story-snippet').click();
  await page.locator('.story-copied', { hasText: 'Copié.' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /integrity="sha384-[^"]+"[\s\S]*<trade-timeline src="story\.json"><\/trade-timeline>$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropping the template CSVs in the workshop gives the same story as the command line', async () => {
  const { page, errors, context } = await pageWithErrors(env.browser);
  await page.goto(`${env.url}index.html`);
  await page.locator('.playground > summary').click();
  await page.locator('.playground trade-timeline[data-state="ready"]').waitFor();
  const editor = page.locator('#story-editor');
  const templates = ['events', 'series', 'targets', 'sources', 'panels'].map((kind) => `${ROOT}/www/templates/${kind}.csv`);
  await page.locator('.csv-files').setInputFiles(templates);
  await page.waitForFunction(() => !document.querySelector('#story-editor').value.includes('"$schema"'));
  const args = ['import', '--events', templates[0], '--series', templates[1], '--targets', templates[2], '--sources', templates[3], '--panels', templates[4],
    '--lang', story.lang, '--title', story.title, '--subtitle', story.subtitle, '--updated', story.updated, '--notes', story.notes];
  const built = `${ROOT}/target/debug/trade-timeline`;
  const cli = existsSync(built)
    ? execFileSync(built, args, { encoding: 'utf8' })
    : execFileSync('cargo', ['run', '--quiet', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(await editor.inputValue(), cli.trimEnd());
  assert.match(await editor.inputValue(), /"panels": \[/, 'panels.csv is read');
  await page.locator('.playground trade-timeline[data-state="ready"]').waitFor();
  // A bad file: its problem by file and row.
  await page.locator('.csv-files').setInputFiles({
    name: 'events.csv', mimeType: 'text/csv',
    buffer: Buffer.from('id;date;title;text;sources\nx;2023-13;Titre;Texte.;gazette-2025-08-23\n'),
  });
  await page.locator('.playground .problems li', { hasText: 'events.csv:row 2: date: "2023-13" has no month 13' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the demo pages name every file by a relative URL, so any static host serves them under any path', () => {
  for (const page of ['index.html', 'index.en.html', 'www/demo.js']) {
    const text = readFileSync(`${ROOT}/${page}`, 'utf8');
    const urls = [...text.matchAll(/(?:src|href)="([^"]+)"|new URL\(['`]([^'`]+)['`]/g)].map((m) => m[1] ?? m[2]);
    assert.ok(urls.length >= 3, `${page}: ${urls}`);
    const absolute = urls.filter((url) => /^(\/|[a-z]+:)/i.test(url) && !url.startsWith('data:') && url !== '/path/to/dist/trade-timeline.js');
    assert.deepEqual(absolute, [], page);
  }
});
