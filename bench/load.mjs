// One page load, measured: navigation to "ready", then (after a short
// settle) total blocking time and long tasks up to ready + settle, layout
// shift, bytes and requests so far, DOM nodes, JS heap after a GC and, for
// our widget, its WebAssembly memory. Also the "far" variant: the graphic
// four screens down, bytes once the page has settled.
import { freshPage } from './browser.mjs';
import { watchNetwork } from './network.mjs';
import { Timeout, within } from './deadline.mjs';

export const SETTLE_MS = 300;

/**
 * Loads `url` once. Returns the figures, or { timeout: true } when it is
 * not ready within `timeoutMs`; throws when the page throws.
 */
export async function measureLoad(browser, { url, viewport, cpu, timeoutMs, widget }) {
  const run = await freshPage(browser, { viewport, cpu });
  const { page, cdp, errors, threw } = run;
  try {
    const network = await watchNetwork(cdp);
    await cdp.send('Performance.enable');
    let ready;
    try {
      ready = await within(Promise.race([threw, (async () => {
        await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
        return page.evaluate(() => window.__bench.ready);
      })()]), timeoutMs);
    } catch (error) {
      if (error instanceof Timeout) return { timeout: true, errors };
      throw error;
    }
    await page.waitForTimeout(SETTLE_MS);
    const probe = await page.evaluate((until) => window.__bench.collect(until), ready + SETTLE_MS);
    const wire = network.totals();
    const wasm = widget
      ? await page.evaluate(async () => (await import('/dist/trade-timeline.js')).diagnostics()).then((d) => d.memoryBytes)
      : null;
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return {
      ready,
      blocking: probe.blocking,
      longTasks: probe.longTasks,
      shift: probe.shift,
      bytes: wire.bytes,
      requests: wire.requests,
      files: wire.files,
      offHost: wire.offHost,
      heap: metric('JSHeapUsedSize'),
      nodes: metric('Nodes'),
      wasm,
    };
  } finally {
    await run.close();
  }
}

/**
 * Bytes on the wire for the far variant: once the network has been quiet
 * for a second after load, the main thread has drawn a frame (a library
 * that renders eagerly has done so, and fetched what rendering asks for,
 * like an icon font) and the network has been quiet again.
 */
export async function measureFar(browser, { url, viewport, timeoutMs }) {
  const run = await freshPage(browser, { viewport, cpu: 1 });
  try {
    const network = await watchNetwork(run.cdp);
    await run.page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await network.idle(1000, 15_000);
    await within(run.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))), timeoutMs)
      .catch((error) => { if (!(error instanceof Timeout)) throw error; });
    await network.idle(1000, 15_000);
    return network.totals();
  } finally {
    await run.close();
  }
}
