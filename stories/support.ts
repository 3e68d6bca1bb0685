/**
 * What the stories share: the frames a designer judges an element in (dark page, narrow column),
 * an endpoint that never answers (for the loading state), and a look into an element's shadow root
 * for the play functions that turn stories into tests.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { configure } from '../src/config.js';

/** "Now" for every story where time matters: the days of the sample data's events. */
export const PINNED_NOW = '2024-09-04T12:00:00+03:00';

/** The demo's sample data and the test fixtures, served statically by Storybook (see main.ts). */
export const SAMPLE_FEED = '/data/releases.json';
export const fixture = (name: string): string => `/fixtures/${name}.json`;

/** A URL whose request stays pending until aborted: the loading state, in every Storybook. */
export const NEVER_ANSWERS = '/data/never-answers.json';

let pendingEndpointInstalled = false;

/**
 * Makes `NEVER_ANSWERS` hang, and only it. A static Storybook has no server to slow down, so the
 * one pending request is made here, in the page; every other URL goes to the network as usual.
 * The timeout is raised so the loading state stays on screen instead of turning into an error.
 */
export function installNeverAnsweringEndpoint(): void {
  configure({ timeout: 24 * 60 * 60 * 1000, retries: 0 });
  if (pendingEndpointInstalled) return;
  pendingEndpointInstalled = true;
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(NEVER_ANSWERS)) return networkFetch(input, init);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
}

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

/** A play function that waits until the story's first `tag` shows `count` elements of `part`. */
export const showsParts =
  (tag: string, part: string, count = 1) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await waitFor(() => expect(partsOf(canvasElement, tag, part)).toHaveLength(count));
  };
