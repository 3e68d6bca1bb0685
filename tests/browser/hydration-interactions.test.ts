/**
 * "Every interaction of the elements works on the hydrated page as on a client-rendered one":
 * one list of interaction checks, run on the same page rendered in the browser and rendered on
 * the server then hydrated (opened in an iframe, against the real test endpoint). Opening a
 * body, "show more", the refresh (a new request), the search and filters of `controls`, the
 * badge's tooltips and the event card's details popover.
 */
import { expect } from '@open-wc/testing';
import { plainText, requestCount, unique, until } from './support/endpoint.js';
import {
  HYDRATED,
  openPage,
  scriptTagWithHydration,
  type OpenedPage,
  type RenderMode,
} from './support/hydration-page.js';

const shadowParts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const shadowPart = (el: Element, name: string): HTMLElement => {
  const found = shadowParts(el, name)[0];
  if (!found) throw new Error(`no ${name} part in <${el.localName}>`);
  return found;
};
const titles = (el: Element): string[] => shadowParts(el, 'title').map((title) => plainText(title));
const isShown = (floating: HTMLElement): boolean => floating.matches(':popover-open') && !floating.hidden;

/** The page both modes open: each element has a job of its own, so no check disturbs another. */
function interactionPage(): { body: string; refreshSrc: string } {
  const fresh = `etag=1&maxAge=300&${unique()}`;
  const refreshSrc = `/api/generated.json?n=12&grow=1&${fresh}`;
  const body = `
    <news-feed id="bodies" src="/api/generated.json?n=12&bodyBytes=300&${fresh}" limit="2"></news-feed>
    <news-feed id="search" src="/api/feed/search/fifty.json?${fresh}" limit="50" controls></news-feed>
    <news-feed id="refresh" src="${refreshSrc}" limit="3" refresh="1"></news-feed>
    <event-card id="card" src="/api/generated.json?n=12&bodyBytes=300&${fresh}" release-id="gen-10"></event-card>
    <member-states-badge id="badge" states="AM KZ RU"></member-states-badge>`;
  return { body, refreshSrc };
}

