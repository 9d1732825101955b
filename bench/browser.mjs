// Debian's Chromium driven by playwright-core, with the flags that work
// here as root (as tests/e2e/browser.mjs), and every host but 127.0.0.1
// unresolvable: a page cannot reach off the machine, and what it tries is
// seen as a failed request. Also: a fresh context per run, with its
// viewport, CPU throttling and a DevTools session.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const PROBE = fileURLToPath(new URL('probe.js', import.meta.url));

/** The viewports measured. */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

/**
 * A page in a fresh context with the probe installed, throttled `cpu` times,
 * and its DevTools session (the caller enables the domains it needs); the
 * page's uncaught exceptions in `errors`, and `threw`, a promise rejected at
 * the first. Close it with `close()`.
 */
export async function freshPage(browser, { viewport, cpu }) {
  const context = await browser.newContext(VIEWPORTS[viewport]);
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const errors = [];
  let thrown;
  // Rejects at the page's first uncaught exception.
  const threw = new Promise((_, reject) => { thrown = reject; });
  threw.catch(() => {});
  page.on('pageerror', (error) => {
    errors.push(String(error));
    thrown(new Error(`the page threw: ${error}`));
  });
  return { page, cdp, errors, threw, close: () => context.close().catch(() => {}) };
}
