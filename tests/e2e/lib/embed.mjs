// Embedding helpers (journey 13): the Keyless page object over an iframe, and
// waits on the host page fixtures/embed-host.html.
//
// The host page keeps every message it receives in window.keylessMessages as
// { frame: <iframe id or null>, origin, data }, and sets an iframe's height
// from its `keyless:height` messages.
import { KeylessPage } from './keyless-page.mjs';

/**
 * KeylessPage over a Playwright Frame: the same hooks and waits, scoped to the
 * frame. (Requests and errors are collected by the top page's KeylessPage.)
 */
export class KeylessFrame extends KeylessPage {
  constructor(frame) {
    super({ on: () => {} }, null);
    this.page = frame;
  }

  url() {
    throw new Error('KeylessFrame has no URL of its own; navigate the host page');
  }
}

/** The Frame shown by `<iframe id=...>` in `page`, once it is attached. */
export async function frameById(page, id) {
  const handle = await page.waitForSelector(`iframe#${id}`, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`iframe #${id} has no frame`);
  return frame;
}

/** KeylessFrame over `<iframe id>` once its document has rendered the app. */
export async function keylessFrame(page, id) {
  const frame = await frameById(page, id);
  const kf = new KeylessFrame(frame);
  await kf.waitForRendered();
  return kf;
}

/** keyless:height messages the host got from iframe `id`. */
export async function heightMessages(page, id) {
  return page.evaluate((id) => (window.keylessMessages ?? [])
    .filter((m) => m.frame === id && m.data && m.data.type === 'keyless:height'), id);
}

/** Waits until the host got at least `count` keyless:height messages from iframe `id`. */
export async function waitForHeightMessages(page, id, count = 1) {
  try {
    await page.waitForFunction(({ id, count }) => (window.keylessMessages ?? [])
      .filter((m) => m.frame === id && m.data && m.data.type === 'keyless:height').length >= count, { id, count });
  } catch (err) {
    const all = await page.evaluate(() => window.keylessMessages ?? []);
    throw new Error(`the host got fewer than ${count} keyless:height message(s) from #${id}; `
      + `messages so far: ${JSON.stringify(all)}\n(${err.message.split('\n')[0]})`);
  }
}

/**
 * Height of the document's content inside the frame, independent of the
 * frame's own height: the root element's box (height auto), which includes the
 * body's margins.
 */
export async function contentHeight(frame) {
  return frame.evaluate(() => Math.round(document.documentElement.getBoundingClientRect().height));
}

/** Inner height of `<iframe id>` in the host page (the frame's viewport, without borders), in CSS pixels. */
export async function iframeHeight(page, id) {
  return page.evaluate((id) => document.getElementById(id).clientHeight, id);
}

/**
 * Waits until `<iframe id>` in the host is `expected` px tall inside its
 * borders (within `slack`).
 * On timeout the error lists the messages the host received.
 */
export async function waitForIframeHeight(page, id, expected, { slack = 2, what = '', timeout } = {}) {
  try {
    await page.waitForFunction(({ id, expected, slack }) => {
      const f = document.getElementById(id);
      return f && Math.abs(f.clientHeight - expected) <= slack;
    }, { id, expected, slack }, { timeout });
  } catch (err) {
    const now = await iframeHeight(page, id);
    const msgs = await heightMessages(page, id);
    throw new Error(`iframe #${id} never became ${expected}px tall${what ? ` (${what})` : ''}: it is ${now}px; `
      + `height messages received: ${JSON.stringify(msgs.map((m) => m.data.height))}`
      + `\n(${err.message.split('\n')[0]})`);
  }
}
