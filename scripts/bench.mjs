// Benchmark: how long the widget takes to follow zoom and pan with a large
// story (1,000 events, a 1,000-point series), in headless Chromium.
//
//   make bench            (builds dist/ first)
//   node scripts/bench.mjs [events] [points]
//
// Two measures, both printed as median / 95th percentile / worst:
// - update: from dispatching one input event (Ctrl+wheel step or drag move)
//   to the end of the work it causes: Leptos effects, the canvas redraw,
//   and the style and layout of the timeline (forced by reading a size).
//   Paint is not included; it is what the frame measure adds.
// - frame: the interval between animation frames while one drag move is
//   dispatched per frame. 16.7 ms is a smooth 60 frames per second.
// A benchmark, not a test: it fails only if the widget does not load.
import { open } from '../tests/e2e/browser.mjs';

const EVENTS = Number(process.argv[2] ?? 1000);
const POINTS = Number(process.argv[3] ?? 1000);
const pad = (n, width = 2) => String(n).padStart(width, '0');

function story() {
  // Events and points cover the same years, ending in 2030.
  const firstYear = 2030 - Math.ceil(POINTS / 12);
  const start = Date.UTC(firstYear, 0, 1);
  const step = (Date.UTC(2030, 11, 31) - start) / EVENTS;
  const events = Array.from({ length: EVENTS }, (_, i) => {
    const d = new Date(start + i * step);
    return {
      id: `e${i}`,
      date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      title: `Événement numéro ${i + 1} de la chronologie`,
      text: 'Un texte court.',
      category: ['diplomatie', 'commerce', 'énergie'][i % 3],
      sources: ['s'],
    };
  });
  const points = Array.from({ length: POINTS }, (_, i) => ({
    period: `${firstYear + Math.floor(i / 12)}-${pad((i % 12) + 1)}`,
    value: Math.round((20 + 15 * Math.sin(i / 30) + i / 50) * 10) / 10,
    sources: ['s'],
  }));
  return {
    version: 1,
    lang: 'fr',
    title: 'Banc d’essai',
    updated: '2030-12',
    sources: [{ id: 's', name: 'Source synthétique' }],
    events,
    series: [{ id: 'v', label: 'Valeur', unit: 'milliards', sources: ['s'], points }],
  };
}

const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div style="width:960px"><trade-timeline src="/__bench/story.json"></trade-timeline></div>
<script type="module" src="/dist/trade-timeline.js"></script>`;

// Runs inside the page.
async function measure() {
  const host = document.querySelector('trade-timeline');
  const stage = host.shadowRoot.querySelector('.tt-stage');
  const box = stage.getBoundingClientRect();
  const channel = new MessageChannel();
  const yieldTask = () => new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
  const at = (x) => ({ clientX: box.left + x, clientY: box.top + 40, bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true });
  const wheel = (deltaY) => stage.dispatchEvent(new WheelEvent('wheel', { ...at(box.width / 2), deltaY, ctrlKey: true, cancelable: true }));
  const update = async (act) => {
    const t0 = performance.now();
    act();
    await yieldTask();
    void stage.offsetHeight;
    host.shadowRoot.querySelector('.tt-marks')?.getBoundingClientRect();
    return performance.now() - t0;
  };
  const zoom = [];
  for (let i = 0; i < 30; i += 1) zoom.push(await update(() => wheel(-120)));
  for (let i = 0; i < 30; i += 1) zoom.push(await update(() => wheel(120)));
  // Zoom in to about five years, where labels are shown rather than clustered.
  for (let i = 0; i < 12; i += 1) await update(() => wheel(-120));
  const pan = [];
  let x = box.width * 0.8;
  stage.dispatchEvent(new PointerEvent('pointerdown', at(x)));
  for (let i = 0; i < 120; i += 1) {
    x += i < 60 ? -4 : 4;
    pan.push(await update(() => stage.dispatchEvent(new PointerEvent('pointermove', at(x)))));
  }
  stage.dispatchEvent(new PointerEvent('pointerup', at(x)));
  const frames = [];
  await new Promise((resolve) => {
    let last = null;
    let n = 0;
    stage.dispatchEvent(new PointerEvent('pointerdown', at(x)));
    const frame = (now) => {
      if (last !== null) frames.push(now - last);
      last = now;
      x += n < 90 ? -3 : 3;
      stage.dispatchEvent(new PointerEvent('pointermove', at(x)));
      n += 1;
      if (n < 180) requestAnimationFrame(frame);
      else {
        stage.dispatchEvent(new PointerEvent('pointerup', at(x)));
        resolve();
      }
    };
    requestAnimationFrame(frame);
  });
  const marks = host.shadowRoot.querySelectorAll('.tt-mark').length;
  return { zoom, pan, frames, marks };
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms   p95 ${at(0.95).toFixed(1)} ms   worst ${sorted[sorted.length - 1].toFixed(1)} ms   (n=${values.length})`;
}

const env = await open();
try {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const body = JSON.stringify(story());
  await page.route('**/__bench/story.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.route('**/__bench/page.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const t0 = Date.now();
  await page.goto(`${env.url}__bench/page.html`);
  await page.locator('trade-timeline[data-state="ready"], trade-timeline[data-state="error"]').waitFor();
  if (await page.locator('trade-timeline[data-state="error"]').count()) {
    console.error(await page.locator('trade-timeline').textContent());
    process.exit(1);
  }
  const loaded = Date.now() - t0;
  const result = await page.evaluate(measure);
  console.log(`story: ${EVENTS} events, ${POINTS} points (${(body.length / 1024).toFixed(0)} KiB JSON); loaded and first render in ${loaded} ms`);
  console.log(`update, Ctrl+wheel zoom:        ${summary(result.zoom)}`);
  console.log(`update, drag pan (zoomed in):   ${summary(result.pan)}`);
  console.log(`frame interval, continuous pan: ${summary(result.frames)}`);
  console.log(`timeline marks in the DOM at the end: ${result.marks}`);
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
} finally {
  await env.close();
}
