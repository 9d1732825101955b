// trade-timeline: the one file a host page loads.
//
// It defines <trade-timeline> (once, even if the page loads this file twice)
// and exports `mount` for pages built in script. Until an element comes
// within about one screen of the viewport, this file is all the page pays
// for; then the stylesheet, the story and the one WebAssembly instance every
// widget on the page shares are fetched, each from this file's own folder
// or the URL the host named, and checked against their integrity hashes.
// Nothing here can throw into the page: every failure ends as
// data-state="error", a readable message, the host's fallback content and a
// trade-timeline:error event.

// Rewritten by scripts/package-dist.mjs with content-hashed names and their
// Subresource Integrity hashes; empty integrity means "not checked". Each
// file is a static `new URL("./name", import.meta.url)`: the form Vite and
// webpack follow, so an app that bundles this file gets the files copied
// beside its own (which copies are checked: `integrityOf`).
const FILES = {"glue":{url:new URL("./widget.js",import.meta.url),integrity:""},"wasm":{url:new URL("./widget_bg.wasm",import.meta.url),integrity:""},"css":{url:new URL("./trade-timeline.css",import.meta.url),integrity:""},"extrasWasm":{url:new URL("./extras_bg.wasm",import.meta.url),integrity:""},"extrasGlue":{url:new URL("./extras.js",import.meta.url),integrity:""},"steps":{url:new URL("./steps.js",import.meta.url),integrity:""},"words-en":{url:new URL("./words/en.txt",import.meta.url),integrity:""},"words-ru":{url:new URL("./words/ru.txt",import.meta.url),integrity:""},"words-kk":{url:new URL("./words/kk.txt",import.meta.url),integrity:""},"words-zh":{url:new URL("./words/zh.txt",import.meta.url),integrity:""}};

const ATTRIBUTES = ['src', 'lang', 'theme', 'start', 'hash', 'preview', 'steps'];
const fileUrl = (name) => FILES[name].url.href;

// A file is checked against its hash where it is our copy, byte for byte:
// served from this folder or a CDN, or copied by Vite's build. Not in an
// app that webpack (or Rspack) built, which minifies JS and CSS again, nor
// from a dev server (Vite's `import.meta.env.DEV`), which rewrites them as
// it serves them, nor under a name without our ten hex digits of content
// hash (another bundler's copy): the app answers for those as for its
// other files. Empty: not checked.
const rewritten = typeof __webpack_require__ == 'function' || import.meta.env?.DEV;
const integrityOf = (name) => (!rewritten && /\.[\da-f]{10}[.-]/.test(FILES[name].url.pathname) ? FILES[name].integrity : '');

let wasm; // the shared instance, once asked for
const words = {}; // each language's words, once asked for

/**
 * The interface's words in `lang` when it is not French (built into the
 * wasm): the text of its words file, fetched beside the wasm; undefined for
 * French and for a language the widget does not speak (it reads French).
 */
function loadWords(lang) {
  const name = `words-${lang.split(/[-_]/)[0].toLowerCase()}`;
  if (!FILES[name]) return Promise.resolve(undefined);
  if (!words[name]) {
    words[name] = fetch(fileUrl(name), { integrity: integrityOf(name) })
      .then((response) => (response.ok ? response.text() : Promise.reject()))
      .catch(() => {
        delete words[name]; // asked for again by the next load
        throw new Error(`${fileUrl(name)} did not load or failed its integrity check`);
      });
  }
  return words[name];
}

function loadWasm() {
  if (typeof WebAssembly !== 'object') {
    return Promise.reject(Object.assign(new Error('WebAssembly is not available'), { kind: 'unsupported' }));
  }
  if (!wasm) {
    // The wasm's download (and its streaming compilation) starts with the
    // glue's, not after it: one round trip less before the first render.
    const bytes = fetch(fileUrl('wasm'), { integrity: integrityOf('wasm') });
    bytes.catch(() => {}); // reported through the glue's init, if it gets there
    wasm = verifiedImport('glue').then(async (glue) => {
      await glue.default({ module_or_path: bytes });
      return glue;
    });
  }
  // A failed attempt is not cached: an element added later tries again.
  wasm.catch(() => { wasm = undefined; });
  return wasm;
}

let extras; // the second module, once asked for

