/**
 * Debian's Chromium as every tool here launches it headless (the test runners, the host-page
 * matrix, Storybook's tests, the benchmark, the screenshots): as root, with no network but
 * loopback, and never throttled as a background tab.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** What this machine's Chromium needs headless; without the network flags it calls out and is refused. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Pages that are background tabs or occluded windows keep their timers and frames. */
export const FOREGROUND_FLAGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
