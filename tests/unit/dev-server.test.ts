import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A port nothing listens on right now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The first URL Vite prints on its `Local:` line, read from its output as it comes. */
function printedLocalUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex
      output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
      const local = /Local:\s+(\S+)/.exec(output);
      if (local) resolve(local[1]!);
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => reject(new Error(`vite exited (${code}) before printing a URL:\n${output}`)));
  });
}

// The dev server `npm start` runs after its build (the build is not needed to serve the page).
describe('npm start', () => {
  let server: ChildProcess;
  let printed: string;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn('node_modules/.bin/vite', ['--port', String(port), '--strictPort'], {
      env: { ...process.env, DISPLAY: '', BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    printed = await printedLocalUrl(server);
  }, 60_000);

  afterAll(() => {
    server?.kill();
  });

  it("prints the demo's own URL", () => {
    expect(printed).toBe(`${origin}/demo/`);
  });

  it('answers that URL with the demo page', async () => {
    const response = await fetch(printed);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>csto-widgets demo</title>');
  });

  it('sends a visit to the root on to the demo', async () => {
    const response = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!, origin).href).toBe(`${origin}/demo/`);
  });
});
