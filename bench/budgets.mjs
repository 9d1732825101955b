// Our widget's budgets (issue 25), each as PASS or FAIL with its figure, from
// the same run's results. A budget whose cases were filtered out reads
// "not measured". Budgets never fail the benchmark.
// Returns [{ status: 'PASS' | 'FAIL' | '—', text }].
import { ANCHORS, PAGES } from './options.mjs';
import { kib, median } from './stats.mjs';

const ms = (v) => `${v.toFixed(0)} ms`;

// A load's files are [path, bytes on the wire, body bytes]; the widget's
// are all but the page's own HTML.
const widgetOnly = (files) => files.filter(([path]) => !path.startsWith('/bench/out/pages/'));
const widgetBytes = (files) => widgetOnly(files).reduce((sum, [, , body]) => sum + body, 0);
const widgetFiles = (files) => widgetOnly(files).map(([path, , body]) => `${path.split('/').pop()} ${kib(body)}`).join(', ');

// The second module's requests in a load (its glue and its wasm).
const secondModule = (files) => files.filter(([path]) => /\/extras[._]/.test(path));

export function budgets({ loads, far, interactions, steps = [], lighthouse }) {
  const lines = [];
  const check = (ok, text) => lines.push({ status: ok ? 'PASS' : 'FAIL', text });
  const missing = (text) => lines.push({ status: '—', text: `${text}: not measured in this run` });
  const find = (page, story, cpu, viewport) => loads.find((l) => l.page === page && l.story === story && l.cpu === cpu && l.viewport === viewport);
  const ready = (load) => (load?.runs.length ? median(load.runs.map((r) => r.ready)) : null);
  const viewports = [...new Set(loads.map((l) => l.viewport))];
  const cpus = [...new Set(loads.map((l) => l.cpu))];
  // The faster anchor's median ready; Infinity when both timed out.
  const fasterAnchor = (story, cpu, viewport) => {
    const found = ANCHORS.map((a) => find(a, story, cpu, viewport)).filter(Boolean);
    if (!found.length) return null;
    const best = found.map((l) => ({ page: l.page, ready: ready(l) ?? Infinity })).sort((a, b) => a.ready - b.ready)[0];
    return best;
  };

  const real = loads.find((l) => l.page === 'widget' && l.story === 'real' && l.runs.length);
  if (real) {
    const files = real.runs[0].files;
    // What a first view fetches before it is ready: the second module, if
    // the page fetched it while idle after ready, is not part of it.
    const first = files.filter((f) => !secondModule([f]).length);
    check(widgetBytes(first) <= 140 * 1024, `first render on the wire ${kib(widgetBytes(first))} KiB brotli ≤ 140, aim 120 (${widgetFiles(first)}; the page's HTML not counted)`);
  } else missing('first render on the wire ≤ 140 KiB');
  const ourLoads = loads.filter((l) => l.page === 'widget' && l.runs.length);
  if (ourLoads.length) {
    const most = Math.max(...ourLoads.flatMap((l) => l.runs.map((r) => secondModule(r.files).length)));
    check(most <= 2, `the second module fetched at most once per page: ${most / 2} time(s) at most (glue and wasm: ${most} requests)`);
    const off = Math.max(...ourLoads.flatMap((l) => l.runs.map((r) => r.offHost?.length ?? 0)));
    check(off === 0, `nothing fetched off the host's origin: ${off} request(s) at most`);
  }
  const before = far['widget|real'];
  if (before) check(widgetBytes(before.files) <= 5 * 1024, `before the widget nears the viewport ${kib(widgetBytes(before.files))} KiB brotli ≤ 5 (${widgetFiles(before.files) || 'nothing'})`);
  else missing('before the widget nears the viewport ≤ 5 KiB');

  for (const viewport of viewports) {
    const at = `at 4×, ${viewport}`;
    const ours = ready(find('widget', 'real', 4, viewport));
    const list = ready(find('list', 'real', 4, viewport));
    if (ours != null && list != null) check(ours <= list + 250, `real story ${at}: ready ${ms(ours)} ≤ fetch-and-list ${ms(list)} + 250 ms`);
    else missing(`real story ${at}: ready ≤ fetch-and-list + 250 ms`);
    const anchor = fasterAnchor('real', 4, viewport);
    if (ours != null && anchor) check(ours <= 0.6 * anchor.ready, `real story ${at}: ready ${ms(ours)} ≤ 0.6 × ${PAGES[anchor.page]} ${ms(anchor.ready)} = ${ms(0.6 * anchor.ready)}`);
    else missing(`real story ${at}: ready ≤ 0.6 × the faster anchor`);
  }
  for (const viewport of viewports) {
    const ours = ready(find('widget', '1k', 4, viewport));
    const anchor = fasterAnchor('1k', 4, viewport);
    if (ours != null && anchor) check(ours <= 0.4 * anchor.ready, `1,000 events at 4×, ${viewport}: ready ${ms(ours)} ≤ 0.4 × ${PAGES[anchor.page]} ${ms(anchor.ready)} = ${ms(0.4 * anchor.ready)}`);
    else missing(`1,000 events at 4×, ${viewport}: ready ≤ 0.4 × the faster anchor`);
  }
  for (const viewport of viewports) {
    const load = find('widget', '10k', 4, viewport);
    const ours = ready(load);
    if (ours != null) check(ours <= 1500, `10,000 events at 4×, ${viewport}: ready ${ms(ours)} ≤ 1500 ms`);
    else missing(`10,000 events at 4×, ${viewport}: ready ≤ 1.5 s`);
    const nodes = (story) => {
      const l = [4, 1].map((cpu) => find('widget', story, cpu, viewport)).find((c) => c?.runs.length);
      return l ? median(l.runs.map((r) => r.nodes)) : null;
    };
    const [n1k, n10k] = [nodes('1k'), nodes('10k')];
    if (n1k != null && n10k != null) check(n10k <= 1.5 * n1k, `DOM nodes bounded, ${viewport}: ${n10k} at 10,000 events ≤ 1.5 × ${n1k} at 1,000 (real story: ${nodes('real') ?? 'n/a'})`);
    else missing(`DOM nodes bounded, ${viewport}`);
    const tbt = find('widget', 'real', 4, viewport);
    if (tbt?.runs.length) {
      const blocking = median(tbt.runs.map((r) => r.blocking));
      check(blocking <= 50, `total blocking time, real story at 4×, ${viewport}: ${ms(blocking)} ≤ 50 ms`);
    } else missing(`total blocking time, real story at 4×, ${viewport} ≤ 50 ms`);
    const panels = find('widget', 'panels', 4, viewport);
    if (panels?.runs.length) {
      const tasks = Math.max(...panels.runs.map((r) => r.longTasks ?? 0));
      check(tasks === 0, `two panels at 4×, ${viewport}: ${tasks} long task(s) while loading`);
    }
    for (const story of ['1k', '10k', 'panels']) {
      const count = { '1k': '1,000 events', '10k': '10,000 events', panels: '1,000 events on two panels' }[story];
      const moves = interactions.find((r) => r.page === 'widget' && r.cpu === 4 && r.viewport === viewport && (r.story ?? '1k') === story);
      for (const what of ['next', 'pan', 'zoom', 'hover']) {
        const times = moves?.[what];
        if (times?.length) {
          const m = median(times);
          check(m <= 16, `next frame after ${what} at 4×, ${count}, ${viewport}: ${m.toFixed(1)} ms ≤ 16 ms`);
        } else if (!(what === 'hover' && moves?.input === 'touch')) missing(`next frame after ${what} at 4×, ${count}, ${viewport} ≤ 16 ms`);
      }
    }
  }
  for (const viewport of viewports) {
    for (const story of ['real', '1k']) {
      const walk = steps.find((r) => r.story === story && r.cpu === 4 && r.viewport === viewport);
      const what = `each step's next paint at 4×, ${story === 'real' ? 'real story' : '1,000 events'}, ${viewport}`;
      if (walk?.steps.length) {
        const worst = Math.max(...walk.steps);
        check(worst <= 16 && walk.longTasks === 0, `${what}: ${worst.toFixed(1)} ms at worst ≤ 16 ms, ${walk.longTasks} long task(s) over the walk`);
      } else missing(`${what} ≤ 16 ms`);
    }
  }
  const ours = loads.filter((l) => l.page === 'widget' && l.runs.length);
  if (ours.length) {
    const worst = Math.max(...ours.flatMap((l) => l.runs.map((r) => r.shift)));
    check(worst === 0, `layout shift 0 in every widget load: worst ${worst.toFixed(4)}`);
  } else missing('layout shift 0');
  if (lighthouse) {
    for (const [page, result] of Object.entries(lighthouse)) {
      if (result.error) missing(`Lighthouse performance of ${page} ≥ 0.95 (it failed: ${result.error})`);
      else check(result.score >= 0.95, `Lighthouse 13 default mobile run, ${page}: performance ${result.score.toFixed(2)} ≥ 0.95`);
    }
  } else missing('Lighthouse performance of the demo pages ≥ 0.95');
  return lines;
}