// The widget's second module: the words of a story's problems and warnings,
// the files a reader may download (the chart as SVG, the data as CSV), the
// data tables and the printed version. Fetched once per page and shared by
// every widget on it: when a story has something to say, when a reader
// first asks for one of these, or, on a computer with a mouse (where pages
// get printed), when the page is idle after a widget is ready, so that
// printing finds it; never ahead of need on a touch screen or under
// Save-Data.
function loadExtras() {
  if (!extras) {
    const bytes = fetch(fileUrl('extrasWasm'), { integrity: integrityOf('extrasWasm') });
    bytes.catch(() => {});
    extras = verifiedImport('extrasGlue').then(async (glue) => {
      await glue.default({ module_or_path: bytes });
      return glue;
    });
    extras.catch(() => { extras = undefined; });
  }
  return extras;
}

let steps; // scrollytelling's module, once asked for

function loadSteps() {
  steps ??= verifiedImport('steps');
  steps.catch(() => { steps = undefined; });
  return steps;
}

function prefetchExtras() {
  if (extras || navigator.connection?.saveData || !matchMedia('(pointer: fine)').matches) return;
  const idle = globalThis.requestIdleCallback ?? ((callback) => setTimeout(callback, 2000));
  idle(() => loadExtras().catch(() => {}), { timeout: 10000 });
}

