/**
 * The script tag's files served so that a third round trip cannot go unnoticed:
 *
 *   GET /held/<key>/<n>/csto-widgets.js          dist/csto-widgets.js, at once
 *   GET /held/<key>/<n>/csto-widgets-parts/<f>   dist/csto-widgets-parts/<f>, held until n part
 *                                                requests with this key have arrived (then all
 *                                                are answered, and later ones at once)
 *
 * A loader that imports an element's part and every chunk it needs at once sends its n requests
 * before any answer; one that leaves the chunks to the browser sends only the part's, which is
 * held, and after HOLD_MS every waiting request is answered 504. Whatever the machine's load:
 * no timing is measured.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, sendText } from './endpoint-plugin.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const HOLD_MS = 5000;

export function heldPartsMiddleware() {
  /** @type {Map<string, {seen: number, release: Promise<boolean>, open: (released: boolean) => void}>} */
  const barriers = new Map();
  const barrier = (key) => {
    let entry = barriers.get(key);
    if (!entry) {
      let open;
      const release = new Promise((resolve) => (open = resolve));
      entry = { seen: 0, release, open };
      setTimeout(() => entry.open(false), HOLD_MS);
      barriers.set(key, entry);
    }
    return entry;
  };
  return async function heldParts(ctx, next) {
    const match = /^\/held\/([\w-]+)\/(\d+)\/(csto-widgets\.js|csto-widgets-parts\/[\w.-]+\.js)$/.exec(ctx.path);
    if (!match) return next();
    const [, key, count, file] = match;
    ctx.respond = false;
    if (file.startsWith('csto-widgets-parts/')) {
      const entry = barrier(key);
      entry.seen++;
      if (entry.seen >= Number(count)) entry.open(true);
      if (!(await entry.release)) return sendText(ctx.res, 504, `fewer than ${count} parts were requested at once`);
    }
    const bytes = await readFile(path.join(DIST, file)).catch(() => undefined);
    if (!bytes) return sendText(ctx.res, 404, `no ${file} in dist/`);
    return send(ctx.res, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }, bytes);
  };
}
