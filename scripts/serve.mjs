// A static file server for the demo and the end-to-end tests, on 127.0.0.1
// only. `node scripts/serve.mjs [root]` serves the repository (PORT, default
// 8080) and prints the URL; tests import `startServer` and take a free port.
// Like a CDN, it sends a file's precompressed .br (or .gz) twin when there
// is one and the browser accepts it.
import { createServer } from 'node:http';
import { access, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root`; `headers(path)` may add response headers per file. */
export function startServer({ root, port = 0, headers = () => ({}) }) {
  const top = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      let path = normalize(join(top, decodeURIComponent(url.pathname)));
      if (path !== top && !path.startsWith(top + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const accepted = request.headers['accept-encoding'] ?? '';
      const encoding = await precompressed(path, accepted);
      const body = await readFile(encoding ? `${path}.${encoding.ext}` : path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(encoding ? { 'content-encoding': encoding.name, vary: 'accept-encoding' } : {}),
        ...headers(url.pathname),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'not found\n' : 'server error\n');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

async function precompressed(path, accepted) {
  for (const encoding of [{ name: 'br', ext: 'br' }, { name: 'gzip', ext: 'gz' }]) {
    if (!accepted.includes(encoding.name)) continue;
    try {
      await access(`${path}.${encoding.ext}`);
      return encoding;
    } catch {
      // no twin for this encoding
    }
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const { url } = await startServer({ root, port: Number(process.env.PORT ?? 8080) });
  console.log(`trade-timeline demo: ${url}index.html  (Ctrl+C to stop)`);
}
