/**
 * Quiet answers for the made-up URLs the XSS tests make the browser request. The XSS vectors put
 * their payloads in image fields, so Chromium asks the test server for hundreds of paths such as
 * `/security/%3Cimg%20src=x%20onerror=...%3E`. Each one was a 404 that web-test-runner listed, and
 * the malformed ones (`%` not followed by hex, `..` past the root) made koa-send throw a
 * `BadRequestError` that the dev server logged with its stack. A Koa middleware, FIRST in the
 * web-test-runner config's `middleware: [...]`:
 * - an image request for a file that is not on disk: 204 No Content, which an `<img>` treats as
 *   broken just as it would a 404 (its `error` event fires), without the runner reporting it;
 *   neither test endpoint (`/api/`, `/security/`) serves images, so none is hidden;
 * - any other request whose path the static server rejects as malformed: that 400, unlogged.
 * Everything else is untouched: a script, module or fetch that is missing is still a 404.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The file a URL path names under `root`, or undefined when it names none (bad encoding, outside). */
function fileUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${decoded}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export function madeUpUrlsMiddleware(root = process.cwd()) {
  const servedRoot = path.resolve(root);
  return async function madeUpUrls(ctx, next) {
    if (ctx.get('sec-fetch-dest') === 'image') {
      const file = fileUnder(servedRoot, ctx.path);
      if (!file || !existsSync(file)) {
        ctx.status = 204;
        return;
      }
    }
    try {
      await next();
    } catch (error) {
      // koa-send's answer to a malformed path: a client error, not the server's.
      if (error?.status !== 400) throw error;
      ctx.status = 400;
      ctx.body = error.message;
    }
  };
}
