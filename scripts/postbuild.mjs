// Trunk post_build hook (see Trunk.toml). Runs on the staged build before it becomes dist/:
//  1. gives index.html a strict Content-Security-Policy: Trunk's inline loader is allowed by its
//     SHA-256 hash, so neither 'unsafe-inline' nor 'unsafe-eval' is needed (only
//     'wasm-unsafe-eval' to compile the WebAssembly);
//  2. writes keyless.html, one self-contained file (CSS, loader, JS glue and the gzip-compressed
//     wasm inlined) that works when opened from disk with no network at all. In release builds
//     the gzip stream comes from zopfli (npm @gfx/zopfli in tests/e2e/node_modules, installed by
//     scripts/install-tools.sh): about 5% smaller than zlib's level 9 and still plain gzip for
//     DecompressionStream. Without it (or in debug builds) zlib level 9 is used.
// Usage outside Trunk: node scripts/postbuild.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('postbuild: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const find = (suffix) => {
  const hits = readdirSync(dir).filter((f) => f.endsWith(suffix));
  if (hits.length !== 1) throw new Error(`postbuild: expected one *${suffix} in ${dir}, found ${hits.length}`);
  return hits[0];
};

const csp = ({ scripts, styles, connect }) =>
  [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; ');
const meta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

// 1. Hosted page.
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) throw new Error(`postbuild: expected one inline loader, found ${inline.length}`);
// The stylesheet carries an integrity hash; without CORS mode a sandboxed frame (origin
// "null") refuses to apply it.
index = index.replace(/<link rel="stylesheet"(?![^>]*crossorigin)/, '<link rel="stylesheet" crossorigin="anonymous"');
const hostedPolicy = csp({ scripts: ["'self'", sha256(inline[0])], styles: ["'self'"], connect: "'self'" });
index = index.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta(hostedPolicy)}`);
writeFileSync(indexPath, index);

// 2. Offline single file.
const css = readFileSync(join(dir, find('.css')), 'utf8');
const glue = readFileSync(join(dir, find('.js')), 'utf8');
const gzip = async (bytes) => {
  if (process.env.TRUNK_PROFILE !== 'debug') {
    let zopfli = null;
    try {
      zopfli = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('@gfx/zopfli');
    } catch {
      console.warn('postbuild: @gfx/zopfli not installed (scripts/install-tools.sh); using zlib gzip');
    }
    if (zopfli) return Buffer.from(await zopfli.gzipAsync(bytes, { numiterations: 15 }));
  }
  return gzipSync(bytes, { level: 9 });
};
const wasmGz = (await gzip(readFileSync(join(dir, find('_bg.wasm'))))).toString('base64');
const loader = `${glue}
window.KEYLESS_SINGLE_FILE = true;
const packed = Uint8Array.from(atob(${JSON.stringify(wasmGz)}), (c) => c.charCodeAt(0));
const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
const bytes = await new Response(stream).arrayBuffer();
await __wbg_init({ module_or_path: bytes });
`;
if (!/function __wbg_init\b/.test(glue)) throw new Error('postbuild: wasm-bindgen glue has no __wbg_init');
const head = index
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/<link rel="stylesheet"[^>]*>/, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, '')
  .replace(/<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<link rel="preload"[^>]*>/g, '');
const offlinePolicy = csp({ scripts: [sha256(loader)], styles: [sha256(css)], connect: "'none'" });
const single = head
  .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta(offlinePolicy)}`)
  .replace('</head>', `<style>${css}</style>\n<script type="module">${loader}</script>\n</head>`);
writeFileSync(join(dir, 'keyless.html'), single);
console.log(`postbuild: CSP added to index.html; keyless.html written (${single.length} bytes)`);
