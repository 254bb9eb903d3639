// A static file server on 127.0.0.1 for the end-to-end tests: serves the built app (dist/) plus
// extra files at chosen paths, logs every request, and can be stopped to simulate a lost network.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** Starts serving `root`; `extras` maps URL paths to files or Buffers. Resolves to {url, close, requests, set}. */
export async function serve(root, extras = {}) {
  const requests = [];
  const overrides = new Map(Object.entries(extras));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname, search: url.search, referer: req.headers.referer ?? '' });
    let body = overrides.get(url.pathname);
    let file = null;
    if (body === undefined) {
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      file = path.resolve(root, rel);
      if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
    } else if (typeof body === 'string' && fs.existsSync(body)) {
      file = body;
      body = undefined;
    }
    const ext = path.extname(file ?? url.pathname);
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body ?? fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Serves `body` (a file path or Buffer) at `urlPath` from now on. */
    set: (urlPath, body) => overrides.set(urlPath, body),
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
