// `make bench`: our widget side by side with what newsrooms use
// (TimelineJS + Chart.js, vis-timeline + uPlot) and two floor pages, in
// headless Chromium, served with brotli on 127.0.0.1 like a CDN. Prints the
// load and interaction tables and our budgets as PASS/FAIL; `--markdown
// FILE` writes the same as Markdown. `--help` lists the options.
// Exits non-zero only when a page throws or our pages are never ready;
// a missed budget is a FAIL line, not a failure.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { launch } from './browser.mjs';
import { lighthouse } from './lighthouse.mjs';
import { budgets } from './budgets.mjs';
import { describeMachine, distBuild } from './machine.mjs';
import { parseOptions } from './options.mjs';
import { prepare } from './prepare.mjs';
import { interactionTable, loadTable, notes, stepTable } from './report.mjs';
import { runSuite } from './suite.mjs';

const ROOT = new URL('..', import.meta.url);
const OUT = fileURLToPath(new URL('out/', import.meta.url));

const argv = process.argv.slice(2);
const options = parseOptions(argv);
const command = process.env.BENCH_COMMAND ?? ['node bench/run.mjs', ...argv].join(' ');
const started = Date.now();

// dist/ may be mid-rebuild (someone ran make dist): wait for a whole build.
async function completeBuild() {
  for (let waited = 0; waited <= 300; waited += 5) {
    const build = await distBuild(ROOT);
    if (build) return build;
    if (waited === 0) process.stderr.write('bench: waiting for a complete dist/ (make dist)…\n');
    await new Promise((r) => setTimeout(r, 5_000));
  }
  return null;
}
const usesDist = options.pages.includes('widget');
const builds = usesDist ? [await completeBuild()] : [];
if (usesDist && !builds[0]) {
  console.error('bench: dist/ is missing or incomplete; run make dist');
  process.exit(1);
}
options.distChanged = async () => {
  const now = await completeBuild();
  if (!now || now === builds.at(-1)) return false;
  builds.push(now);
  return true;
};

const stories = await prepare(OUT, ROOT);
const loadBefore = loadavg()[0].toFixed(1);
const { server, url } = await startServer({ root: fileURLToPath(ROOT) });
const browser = await launch();
let results;
let machine;
try {
  machine = await describeMachine(browser, command);
  results = await runSuite(browser, url, options);
  await browser.close();
  // Alone on the machine: Lighthouse's own Chromium, after the suite's.
  results.lighthouse = usesDist && options.lighthouse ? await lighthouse(url) : null;
  if (usesDist) await options.distChanged();
} finally {
  await browser.close().catch(() => {});
  server.close();
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
// Other work on the machine (a build) skews every figure: say how busy it was.
const busy = `load average ${loadBefore} at the start, ${loadavg()[0].toFixed(1)} at the end`;
const storyLine = Object.entries(stories).filter(([name]) => options.stories.includes(name))
  .map(([name, s]) => `${name} = ${s.label}, ${(s.bytes / 1024).toFixed(0)} KiB JSON`).join('; ');
const header = [
  `${machine.date} · ${machine.cores} cores, ${machine.cpu} · Chromium ${machine.chromium}`,
  `command: ${command} · took ${minutes} min · ${busy}`,
  `stories: ${storyLine}; synthetic stories have a 1,000-point monthly series`,
  `dist: ${builds.at(-1) ?? 'not used'}${builds.length > 1 ? ` (REBUILT during the run, ${builds.length} builds measured: figures mix them)` : ''}`,
];
const sections = (markdown) => [
  markdown ? '## Page loads' : 'PAGE LOADS',
  loadTable(results, { markdown, timeoutMs: options.timeoutMs }),
  ...(results.interactions.length
    ? [markdown ? '## Interactions' : 'INTERACTIONS', interactionTable(results, { markdown })]
    : []),
  ...(results.steps.length
    ? [markdown ? '## Scrollytelling steps' : 'SCROLLYTELLING STEPS', stepTable(results, { markdown })]
    : []),
  ...(results.lighthouse
    ? [markdown ? '## Lighthouse (default mobile run, performance)' : 'LIGHTHOUSE (default mobile run, performance)',
      Object.entries(results.lighthouse).map(([page, r]) => {
        const line = r.error ? `${page}: failed (${r.error})`
          : `${page}: score ${r.score.toFixed(2)} · FCP ${r.metrics.fcp.toFixed(0)} ms · LCP ${r.metrics.lcp.toFixed(0)} ms · TBT ${r.metrics.tbt.toFixed(0)} ms · CLS ${r.metrics.cls.toFixed(3)}`;
        return markdown ? `- ${line}` : `  ${line}`;
      }).join('\n')]
    : []),
  markdown ? '## Notes' : 'NOTES',
  notes(results, options).map((l) => (markdown ? `- ${l}` : `  ${l}`)).join('\n'),
  markdown ? '## Budgets (our widget)' : 'BUDGETS (our widget)',
  budgets(results).map(({ status, text }) => (markdown ? `- **${status}** ${text}` : `  ${status.padEnd(4)}  ${text}`)).join('\n'),
];

console.log([header.join('\n'), ...sections(false)].join('\n\n'));
if (options.markdown) {
  const md = ['# Benchmark: trade-timeline and what newsrooms use', header.map((l) => `${l}  `).join('\n'), ...sections(true)].join('\n\n');
  await writeFile(options.markdown, `${md}\n`);
  console.log(`\nMarkdown written to ${options.markdown}`);
}
if (results.failures.length) {
  console.error(`\nbench: ${results.failures.length} failure(s):\n  ${results.failures.join('\n  ')}`);
  process.exit(1);
}
