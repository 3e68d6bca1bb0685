/**
 * The page's JS heap in use once its garbage is collected: `JSHeapUsedSize` (DevTools protocol
 * `Performance.getMetrics`) after two collections. One left 0.26 MiB in about half the visits of
 * the heap row's page (4.43 against 4.17 MiB) that a second freed, and that neither a third nor
 * three seconds of waiting changed: garbage the first pass does not reach, not memory kept.
 * @param {{ send(method: string, params?: object): Promise<any> }} cdp a DevTools session on the page
 * @returns {Promise<number>} bytes
 */
export async function heapUsedAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}
