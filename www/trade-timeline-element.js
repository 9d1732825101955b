// <trade-timeline>: the element a host page writes. It reserves its space,
// waits until it is about one screen from the viewport, then loads the
// stylesheet, the story and the shared WebAssembly instance, and mounts the
// widget in its shadow root. Nothing it does can throw into the page: every
// failure ends as data-state="error", a readable message, the host's own
// fallback content, and a trade-timeline:error event.

const base = import.meta.url;
let wasm; // one instance shared by every widget on the page

function loadWasm() {
  wasm ??= import(new URL('./widget.js', base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL('./widget_bg.wasm', base) });
    return glue;
  });
  return wasm;
}

const MESSAGES = {
  fr: { story: 'Impossible de charger les données', wasm: 'Ce navigateur ne peut pas afficher ce module' },
  en: { story: 'The data could not be loaded', wasm: 'This browser cannot show this widget' },
};

export class TradeTimelineElement extends HTMLElement {
  static observedAttributes = ['src', 'lang'];

  #root = this.attachShadow({ mode: 'open' });
  #widget = null;
  #observer = null;
  #near = false;
  #generation = 0;

  connectedCallback() {
    if (!this.#root.firstChild) this.#showSkeleton();
    this.#setState('loading');
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer.disconnect();
      this.#near = true;
      this.#load();
    }, { rootMargin: '100% 0px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#generation += 1;
    this.#unmount();
    this.#near = false;
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.#near && this.isConnected) this.#load();
  }

  get uiLang() {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr';
  }

  async #load() {
    const generation = ++this.#generation;
    this.#setState('loading');
    let glue;
    let text;
    try {
      [glue, text] = await Promise.all([
        loadWasm().catch((error) => Promise.reject({ kind: 'wasm', error })),
        this.#storyText().catch((error) => Promise.reject({ kind: 'story', error })),
      ]);
    } catch (failure) {
      if (generation === this.#generation) this.#fail(failure.kind, failure.error);
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    const container = document.createElement('div');
    container.className = 'tt-shell';
    this.#root.replaceChildren(this.#stylesheet(), container);
    try {
      this.#widget = glue.mount(container, text, this.uiLang);
    } catch (error) {
      this.#fail('wasm', error);
      return;
    }
    if (this.#widget.valid) {
      this.#setState('ready');
      this.#emit('ready', {});
    } else {
      this.#root.append(document.createElement('slot'));
      this.#setState('error');
      this.#emit('error', { problems: this.#widget.problems });
    }
  }

  async #storyText() {
    const src = this.getAttribute('src');
    if (!src) {
      const inline = this.querySelector('script[type="application/json"]');
      if (inline) return inline.textContent;
      throw new Error('no src attribute and no <script type="application/json"> inside');
    }
    const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
    return response.text();
  }

  #unmount() {
    this.#widget?.destroy();
    this.#widget = null;
  }

  #fail(kind, error) {
    this.#unmount();
    const words = MESSAGES[this.uiLang.slice(0, 2)] ?? MESSAGES.fr;
    const message = document.createElement('p');
    message.className = 'tt-failure';
    message.setAttribute('role', 'alert');
    message.textContent = `${words[kind]} (${error?.message ?? error}).`;
    const shell = document.createElement('div');
    shell.className = 'tt-shell';
    shell.append(message, document.createElement('slot'));
    this.#root.replaceChildren(this.#stylesheet(), shell);
    this.#setState('error');
    this.#emit('error', { problems: [message.textContent] });
  }

  #showSkeleton() {
    const skeleton = document.createElement('div');
    skeleton.className = 'tt-skeleton';
    skeleton.setAttribute('aria-busy', 'true');
    this.#root.replaceChildren(this.#stylesheet(), skeleton);
  }

  #stylesheet() {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./trade-timeline.css', base).href;
    return link;
  }

  #setState(state) {
    this.dataset.state = state;
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`trade-timeline:${name}`, { detail, bubbles: true, composed: true }));
  }
}
