// Launches the system Chromium (Debian package) through playwright-core.
// Playwright never downloads a browser here: executablePath is always given.
//
// Network policy: every request goes to the refusing proxy (lib/proxy.mjs)
// except loopback, which goes direct. The proxy is passed as raw Chromium
// switches on purpose: Playwright's own `proxy` option would add
// `<-loopback>` and send 127.0.0.1 through the proxy too.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [
  process.env.KEYLESS_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);

export function findChromium() {
  const found = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`no Chromium at ${CHROMIUM_CANDIDATES.join(', ')}: `
      + 'run scripts/install-tools.sh (apt package chromium) or set KEYLESS_CHROMIUM');
  }
  return found;
}

export function chromiumArgs(proxyPort) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    // Loopback is reached directly (Chromium also bypasses it implicitly);
    // everything else goes to the refusing proxy.
    '--proxy-bypass-list=127.0.0.1;localhost;[::1]',
  ];
}

export async function launchChromium({ proxyPort }) {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(proxyPort),
    timeout: 60_000,
  });
}
