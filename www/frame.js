// trade-timeline's iframe helper, for the host page: sizes every iframe of
// embed.html on the page to its content, re-dispatches the reader's
// selections as trade-timeline:select events on the iframe element, and
// has this page's scrollytelling steps that name an iframe (data-tt-for,
// steps.js) step the widget in it. Messages are only taken from the
// page's own iframes.
const LIMIT = 10000;

// The steps followed for each iframe a step names: the stepper, and the
// message of the step last shown (sent again once the frame is ready).
const stepped = new Map();

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
    frame.dispatchEvent(new CustomEvent('trade-timeline:select', { detail: { id, step }, bubbles: true }));
  } else if (data.type === 'trade-timeline:ready') {
    const state = stepped.get(frame);
    if (state?.message) state.post();
  }
});
