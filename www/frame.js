// trade-timeline's iframe helper, for the host page: sizes every iframe of
// embed.html on the page to its content, and re-dispatches the reader's
// selections as trade-timeline:select events on the iframe element.
// Messages are only taken from the page's own iframes.
const LIMIT = 10000;

addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.source !== 'trade-timeline' || typeof data.type !== 'string') return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (data.type === 'trade-timeline:height' && Number.isFinite(data.height)) {
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 0), LIMIT)}px`;
  } else if (data.type === 'trade-timeline:select') {
    const id = typeof data.id === 'string' ? data.id : null;
    frame.dispatchEvent(new CustomEvent('trade-timeline:select', { detail: { id }, bubbles: true }));
  }
});
