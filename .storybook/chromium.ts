/** Debian's Chromium, and the flags that make it quiet and its pixels the same on every machine. */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No subpixel or hinting differences between displays.
  '--force-device-scale-factor=1',
  '--font-render-hinting=none',
  '--disable-lcd-text',
];