interface CheckContext {
  readonly page: OpenedPage;
  readonly refreshSrc: string;
  /** The page's element with this id, once it shows its data. */
  readonly element: (id: string) => HTMLElement & { updateComplete: Promise<boolean> };
}

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** The interactions, each with what a reader does and what they must see. */
const CHECKS: Record<string, (context: CheckContext) => Promise<void>> = {
  'opens and closes a body in place': async ({ element }) => {
    const feed = element('bodies');
    const toggle = shadowPart(feed, 'toggle');
    const body = shadowPart(feed, 'body');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    toggle.click();
    await until(() => plainText(body).startsWith('Representatives of the press services'), 4000, 'the opened body');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    toggle.click();
    await feed.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
  },

  'shows more releases and focuses the first new one': async ({ element, page }) => {
    const feed = element('bodies');
    expect(titles(feed)).to.deep.equal(['Generated release 12', 'Generated release 11']);
    shadowPart(feed, 'more').click();
    await until(() => titles(feed).length === 4, 4000, 'more releases');
    expect(titles(feed)[2]).to.equal('Generated release 10');
    await until(() => feed.shadowRoot!.activeElement?.id === 'item-gen-10', 4000, 'focus on the first new release');
    expect(page.document.activeElement).to.equal(feed);
  },

  'refreshes: loads the endpoint again and puts the new release on top': async ({ element, refreshSrc }) => {
    const feed = element('refresh');
    await until(() => titles(feed)[0] === 'Generated release 13', 4000, 'the refreshed release');
    expect(titles(feed)).to.have.length(4);
    expect(await requestCount(refreshSrc)).to.be.at.least(2);
  },

  'searches and filters with the toolbar of `controls`': async ({ element }) => {
    const feed = element('search');
    const toolbar = shadowPart(feed, 'toolbar');
    await until(() => toolbar.getAttribute('aria-busy') === 'false', 4000, 'the search part');
    expect(plainText(shadowPart(feed, 'count'))).to.equal('50 releases');
    const field = shadowPart(feed, 'search') as HTMLInputElement;
    field.value = 'interaction';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => titles(feed).length === 3, 4000, 'the search results');
    expect(titles(feed)).to.deep.equal([
      'Interaction-2023 exercise opens in Belarus',
      'Interaction-2024 exercise in Kyrgyzstan',
      'Results of the Interaction exercise',
    ]);
    expect(plainText(shadowPart(feed, 'count'))).to.equal('3 releases match');
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => titles(feed).length === 50, 4000, 'the search emptied');
    const year = shadowPart(feed, 'year-filter') as HTMLSelectElement;
    const oldest = [...year.options].at(-1)!.value;
    year.value = oldest;
    year.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => titles(feed).length < 50, 4000, 'the year filter');
    expect(titles(feed).length).to.be.greaterThan(0);
    expect(plainText(shadowPart(feed, 'count'))).to.match(/^\d+ releases? match/);
    for (const date of shadowParts(feed, 'date')) expect(date.getAttribute('datetime')!.slice(0, 4)).to.equal(oldest);
  },

  "shows a state's name in a tooltip on focus, and Escape hides it": async ({ element, page }) => {
    const badge = element('badge');
    const state = shadowParts(badge, 'state').find((candidate) => candidate.dataset.code === 'KZ')!;
    const tooltip = badge.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)!;
    expect(isShown(tooltip)).to.equal(false);
    state.focus();
    await until(() => isShown(tooltip), 4000, 'the tooltip');
    expect(plainText(tooltip)).to.equal('Kazakhstan');
    page.document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !isShown(tooltip), 4000, 'the tooltip hidden');
  },

  "opens the event card's details popover, and Escape closes it with focus back on its button": async ({
    element,
    page,
  }) => {
    const card = element('card');
    const button = shadowPart(card, 'details-button');
    const details = shadowPart(card, 'details');
    expect(isShown(details)).to.equal(false);
    button.click();
    await until(() => isShown(details), 4000, 'the details');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(plainText(details)).to.contain('Generated training 10');
    expect(card.shadowRoot!.activeElement).to.equal(details);
    page.document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !isShown(details), 4000, 'the details closed');
    expect(card.shadowRoot!.activeElement).to.equal(button);
  },
};

/** The same page: rendered in the browser; rendered on the server and hydrated with the npm entry, or with the script tag. */
const SETUPS: { name: string; mode: RenderMode; scripts: () => Promise<readonly string[]> }[] = [
  { name: 'a client-rendered page', mode: 'client', scripts: async () => HYDRATED },
  { name: 'a server-rendered page hydrated by the npm entry', mode: 'server', scripts: async () => HYDRATED },
  {
    name: 'a server-rendered page hydrated by the script tag (built files)',
    mode: 'server',
    scripts: scriptTagWithHydration,
  },
];

for (const { name: setup, mode, scripts } of SETUPS) {
  describe(`interactions on ${setup}`, () => {
    let context: CheckContext;

    beforeEach(async function () {
      // The first server render builds the renderer from the sources: not part of any check's time.
      this.timeout(30_000);
      const { body, refreshSrc } = interactionPage();
      const page = await openPage(body, mode, { scripts: await scripts() });
      if (page.render) expect(page.render.problems).to.deep.equal([]);
      const element = (id: string): Updating => page.document.getElementById(id) as Updating;
      await until(
        () =>
          page.elements.every((el) => el.shadowRoot!.querySelector('[part~="item"], [part~="card"], [part~="state"]')),
        4000,
        'every element showing its data',
      );
      // Hydrated: what the server rendered is still there, the same nodes.
      if (mode === 'server')
        expect(
          page.window.nodesBeforeScripts.every((nodes) => nodes.length > 0 && nodes.every((node) => node.isConnected)),
        ).to.equal(true);
      context = { page, refreshSrc, element };
    });

    afterEach(() => {
      expect(context.page.window.warnings).to.deep.equal([]);
      expect(context.page.window.pageErrors).to.deep.equal([]);
    });

    for (const [name, check] of Object.entries(CHECKS)) it(name, () => check(context));
  });
}
