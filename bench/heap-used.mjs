/**
 * The JS heap a page keeps once settled: `JSHeapUsedSize` (DevTools protocol
 * `Performance.getMetrics`) after a garbage collection, the page's next idle moment and another
 * collection. One collection right after the releases show left 0.26 MiB in about half the visits
 * of the heap row's page (4.43 against 4.17 MiB), and so did two back to back in one visit of
 * three; a collection after the page's next task freed it in every visit, and neither a third nor
 * three seconds of waiting changed the figure: what the page's work under way still held, not
 * memory kept.
 * @param {{ send(method: string, params?: object): Promise<any> }} cdp a DevTools session on the page
 * @returns {Promise<number>} bytes
 */
export async function settledHeapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Runtime.evaluate', {
    expression: 'new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }))',
    awaitPromise: true,
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}
