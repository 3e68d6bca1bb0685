import { readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { FEED_ACCEPT } from '../data/feed-accept.js';

/**
 * Where a publisher's feed comes from: a file, or a URL fetched the way a browser would, with the
 * HTTP facts the elements depend on. Raw `node:http`, not `fetch`: `fetch` decompresses out of
 * sight, and the compressed size is one of the facts.
 */

/** What the server said, as `check` reports it. */
export interface HttpFacts {
  /** The URL that answered, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly redirects: readonly string[];
  readonly contentType?: string;
  readonly charset?: string;
  readonly contentEncoding?: string;
  readonly cacheControl?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** `Access-Control-Allow-Origin` as sent for the request's `Origin`, when one was given. */
  readonly allowOrigin?: string;
  /** The origin sent, and whether the answer lets a page there read it. */
  readonly origin?: { readonly value: string; readonly allowed: boolean };
  /** Bytes on the wire (compressed) and once decoded. */
  readonly transferBytes: number;
  readonly bytes: number;
  readonly timeMs: number;
}

/** A source's bytes and what reading them needs. */
export interface SourceAnswer {
  /** What the publisher named: a URL, or a file path. */
  readonly location: string;
  /** The base that relative URLs and `next` resolve against. */
  readonly base: string;
  readonly body: Uint8Array;
  readonly contentType?: string;
  /** For a URL only. */
  readonly http?: HttpFacts;
}

/** A source that cannot be read at all: no file, no answer, an HTTP error. Exit code 2. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    message: string,
    readonly http?: HttpFacts,
  ) {
    super(message);
  }
}

export interface SourceOptions {
  /** The `Origin` a browser on this site would send, to check CORS. */
  readonly origin?: string;
  /** The URL a file will be served at, so its relative URLs resolve as they will for readers. */
  readonly base?: string;
  readonly timeoutMs?: number;
}

const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 15_000;
/** Larger answers are refused: the elements would not read them either. */
const MAX_BYTES = 64 * 1024 * 1024;
const USER_AGENT = 'csto-widgets-cli';

/**
 * A file has no URL of its own. Its relative URLs resolve against this stand-in, so the reader runs
 * unchanged, `check` can tell which URLs were relative (see `isFileStandIn`), and a relative `next`
 * leads to the file beside it.
 */
const FILE_STAND_IN_ORIGIN = 'https://local-file.invalid';

export const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

function standInUrl(file: string): string {
  return FILE_STAND_IN_ORIGIN + pathToFileURL(path.resolve(file)).pathname;
}

/** Whether a URL from the reader was a relative one in a file read without `--base`. */
export const isFileStandIn = (url: string | undefined): boolean =>
  url !== undefined && url.startsWith(`${FILE_STAND_IN_ORIGIN}/`);

/** The file a stand-in URL names (a relative `next` between files). */
export function fileOfStandIn(url: string): string {
  const { pathname } = new URL(url);
  return fileURLToPath(`file://${pathname}`);
}

/** A stand-in URL back in the relative form it had, as seen from the file at `from`. */
export function relativeToFile(url: string, from: string): string {
  const target = new URL(url);
  const fromPath = new URL(from).pathname;
  const relative = path.posix.relative(path.posix.dirname(fromPath), target.pathname) || '.';
  // `relative` drops a folder's trailing slash, which is part of the URL.
  const folder = target.pathname.endsWith('/') && !relative.endsWith('/') ? '/' : '';
  return relative + folder + target.search + target.hash;
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function decompress(encoding: string | undefined, bytes: Buffer): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes);
    case 'br':
      return brotliDecompressSync(bytes);
    case 'deflate':
      return inflateSync(bytes);
    default:
      return bytes;
  }
}

interface RawAnswer {
  readonly response: IncomingMessage;
  readonly wire: Buffer;
}

function get(url: URL, options: SourceOptions, signal: AbortSignal): Promise<RawAnswer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        signal,
        headers: {
          // What the elements ask for, plus the encodings a browser accepts.
          accept: FEED_ACCEPT,
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': USER_AGENT,
          ...(options.origin && { origin: options.origin }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BYTES) response.destroy(new Error(`the answer is larger than ${MAX_BYTES / 1024 / 1024} MB`));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve({ response, wire: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function originAllowed(allowOrigin: string | undefined, origin: string): boolean {
  return allowOrigin === '*' || allowOrigin === origin;
}

async function fetchUrl(location: string, options: SourceOptions): Promise<SourceAnswer> {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const redirects: string[] = [];
  let url = new URL(location);
  for (;;) {
    let answer: RawAnswer;
    try {
      answer = await get(url, options, signal);
    } catch (error) {
      const why = signal.aborted ? 'no answer in time' : (error as Error).message;
      throw new SourceError(`${url.href} could not be reached: ${why}`);
    }
    const { response, wire } = answer;
    const status = response.statusCode ?? 0;
    const next = header(response, 'location');
    if (status >= 300 && status < 400 && next && redirects.length < MAX_REDIRECTS) {
      redirects.push(url.href);
      url = new URL(next, url);
      continue;
    }
    const contentType = header(response, 'content-type');
    const contentEncoding = header(response, 'content-encoding');
    let body: Buffer;
    try {
      body = decompress(contentEncoding, wire);
    } catch {
      throw new SourceError(`${url.href} sent a body that is not valid ${contentEncoding}`);
    }
    const allowOrigin = header(response, 'access-control-allow-origin');
    const http: HttpFacts = {
      url: url.href,
      status,
      statusText: response.statusMessage ?? '',
      redirects,
      ...(contentType && { contentType }),
      ...(contentType && /charset=/i.test(contentType) && { charset: /charset="?([^";\s]+)/i.exec(contentType)![1] }),
      ...(contentEncoding && { contentEncoding }),
      ...(header(response, 'cache-control') && { cacheControl: header(response, 'cache-control') }),
      ...(header(response, 'etag') && { etag: header(response, 'etag') }),
      ...(header(response, 'last-modified') && { lastModified: header(response, 'last-modified') }),
      ...(allowOrigin && { allowOrigin }),
      ...(options.origin && { origin: { value: options.origin, allowed: originAllowed(allowOrigin, options.origin) } }),
      transferBytes: wire.length,
      bytes: body.length,
      timeMs: Math.round(performance.now() - started),
    };
    if (status < 200 || status >= 300) throw new SourceError(`${url.href} answered ${status} ${http.statusText}`, http);
    return { location, base: url.href, body, ...(contentType && { contentType }), http };
  }
}

/** Reads a feed from a URL or a file. Rejects with a SourceError when there is nothing to read. */
export async function readSource(location: string, options: SourceOptions = {}): Promise<SourceAnswer> {
  if (isUrl(location)) return fetchUrl(location, options);
  const file = location.startsWith('file:') ? fileURLToPath(location) : location;
  try {
    const body = await readFile(file);
    return { location, base: options.base ?? standInUrl(file), body };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? `${location}: no such file` : `${location}: ${(error as Error).message}`);
  }
}
