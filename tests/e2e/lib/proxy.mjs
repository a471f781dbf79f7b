// A forward proxy that refuses everything that is not for the loopback host.
//
// Chromium is started with --proxy-server pointing here, so any request that
// would leave the machine (the page's or Chromium's own background traffic)
// ends here instead, is answered 403 (plain HTTP) or has its CONNECT refused
// (HTTPS, WebSocket), and is written to `refused`. Requests for 127.0.0.1,
// localhost or [::1] are normally bypassed by Chromium; should one arrive
// anyway it is forwarded and recorded in `forwarded`.
//
//   import { startProxy } from './lib/proxy.mjs';
//   const proxy = await startProxy();
//   proxy.port, proxy.refused  // [{ time, method, host, url }]
//   await proxy.close();
//
// Standalone: node lib/proxy.mjs [--port N]   (logs each refusal to stderr)
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host) {
  return LOOPBACK.has(String(host).toLowerCase());
}

// 'host:port' or '[v6]:port' -> { host, port }
function splitHostPort(authority, defaultPort) {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(authority) ?? /^([^:]+)(?::(\d+))?$/.exec(authority);
  if (!m) return { host: authority, port: defaultPort };
  return { host: m[1], port: Number(m[2] ?? defaultPort) };
}

export async function startProxy({ port = 0, log = null } = {}) {
  const refused = [];
  const forwarded = [];
  const sockets = new Set();
  const note = (list, entry) => {
    list.push(entry);
    if (log && list === refused) log(`[proxy] refused ${entry.method} ${entry.url}`);
  };

  const server = http.createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url);
    } catch {
      note(refused, { time: Date.now(), method: req.method, host: '', url: req.url });
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('not a proxy request\n');
      return;
    }
    const entry = { time: Date.now(), method: req.method, host: target.hostname, url: req.url };
    if (!isLoopbackHost(target.hostname.replace(/^\[|\]$/g, ''))) {
      note(refused, entry);
      res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' })
        .end('refused by the keyless e2e proxy: no network access\n');
      return;
    }
    note(forwarded, entry);
    const upstream = http.request({
      host: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || 80,
      method: req.method,
      path: target.pathname + target.search,
      headers: req.headers,
    }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req, client, head) => {
    const { host, port: p } = splitHostPort(req.url, 443);
    const entry = { time: Date.now(), method: 'CONNECT', host, url: req.url };
    if (!isLoopbackHost(host)) {
      note(refused, entry);
      client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    note(forwarded, entry);
    const upstream = net.connect(p, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    refused,
    forwarded,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const p = await startProxy({
    port: i > 0 ? Number(process.argv[i + 1]) : 0,
    log: (m) => console.error(m),
  });
  console.log(`refusing proxy on ${p.url}`);
  const stop = async () => { await p.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
