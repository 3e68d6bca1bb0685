/**
 * The browser tests' endpoint: a real HTTP endpoint inside the web-test-runner server that serves
 * the fixtures and injects the faults a live press-service endpoint can have.
 *
 *   GET /api/feed/<name>.json          tests/fixtures/<name>.json (sub-folders allowed)
 *   GET /api/feed/<name>.rss|.atom|.xml
 *                                      tests/fixtures/<name>.<ext>, sent as a real server sends
 *                                      feeds: application/rss+xml, application/atom+xml, text/xml,
 *                                      with no charset unless `charset=` asks for one
 *   GET /api/generated.json?n=&bodyBytes=&grow=&image=
 *                                      a deterministic native feed of n releases; `image=<url>`
 *                                      gives each one that image, with `?n=<number>` after it
 *   GET /api/generated.rss?n=&bodyBytes=&depth=
 *                                      the same releases as RSS 2.0; `depth=N` nests N elements
 *                                      inside the first item (hostile nesting)
 *   GET /api/xss.rss|.atom?field=<field>
 *                                      the XSS corpus in one RSS or Atom field (see xss-feeds.mjs)
 *   GET /api/alone/csto-widgets.js     the built script bundle, as if copied to a folder without
 *                                      its parts (which 404 here, at /api/alone/csto-widgets-parts/)
 *   GET /api/__count?path=<path+query> {"count": n, "notModified": n} requests seen for that exact
 *                                      path + query, and how many of them were answered 304
 *   GET|POST /api/__reset[?path=...]   forgets that path's count, or every count; browser test
 *                                      files run in parallel, so tests reset only their own path
 *
 * Faults, combinable on any feed URL (applied in this order):
 *   delay=ms        answer after ms milliseconds
 *   tail=ms         send the first half of the body at once and the rest ms later: an answer
 *                   still on its way (a long feed on a slow link)
 *   hang=1          never answer; the socket stays open until the client aborts
 *   fail=N          the first N requests for this exact path + query answer 503
 *   status=404|500|503|...   that status with a short text body
 *   body=not-json   an HTML page with 200 and text/html
 *   body=truncated  the first half of the JSON
 *   bom=1           a UTF-8 byte order mark before the JSON
 *   type=<mime>     that content-type instead of application/json (or the XML one)
 *   charset=<label> `; charset=<label>` after the content-type (a server's claim, right or wrong)
 *   etag=1          a cacheable answer: `ETag` (of the bytes) and `Last-Modified` with
 *                   `Cache-Control: no-cache`; a matching `If-None-Match` is answered 304
 *   maxAge=s        with etag=1: `Cache-Control: max-age=s` instead, so the browser's HTTP cache
 *                   answers normal loads by itself and only a revalidation reaches the server
 *   cors=deny       no `Access-Control-Allow-Origin`: another origin's page may not read the answer
 * Other parameters (e.g. `t=<random>`) are ignored, so a test isolates its counts with them.
 *
 * It is a Koa middleware for the config's `middleware: [...]`, not a dev-server plugin: the test
 * runner's cache middleware wraps plugins and stamps `max-age=31536000` on every path with an
 * extension, which would let the browser answer repeat requests (refresh, retry) from its cache.
 * Answering on the raw Node response sends our `no-store` before anything can overwrite it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { xssFeed } from './xss-feeds.mjs';

const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SCRIPT_BUNDLE = fileURLToPath(new URL('../../dist/csto-widgets.js', import.meta.url));
const API_PREFIX = '/api/';
const FEED_PREFIX = '/api/feed/';
const MAX_DELAY_MS = 60_000;
const MAX_GENERATED = 100_000;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MEMBER_STATE_CODES = ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'];
const GENERATED_TAGS = ['training', 'consultations', 'briefing', 'anniversary'];
const DAY_MS = 86_400_000;
// Release number 1 is dated here; each later number is one day newer, so ids and dates stay stable
// when `grow` adds releases on top.
const GENERATED_EPOCH = Date.UTC(1990, 0, 1);
const FILLER =
  'Representatives of the press services of the defense departments and mass media of the CSTO member states took part in the event via videoconferencing. ';

const NOT_JSON_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Site maintenance</title></head>
<body><h1>We'll be back soon</h1><p>The press service site is under maintenance.</p></body></html>
`;

class BadRequest extends Error {}

/** The key a request is counted under: path + query, normalised the way browsers send them. */
function requestKey(pathAndQuery) {
  const url = new URL(pathAndQuery, 'http://endpoint.invalid');
  return url.pathname + url.search;
}

