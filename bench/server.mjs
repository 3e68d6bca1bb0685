/**
 * The bench's HTTP server, on 127.0.0.1 and a free port: a build's `dist/` under `/dist/`, the
 * bench's own scripts under `/bench/`, the generated feeds (`/bench/feed-<n>.json`, requests
 * counted per path and query), the pages the bench writes (`/bench/page/...`, and their scripts,
 * `/bench/page/<name>.js`) and a test body for the throttling check (`/bench/probe?bytes=N`,
 * random so it does not compress).
 *
 * Everything text is sent gzip-compressed (`Content-Encoding: gzip`) to a client that accepts it,
 * as every real web server does, at level 9 as a server sends files it compressed ahead of time;
 * so the browser's `encodedBodySize` is the gzip size, and throttled times are those of gzip bytes.
 * Nothing is cached by the browser (`Cache-Control: no-store`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const HTML = 'text/html; charset=utf-8';
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * @param {object} options
 * @param {string} options.dist the folder served as `/dist/`
 * @param {string} options.benchDir the folder whose files are served as `/bench/`
 * @param {Map<number, object>} options.feeds feed documents by release count
 * @param {(url: URL) => string | undefined} options.page the HTML of `/bench/page/<kind>` (JavaScript for
 *   `<kind>.js`), or undefined for 404
 * @returns {Promise<{ origin: string, feedRequests: Map<string, number>, close: () => Promise<void> }>}
 */
export async function startServer({ dist, benchDir, feeds, page }) {
  const feedBodies = new Map([...feeds].map(([n, feed]) => [n, Buffer.from(JSON.stringify(feed))]));
  /** Requests seen per feed path + query. */
  const feedRequests = new Map();
  /** Gzip bodies by a key that changes with the content (a file's path and mtime, a page's URL). */
  const gzipped = new Map();

  function send(req, res, type, body, key) {
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    let bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
      bytes = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'Content-Length': bytes.length });
    res.end(bytes);
  }

  function sendFile(req, res, folder, relative) {
    const file = normalize(join(folder, relative));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const { mtimeMs } = statSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    send(req, res, type, readFileSync(file), `file:${file}:${mtimeMs}`);
  }

  function handle(req, res) {
    const url = new URL(req.url, 'http://bench.invalid');
    const feed = /^\/bench\/feed-(\d+)\.json$/.exec(url.pathname);
    if (feed && feedBodies.has(Number(feed[1]))) {
      const key = url.pathname + url.search;
      feedRequests.set(key, (feedRequests.get(key) ?? 0) + 1);
      return send(req, res, TYPES['.json'], feedBodies.get(Number(feed[1])), `feed:${feed[1]}`);
    }
    if (url.pathname.startsWith('/bench/page/')) {
      const body = page(url);
      // A page's own script (`/bench/page/<name>.js`) is sent as one.
      const type = url.pathname.endsWith('.js') ? TYPES['.js'] : HTML;
      if (body !== undefined) return send(req, res, type, body, `page:${url.pathname}${url.search}`);
    }
    if (url.pathname === '/bench/probe') {
      const body = randomBytes(Number(url.searchParams.get('bytes')) || 0);
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' });
      return res.end(body);
    }
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith('/dist/')) return sendFile(req, res, dist, path.slice('/dist/'.length));
    if (path.startsWith('/bench/')) return sendFile(req, res, benchDir, path.slice('/bench/'.length));
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }

  const server = createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    feedRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
