const warned = new Set<string>();

/**
 * One console warning per message for the page's life: a part that cannot load is reported once,
 * not once per element or per render. Not public API.
 */
export function warnOnce(message: string, cause?: unknown): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`csto-widgets: ${message}`, ...(cause === undefined ? [] : [cause]));
}
