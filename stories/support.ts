/**
 * What the stories share: the URLs of their data, the frames a designer judges an element in (dark
 * page, narrow column), the loading state, and a look into an element's shadow root for the play
 * functions that turn stories into tests.
 */
/// <reference types="vite/client" />
import type { Decorator } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { configure, getConfig } from '../src/config.js';
import { LANGS } from '../src/i18n/index.js';

/** "Now" for every story where time matters: the days of the sample data's events. */
export const PINNED_NOW = '2024-09-04T12:00:00+03:00';

// Not passed straight to `new URL(…, import.meta.url)`: Vite would take the path for an asset of the build.
const MODULE_URL = import.meta.url;

/**
 * A URL relative to the Storybook's root, resolved from this module's own URL: this file sits one
 * folder below the root both as source (`stories/`) and in a static build (`assets/`). So the data
 * stories work under any path a static Storybook is served from, and in the story tests, whose
 * pages are not at the root.
 */
const storybookUrl = (path: string): string => new URL(`../${path}`, MODULE_URL).href;

/** The demo's sample data and the test fixtures, served statically by Storybook (see main.ts). */
export const SAMPLE_FEED = storybookUrl('data/releases.json');
export const fixture = (name: string): string => storybookUrl(`fixtures/${name}.json`);

/**
 * The loading state's endpoint. The dev server behind `npm run storybook` and the story tests keeps
 * the request open until the element aborts it (`pendingEndpoint` in .storybook/vite-plugins.ts).
 */
export const PENDING_FEED = storybookUrl('pending/releases.json');

const DAY = 24 * 60 * 60 * 1000;

/**
 * A story's `beforeEach` for the loading state: no timeout or retry turns it into an error while a
 * designer looks at it. A static build has no server to keep a request open, so there the one
 * request to `PENDING_FEED` is held in the page instead. Both are undone when the story is left.
 */
export function keepLoading(): () => void {
  const { timeout, retries } = getConfig();
  configure({ timeout: DAY, retries: 0 });
  const networkFetch = window.fetch;
  if (!import.meta.env.DEV) {
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== PENDING_FEED) return networkFetch(input, init);
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    };
  }
  return () => {
    configure({ timeout, retries });
    window.fetch = networkFetch;
  };
}

/** The `lang` control: empty follows the toolbar's language, or one the library speaks. */
export const LANG_CONTROL = { control: 'select', options: ['', ...LANGS] } as const;

/** A dark host page: the elements follow its colours through `color` and `color-scheme`. */
export const darkPage: Decorator = (story) =>
  html`<div style="background:#15181d;color:#e8eaed;color-scheme:dark;padding:1.5rem;--csto-accent:#8ab4f8">
    ${story()}
  </div>`;

/** A 320 px column, the narrowest phone a page still serves. */
export const narrowColumn: Decorator = (story) =>
  html`<div style="width:320px;outline:1px dashed #8888;padding:0">${story()}</div>`;

/** The shadow root of the first `tag` in the story; fails the story test when it is missing. */
export function shadowOf(canvas: HTMLElement, tag: string): ShadowRoot {
  const root = canvas.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`<${tag}> has no shadow root: is it defined?`);
  return root;
}

/** Every `part` match inside the first `tag` of the story. */
export const partsOf = (canvas: HTMLElement, tag: string, part: string): HTMLElement[] => [
  ...shadowOf(canvas, tag).querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];

/**
 * A play function that waits until the story's first `tag` shows `count` elements of `part` (any
 * number above zero when `count` is left out): the state the story names is on screen.
 */
export const showsParts =
  (tag: string, part: string, count?: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await waitFor(() =>
      count === undefined
        ? expect(partsOf(canvasElement, tag, part).length).toBeGreaterThan(0)
        : expect(partsOf(canvasElement, tag, part)).toHaveLength(count),
    );
  };
