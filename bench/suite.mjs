// Runs the cases the options select, in order, logging progress to stderr:
// page loads (page × story × CPU × viewport, several fresh runs each), the
// "far" variant (bytes before the graphic nears the viewport, once per page
// and story), the interactions at 1,000 events and our widget's
// scrollytelling steps. A page that throws is
// recorded as a failure and the suite goes on; a load that times out is
// reported as "> timeout" (a failure only for our widget and the floors).
// `options.distChanged()` says, once a new build is complete, whether dist/
// was rebuilt since the start: a widget load that failed then is measured again.
import { ANCHORS } from './options.mjs';
import { measureFar, measureLoad } from './load.mjs';
import { measureInteractions } from './interact.mjs';
import { measureSteps } from './steps.mjs';
import { DRIVERS } from './drivers.mjs';
import { median } from './stats.mjs';

const log = (line) => process.stderr.write(`bench: ${line}\n`);
const pageUrl = (base, page, story, far = false) =>
  `${base}bench/out/pages/${page}.html${page === 'bare' ? '' : `?story=${story}`}${far ? `${page === 'bare' ? '?' : '&'}far` : ''}`;

// A slow case gets fewer runs: 3 when its first load took over 2.5 s, 1 over 15 s.
const runsFor = (first, runs) => (first > 15_000 ? 1 : first > 2_500 ? Math.min(runs, 3) : runs);

// The loads of one case. `unthrottled` is its median ready at 1× (Infinity
// when it timed out): throttled 4×, a page at least doubles its time, so
// one that took over half the timeout is not run again (`skipped` keeps why).
async function loadCase(browser, base, options, { page, story, cpu, viewport }, unthrottled, failures) {
  const name = `${page} ${story} ${cpu}× ${viewport}`;
  const result = { page, story, cpu, viewport, runs: [], timeout: false, skipped: null };
  if (unthrottled != null && cpu > 1 && unthrottled * 2 > options.timeoutMs) {
    Object.assign(result, { timeout: true, skipped: unthrottled });
    log(`${name}: not run (${unthrottled === Infinity ? 'timed out' : `${(unthrottled / 1000).toFixed(0)} s`} at 1×)`);
    return result;
  }
  const url = pageUrl(base, page, story);
  let planned = options.runs;
  let retried = false;
  while (result.runs.length < planned) {
    const run = await measureLoad(browser, { url, viewport, cpu, timeoutMs: options.timeoutMs, widget: page === 'widget' })
      .catch((error) => ({ error }));
    // dist/ rebuilt under our feet: wait for the new build, measure again.
    if ((run.error || run.timeout) && page === 'widget' && !retried && (await options.distChanged())) {
      log(`${name}: dist/ changed during the run; measuring again`);
      retried = true;
      continue;
    }
    if (run.error) {
      failures.push(`${name}: ${run.error.message.split('\n')[0]}`);
      break;
    }
    if (run.timeout) {
      result.timeout = true;
      if (!ANCHORS.includes(page)) failures.push(`${name}: not ready within ${options.timeoutMs / 1000} s`);
      break;
    }
    result.runs.push(run);
    if (result.runs.length === 1) planned = runsFor(run.ready, options.runs);
  }
  const ready = median(result.runs.map((r) => r.ready));
  log(`${name}: ${result.timeout ? `> ${options.timeoutMs / 1000} s after ${result.runs.length} runs` : `${result.runs.length} runs, ready ${ready?.toFixed(0)} ms`}`);
  return result;
}

/** Panels are ours alone: the other libraries have no stacked panels to compare. */
const compared = (page, story) => story !== 'panels' || page === 'widget';

export async function runSuite(browser, base, options) {
  const loads = [];
  const far = {};
  const failures = [];
  for (const page of options.pages) {
    for (const story of page === 'bare' ? ['—'] : options.stories.filter((s) => compared(page, s))) {
      const unthrottled = new Map(); // viewport -> median ready at 1×
      for (const cpu of options.cpus) {
        for (const viewport of options.viewports) {
          const result = await loadCase(browser, base, options, { page, story, cpu, viewport }, unthrottled.get(viewport), failures);
          loads.push(result);
          if (cpu === 1) unthrottled.set(viewport, result.timeout ? Infinity : median(result.runs.map((r) => r.ready)));
        }
      }
      try {
        far[`${page}|${story}`] = await measureFar(browser, { url: pageUrl(base, page, story, true), viewport: 'desktop', timeoutMs: options.timeoutMs });
      } catch (error) {
        failures.push(`${page} ${story} far: ${error.message.split('\n')[0]}`);
      }
    }
  }

  const interactions = [];
  // Interactions at 1,000 and 10,000 events, and on two panels, where those stories were loaded.
  for (const story of ['1k', '10k', 'panels'].filter((s) => options.interactions && options.stories.includes(s))) {
    for (const page of options.pages.filter((p) => DRIVERS[p] && compared(p, story))) {
      for (const cpu of options.cpus) {
        for (const viewport of options.viewports) {
          const load = loads.find((l) => l.page === page && l.story === story && l.cpu === cpu && l.viewport === viewport);
          if (load?.timeout && !load.runs.length) continue;
          const name = `interactions ${page} ${story} ${cpu}× ${viewport}`;
          try {
            const result = await measureInteractions(browser, {
              page, url: pageUrl(base, page, story), viewport, cpu, samples: options.samples, timeoutMs: options.timeoutMs,
            });
            interactions.push({ page, story, cpu, viewport, ...result });
            log(`${name}: done${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`);
          } catch (error) {
            failures.push(`${name}: ${error.message.split('\n')[0]}`);
          }
        }
      }
    }
  }
  const steps = [];
  // Our widget stepped by the article's paragraphs: the real story and 1,000 events.
  for (const story of ['real', '1k'].filter((s) => options.interactions && options.pages.includes('widget') && options.stories.includes(s))) {
    for (const cpu of options.cpus) {
      for (const viewport of options.viewports) {
        const name = `steps widget ${story} ${cpu}× ${viewport}`;
        try {
          const url = `${base}bench/out/pages/steps.html?story=${story}`;
          const result = await measureSteps(browser, { url, viewport, cpu, timeoutMs: options.timeoutMs });
          steps.push({ story, cpu, viewport, ...result });
          log(`${name}: done${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`);
        } catch (error) {
          failures.push(`${name}: ${error.message.split('\n')[0]}`);
        }
      }
    }
  }
  return { loads, far, interactions, steps, failures };
}
