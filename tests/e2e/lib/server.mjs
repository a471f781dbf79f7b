// Static file server for the built page (dist/), bound to 127.0.0.1 only.
//
//   import { startServer } from './lib/server.mjs';
//   const server = await startServer({ root: '/path/to/dist' });
//   server.url        // 'http://127.0.0.1:PORT/'
//   server.requests   // [{ method, path, status, bytes, time }] every request seen
//   await server.close();
//
// Option `headers` ({ name: value }) adds response headers to every answer, e.g.
// { 'Access-Control-Allow-Origin': '*' } to behave like GitHub Pages (journey 13).
//
// Standalone: node lib/server.mjs [DIR] [--port N]   (DIR defaults to ../../dist)
//
// Plain behaviour on purpose: no caching headers, no compression, no SPA
// fallback. '/' and directories map to index.html; anything else missing is 404.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(HERE, '../../../dist');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

export function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function startServer({ root = DEFAULT_ROOT, port = 0, host = '127.0.0.1', headers: extraHeaders = {} } = {}) {
  const absRoot = path.resolve(root);
  if (!fs.existsSync(path.join(absRoot, 'index.html'))) {
    throw new Error(`no index.html in ${absRoot}: build the page first (trunk build --release)`);
  }
  const requests = [];
  const server = http.createServer((req, res) => {
    const entry = { method: req.method, path: req.url, status: 0, bytes: 0, time: Date.now() };
    requests.push(entry);
    const send = (status, headers, body) => {
      entry.status = status;
      entry.bytes = body ? body.length : 0;
      res.writeHead(status, { ...extraHeaders, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }, Buffer.from('method not allowed\n'));
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, Buffer.from('bad request\n'));
    }
    let file = path.resolve(absRoot, '.' + path.posix.normalize(pathname));
    if (file !== absRoot && !file.startsWith(absRoot + path.sep)) {
      return send(403, { 'Content-Type': 'text/plain' }, Buffer.from('forbidden\n'));
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = fs.readFileSync(file);
      return send(200, { 'Content-Type': mimeFor(file), 'Content-Length': body.length }, body);
    } catch {
      return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('not found\n'));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    root: absRoot,
    port: actual,
    origin: `http://${host}:${actual}`,
    url: `http://${host}:${actual}/`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = 0;
  let root = DEFAULT_ROOT;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else root = args[i];
  }
  const s = await startServer({ root, port });
  console.log(`serving ${s.root} at ${s.url}`);
  const stop = async () => { await s.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
