// Shared set-up for the engines suite: the repository served on 127.0.0.1
// (scripts/serve.mjs, the strict CSP for pages whose path holds "csp", and
// pages/record.js put first in every HTML page), and one WebDriver session
// per engine:
//   firefox  Debian's Firefox ESR, headless, through geckodriver
//   webkit   WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb
//            display of its own (MiniBrowser has no headless mode)
// The drivers and Xvfb run on free ports and a free display, in process
// groups of their own that close() ends, so nothing outlives the suite.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ENGINES = ['firefox', 'webkit'];

/** The policy docs/embedding.md gives for a page with a strict CSP (as tests/e2e/browser.mjs). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const headers = (path) => (path.includes('csp') ? { 'content-security-policy': STRICT_CSP } : {});

const RECORDER = '<script src="/tests/engines/pages/record.js"></script>';

/**
 * Serves the repository like the Chromium suite does, except that HTML pages
 * get the recorder as their first script (before any of the page's own).
 */
export async function startSite() {
  const { server, url } = await startServer({ root: ROOT, headers });
  const [serve] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    let path = normalize(join(ROOT, decodeURIComponent(pathname)));
    if (pathname.endsWith('/')) path = join(path, 'index.html');
    if (!path.endsWith('.html') || !path.startsWith(ROOT.replace(/\/$/, '') + sep) || !existsSync(path)) {
      serve(request, response);
      return;
    }
    const html = await readFile(path, 'utf8');
    const head = html.match(/<head[^>]*>/i);
    const body = head ? html.replace(head[0], `${head[0]}\n${RECORDER}`) : `${RECORDER}\n${html}`;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return { url, close: () => new Promise((done) => server.close(done)) };
}

/** A TCP port nobody listens on at the moment. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** An X display number from `from` on with neither a socket nor a lock file. */
function freeDisplay(from) {
  for (let n = from; n < 400; n += 1) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('no free X display up to :400');
}

/** Xvfb on a free display (the next one if another server takes it first). */
async function startXvfb() {
  let display = 90 + (process.pid % 50);
  for (let attempt = 1; ; attempt += 1) {
    display = freeDisplay(display);
    const xvfb = launch('Xvfb', [`:${display}`, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp']);
    try {
      await displayUp(display, xvfb);
      return { xvfb, display };
    } catch (error) {
      await end(xvfb);
      if (attempt === 3) throw error;
      display += 1;
    }
  }
}

/** Starts `command` in a process group of its own, keeping its output for errors. */
function launch(command, args, env = {}) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  child.output = '';
  const keep = (chunk) => { child.output = (child.output + chunk).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((done) => child.once('exit', done));
  child.once('error', (error) => { child.output += `\n${error.message}`; });
  running.add(child);
  return child;
}

const running = new Set();

/** Ends a launched process group: TERM, then KILL if it lingers. */
async function end(child) {
  if (!running.delete(child)) return;
  if (child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const gone = await Promise.race([child.exited.then(() => true), sleep(3000).then(() => false)]);
  if (!gone) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    await child.exited;
  }
}

// If the run ends early or is interrupted, still end what we started.
function endAll() {
  for (const child of running) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  running.clear();
}
process.once('exit', endAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    endAll();
    process.kill(process.pid, signal);
  });
}

/** Waits until a WebDriver server answers /status. */
async function driverUp(url, child, what) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited: ${child.output}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`${what} did not answer on ${url}: ${child.output}`);
}

/** Waits until the X server's socket exists. */
async function displayUp(display, child) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Xvfb :${display} exited: ${child.output}`);
    if (existsSync(`/tmp/.X11-unix/X${display}`)) return;
    await sleep(50);
  }
  throw new Error(`Xvfb :${display} did not start: ${child.output}`);
}

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * One WebDriver session for `engine` ('firefox' or 'webkit'), with its
 * window at `width` × `height`. Returns { engine, driver, close }.
 */
export async function openEngine(engine, { width = 1000, height = 900 } = {}) {
  const started = [];
  const stop = async () => { for (const child of started.reverse()) await end(child); };
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let capabilities;
    if (engine === 'firefox') {
      started.push(launch('geckodriver', ['--host', '127.0.0.1', `--port=${port}`, '--log', 'warn']));
      capabilities = {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless'],
          // No first-run pages or update checks in a test profile.
          prefs: { 'browser.shell.checkDefaultBrowser': false, 'app.update.auto': false },
        },
      };
    } else if (engine === 'webkit') {
      const { xvfb, display } = await startXvfb();
      started.push(xvfb);
      started.push(launch('WebKitWebDriver', [`--port=${port}`], { DISPLAY: `:${display}` }));
      capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      };
    } else {
      throw new Error(`unknown engine ${engine}`);
    }
    await driverUp(url, started.at(-1), engine === 'firefox' ? 'geckodriver' : 'WebKitWebDriver');
    const driver = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url)
      .withCapabilities(capabilities)
      .build();
    await driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000 });
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
    return {
      engine,
      driver,
      async close() {
        try { await driver.quit(); } finally { await stop(); }
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `script` (a function run in the page) until it returns something truthy. */
export async function until(driver, script, args = [], message = 'condition', timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await driver.executeScript(script, ...args);
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}

/** Loads `path` and waits until every `selector` has data-state="ready". */
export async function load(driver, url, path, selectors = ['trade-timeline']) {
  await driver.get(`${url}${path}`);
  for (const selector of selectors) await readyState(driver, selector, 'ready');
}

/** Waits for `selector`'s data-state to be `state`. */
export function readyState(driver, selector, state) {
  return until(driver, (selector, state) => document.querySelector(selector)?.dataset.state === state,
    [selector, state], `${selector}[data-state="${state}"]`, 20_000);
}

/** What the recorder holds (errors, violations, events, downloads). */
export function record(driver) {
  return driver.executeScript(() => JSON.parse(JSON.stringify(window.__engines)));
}

/** The first element matching `selector` inside the widget's shadow root, as a WebElement. */
export async function part(driver, selector, host = 'trade-timeline') {
  const element = await driver.executeScript(
    (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector) ?? null, host, selector);
  if (!element) throw new Error(`no ${selector} in ${host}`);
  return element;
}

/** Text of every element matching `selector` in the widget's shadow root. */
export function texts(driver, selector, host = 'trade-timeline') {
  return driver.executeScript((host, selector) => [...document.querySelector(host).shadowRoot.querySelectorAll(selector)]
    .map((e) => e.textContent), host, selector);
}

/** The element that has the keyboard's focus, looking through shadow roots. */
export function focused(driver) {
  return driver.executeScript(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { className: String(element?.className ?? ''), index: element?.dataset?.index ?? null, text: element?.textContent ?? '' };
  });
}
