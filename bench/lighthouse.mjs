// Lighthouse 13's default mobile run (simulated slow 4G, 4× CPU) of both
// demo pages, performance only, against the benchmark's own server: the
// scores a newsroom's tooling would show for a page with our widget in it.
// Uses the lighthouse package from the project's npm dev tools and Debian's
// Chromium; nothing leaves the machine.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIGHTHOUSE = 'node_modules/lighthouse/cli/index.js';
export const DEMO_PAGES = ['index.html', 'index.en.html'];

function run(args, env) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
}

/** `{ page: { score, metrics } | { error } }` for each demo page served at `url`. */
export async function lighthouse(url) {
  const results = {};
  for (const page of DEMO_PAGES) {
    const profile = await mkdtemp(join(tmpdir(), 'tt-lighthouse-'));
    const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`].join(' ');
    const { error, stdout, stderr } = await run([LIGHTHOUSE, `${url}${page}`, '--only-categories=performance',
      '--output=json', '--output-path=stdout', `--chrome-flags=${flags}`, '--quiet'],
    { CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' });
    await rm(profile, { recursive: true, force: true });
    try {
      if (error) throw new Error(`${error.message} ${stderr.slice(-500)}`);
      const report = JSON.parse(stdout);
      if (report.runtimeError) throw new Error(JSON.stringify(report.runtimeError));
      const metric = (id) => report.audits[id]?.numericValue;
      results[page] = {
        score: report.categories.performance.score,
        metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
      };
    } catch (failure) {
      results[page] = { error: failure.message };
    }
  }
  return results;
}
