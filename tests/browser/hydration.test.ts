/**
 * Hydration (issue 17, item 3): pages rendered on the server by `renderElements`, opened in an
 * iframe with `csto-widgets/hydrate` and the elements, against the real test endpoint. The
 * elements take over their shadow roots node for node, fetch nothing while the rendered data is
 * fresh, shift nothing, and fall back to a clean render (one warning) when the markup or the data
 * does not match. Interactions on the hydrated page: hydration-interactions.test.ts.
 */
import { expect } from '@open-wc/testing';
import { plainText, requestCount, unique, until } from './support/endpoint.js';
import {
  layoutShiftScore,
  openPage,
  scriptTagWithHydration,
  WITHOUT_HYDRATION,
  type OpenedPage,
  type RenderMode,
} from './support/hydration-page.js';

/** A generated feed of 12 releases (the 10th has an event); `fresh` answers with `max-age=300`, else `no-store`. */
const generatedFeed = (fresh = true): string =>
  `/api/generated.json?n=12&bodyBytes=200${fresh ? '&etag=1&maxAge=300' : ''}&${unique()}`;

const THREE_ELEMENTS = (src: string): string => `
  <news-feed src="${src}" limit="3"><a href="/news">All releases</a></news-feed>
  <event-card src="${src}" release-id="gen-10"></event-card>
  <member-states-badge states="AM BY KZ KG RU TJ"></member-states-badge>`;

const shadowParts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const titles = (el: Element): string[] => shadowParts(el, 'title').map((title) => plainText(title));

/** Whether every element the server put in each shadow root is still there, the same node. */
function keptServerNodes(page: OpenedPage): boolean {
  return page.elements.every((el, index) => {
    const before = page.window.nodesBeforeScripts[index]!;
    return before.length > 0 && before.every((node) => node.isConnected && node.getRootNode() === el.shadowRoot);
  });
}

