/**
 * Reads an endpoint answer off the main thread, so a test can time it and terminate it when it
 * never ends (a catastrophic regex) instead of freezing the test page with it.
 */
import { parseFeed } from '../../src/data/read-feed.js';

self.onmessage = async (event: MessageEvent<string>) => {
  const started = performance.now();
  try {
    const feed = await parseFeed(event.data);
    self.postMessage({ ok: true, releases: feed.releases.length, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({
      ok: false,
      error: `${(error as Error).name}: ${(error as Error).message}`,
      ms: performance.now() - started,
    });
  }
};
