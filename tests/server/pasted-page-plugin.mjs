/**
 * Pages pasted together by a browser test, served by the test server as a webmaster's server
 * would serve them: `POST /pasted` with an HTML body answers `{ "url": "/pasted/<n>" }`; a GET of
 * that URL serves the page. The published script's URL (`https://cdn.jsdelivr.net/npm/csto-widgets@
 * <version>/dist/...`) is mapped to `/pasted/dist/...`: the local build's files byte for byte (the
 * dev server's own `/dist/` may transform them), so a pasted embed code runs offline against the
 * very file whose `integrity` it carries.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, sendJson } from './endpoint-plugin.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PUBLISHED_DIST = /https:\/\/cdn\.jsdelivr\.net\/npm\/csto-widgets@[^/"]+\/dist\//g;
const MAX_PAGE_BYTES = 1_000_000;
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8' };

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_PAGE_BYTES) throw new Error('pasted page too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A built script file, exactly as on disk; undefined for anything else. */
async function builtFile(pathname) {
  const file = path.resolve(DIST, decodeURIComponent(pathname.slice('/pasted/dist/'.length)));
  const type = TYPES[path.extname(file)];
  if (!type || !file.startsWith(DIST)) return undefined;
  try {
    return { type, bytes: await readFile(file) };
  } catch {
    return undefined;
  }
}

export function pastedPageMiddleware() {
  /** @type {string[]} */
  const pages = [];
  return async function pastedPage(ctx, next) {
    if (ctx.path === '/pasted' && ctx.method === 'POST') {
      ctx.respond = false;
      pages.push((await readBody(ctx.req)).replace(PUBLISHED_DIST, '/pasted/dist/'));
      return sendJson(ctx.res, 200, { url: `/pasted/${pages.length - 1}` });
    }
    if (ctx.path.startsWith('/pasted/dist/')) {
      const file = await builtFile(ctx.path);
      if (!file) return next();
      ctx.respond = false;
      return send(ctx.res, 200, { 'Content-Type': file.type }, file.bytes);
    }
    const served = /^\/pasted\/(\d+)$/.exec(ctx.path);
    if (!served || pages[Number(served[1])] === undefined) return next();
    ctx.respond = false;
    return send(ctx.res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, pages[Number(served[1])]);
  };
}
