// The demo page's own script (not part of the widget): the dark-theme
// switch, and the developers' section, which drives the article's widget
// through its public surface only (attributes, custom properties, events,
// restyle()) and writes the snippet that matches what is shown.
const widget = document.querySelector('main trade-timeline');
const form = document.querySelector('.playground-controls');
const snippet = document.querySelector('#snippet');
const log = document.querySelector('.event-log');

// The page and its widgets switch theme together.
const themeSwitch = document.querySelector('.theme-switch');
themeSwitch?.addEventListener('click', () => {
  const dark = themeSwitch.getAttribute('aria-pressed') !== 'true';
  themeSwitch.setAttribute('aria-pressed', String(dark));
  document.documentElement.classList.toggle('dark', dark);
  for (const each of document.querySelectorAll('main trade-timeline')) {
    if (dark) each.setAttribute('theme', 'dark');
    else each.removeAttribute('theme');
  }
  if (form) form.elements.theme.value = dark ? 'dark' : '';
  writeSnippet();
});

let integrity = '';
const manifest = fetch(new URL('../dist/manifest.json', import.meta.url)).then((response) => response.json());
manifest
  .then((files) => {
    integrity = files.files['trade-timeline.js']?.integrity ?? '';
    writeSnippet();
  })
  .catch(() => {});

// Every colour the theme is made of (docs/embedding.md, "Styling"), and the font.
const PROPERTIES = ['--tt-bg', '--tt-fg', '--tt-muted', '--tt-accent', '--tt-on-accent', '--tt-line', '--tt-selected',
  '--tt-focus', '--tt-error', '--tt-series-1', '--tt-series-2', '--tt-series-3', '--tt-series-4', '--tt-font'];

/** The loader's script tag (with the build's integrity) and `element`'s markup. */
function snippetFor(element) {
  const attributes = ['src', 'lang', 'theme', 'start', 'hash', 'font']
    .filter((name) => element.hasAttribute(name))
    .map((name) => (element.getAttribute(name) === '' ? ` ${name}` : ` ${name}="${element.getAttribute(name)}"`))
    .join('');
  const set = PROPERTIES.filter((name) => element.style.getPropertyValue(name))
    .map((name) => ` ${name}: ${element.style.getPropertyValue(name)};`).join('');
  const style = set ? `\n<style>trade-timeline {${set} }</style>` : '';
  const pin = integrity ? `\n  integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<script type="module" src="/path/to/dist/trade-timeline.js"${pin}></script>${style}\n<trade-timeline${attributes}></trade-timeline>`;
}

function writeSnippet() {
  if (snippet) snippet.textContent = snippetFor(widget);
}

// One input per custom property, starting from the theme's values.
function fillProperties() {
  const fieldset = form?.querySelector('.css-properties');
  if (!fieldset || fieldset.querySelector('input')) return;
  const computed = getComputedStyle(widget);
  for (const name of PROPERTIES) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.name = name;
    const value = computed.getPropertyValue(name).trim();
    if (name === '--tt-font') {
      input.type = 'text';
      input.placeholder = 'Georgia, serif';
    } else {
      input.type = 'color';
      if (/^#[0-9a-f]{6}$/i.test(value)) input.value = value;
    }
    label.append(`${name} `, input);
    fieldset.append(label);
  }
}

form?.addEventListener('input', (event) => {
  const { name } = event.target;
  const value = event.target.type === 'checkbox' ? event.target.checked : event.target.value;
  if (name.startsWith('--tt-')) {
    if (value) widget.style.setProperty(name, value);
    else widget.style.removeProperty(name);
    widget.restyle();
  } else if (name === 'hash' || name === 'font') {
    if (value) widget.setAttribute(name, name === 'font' ? 'inherit' : '');
    else widget.removeAttribute(name);
  } else if (value) {
    widget.setAttribute(name, value);
  } else {
    widget.removeAttribute(name);
    if (name === 'start') widget.select(null);
  }
  writeSnippet();
});

document.querySelector('.copy-snippet')?.addEventListener('click', async () => {
  const said = document.querySelector('.copied');
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    said.textContent = document.documentElement.lang === 'fr' ? 'Copié.' : 'Copied.';
  } catch {
    said.textContent = document.documentElement.lang === 'fr' ? 'Sélectionnez le code pour le copier.' : 'Select the code to copy it.';
  }
});

for (const type of ['ready', 'select', 'error']) {
  widget.addEventListener(`trade-timeline:${type}`, (event) => {
    if (type === 'ready') {
      fillStarts();
      fillProperties();
    }
    if (!log) return;
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `trade-timeline:${type} ${JSON.stringify(event.detail)}`;
    item.append(code);
    log.prepend(item);
    while (log.children.length > 5) log.lastChild.remove();
  });
}

// The start menu lists the story's events once it is read.
function fillStarts() {
  const select = form?.elements.start;
  if (!select || select.options.length > 1) return;
  for (const event of widget.story?.events ?? []) {
    select.append(new Option(`${event.date} — ${event.id}`, event.id));
  }
}

