// The iframe page (embed.html?src=…&lang=…&theme=…&start=…): one widget
// filling the frame, for CMSs that only allow iframes. It tells the page
// around it its height whenever that changes (frame.js, on the host page,
// sizes the iframe), and which event the reader selected; the host's
// scrollytelling steps come the other way.
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
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.body.style.margin = '0';
document.body.append(element);

const tell = (message) => {
  if (window.parent !== window) window.parent.postMessage({ ...message, source: 'trade-timeline' }, '*');
};
let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now !== height) {
    height = now;
    tell({ type: 'trade-timeline:height', height });
  }
}).observe(document.body);
element.addEventListener('trade-timeline:select', (event) => tell({ type: 'trade-timeline:select', id: event.detail.id, byStep: event.detail.step != null }));
element.addEventListener('trade-timeline:ready', () => tell({ type: 'trade-timeline:ready' }));
// A step of the host article (frame.js, steps.js) shows its event here.
addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== window.parent || data?.source !== 'trade-timeline' || data.type !== 'trade-timeline:step') return;
  const id = typeof data.id === 'string' ? data.id : null;
  element.step(id, { window: typeof data.window === 'string' ? data.window : null, element: document.body });
});
