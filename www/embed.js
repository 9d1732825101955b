// The iframe page (embed.html?src=…&lang=…&theme=…&start=…&font=…&hash=…):
// one widget filling the frame, for CMSs that only allow iframes. It tells
// the page around it its height whenever that changes, in trade-timeline's
// message (frame.js, on the host page, sizes the iframe), AMP's
// (`embed-size`, for <amp-iframe resizable>) and Embedly's
// (`iframe.resize`, Medium and the sites that embed through it); and which
// event the reader selected. From the host page (frame.js) come its
// scrollytelling steps, its theme and `--tt-*` properties, live, and its
// address: a copied link, and a deep link (`hash`), name the host page.
import './trade-timeline.js';

const params = new URLSearchParams(location.search);
const element = document.createElement('trade-timeline');
const src = params.get('src');
if (src) {
  const url = new URL(src, location.href);
  // Only a web address: never javascript:, data: or a file.
  if (url.protocol === 'https:' || url.protocol === 'http:') element.setAttribute('src', url.href);
}
for (const name of ['lang', 'theme', 'start', 'font']) {
  const value = params.get(name);
  if (value) element.setAttribute(name, value);
}
if (params.has('hash')) element.setAttribute('hash', params.get('hash'));
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.body.style.margin = '0';
document.body.append(element);

const tell = (message) => {
  if (window.parent !== window) window.parent.postMessage({ ...message, source: 'trade-timeline' }, '*');
};
let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now === height || window.parent === window) return;
  height = now;
  tell({ type: 'trade-timeline:height', height });
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  window.parent.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height }), '*');
}).observe(document.body);
// Said at once, so that frame.js sends the host's theme and address before
// the widget first draws (and again once it is ready).
tell({ type: 'trade-timeline:hello' });
element.addEventListener('trade-timeline:select', (event) => tell({ type: 'trade-timeline:select', id: event.detail.id, byStep: event.detail.step != null }));
element.addEventListener('trade-timeline:ready', () => tell({ type: 'trade-timeline:ready' }));

// The host's `--tt-*` properties set here, and the ones it no longer sets.
let themed = [];
const HOST = {
  // A step of the host article (frame.js, steps.js) shows its event here.
  'trade-timeline:step'(data) {
    const id = typeof data.id === 'string' ? data.id : null;
    element.step(id, { window: typeof data.window === 'string' ? data.window : null, element: document.body });
  },
  // The host page's address: links name it, and its deep link opens here.
  'trade-timeline:host'(data) {
    let url;
    try {
      url = new URL(data.url);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    element.linkBase = url.href;
    const name = element.getAttribute('hash')?.trim() || 'tt';
    const part = element.hasAttribute('hash') && url.hash.slice(1).split('&').find((p) => p.split('=')[0] === name);
    if (part) {
      try {
        element.select(decodeURIComponent(part.slice(name.length + 1)));
      } catch { /* a malformed link opens nothing */ }
    }
  },
  // The host's theme and `--tt-*` properties, as they change.
  'trade-timeline:theme'(data) {
    if (['light', 'dark', 'auto'].includes(data.theme)) element.setAttribute('theme', data.theme);
    const properties = Object.entries(data.properties ?? {})
      .filter(([name, value]) => /^--tt-[\w-]+$/.test(name) && typeof value === 'string' && value.length < 200);
    for (const name of themed) element.style.removeProperty(name);
    for (const [name, value] of properties) element.style.setProperty(name, value);
    themed = properties.map(([name]) => name);
    element.restyle();
  },
};
addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== window.parent || data?.source !== 'trade-timeline' || !Object.hasOwn(HOST, data.type)) return;
  HOST[data.type](data);
});