/** Resolves once the endpoint has seen `expected` requests for `src`. */
async function untilRequests(src: string, expected: number): Promise<void> {
  const start = performance.now();
  while ((await requestCount(src)) !== expected) {
    if (performance.now() - start > 4000) throw new Error(`Timed out waiting for ${expected} requests of ${src}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openRendered(body: string, mode: RenderMode = 'server', options = {}): Promise<OpenedPage> {
  const page = await openPage(body, mode, options);
  if (page.render) expect(page.render.problems).to.deep.equal([]);
  return page;
}

describe('hydration of server-rendered elements', () => {
  before(async function () {
    // The server builds its renderer from the sources on the first render: not part of any test's time.
    this.timeout(30_000);
    await openPage('<member-states-badge states="RU"></member-states-badge>', 'server');
  });

  it('takes over every shadow root as the server rendered it: the same nodes, no warning, no error', async () => {
    const page = await openRendered(THREE_ELEMENTS(generatedFeed()));
    expect(page.render!.rendered).to.equal(3);
    expect(keptServerNodes(page)).to.equal(true);
    const [feed, card, badge] = page.elements;
    expect(shadowParts(feed!, 'item')).to.have.length(3);
    expect(plainText(shadowParts(feed!, 'title')[0])).to.equal('Generated release 12');
    expect(plainText(shadowParts(card!, 'name')[0])).to.equal('Generated training 10');
    expect(shadowParts(badge!, 'state')).to.have.length(6);
    // Each shadow root holds what the server rendered once: no second copy beside it.
    expect(feed!.shadowRoot!.querySelectorAll('[part~="list"]')).to.have.length(1);
    expect(page.window.warnings).to.deep.equal([]);
    expect(page.window.pageErrors).to.deep.equal([]);
  });

  it('makes no request of its own to a fresh endpoint: the one request is the server render', async () => {
    const src = generatedFeed();
    const page = await openRendered(THREE_ELEMENTS(src));
    // The task's load, answered by the data the page carried, has run and announced itself.
    await until(() => shadowParts(page.elements[0]!, 'list')[0]?.getAttribute('aria-busy') === 'false');
    expect(await requestCount(src)).to.equal(1);
    // As after a load of their own, the elements with an endpoint announce the releases they show.
    expect(page.window.loads.sort()).to.deep.equal(['event-card', 'news-feed']);
  });

  it('loads again at once when the rendered data is already stale (no-store), showing it meanwhile', async () => {
    const src = generatedFeed(false);
    const page = await openRendered(THREE_ELEMENTS(src));
    expect(keptServerNodes(page)).to.equal(true);
    await untilRequests(src, 2);
    expect(plainText(shadowParts(page.elements[0]!, 'title')[0])).to.equal('Generated release 12');
  });

  it('keeps the rendered releases, with the stale notice, when the load of stale data fails', async () => {
    const src = `/api/generated.json?n=12&${unique()}`;
    const failing = `${src}&status=503`;
    const inState = (url: string): string => url.replaceAll('&', '\\u0026');
    const page = await openRendered(`<news-feed src="${src}" limit="3"></news-feed>`, 'server', {
      // The endpoint failed after the render: the same page, now naming an endpoint that answers 503.
      edit: (html: string) => html.replaceAll(src, failing).replaceAll(inState(src), inState(failing)),
    });
    const [feed] = page.elements;
    expect(keptServerNodes(page)).to.equal(true);
    await until(() => shadowParts(feed!, 'stale').length === 1, 8000, 'the stale notice');
    expect(titles(feed!)).to.deep.equal(['Generated release 12', 'Generated release 11', 'Generated release 10']);
    expect(await requestCount(failing)).to.be.at.least(1);
  });

  it('shifts nothing: the layout-shift score of the hydrated page is 0, where the client-rendered one moves', async () => {
    const body = THREE_ELEMENTS(generatedFeed());
    const hydrated = await openRendered(body);
    expect(await layoutShiftScore(hydrated)).to.equal(0);
    const clientRendered = await openRendered(THREE_ELEMENTS(generatedFeed()), 'client');
    await until(() => shadowParts(clientRendered.elements[0]!, 'item').length === 3, 4000, 'the releases');
    expect(await layoutShiftScore(clientRendered)).to.be.greaterThan(0);
  });

  it('hydrates with the script tag too, its hydration part loaded before it (built files)', async () => {
    const src = generatedFeed();
    const page = await openRendered(THREE_ELEMENTS(src), 'server', { scripts: await scriptTagWithHydration() });
    expect(keptServerNodes(page)).to.equal(true);
    expect(shadowParts(page.elements[0]!, 'item')).to.have.length(3);
    await until(() => shadowParts(page.elements[0]!, 'list')[0]?.getAttribute('aria-busy') === 'false');
    expect(await requestCount(src)).to.equal(1);
    expect(await layoutShiftScore(page)).to.equal(0);
    expect(page.window.warnings).to.deep.equal([]);
    expect(page.window.pageErrors).to.deep.equal([]);
  });

  it('without the hydration support, renders afresh from the data it carried: once, no request', async () => {
    const src = generatedFeed();
    const page = await openRendered(THREE_ELEMENTS(src), 'server', { scripts: WITHOUT_HYDRATION });
    expect(keptServerNodes(page)).to.equal(false);
    const [feed, card] = page.elements;
    expect(shadowParts(feed!, 'item')).to.have.length(3);
    expect(feed!.shadowRoot!.querySelectorAll('[part~="list"]')).to.have.length(1);
    expect(shadowParts(card!, 'card')).to.have.length(1);
    expect(await requestCount(src)).to.equal(1);
    expect(page.window.warnings).to.deep.equal([]);
  });
});

describe('hydration that fails', () => {
  const feedPage = (src: string): string =>
    `<news-feed src="${src}" limit="3"><a href="/news">All releases</a></news-feed>`;

  /** The page shows the feed's releases, rendered cleanly (no server node left), after one warning. */
  async function expectCleanRender(page: OpenedPage, warning: RegExp): Promise<void> {
    const [feed] = page.elements;
    await until(() => shadowParts(feed!, 'item').length === 3, 4000, 'the releases');
    expect(keptServerNodes(page)).to.equal(false);
    expect(feed!.shadowRoot!.querySelectorAll('[part~="list"]')).to.have.length(1);
    expect(plainText(shadowParts(feed!, 'title')[0])).to.equal('Generated release 12');
    expect(page.window.warnings).to.have.length(1);
    expect(page.window.warnings[0]).to.match(warning);
    expect(page.window.pageErrors).to.deep.equal([]);
  }

  it('renders afresh, with one warning, when the markup does not match the element', async () => {
    const src = generatedFeed();
    // What another version's templates would look like: a template marker of another digest.
    const page = await openRendered(feedPage(src), 'server', {
      edit: (html: string) => html.replace(/<!--lit-part [^>]*?-->/, '<!--lit-part AAAAAAAAAAA=-->'),
    });
    await expectCleanRender(page, /<news-feed> could not take over its server-rendered content/);
    expect(await requestCount(src)).to.equal(1);
  });

  it('renders afresh and loads, with one warning, when the data beside it is missing', async () => {
    const src = generatedFeed();
    const page = await openRendered(feedPage(src), 'server', {
      edit: (html: string) => html.replace(/<script type="application\/json" data-csto-state>.*?<\/script>/s, ''),
    });
    await expectCleanRender(page, /<news-feed> could not take over its server-rendered content/);
    expect(await requestCount(src)).to.equal(2);
  });

  it('renders afresh and loads, with one warning that says why, when the data is malformed', async () => {
    const src = generatedFeed();
    const page = await openRendered(feedPage(src), 'server', {
      edit: (html: string) => html.replace(/("releases":\[\{"id":)"gen-12"/, '$1 12'),
    });
    await expectCleanRender(page, /<news-feed>: the data rendered with it could not be read/);
    expect(await requestCount(src)).to.equal(2);
  });

  it('shows an event as it stands now when the page was rendered days ago: renders afresh, no warning', async () => {
    const day = 86_400_000;
    const inTenDays = new Date(Date.now() + 10 * day).toISOString().slice(0, 10);
    const card = `<event-card name="Joint training" start="${inTenDays}"></event-card>`;
    const now = await openRendered(card);
    const statusNow = plainText(shadowParts(now.elements[0]!, 'status')[0]);
    expect(keptServerNodes(now)).to.equal(true);
    const old = await openRendered(card, 'server', { renderedAt: new Date(Date.now() - 3 * day) });
    expect(plainText(old.window.nodesBeforeScripts[0]!.find((node) => node.matches('[part~="status"]')))).not.to.equal(
      statusNow,
    );
    expect(keptServerNodes(old)).to.equal(false);
    expect(plainText(shadowParts(old.elements[0]!, 'status')[0])).to.equal(statusNow);
    expect(old.window.warnings).to.deep.equal([]);
  });

  it('shows what its data says when the rendered text differs (another moment, time zone or language)', async () => {
    const src = generatedFeed();
    const page = await openRendered(feedPage(src), 'server', {
      edit: (html: string) => html.replace('>Generated release 12<', '>Rendered long ago<'),
    });
    const [feed] = page.elements;
    expect(plainText(shadowParts(feed!, 'title')[0])).to.equal('Generated release 12');
    expect(feed!.shadowRoot!.textContent).not.to.contain('Rendered long ago');
    expect(page.window.warnings).to.deep.equal([]);
    expect(await requestCount(src)).to.equal(1);
  });
});
