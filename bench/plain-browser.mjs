/**
 * The browser of the bench's unthrottled timing rows: Chromium driven over its DevTools pipe
 * (`--remote-debugging-pipe`) with no protocol domain enabled but `Runtime`, to hear the page's
 * errors.
 *
 * Why not Playwright, as everywhere else in the bench: Playwright enables the DevTools `Network`
 * domain on every page it drives, and Blink then keeps a text copy of every response for DevTools:
 * a trace shows the bench feed's 1.6 MB decoded a second time on the page's main thread (6–13 ms)
 * at its last byte, the moment a first screen wants that thread. No reader's browser does that
 * work; docs/performance.md has what it changed in the figures. The throttled rows stay with
 * Playwright: Chromium's network emulation needs that domain.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Splits what the pipe has sent so far into complete messages (each ends with a NUL byte) and the
 * start of the next one.
 * @param {string} pending what was left of the last chunk
 * @param {string} chunk what just arrived
 * @returns {{ messages: object[], rest: string }}
 */
export function messagesIn(pending, chunk) {
  const parts = (pending + chunk).split('\0');
  const rest = parts.pop();
  return { messages: parts.map((part) => JSON.parse(part)), rest };
}

/**
 * Starts Chromium (`executablePath`, with `args`) in a fresh profile, headless.
 * `visit(url, { width, height, until, timeoutMs })` opens `url` in a fresh browser context, waits
 * for the value of the page's `until` expression (a promise is awaited; retried while it is
 * undefined, as the page is still the blank one) and closes the context: the value, and the
 * page's uncaught errors and console errors as `problems`. `close()` ends the browser.
 * @param {{ executablePath: string, args: readonly string[] }} options
 */
export async function launchPlainBrowser({ executablePath, args }) {
  const profile = mkdtempSync(join(tmpdir(), 'csto-bench-'));
  const chromium = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    // The protocol: Chromium reads commands on its fd 3 and writes on its fd 4.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , commands, replies] = chromium.stdio;
  const waiting = new Map();
  const listeners = new Set();
  let nextId = 0;
  let pending = '';
  replies.setEncoding('utf8');
  replies.on('data', (chunk) => {
    const { messages, rest } = messagesIn(pending, chunk);
    pending = rest;
    for (const message of messages) {
      if (message.id === undefined) {
        for (const listener of listeners) listener(message);
        continue;
      }
      const reply = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) reply?.reject(new Error(`${reply.method}: ${message.error.message}`));
      else reply?.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  void exited.then(() => {
    for (const reply of waiting.values()) reply.reject(new Error(`Chromium exited during ${reply.method}`));
  });

  /** Sends one command, to the browser or (with `sessionId`) to a page. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject, method });
      commands.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  // Answers once the browser is up.
  await send('Browser.getVersion');

  async function visit(url, { width, height, until, timeoutMs }) {
    const { browserContextId } = await send('Target.createBrowserContext');
    try {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const problems = [];
      const listener = (message) => {
        if (message.sessionId !== sessionId) return;
        if (message.method === 'Runtime.exceptionThrown')
          problems.push(message.params.exceptionDetails.exception?.description ?? message.params.exceptionDetails.text);
        if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error')
          problems.push(message.params.args.map((arg) => arg.value ?? arg.description).join(' '));
      };
      listeners.add(listener);
      try {
        await send('Runtime.enable', {}, sessionId);
        await send(
          'Emulation.setDeviceMetricsOverride',
          { width, height, deviceScaleFactor: 1, mobile: false },
          sessionId,
        );
        await send('Page.navigate', { url }, sessionId);
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          const evaluated = await send(
            'Runtime.evaluate',
            { expression: until, awaitPromise: true, returnByValue: true },
            sessionId,
            // The blank page's context goes while it is evaluated in: asked again in the new one.
          ).catch(() => undefined);
          const value = evaluated?.result?.value;
          if (value !== undefined) return { value, problems };
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return { value: { error: `nothing shown within ${timeoutMs} ms` }, problems };
      } finally {
        listeners.delete(listener);
      }
    } finally {
      await send('Target.disposeBrowserContext', { browserContextId });
    }
  }

  async function close() {
    await send('Browser.close').catch(() => {});
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }

  return { visit, close };
}
