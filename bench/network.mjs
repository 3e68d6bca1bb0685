/**
 * The network conditions the bench times pages under, set over the DevTools protocol
 * (`Network.emulateNetworkConditions`) on a fresh CDP session for each page, before it navigates.
 *
 * Slow 4G is issue 16's figures in the SI units network speeds are quoted in: 150 ms added to
 * every request (from sending it to its response headers), 1.6 Mbit/s = 200 000 bytes/s down,
 * 750 kbit/s = 93 750 bytes/s up. (Chrome DevTools' preset of that name takes the same figures and
 * scales them to imitate packet-level throttling: latency × 3.75 = 562.5 ms, throughput × 0.9.)
 */

/** @typedef {{ name: string, conditions?: { offline: boolean, latency: number, downloadThroughput: number, uploadThroughput: number } }} Network */

/** @type {Network} */
export const UNTHROTTLED = { name: 'no throttling' };

/** @type {Network} */
export const SLOW_4G = {
  name: 'Slow 4G',
  conditions: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
};

/**
 * Puts `network` in force for `page` (a playwright page of a fresh context), before it navigates.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {Network} network
 */
export async function applyNetwork(context, page, network) {
  if (!network.conditions) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network.conditions);
}

/**
 * Throws unless a page's own HTML took at least the emulated latency from its request to its last
 * byte (90 % of it, for timer rounding): the cheap proof, on every throttled visit, that the
 * throttling reached that page. (Chromium's emulation holds the body back, not the headers, so the
 * first byte is no proof.)
 * @param {Network} network
 * @param {{ requestStart: number, responseEnd: number }} navigation
 */
export function assertLatency(network, navigation) {
  if (!network.conditions) return;
  const waited = navigation.responseEnd - navigation.requestStart;
  if (waited < network.conditions.latency * 0.9)
    throw new Error(`${network.name} not in force: the page's HTML took ${waited.toFixed(0)} ms from its request`);
}

/**
 * The time a body of `bytes` should take at least under `network`: its latency plus the bytes at
 * its download rate; 0 unthrottled.
 * @param {Network} network
 * @param {number} bytes
 */
export function expectedTransferMs(network, bytes) {
  if (!network.conditions) return 0;
  return network.conditions.latency + (bytes / network.conditions.downloadThroughput) * 1000;
}
