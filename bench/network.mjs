// What a page asks of the network, from DevTools Network events: requests,
// bytes on the wire (encoded: compressed bodies plus response headers, as
// received), the bodies alone, requests still in flight, and any request off
// 127.0.0.1 (they fail: the browser resolves no other host).
export async function watchNetwork(cdp) {
  const seen = new Map(); // requestId -> { url, bytes, done }
  const offHost = new Set();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    lastActivity = Date.now();
    const url = new URL(request.url);
    if (!url.protocol.startsWith('http') && !url.protocol.startsWith('ws')) return;
    if (url.hostname !== '127.0.0.1') offHost.add(`${url.origin}${url.pathname}`);
    if (!seen.has(requestId)) seen.set(requestId, { url: request.url, bytes: 0, headers: 0, done: false });
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = seen.get(requestId);
    if (entry) entry.headers = response.encodedDataLength; // what had arrived: the headers
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    lastActivity = Date.now();
    const entry = seen.get(requestId);
    if (entry) Object.assign(entry, { bytes: encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => {
    lastActivity = Date.now();
    const entry = seen.get(requestId);
    if (entry) entry.done = true;
  });
  await cdp.send('Network.enable');
  return {
    /** Totals so far. */
    totals() {
      const all = [...seen.values()];
      return {
        requests: all.length,
        bytes: all.reduce((sum, e) => sum + e.bytes, 0),
        // [path, bytes on the wire, body bytes]
        files: all.map((e) => [new URL(e.url).pathname, e.bytes, Math.max(0, e.bytes - e.headers)]),
        offHost: [...offHost],
      };
    },
    /** Resolves once no request has been in flight for `quietMs`, or after `maxMs`. */
    async idle(quietMs, maxMs) {
      const until = Date.now() + maxMs;
      while (Date.now() < until) {
        const busy = [...seen.values()].some((e) => !e.done);
        if (!busy && Date.now() - lastActivity >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
