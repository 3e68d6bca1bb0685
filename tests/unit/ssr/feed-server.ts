import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real HTTP endpoint on loopback for the server-render tests: `/data/<file>` serves demo/data
 * (the seed's feeds) with a `Cache-Control`, `/status/<code>` answers that status, `/hang` never
 * answers. `requests` counts requests per path.
 */
export interface FeedServer {
  readonly origin: string;
  readonly requests: Map<string, number>;
}

const TYPES: Record<string, string> = {
  json: 'application/json',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
};

export function startFeedServer(): FeedServer {
  const requests = new Map<string, number>();
  const hanging = new Set<() => void>();
  let server: Server;
  const state = { origin: '', requests };
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
      const [, kind, name = ''] = url.pathname.split('/');
      if (kind === 'data') {
        const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
        try {
          const body = readFileSync(new URL(`../../../demo/data/${name}`, import.meta.url));
          response.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=300' }).end(body);
        } catch {
          response.writeHead(404).end('not found');
        }
      } else if (kind === 'status') {
        response.writeHead(Number(name)).end('failed on purpose');
      } else if (kind === 'hang') {
        hanging.add(() => response.destroy());
      } else {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const close of hanging) close();
    await new Promise((resolve) => server.close(resolve));
  });
  return state;
}