// A dynamic import() cannot carry an integrity hash; a modulepreload link
// can, and fills the module map the import then reads from.
async function verifiedImport(name) {
  const integrity = integrityOf(name);
  if (integrity) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = fileUrl(name);
    link.integrity = integrity;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${fileUrl(name)} did not load or failed its integrity check`));
    });
    document.head.append(link);
    try { await loaded; } finally { link.remove(); }
  }
  // Loaded by URL at run time, never bundled: the file stays the one checked.
  return import(/* webpackIgnore: true */ fileUrl(name));
}

// What the host element needs before the stylesheet arrives: its reserved
// height and the skeleton. A constructed sheet, which a strict CSP allows.
// The default heights are the default story's at those widths (in an
// article's column); once ready the chart takes up the difference, and
// beyond what it can a host sets --tt-height (the console says to what).
let baseSheet;
function baseSheets() {
  if (!baseSheet && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    baseSheet = new CSSStyleSheet();
    baseSheet.replaceSync(`
      :host { display: block; contain: content; min-height: var(--tt-height, 940px); }
      @media (max-width: 649px) { :host { min-height: var(--tt-height, 1120px); } }
      @media (max-width: 539px) { :host { min-height: var(--tt-height, 1160px); } }
      @media (max-width: 399px) { :host { min-height: var(--tt-height, 1210px); } }
      @media (max-width: 359px) { :host { min-height: var(--tt-height, 1350px); } }
      :host([steps]) { position: sticky; top: var(--tt-sticky-top, 0); z-index: 1; min-height: var(--tt-height, min(940px, 100svh)); }
      @media (max-width: 600px) { :host([steps]) { min-height: var(--tt-height, 58svh); } }
      :host([data-state="ready"]), :host([data-state="error"]) { min-height: 0; }
      :host([hidden]) { display: none; }
      .tt-skeleton { min-height: inherit; border-radius: 4px; background: var(--tt-skeleton, #eef0f2); }
      :host([theme="dark"]) .tt-skeleton { background: var(--tt-skeleton, #1c2128); }
      @media (prefers-color-scheme: dark) { :host([theme="auto"]) .tt-skeleton { background: var(--tt-skeleton, #1c2128); } }
    `);
  }
  return baseSheet ? [baseSheet] : [];
}

const MESSAGES = {
  fr: {
    story: 'Impossible de charger les données',
    files: "Le module n'a pas pu être chargé",
    unsupported: 'Ce navigateur ne peut pas afficher ce module',
  },
  en: {
    story: 'The data could not be loaded',
    files: 'The widget could not be loaded',
    unsupported: 'This browser cannot show this widget',
  },
  ru: {
    story: 'Не удалось загрузить данные',
    files: 'Не удалось загрузить модуль',
    unsupported: 'Этот браузер не может показать модуль',
  },
  kk: {
    story: 'Деректерді жүктеу мүмкін болмады',
    files: 'Модульді жүктеу мүмкін болмады',
    unsupported: 'Бұл браузер модульді көрсете алмайды',
  },
  zh: {
    story: '无法加载数据',
    files: '无法加载此组件',
    unsupported: '此浏览器无法显示此组件',
  },
};

// Deep links (the `hash` attribute): the widget owns one `name=id` part of
// the page's fragment, parts joined by "&", and leaves the rest alone.
const fragmentParts = () => location.hash.slice(1).split('&').filter(Boolean);
const partName = (part) => part.split('=')[0];

function fragmentId(name) {
  const part = fragmentParts().find((p) => partName(p) === name);
  try {
    return part ? decodeURIComponent(part.slice(name.length + 1)) || null : null;
  } catch {
    return null;
  }
}

// The link to event `id` (null: none) from the page at `base`, the part
// `name` of its fragment replaced and the rest kept.
function linkTo(name, id, base = location.href) {
  const url = new URL(base);
  const parts = url.hash.slice(1).split('&').filter((p) => p && partName(p) !== name);
  if (id != null) parts.push(`${name}=${encodeURIComponent(id)}`);
  url.hash = parts.join('&');
  return url.href;
}

/** The <trade-timeline> element. */
// On a server (a framework rendering the page first) there is no DOM:
// the module still loads, and defines nothing.
export class TradeTimelineElement extends (globalThis.HTMLElement ?? class {}) {
  static observedAttributes = ATTRIBUTES;

  #root;
  #css = null; // the stylesheet's <link>, and the promise of its load
  #content = null; // the skeleton, the widget's container or the failure
  #widget = null;
  #observer = null;
  #near = false;
  #generation = 0;
  #fetched = null; // the text fetched from `src`, and that src
  #fetchedSrc = null;
  #object; // a story set through the `story` property
  #shown = null; // the text the widget shows
  #pendingSelect;
  #scrolled = false;
  #stepper = null; // the article's steps followed, once ready
  #step = null; // the step last applied: [id, window, element]
  #nearWidth; // the element's content width when it came near, if known
  /** The page a copied link names (the host page's, in embed.html); this page's when unset. */
  linkBase;
  // A changed fragment that names one of our events opens it; a fragment
  // without our part (the page's own anchors) changes nothing.
  #onHashChange = () => {
    const id = this.#hashName && fragmentId(this.#hashName);
    if (id && this.#widget) this.select(id);
  };

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = baseSheets();
    // A `story` set on the element before this class was defined.
    if (Object.prototype.hasOwnProperty.call(this, 'story')) {
      const story = this.story;
      delete this.story;
      this.story = story;
    }
  }

  connectedCallback() {
    if (!this.#content) this.#show(skeleton());
    this.#setState('loading');
    addEventListener('hashchange', this.#onHashChange);
    // A link to one of its events opens the widget at once, wherever it is.
    const linked = this.#hashName && fragmentId(this.#hashName);
    if (linked || typeof IntersectionObserver !== 'function') {
      this.#approach();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      const near = entries.find((entry) => entry.isIntersecting);
      if (!near) return;
      // Its width, known here without a layout: the first render needs it.
      const style = getComputedStyle(this);
      const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'];
      this.#nearWidth = sides.reduce((width, side) => width - (parseFloat(style[side]) || 0), near.boundingClientRect.width);
      this.#approach();
    }, { rootMargin: '100% 0px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    removeEventListener('hashchange', this.#onHashChange);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#generation += 1;
    this.#unmount();
    this.#show(skeleton());
    this.#near = false;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#near || !this.isConnected) return;
    if (name === 'theme') {
      this.#widget?.restyle();
    } else if (name === 'start') {
      if (after) this.select(after);
    } else if (name === 'steps') {
      this.#follow().then((problems) => problems.forEach((text) => console.warn(`<trade-timeline>: steps: ${text}`)));
    } else if (name !== 'hash') {
      this.#load();
    }
  }

  /** The interface language: `lang` here, else on the nearest ancestor, else the document's. */
  get uiLang() {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr';
  }

  /** The fragment part name for deep links: null when off, "tt" for a bare `hash`. */
  get #hashName() {
    const value = this.getAttribute('hash');
    return value == null ? null : value.trim() || 'tt';
  }

  /** The story as an object (a fresh copy), or null before it is read. */
  get story() {
    try {
      const text = this.#shown ?? (this.#object === undefined ? null : JSON.stringify(this.#object));
      return text == null ? null : JSON.parse(text);
    } catch {
      return null;
    }
  }

  /** Shows this story object instead of the one from `src` or inline JSON. */
  set story(value) {
    this.#object = value;
    this.#shown = null;
    if (this.#near && this.isConnected) this.#load();
  }

  /**
   * Opens the event with this id (null closes the card). Returns false, and
   * warns in the console, when no event has it. Before the widget is ready,
   * the id is kept and opened then.
   */
  select(id) {
    if (!this.#widget) {
      this.#pendingSelect = id;
      return true;
    }
    const refused = this.#widget.select(id == null ? undefined : String(id));
    if (refused) console.warn(`<trade-timeline>: select: ${refused}`);
    return !refused;
  }

  /**
   * Shows what a step of the article shows, as when it reaches the reading
   * line: the event with `id` ("" for the whole story), in `window`'s span
   * ("2013/2025") if given. `null` shows what the widget opened on. Returns
   * false, and warns, when no event has the id; before the widget is
   * ready, the step is kept and applied then. `element` is what the
   * trade-timeline:select event it causes names as its `detail.step`.
   */
  step(id, { window = null, element = null } = {}) {
    this.#step = [id == null ? null : String(id), window, element];
    if (!this.#widget?.valid) return true;
    const refused = this.#widget.select(this.#step[0] ?? undefined, window ?? undefined, true);
    if (refused) console.warn(`<trade-timeline>: step: ${refused}`);
    return !refused;
  }

  /** Rereads the theme's colours, after the page changed --tt-* properties. */
  restyle() {
    this.#widget?.restyle();
  }

  #approach() {
    this.#observer?.disconnect();
    this.#near = true;
    this.#load();
  }

  async #load() {
    const generation = ++this.#generation;
    this.#setState('loading');
    warmIntl(this.uiLang);
    // Scrollytelling's module, for an element with steps only.
    const stepping = this.hasAttribute('steps') ? loadSteps().catch(() => null) : null;
    let glue;
    let input;
    let text;
    try {
      [glue, input, , text] = await Promise.all([
        loadWasm().catch((error) => Promise.reject({ kind: error?.kind ?? 'files', error })),
        this.#storyInput().catch((error) => Promise.reject({ kind: 'story', error })),
        this.#stylesheet().catch((error) => Promise.reject({ kind: 'files', error })),
        loadWords(this.uiLang).catch((error) => Promise.reject({ kind: 'files', error })),
      ]);
    } catch (failure) {
      if (generation === this.#generation) this.#fail(failure.kind, failure.error);
      return;
    }
    // Compiling the wasm and mounting the widget are long; a task boundary
    // between them lets the page handle input in between.
    await nextTask();
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    const container = shell();
    this.#show(container);
    const name = this.#hashName;
    const linked = name && fragmentId(name);
    const start = this.#pendingSelect ?? (linked || this.getAttribute('start')) ?? undefined;
    this.#pendingSelect = undefined;
    try {
      this.#shown = input.text;
      const onSelect = (id, byStep) => {
        const url = this.#hashName && linkTo(this.#hashName, id);
        if (url && url !== location.href) history.replaceState(history.state, '', url);
        this.#emit('select', { id, step: byStep ? this.#step?.[2] ?? null : null });
      };
      // Resolves with the link once copied; rejects with it when the clipboard refuses.
      const copyLink = name ? async (id) => {
        const url = linkTo(this.#hashName ?? name, id, this.linkBase);
        try {
          await navigator.clipboard.writeText(url);
        } catch {
          throw url;
        }
        return url;
      } : undefined;
      this.#widget = glue.mount(container, {
        story: input.text, words: text, start: start || undefined, onSelect, copyLink,
        preview: this.hasAttribute('preview'), extras: loadExtras,
        // Measured once here only when no observer entry gave it (a load
        // opened by a link): a phone opens on a card (mount.rs).
        width: this.#nearWidth ?? this.clientWidth,
        // The height reserved while loading (a style, not a layout): once
        // drawn, the widget is as tall, its chart taking up the difference.
        height: reservedHeight(this),
        // A stepped widget on a phone: strip and chart only, beside the
        // article's paragraph.
        compact: this.hasAttribute('steps') && matchMedia('(max-width: 600px)').matches,
      });
      this.#nearWidth = undefined; // a later load measures again
    } catch (error) {
      this.#fail('files', error);
      return;
    }
    const widget = this.#widget;
    // The first module only tells whether there is anything to say of the
    // story; the second words it, fetched for that alone.
    const report = !widget.valid || widget.hasWarnings ? this.#report(input, widget.valid) : null;
    if (widget.valid) {
      // The chart and what follows it come in a task of their own: ready
      // once they are drawn.
      const [, worded] = await Promise.all([widget.drawn, report, stepping]);
      if (generation !== this.#generation || widget !== this.#widget) return;
      const warnings = worded?.warnings ?? [];
      for (const text of await this.#follow()) warnings.push(record('steps', text, 'unknown_reference', 'warning', `steps: ${text}`));
      const refused = widget.startProblem;
      if (refused) warnings.push(record('start', refused, 'unknown_reference', 'warning', `start: ${refused}`));
      for (const warning of warnings) console.warn(`<trade-timeline>: ${warning.text}`);
      const reserved = reservedHeight(this);
      this.#setState('ready');
      // Beyond what the chart could take up, the page moved: say what to
      // reserve, for the people who publish.
      if (reserved) requestAnimationFrame(() => {
        const style = getComputedStyle(this);
        const drawn = Math.round(this.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom));
        if (this.clientHeight && Math.abs(drawn - reserved) > 8) console.warn(`<trade-timeline>: ${Math.round(reserved)} px reserved, ${drawn} px drawn at ${this.clientWidth} px wide: set --tt-height: ${drawn}px`);
      });
      // Opened by a link: bring it into view, once.
      if (linked && !this.#scrolled) this.scrollIntoView({ block: 'start' });
      this.#scrolled ||= Boolean(linked);
      this.#emit('ready', { warnings });
      prefetchExtras();
    } else {
      this.#root.append(document.createElement('slot'));
      const { problems } = await report;
      if (generation !== this.#generation || widget !== this.#widget) return;
      widget.explain(problems.map((p) => p.text));
      // The error state, like ready, is set once everything is said.
      this.#setState('error');
      // Readers see one sentence and the page's fallback; the people who
      // publish see every problem here, in the event, and with `preview`.
      this.#tell(`the story has problems:\n${problems.map((p) => p.text).join('\n')}`);
      this.#emit('error', { problems });
    }
  }

  // What the second module says of the story: `{ problems, warnings }`.
  // When it cannot be loaded, one record says so and why, in place of the
  // problems of a refused story or of the warnings of a shown one.
  async #report(input, valid) {
    try {
      const module = await loadExtras();
      return module.checkStory(input.text, this.uiLang, input.fromObject);
    } catch (error) {
      const what = valid ? 'warnings' : 'problems';
      const message = `the story has ${what}, but their details could not be loaded (${error?.message ?? error})`;
      const unworded = [record(null, message, 'details_unavailable', valid ? 'warning' : 'error', message)];
      return valid ? { problems: [], warnings: unworded } : { problems: unworded, warnings: [] };
    }
  }

  // The story's text as the wasm reads it: an object set on the element
  // (as JSON), the text behind `src` (fetched once per src), or inline JSON.
  async #storyInput() {
    if (this.#object !== undefined) {
      const text = JSON.stringify(this.#object);
      if (typeof text !== 'string') throw new Error('the story set on the element is not a JSON object');
      return { text, fromObject: true };
    }
    const src = this.getAttribute('src');
    if (!src) {
      const inline = this.querySelector('script[type="application/json"]');
      if (inline) return { text: inline.textContent, fromObject: false };
      throw new Error('no src attribute and no <script type="application/json"> inside');
    }
    if (this.#fetchedSrc !== src) {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
      this.#fetched = await response.text();
      this.#fetchedSrc = src;
    }
    return { text: this.#fetched, fromObject: false };
  }

  #stylesheet() {
    if (!this.#css) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      // Integrity on a stylesheet from a CDN needs a CORS request.
      link.crossOrigin = 'anonymous';
      link.integrity = integrityOf('css');
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = () => reject(new Error(`${fileUrl('css')} did not load`));
      });
      link.href = fileUrl('css');
      this.#root.prepend(link);
      this.#css = { link, loaded };
      loaded.catch(() => { link.remove(); this.#css = null; });
    }
    return this.#css.loaded;
  }

  #show(content) {
    if (this.#content) this.#content.replaceWith(content);
    else this.#root.append(content);
    this.#content = content;
    for (const slot of this.#root.querySelectorAll(':scope > slot')) slot.remove();
  }

  // Follows the article's steps (`steps`, steps.js) with the ready widget;
  // resolves to what is wrong with them. A step the host applied, or one
  // kept while loading, is applied again first.
  async #follow() {
    this.#stepper?.stop();
    this.#stepper = null;
    const widget = this.#widget;
    if (this.#step) this.step(this.#step[0], { window: this.#step[1], element: this.#step[2] });
    if (!widget?.valid || !this.hasAttribute('steps')) return [];
    try {
      const module = await loadSteps();
      if (widget !== this.#widget) return [];
      this.#stepper = module.attach(this, widget);
      return this.#stepper.problems;
    } catch (error) {
      return [`the steps could not be followed (${error?.message ?? error})`];
    }
  }

  #unmount() {
    this.#stepper?.stop();
    this.#stepper = null;
    this.#widget?.destroy();
    this.#widget = null;
  }

  #fail(kind, error) {
    this.#unmount();
    const words = MESSAGES[this.uiLang.slice(0, 2)] ?? MESSAGES.fr;
    const message = document.createElement('p');
    message.className = 'tt-failure';
    message.part = 'failure';
    message.setAttribute('role', 'alert');
    const detail = `${words[kind] ?? words.files} (${error?.message ?? error}).`;
    // The reason is for the people who publish: in the console and the
    // event always, in the page only with `preview`.
    message.textContent = this.hasAttribute('preview') ? detail : `${words[kind] ?? words.files}.`;
    this.#tell(detail);
    const frame = shell();
    frame.append(message, document.createElement('slot'));
    this.#show(frame);
    this.#setState('error');
    // The same shape as a story's problems: not tied to a field.
    this.#emit('error', { problems: [record(null, detail, kind, 'error', detail)] });
  }

  /** Tells the people who publish what went wrong: an error in the console,
   *  a warning under `preview`, where the page shows it too. */
  #tell(text) {
    (this.hasAttribute('preview') ? console.warn : console.error)(`<trade-timeline>: ${text}`);
  }

  #setState(state) {
    this.dataset.state = state;
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`trade-timeline:${name}`, { detail, bubbles: true, composed: true }));
  }
}

// A problem as the events carry it (story::record in the wasm): one that
// is not tied to a place in the story's text.
function record(path, message, kind, severity, text) {
  return { path, line: null, column: null, message, kind, severity, text };
}

let warmed = false;

// The browser's date and number formatting starts up (its locale data) on
// first use, which takes tens of milliseconds: done here in a task of its
// own while the files download, it is not part of the first render's task.
function warmIntl(lang) {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(0);
      new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(1.5);
    } catch { /* an unknown language: the widget falls back on its own */ }
  });
}

// Yields to the event loop: what the page has waiting runs first.
function nextTask() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

// The element's reserved height in CSS pixels (its min-height while
// loading: --tt-height, the defaults, or the page's own rule), if one is.
function reservedHeight(element) {
  const style = getComputedStyle(element);
  if (!style.minHeight.endsWith('px')) return undefined;
  const sides = style.boxSizing === 'border-box' ? ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] : [];
  return sides.reduce((height, side) => height - (parseFloat(style[side]) || 0), parseFloat(style.minHeight));
}

function shell() {
  const element = document.createElement('div');
  element.className = 'tt-shell';
  element.part = 'shell';
  return element;
}

function skeleton() {
  const element = document.createElement('div');
  element.className = 'tt-skeleton';
  element.part = 'skeleton';
  element.setAttribute('aria-busy', 'true');
  return element;
}

if (globalThis.customElements && !customElements.get('trade-timeline')) {
  customElements.define('trade-timeline', TradeTimelineElement);
}

/**
 * Mounts a widget in `target` for pages built in script. Options: `src` or
 * `story` (an object), `lang`, `theme`, `start`, and `onSelect(id)`,
 * `onReady()`, `onError(problems)`. Returns `{ element, select(id), destroy() }`.
 */
export function mount(target, options = {}) {
  const element = document.createElement('trade-timeline');
  for (const name of ATTRIBUTES) {
    // A boolean attribute (`preview`) is there for `true` only.
    const value = options[name];
    if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  if (options.story !== undefined) element.story = options.story;
  const listen = (name, handler, pick) => {
    if (typeof handler === 'function') element.addEventListener(`trade-timeline:${name}`, (event) => handler(pick(event.detail)));
  };
  listen('select', options.onSelect, (detail) => detail.id);
  listen('ready', options.onReady, () => undefined);
  listen('error', options.onError, (detail) => detail.problems);
  target.append(element);
  return {
    element,
    select: (id) => element.select(id),
    destroy: () => element.remove(),
  };
}

/** Live widgets and WebAssembly memory on this page, once the wasm is loaded. */
export async function diagnostics() {
  if (!wasm) return { live: 0, memoryBytes: 0 };
  const glue = await wasm;
  return { live: glue.liveWidgets(), memoryBytes: glue.memoryBytes() };
}
