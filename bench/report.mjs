// The results as tables: page loads (one row per page × story × CPU ×
// viewport) and interactions, plus the requests that tried to leave the
// machine. Plain text for the terminal, or Markdown.
import { PAGES } from './options.mjs';
import { kib, median, mib, spread } from './stats.mjs';
import { table } from './table.mjs';
import { DRIVERS } from './drivers.mjs';

export function loadTable({ loads, far }, { markdown, timeoutMs }) {
  const headers = ['page', 'story', 'cpu', 'viewport', 'n', 'ready ms', 'TBT ms', 'long tasks', 'KiB wire',
    'KiB before near', 'requests', 'heap MiB', 'wasm MiB', 'nodes', 'CLS'];
  const rows = loads.map(({ page, story, cpu, viewport, runs, timeout, skipped }) => {
    const column = (name) => runs.map((r) => r[name]);
    const before = far[`${page}|${story}`];
    const first = [PAGES[page], story, `${cpu}×`, viewport];
    if (!runs.length) {
      const notRun = skipped === Infinity ? ' (not run: timed out at 1×)' : skipped ? ` (not run: ${(skipped / 1000).toFixed(0)} s at 1×)` : '';
      const ready = timeout ? `> ${timeoutMs / 1000} s${notRun}` : 'failed';
      const rest = Array(9).fill('n/a');
      rest[3] = before ? kib(before.bytes) : 'n/a';
      return [...first, '0', ready, ...rest];
    }
    return [
      ...first,
      String(runs.length) + (timeout ? ` + timeout` : ''),
      spread(column('ready')),
      median(column('blocking')).toFixed(0),
      median(column('longTasks')).toFixed(0),
      kib(median(column('bytes'))),
      before ? kib(before.bytes) : 'n/a',
      median(column('requests')).toFixed(0),
      mib(median(column('heap'))),
      page === 'widget' ? mib(median(column('wasm'))) : 'n/a',
      median(column('nodes')).toFixed(0),
      Math.max(...column('shift')).toFixed(3),
    ];
  });
  return table(headers, rows, { markdown, left: 4 });
}

export function interactionTable({ interactions }, { markdown }) {
  const headers = ['page', 'events', 'cpu', 'viewport', 'input', 'next ms', 'pan ms', 'zoom ms', 'hover ms'];
  const cell = (times) => (times ? spread(times, 1) : 'n/a');
  const events = { '1k': '1,000', '10k': '10,000', panels: '1,000, two panels' };
  const rows = interactions.map((r) => [PAGES[r.page], events[r.story], `${r.cpu}×`, r.viewport, r.input, cell(r.next), cell(r.pan), cell(r.zoom), cell(r.hover)]);
  return table(headers, rows, { markdown, left: 5 });
}

export function stepTable({ steps }, { markdown }) {
  const headers = ['page', 'story', 'cpu', 'viewport', 'steps', 'next paint ms', 'long tasks'];
  const stories = { real: 'real', '1k': '1,000 events' };
  const rows = steps.map((r) => [PAGES.widget, stories[r.story], `${r.cpu}×`, r.viewport, String(r.steps.length),
    r.steps.length ? spread(r.steps, 1) : 'n/a', String(r.longTasks)]);
  return table(headers, rows, { markdown, left: 4 });
}

/** What the numbers mean, and what each library does for each input. */
export function notes({ interactions, loads, far, steps = [] }, { timeoutMs }) {
  const lines = [
    'ready: navigation to the first frame after the page drew its timeline and chart (median, min–max over n fresh loads).',
    `TBT: sum of (long task − 50 ms) from navigation to ready + 300 ms; KiB wire: encoded bytes with headers, every request; KiB before near: the same page with the graphic four screens down, once it has settled (desktop, 1×); heap: JS heap after a GC; nodes: DevTools "Nodes" (shadow DOM included); CLS: worst run. A load not ready within ${timeoutMs / 1000} s reads "> ${timeoutMs / 1000} s"; "(not run)" at 4× when at 1× it took over half that (throttled 4×, it would take over twice as long).`,
    'interactions (1,000 and 10,000 events): input event to the next frame after its work (rAF, then a message), median (min–max) of the samples. Desktop: mouse and Ctrl+wheel; phone: touch (tap, drag, pinch) and no hover.',
  ];
  for (const [page, driver] of Object.entries(DRIVERS)) {
    if (!interactions.some((r) => r.page === page)) continue;
    for (const key of ['nextNote', 'zoomNote', 'hoverNote']) {
      if (driver[key]) lines.push(`${PAGES[page]}, ${key.replace('Note', '')}: ${driver[key]}.`);
    }
  }
  for (const r of interactions) {
    for (const what of ['next', 'pan', 'zoom', 'hover']) {
      if (!r[what] && !(what === 'hover' && r.input === 'touch')) {
        const why = DRIVERS[r.page][`${what}Missing`] ?? 'the page shows no such control at this size';
        lines.push(`${PAGES[r.page]} ${r.cpu}× ${r.viewport}: ${what} n/a: ${why}.`);
      }
    }
    for (const note of r.notes) lines.push(`${PAGES[r.page]} ${r.cpu}× ${r.viewport}: ${note}.`);
  }
  if (steps.length) lines.push('steps (scrollytelling, 8 paragraphs over the story): the scroll that brings a step to the reading line to the end of the first frame after the widget selected its event, median (min–max); long tasks over the whole walk, the glides\' drawings included.');
  for (const r of steps) for (const note of r.notes) lines.push(`${PAGES.widget} steps ${r.story} ${r.cpu}× ${r.viewport}: ${note}.`);
  const offHost = new Set([...loads.flatMap((l) => l.runs.flatMap((r) => r.offHost)), ...Object.values(far).flatMap((f) => f.offHost)]);
  lines.push(offHost.size ? `requests off 127.0.0.1 (blocked): ${[...offHost].join(', ')}` : 'requests off 127.0.0.1: none.');
  return lines;
}
