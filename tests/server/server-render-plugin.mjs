/**
 * Pages rendered on the server for the hydration tests, by the library's own `renderElements`
 * (src/ssr, built for Node with esbuild on first use): `POST /server-rendered` with an HTML page
 * as the body renders it against this very server (relative `src` resolve against its origin, so
 * the endpoint's `/api/__count` sees the render's request) and answers
 * `{ "url": "/server-rendered/<n>", "rendered": n, "problems": [...] }`; a GET of that URL serves
 * the rendered page, as a static site's server would. `?now=<ISO date>` renders for that moment
 * (a page rendered some time ago).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { send, sendJson } from './endpoint-plugin.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = `${ROOT}.tmp/server-render`;
const MAX_PAGE_BYTES = 1_000_000;

/** `renderElements`, built once per server from the sources under test. */
let renderElementsModule;
function loadRenderer() {
  renderElementsModule ??= (async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    // Each server its own file: two test runs at once must not import each other's half-written build.
    const outfile = `${OUT_DIR}/ssr-${process.pid}.mjs`;
    await build({
      entryPoints: [`${ROOT}src/ssr/index.ts`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: `${ROOT}tsconfig.json`,
      logLevel: 'error',
    });
    return import(pathToFileURL(outfile).href);
  })();
  return renderElementsModule;
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_PAGE_BYTES) throw new Error('page too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function serverRenderMiddleware() {
  /** @type {string[]} */
  const pages = [];
  return async function serverRender(ctx, next) {
    if (ctx.path === '/server-rendered' && ctx.method === 'POST') {
      ctx.respond = false;
      const { renderElements } = await loadRenderer();
      const page = await readBody(ctx.req);
      const now = ctx.query.now ? new Date(String(ctx.query.now)) : undefined;
      const { html, rendered, problems } = await renderElements(page, { base: `${ctx.origin}/`, ...(now && { now }) });
      pages.push(html);
      return sendJson(ctx.res, 200, { url: `/server-rendered/${pages.length - 1}`, rendered, problems });
    }
    const served = /^\/server-rendered\/(\d+)$/.exec(ctx.path);
    if (!served || pages[Number(served[1])] === undefined) return next();
    ctx.respond = false;
    return send(ctx.res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, pages[Number(served[1])]);
  };
}
