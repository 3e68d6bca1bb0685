/**
 * The security tests' endpoint: what `endpoint-plugin.mjs` does not serve. A Koa middleware for
 * the web-test-runner config's `middleware: [...]`, answering on the raw Node response (so the
 * runner's cache middleware cannot stamp `max-age` on it), like the endpoint plugin.
 *
 *   GET /security/xss-feed.json
 *       a native feed with one release per XSS vector (DOMPurify's corpus, then our own), the
 *       vector's payload in every field: title, summary, body, url, image, tags, memberStates,
 *       event name, kind, location, memberStates; and one member state per vector, the payload as
 *       its name and flag. `alert` in a payload is replaced with `__xssTrap`, as the browser test
 *       does for the `releases` property. `?from=&to=` slices the vector list.
 *   GET /security/feed/<fixture>.json?failAfter=N[&delay=ms]
 *       tests/fixtures/<fixture>.json for the first N requests of this exact path + query, then 503
 *       (a feed that worked once and then went down: stale-while-revalidate)
 *   GET /security/slow.json?k=<key>&delay=ms | &hang=1
 *       an empty native feed after `delay`, or never; requests are tracked by `k`
 *   GET /security/__requests?k=<key>
 *       {"started", "open", "aborted", "finished"} for that key: `open` counts connections the
 *       client has neither finished nor aborted
 *   GET /security/page/<name>.html[?tt=<policy names>]
 *       tests/security/<name>.html with a strict Content-Security-Policy header (see CSP below);
 *       `tt` replaces the list after `trusted-types` (e.g. `csto-widgets lit-html 'allow-duplicates'`);
 *       `nonce=1` swaps `script-src 'self'` for a fresh nonce and 'strict-dynamic' (the policy
 *       many sites use), the nonce written on every <script> of the page
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { armTrap, xssMemberState, xssRelease } from '../security/xss-release.js';
import { send, sendJson, sendText, settled, wait } from './endpoint-plugin.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
const PAGES_DIR = path.join(ROOT, 'tests/security');
const PREFIX = '/security/';

/** The trusted-types list the library needs: our sanitiser's policy and Lit's. */
export const DEFAULT_TRUSTED_TYPES = 'csto-widgets lit-html';

/**
 * The strict policy of the CSP test: no inline script or style, no eval, Trusted Types required.
 * Scripts from our own origin, or, with `nonce`, only those carrying it and what they load.
 */
export function strictCsp(trustedTypes = DEFAULT_TRUSTED_TYPES, nonce = undefined) {
  return [
    "default-src 'self'",
    nonce ? `script-src 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self'",
    "style-src 'self'",
    // Release images come from the press service's host; a site allows that host (or https:).
    "img-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

/** The payloads the XSS test runs: DOMPurify's corpus, then ours (`alert` swapped for the trap). */
async function readVectors() {
  const read = async (file) => JSON.parse(await readFile(path.join(FIXTURES_DIR, 'xss', file), 'utf8'));
  const dompurify = await read('dompurify-vectors.json');
  const own = await read('own-vectors.json');
  return [...dompurify, ...own.vectors].map(({ title, payload }) => ({ title, payload: armTrap(payload) }));
}

async function xssFeed(params) {
  const vectors = await readVectors();
  const from = Number(params.get('from') ?? 0);
  const to = Number(params.get('to') ?? vectors.length);
  const slice = vectors.slice(from, to);
  return {
    releases: slice.map(({ payload }, i) => xssRelease(payload, from + i)),
    memberStates: slice.map(({ payload }, i) => xssMemberState(payload, from + i)),
  };
}

/** A fixture file under tests/fixtures, or undefined. */
async function fixture(name) {
  const file = path.resolve(FIXTURES_DIR, name);
  if (!name.endsWith('.json') || !file.startsWith(FIXTURES_DIR + path.sep)) return undefined;
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** Creates the middleware; each instance keeps its own counts. */
export function securityMiddleware() {
  /** @type {Map<string, number>} requests per path + query, for failAfter */
  const counts = new Map();
  /** @type {Map<string, {started: number, open: number, aborted: number, finished: number}>} */
  const tracked = new Map();

  async function answer(req, res) {
    const url = new URL(req.url, 'http://security.invalid');
    const params = url.searchParams;
    const name = url.pathname.slice(PREFIX.length);

    if (name === 'xss-feed.json') return sendJson(res, 200, await xssFeed(params));

    if (name.startsWith('feed/')) {
      const key = url.pathname + url.search;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const delay = Number(params.get('delay') ?? 0);
      if (delay > 0 && !(await wait(delay, res))) return;
      const failAfter = Number(params.get('failAfter') ?? Infinity);
      if (count > failAfter) return sendText(res, 503, `503 after ${failAfter} good answers`);
      const bytes = await fixture(decodeURIComponent(name.slice('feed/'.length)));
      if (!bytes) return sendText(res, 404, 'no such fixture');
      return send(res, 200, { 'Content-Type': 'application/json; charset=utf-8' }, bytes);
    }

    if (name === 'slow.json') {
      const key = params.get('k') ?? '';
      const stats = tracked.get(key) ?? { started: 0, open: 0, aborted: 0, finished: 0 };
      tracked.set(key, stats);
      stats.started++;
      stats.open++;
      res.once('close', () => {
        stats.open--;
        if (res.writableFinished) stats.finished++;
        else stats.aborted++;
      });
      if (params.get('hang') === '1') return;
      if (!(await wait(Number(params.get('delay') ?? 0), res))) return;
      return sendJson(res, 200, { releases: [] });
    }

    if (name === '__requests') {
      return sendJson(res, 200, tracked.get(params.get('k') ?? '') ?? { started: 0, open: 0, aborted: 0, finished: 0 });
    }

    if (name.startsWith('page/') && name.endsWith('.html')) {
      const file = path.resolve(PAGES_DIR, name.slice('page/'.length));
      if (!file.startsWith(PAGES_DIR + path.sep)) return sendText(res, 404, 'no such page');
      let html;
      try {
        html = await readFile(file);
      } catch {
        return sendText(res, 404, 'no such page');
      }
      const nonce = params.get('nonce') === '1' ? randomBytes(16).toString('base64') : undefined;
      if (nonce) html = html.toString('utf8').replaceAll('<script ', `<script nonce="${nonce}" `);
      const csp = strictCsp(params.get('tt') ?? undefined, nonce);
      return send(res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }, html);
    }

    return sendText(res, 404, `nothing at ${url.pathname}`);
  }

  return async function security(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    ctx.respond = false;
    const { req, res } = ctx;
    res.statusCode = 200;
    await answer(req, res);
    await settled(res);
  };
}
