import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** Debian's Chromium (scripts/chromium.mjs), with flags that make its pixels the same on every machine. */
export const CHROMIUM = CHROMIUM_PATH;

export const CHROMIUM_ARGS = [
  ...CHROMIUM_FLAGS,
  // No subpixel or hinting differences between displays.
  '--force-device-scale-factor=1',
  '--font-render-hinting=none',
  '--disable-lcd-text',
];