writeSnippet();

// The workshop: the story's JSON in a text area, shown live by a second
// widget built only when the workshop is opened. The text reaches that
// widget as a blob: URL, so its problems come back located by line and
// column, as a journalist's own file would; nothing leaves the page.
const workshop = document.querySelector('.playground');
workshop?.addEventListener('toggle', async () => {
  if (!workshop.open || workshop.querySelector('trade-timeline')) return;
  const editor = workshop.querySelector('textarea');
  const problems = workshop.querySelector('.problems');
  const preview = document.createElement('trade-timeline');
  preview.setAttribute('lang', document.documentElement.lang);
  // The journalist's view: an invalid story lists its problems in place.
  preview.setAttribute('preview', '');
  workshop.querySelector('.preview').append(preview);
  let url = null;
  const show = () => {
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
    preview.setAttribute('src', url);
  };
  // A valid story may still mislead: its warnings are listed, marked as such.
  preview.addEventListener('trade-timeline:ready', (event) => problems.replaceChildren(
    ...(event.detail.warnings ?? []).map((warning) => {
      const item = document.createElement('li');
      item.className = 'warning';
      item.textContent = warning.text;
      return item;
    }),
  ));
  preview.addEventListener('trade-timeline:error', (event) => {
    // Each problem is an object with its line: a button goes to it.
    problems.replaceChildren(...event.detail.problems.map((problem) => {
      const item = document.createElement('li');
      const go = document.createElement('button');
      go.type = 'button';
      go.textContent = problem.text;
      go.addEventListener('click', () => goToLine(editor, problem.line ?? 1));
      item.append(go);
      return item;
    }));
  });
  const listProblems = (lines) => problems.replaceChildren(...lines.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }));
  const importFiles = async (files) => {
    const tables = await readTables(files);
    const meta = storyMeta(editor.value);
    const tools = await authoring();
    const result = tools.importCsv({ ...meta, files: tables });
    if (result.text) {
      editor.value = result.text;
      show();
    } else {
      listProblems(result.problems.map((problem) => problem.text));
    }
  };
  workshop.querySelector('.save-story').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
    link.download = 'story.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  });
  workshop.querySelector('.copy-story-snippet').addEventListener('click', async () => {
    const element = document.createElement('div');
    element.setAttribute('src', 'story.json');
    const said = workshop.querySelector('.story-copied');
    try {
      await navigator.clipboard.writeText(snippetFor(element));
      said.textContent = document.documentElement.lang === 'fr' ? 'Copié.' : 'Copied.';
    } catch {
      said.textContent = snippetFor(element);
    }
  });
  workshop.querySelector('.csv-files').addEventListener('change', (event) => importFiles(event.target.files));
  workshop.addEventListener('dragover', (event) => event.preventDefault());
  workshop.addEventListener('drop', (event) => {
    event.preventDefault();
    importFiles(event.dataTransfer.files);
  });
  let timer;
  editor.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 300);
  });
  editor.value = await (await fetch(widget.getAttribute('src'))).text();
  show();
});

/** Puts the caret at the start of `line` (1-based) and scrolls it into view. */
function goToLine(editor, line) {
  if (!line) return;
  const lines = editor.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(offset, offset + (lines[line - 1]?.length ?? 0));
  const lineHeight = editor.scrollHeight / Math.max(lines.length, 1);
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

// The authoring wasm (CSV import), loaded the first time CSV files come in.
let tools;
async function authoring() {
  if (!tools) {
    const { authoring: built } = await manifest;
    const glue = await import(new URL(`../dist/${built.glue}`, import.meta.url));
    await glue.default({ module_or_path: new URL(`../dist/${built.wasm}`, import.meta.url) });
    tools = glue;
  }
  return tools;
}

/** The CSV files by kind, told by their name, else by their columns. */
async function readTables(files) {
  const tables = {};
  for (const file of files) {
    const text = await file.text();
    const name = file.name.toLowerCase();
    const header = text.split(/\r?\n/, 1)[0].toLowerCase();
    const kind = ['events', 'series', 'targets', 'sources', 'panels'].find((k) => name.includes(k.slice(0, -1)))
      ?? (header.includes('series_sources') || header.startsWith('series') ? 'series'
        : header.includes('share') && header.includes('unit') ? 'panels'
        : header.includes('deadline') ? 'targets'
        : header.includes('title') && header.includes('text') ? 'events'
        : header.includes('name') ? 'sources' : null);
    if (kind) tables[kind] = { name: file.name, text };
  }
  return tables;
}

/** The story's own fields from the JSON in the editor, when it reads. */
function storyMeta(text) {
  let story = {};
  try {
    story = JSON.parse(text);
  } catch {
    // The import then says which fields are missing.
  }
  const field = (key) => (typeof story[key] === 'string' ? story[key] : undefined);
  return { lang: field('lang') ?? document.documentElement.lang, title: field('title') ?? '', subtitle: field('subtitle'), updated: field('updated') ?? '', notes: field('notes') };
}
