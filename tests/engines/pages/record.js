// The engines suite's recorder, a classic same-origin script the suite's
// server puts first in every HTML page it serves (allowed by the strict CSP's
// script-src 'self'), so it runs before the widget in every engine. WebDriver
// has no portable way to read a page's console (WebKitWebDriver has no log
// endpoint and no BiDi), so the page keeps its own record, read back with
// executeScript:
//   __engines.errors      console.error calls, uncaught errors and rejections,
//                         resources that failed to load
//   __engines.violations  securitypolicyviolation events
//   __engines.events      trade-timeline:* events (type, element id, detail id)
//   __engines.downloads   what a download link was clicked for (href, name);
//                         the click itself is swallowed, so no browser saves a
//                         file or opens a dialog, and the test fetches the href.
(() => {
  const record = { errors: [], violations: [], events: [], downloads: [] };
  Object.defineProperty(window, '__engines', { value: record });
  const text = (value) => {
    if (typeof value?.message === 'string' && typeof value?.name === 'string') return `${value.name}: ${value.message}`;
    if (typeof value === 'object' && value !== null) {
      try { return JSON.stringify(value); } catch { return String(value); }
    }
    return String(value);
  };
  const original = console.error;
  console.error = function error(...args) {
    record.errors.push(`console.error: ${args.map(text).join(' ')}`);
    return original.apply(this, args);
  };
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) {
      record.errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
    } else if (event.target && event.target !== window) {
      const target = event.target;
      record.errors.push(`failed to load: <${target.localName}> ${target.src || target.href || ''}`);
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    record.errors.push(`unhandled rejection: ${text(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
  for (const type of ['ready', 'select', 'error']) {
    document.addEventListener(`trade-timeline:${type}`, (event) => {
      record.events.push({ type, id: event.target.id || '', detail: event.detail?.id ?? null });
    });
  }
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickLink() {
    if (this.hasAttribute('download')) {
      record.downloads.push({ href: this.href, name: this.download });
      return undefined;
    }
    return click.call(this);
  };
})();