function integerParam(params, name, { min, max, fallback }) {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadRequest(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export async function send(res, status, headers, body, tailMs = 0) {
  if (res.destroyed || res.headersSent) return;
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const denyCors = new URL(res.req.url, 'http://endpoint.invalid').searchParams.get('cors') === 'deny';
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(!denyCors && { 'Access-Control-Allow-Origin': '*' }),
    'Content-Length': payload.length,
    ...headers,
  });
  if (res.req.method === 'HEAD') return void res.end();
  if (!tailMs) return void res.end(payload);
  const half = Math.floor(payload.length / 2);
  res.write(payload.subarray(0, half));
  if (await wait(tailMs, res)) res.end(payload.subarray(half));
}

export const sendJson = (res, status, value) =>
  send(res, status, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(value));

export const sendText = (res, status, text) => send(res, status, { 'Content-Type': 'text/plain; charset=utf-8' }, text);

/** Resolves true after `ms`, or false as soon as the client goes away; leaves no timer behind. */
export function wait(ms, res) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    timer.unref();
    function onClose() {
      clearTimeout(timer);
      resolve(false);
    }
    res.once('close', onClose);
  });
}

/** Resolves when the response is over: sent, or its connection closed (client abort, server stop). */
export function settled(res) {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => res.once('close', resolve));
}

const pad = (n) => String(n).padStart(2, '0');

function generatedRelease(number, bodyBytes, image) {
  const day = new Date(GENERATED_EPOCH + (number - 1) * DAY_MS);
  const isoDay = day.toISOString().slice(0, 10);
  const release = {
    id: `gen-${number}`,
    title: { en: `Generated release ${number}`, ru: `Сгенерированный релиз ${number}` },
    // Both date formats of the contract, alternating.
    date: number % 2 ? isoDay : `${pad(day.getUTCDate())}.${pad(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`,
    summary: { en: `Summary of generated release ${number}.`, ru: `Краткое содержание релиза ${number}.` },
    url: `https://odkb-csto.org/news/news_odkb/gen-${number}/`,
    tags: [GENERATED_TAGS[number % GENERATED_TAGS.length]],
    memberStates: [MEMBER_STATE_CODES[number % MEMBER_STATE_CODES.length]],
  };
  // One URL per release: each image is an image of its own to the browser.
  if (image) release.image = `${image}?n=${number}`;
  if (bodyBytes > 0) {
    release.body = { en: FILLER.repeat(Math.ceil(bodyBytes / FILLER.length)).slice(0, bodyBytes) };
  }
  if (number % 10 === 0) {
    release.event = {
      name: { en: `Generated training ${number}`, ru: `Сгенерированное учение ${number}` },
      start: isoDay,
      end: new Date(GENERATED_EPOCH + (number + 2) * DAY_MS).toISOString().slice(0, 10),
      location: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
      memberStates: ['KG', 'RU'],
    };
  }
  return release;
}

/**
 * A native feed of `n` releases, newest first. With `grow=1` every repeat request for the same URL
 * has one more, newer release on top (for `refresh` tests).
 */
