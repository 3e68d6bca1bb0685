/**
 * A web-test-runner command that emulates CSS media features in Chromium over the DevTools
 * protocol, for the ones `emulateMedia` of @web/test-runner-commands and puppeteer do not cover
 * (`forced-colors`):
 * `await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`.
 * An empty list ends the emulation.
 */
export function mediaFeaturesPlugin() {
  // Emulation lasts as long as the DevTools session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'csto-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload ?? [] });
      return true;
    },
  };
}
