// Entry point for `node --test`: loads every journey in journeys/ in name
// order into one process, so the run shares one Chromium (a new context per
// journey). Run it through ./run.sh, which sets KEYLESS_DIST.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'journeys');
const only = process.env.KEYLESS_JOURNEYS ? new RegExp(process.env.KEYLESS_JOURNEYS) : null;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  if (only && !only.test(f)) continue;
  await import(pathToFileURL(path.join(dir, f)).href);
}