function generatedFeed(params, requestCount) {
  const n = integerParam(params, 'n', { min: 0, max: MAX_GENERATED, fallback: 10 });
  const bodyBytes = integerParam(params, 'bodyBytes', { min: 0, max: 1_000_000, fallback: 0 });
  const grow = integerParam(params, 'grow', { min: 0, max: 1, fallback: 0 });
  const image = params.get('image');
  const total = n + (grow ? requestCount - 1 : 0);
  const releases = [];
  for (let number = total; number >= 1; number -= 1) releases.push(generatedRelease(number, bodyBytes, image));
  return Buffer.from(JSON.stringify({ releases }), 'utf8');
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The generated releases as an RSS 2.0 feed: English text, RFC 822 dates, the body as
 * content:encoded. `depth` nests that many elements inside the first item.
 */
function generatedRss(params) {
  const n = integerParam(params, 'n', { min: 0, max: MAX_GENERATED, fallback: 10 });
  const bodyBytes = integerParam(params, 'bodyBytes', { min: 0, max: 1_000_000, fallback: 0 });
  const depth = integerParam(params, 'depth', { min: 0, max: 100_000, fallback: 0 });
  const chunks = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Generated</title><language>en</language>\n',
  ];
  for (let number = n; number >= 1; number -= 1) {
    const release = generatedRelease(number, bodyBytes);
    const day = new Date(GENERATED_EPOCH + (number - 1) * DAY_MS);
    chunks.push(
      `<item><guid isPermaLink="false">${release.id}</guid><title>${escapeXml(release.title.en)}</title>`,
      `<link>${release.url}</link><pubDate>${day.toUTCString()}</pubDate>`,
      `<description>${escapeXml(release.summary.en)}</description>`,
      release.body ? `<content:encoded><![CDATA[<p>${release.body.en}</p>]]></content:encoded>` : '',
      number === n && depth > 0 ? `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}` : '',
      '</item>\n',
    );
  }
  chunks.push('</channel></rss>\n');
  return Buffer.from(chunks.join(''), 'utf8');
}

/** How servers label feeds, by extension; XML without a charset, as static hosts send it. */
const FEED_CONTENT_TYPES = {
  '.json': 'application/json; charset=utf-8',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'text/xml',
};

const contentTypeOf = (pathname) => FEED_CONTENT_TYPES[path.extname(pathname)] ?? FEED_CONTENT_TYPES['.json'];

/** The fixture file for a `/api/feed/...` path, or undefined when there is none. */
async function fixtureBytes(fixturesDir, pathname) {
  const name = decodeURIComponent(pathname.slice(FEED_PREFIX.length));
  const file = path.resolve(fixturesDir, name);
  if (!(path.extname(name) in FEED_CONTENT_TYPES) || !file.startsWith(path.resolve(fixturesDir) + path.sep)) {
    return undefined;
  }
  try {
    return await readFile(file);
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
    throw error;
  }
}

// A fixed date: fixtures do not change while tests run, and the ETag is what tests revalidate by.
const LAST_MODIFIED = 'Mon, 02 Sep 2024 09:00:00 GMT';

/** With `etag=1`, the headers that make an answer cacheable and revalidatable; else undefined. */
function cacheValidators(params, bytes) {
  if (integerParam(params, 'etag', { min: 0, max: 1, fallback: 0 }) !== 1) return undefined;
  const maxAge = integerParam(params, 'maxAge', { min: 0, max: 86_400, fallback: -1 });
  return {
    ETag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    'Last-Modified': LAST_MODIFIED,
    'Cache-Control': maxAge >= 0 ? `max-age=${maxAge}` : 'no-cache',
  };
}

