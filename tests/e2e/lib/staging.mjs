// Temporary copies of the built page, so journeys can add host pages or open
// files from disk without touching dist/ (which other journeys serve).
//
//   const site = await stageSite({ fixtures: ['embed-host.html'], headers });
//   site.server.url, site.root     // a copy of dist/ plus the fixtures, served on its own port
//   await site.close();            // stops the server, removes the copy
//
//   const dir = tempDirWith({ 'keyless.html': '/path/to/dist/keyless.html' });
//   removeTempDir(dir);
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { DIST } from './harness.mjs';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

// Directories not yet removed; whatever is left when the process exits (a
// journey interrupted before its cleanup) is removed then.
const live = new Set();
process.on('exit', () => {
  for (const dir of live) {
    try { fs.rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
  }
});

/** A new empty temporary directory (under the OS temp dir, never the repo). */
export function tempDir(tag) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `keyless-e2e-${tag}-`));
  live.add(dir);
  return dir;
}

/** A new temporary directory holding only the given files: { name: sourcePath }. */
export function tempDirWith(files, tag = 'files') {
  const dir = tempDir(tag);
  for (const [name, src] of Object.entries(files)) fs.copyFileSync(src, path.join(dir, name));
  return dir;
}

export function removeTempDir(dir) {
  if (dir && path.basename(dir).startsWith('keyless-e2e-')) fs.rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/**
 * Copies dist/ and the named fixtures (from tests/e2e/fixtures/) into a temporary
 * directory and serves it on a new 127.0.0.1 port. `headers` are added to every
 * response (see lib/server.mjs).
 */
export async function stageSite({ fixtures = [], headers = {}, tag = 'site' } = {}) {
  const root = tempDir(tag);
  let server;
  try {
    fs.cpSync(DIST, root, { recursive: true });
    for (const f of fixtures) fs.copyFileSync(path.join(FIXTURES, f), path.join(root, f));
    server = await startServer({ root, headers });
  } catch (err) {
    removeTempDir(root);
    throw err;
  }
  return {
    root,
    server,
    async close() {
      await server.close();
      removeTempDir(root);
    },
  };
}
