// trade-timeline's iframe helper, for the host page: sizes every iframe of
// embed.html on the page to its content, re-dispatches the reader's
// selections as trade-timeline:select events on the iframe element, has
// this page's scrollytelling steps that name an iframe (data-tt-for,
// steps.js) step the widget in it, and passes into each frame, live, this
// page's theme (the iframe's data-tt-theme) and the `--tt-*` properties the
// iframe element inherits, and this page's address: a copied link names it,
// and with `hash` in the frame's query the selection is this page's
// fragment part, both ways. Messages are only taken from the page's own
// iframes.
const LIMIT = 10000;
// The custom properties the widget's stylesheet reads (scripts/package-dist.mjs).
const PROPERTIES = [];

// The steps followed for each iframe a step names: the stepper, and the
// message of the step last shown (sent again once the frame is ready).
const stepped = new Map();
// The frames that said hello or ready, and the theme last sent to each.
const heard = new Map();

async function followSteps() {
  const named = new Set([...document.querySelectorAll('[data-tt-for]')].map((step) => step.dataset.ttFor));
  const frames = [...document.querySelectorAll('iframe[id]')].filter((frame) => named.has(frame.id));
  if (!frames.length) return;
  const { stepsOf, follow } = await import('./steps.js');
  for (const frame of frames) {
    const state = { step: null, message: null };
    const post = () => frame.contentWindow?.postMessage(state.message, '*');
    follow(stepsOf(frame, frame.dataset.ttSteps), (step) => {
      state.step = step;
      state.message = { source: 'trade-timeline', type: 'trade-timeline:step', id: step ? step.dataset.ttStep : null, window: step?.dataset.ttWindow ?? null };
      post();
    });
    stepped.set(frame, Object.assign(state, { post }));
  }
}
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', followSteps);
else followSteps();

const post = (frame, message) => frame.contentWindow?.postMessage({ source: 'trade-timeline', ...message }, '*');
const tellAddress = (frame) => post(frame, { type: 'trade-timeline:host', url: location.href });

// The theme and properties as the frame should have them now; sent when
// they differ from what the frame has.
function tellTheme(frame) {
  const style = getComputedStyle(frame);
  const properties = Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name).trim()]).filter(([, value]) => value));
  const message = { type: 'trade-timeline:theme', theme: frame.dataset.ttTheme ?? null, properties };
  const text = JSON.stringify(message);
  if (heard.get(frame) === text) return;
  heard.set(frame, text);
  post(frame, message);
}
// Once a frame at most, however many changes the page makes in it.
let queued = false;
const retheme = () => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    heard.forEach((_, frame) => (frame.isConnected ? tellTheme(frame) : heard.delete(frame)));
  });
};
// The page's theme lives in its classes, styles and data attributes, on the
// root, the body, the iframes or their ancestors, and in the reader's
// colour scheme.
new MutationObserver(retheme).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['class', 'style', 'data-theme', 'data-tt-theme'] });
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', retheme);
addEventListener('hashchange', () => heard.forEach((_, frame) => tellAddress(frame)));

// The frame's deep-link part name (its query's `hash`: empty is "tt"), or null.
function hashName(frame) {
  try {
    const value = new URL(frame.src, location.href).searchParams.get('hash');
    return value == null ? null : value.trim() || 'tt';
  } catch {
    return null;
  }
}

// This page's fragment with part `name` naming event `id` (null: none).
function showInFragment(name, id) {
  const url = new URL(location.href);
  const parts = url.hash.slice(1).split('&').filter((p) => p && p.split('=')[0] !== name);
  if (id != null) parts.push(`${name}=${encodeURIComponent(id)}`);
  url.hash = parts.join('&');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.source !== 'trade-timeline' || typeof data.type !== 'string') return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (data.type === 'trade-timeline:height' && Number.isFinite(data.height)) {
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 0), LIMIT)}px`;
  } else if (data.type === 'trade-timeline:select') {
    const id = typeof data.id === 'string' ? data.id : null;
    const step = data.byStep ? stepped.get(frame)?.step ?? null : null;
    const name = hashName(frame);
    if (name) showInFragment(name, id);
    frame.dispatchEvent(new CustomEvent('trade-timeline:select', { detail: { id, step }, bubbles: true }));
  } else if (data.type === 'trade-timeline:hello' || data.type === 'trade-timeline:ready') {
    // The frame's page has just started (its widget not drawn yet), or its
    // widget is ready: it hears the theme and the address now.
    heard.delete(frame);
    tellAddress(frame);
    tellTheme(frame);
    const state = stepped.get(frame);
    if (data.type === 'trade-timeline:ready' && state?.message) state.post();
  }
});