/** Whether an `If-None-Match` header (a list, or `*`) names this ETag; weak tags compare equal. */
function matchesEtag(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * Creates the endpoint middleware. Each instance keeps its own request counts.
 * @param {{ fixturesDir?: string }} [options] where the fixtures live (default: tests/fixtures)
 * @returns {(ctx: import('koa').Context, next: () => Promise<void>) => Promise<void>}
 */
export function endpointMiddleware({ fixturesDir = DEFAULT_FIXTURES_DIR } = {}) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Map<string, number>} */
  const notModifiedCounts = new Map();

  async function answer(req, res) {
    const url = new URL(req.url, 'http://endpoint.invalid');
    const params = url.searchParams;

    if (url.pathname === '/api/__count') {
      const counted = params.get('path');
      if (counted === null) throw new BadRequest('__count needs ?path=<urlencoded path + query>');
      const countedKey = requestKey(counted);
      return sendJson(res, 200, {
        count: counts.get(countedKey) ?? 0,
        notModified: notModifiedCounts.get(countedKey) ?? 0,
      });
    }
    if (url.pathname === '/api/__reset') {
      const counted = params.get('path');
      if (counted === null) {
        counts.clear();
        notModifiedCounts.clear();
      } else {
        counts.delete(requestKey(counted));
        notModifiedCounts.delete(requestKey(counted));
      }
      return sendJson(res, 200, { reset: true });
    }

    const key = requestKey(req.url);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed');
    }

    const delay = integerParam(params, 'delay', { min: 0, max: MAX_DELAY_MS, fallback: 0 });
    const tail = integerParam(params, 'tail', { min: 0, max: MAX_DELAY_MS, fallback: 0 });
    const hang = integerParam(params, 'hang', { min: 0, max: 1, fallback: 0 });
    const fail = integerParam(params, 'fail', { min: 0, max: 1000, fallback: 0 });
    const status = integerParam(params, 'status', { min: 200, max: 599, fallback: 200 });
    const bodyFault = params.get('body');
    if (bodyFault !== null && bodyFault !== 'not-json' && bodyFault !== 'truncated') {
      throw new BadRequest(`body must be not-json or truncated, got "${bodyFault}"`);
    }
    const bom = integerParam(params, 'bom', { min: 0, max: 1, fallback: 0 });
    const contentType = params.get('type');
    const charset = params.get('charset');
    if (charset !== null && !/^[\w.:-]+$/.test(charset))
      throw new BadRequest(`charset must be a label, got "${charset}"`);
    const cors = params.get('cors');
    if (cors !== null && cors !== 'deny') throw new BadRequest(`cors must be deny, got "${cors}"`);

    if (delay > 0 && !(await wait(delay, res))) return;
    if (hang) return; // the caller waits for the socket to close

    if (count <= fail) return sendText(res, 503, `503 Service Unavailable (request ${count} of ${fail} failing)`);
    if (status !== 200) return sendText(res, status, `${status} injected by the test endpoint`);
    if (bodyFault === 'not-json') {
      return send(res, 200, { 'Content-Type': contentType ?? 'text/html; charset=utf-8' }, NOT_JSON_PAGE);
    }

    const xss = /^\/api\/xss\.(rss|atom)$/.exec(url.pathname);
    if (xss) {
      const feed = await xssFeed(xss[1], params.get('field'));
      if (feed === undefined) throw new BadRequest(`no ${xss[1]} field "${params.get('field')}"`);
      return send(res, 200, { 'Content-Type': contentTypeOf(url.pathname) }, feed);
    }

    if (url.pathname === '/api/alone/csto-widgets.js') {
      return send(res, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }, await readFile(SCRIPT_BUNDLE));
    }

    let feed;
    if (url.pathname === '/api/generated.json') feed = generatedFeed(params, count);
    else if (url.pathname === '/api/generated.rss') feed = generatedRss(params);
    else if (url.pathname.startsWith(FEED_PREFIX)) feed = await fixtureBytes(fixturesDir, url.pathname);
    if (feed === undefined) return sendText(res, 404, `No fixture at ${url.pathname}`);

    if (bodyFault === 'truncated') feed = feed.subarray(0, Math.floor(feed.length / 2));
    if (bom) feed = Buffer.concat([UTF8_BOM, feed]);
    const type = contentType ?? contentTypeOf(url.pathname);
    const labelled = charset === null ? type : `${type.replace(/;\s*charset=[^;]*/i, '')}; charset=${charset}`;
    const validators = cacheValidators(params, feed);
    if (validators && matchesEtag(req.headers['if-none-match'], validators.ETag)) {
      notModifiedCounts.set(key, (notModifiedCounts.get(key) ?? 0) + 1);
      return send(res, 304, validators, Buffer.alloc(0));
    }
    return send(res, 200, { 'Content-Type': labelled, ...validators }, feed, tail);
  }

  return async function endpoint(ctx, next) {
    if (!ctx.path.startsWith(API_PREFIX)) return next();
    ctx.respond = false;
    const { req, res } = ctx;
    // Koa starts every response as 404; an aborted `hang` would otherwise be reported as a missing file.
    res.statusCode = 200;
    try {
      await answer(req, res);
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendText(res, 400, error.message);
    }
    await settled(res);
  };
}
