import { expect, waitUntil } from '@open-wc/testing';
import type { CstoLoadDetail } from '../../src/events.js';
import { hoverState, itemsOf, loadScript, onFirstUseFetched, recordPageErrors } from './support/built-script.js';
import { requestCount } from './support/endpoint.js';

/**
 * The webmaster's way in: the built `dist/csto-widgets.js` (run `npm run build` first; `npm test`
 * does), included twice as classic scripts, configured by the script tag's data attributes. The
 * elements are in the page before the script (tests/browser/script-autoload.test.ts has them after).
 */
const BUNDLE = '/dist/csto-widgets.js';
const TAGS = ['news-feed', 'event-card', 'member-states-badge'];
const unique = `t=${Math.random().toString(36).slice(2)}`;
const PAGE_ENDPOINT = `/api/feed/native.json?${unique}`;
const OWN_ENDPOINT = `/api/feed/array.json?${unique}`;

describe('script tag (dist/csto-widgets.js)', () => {
  const pageErrors = recordPageErrors();
  let pageDefault: HTMLElement;
  let ownAttributes: HTMLElement;
  let firstApi: Window['CstoWidgets'];
  const loaded: CstoLoadDetail[] = [];

  before(async () => {
    document.addEventListener('csto-load', (event) => loaded.push(event.detail));
    // As on a real page the markup comes first: the elements upgrade when the script runs.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-feed id="page-default"><a href="/newsroom">Newsroom</a></news-feed>
       <news-feed id="own-attributes" src="${OWN_ENDPOINT}" lang="en"></news-feed>`,
    );
    pageDefault = document.querySelector('#page-default')!;
    ownAttributes = document.querySelector('#own-attributes')!;
    await loadScript(BUNDLE, { data: { endpoint: PAGE_ENDPOINT, lang: 'ru' } });
    firstApi = window.CstoWidgets;
    // The same snippet pasted twice, or a plugin that ships its own copy.
    await loadScript(BUNDLE);
  });

  it('throws nothing when included twice', () => {
    expect(pageErrors).to.deep.equal([]);
  });

  it('registers the elements in the page, and only those', async () => {
    await customElements.whenDefined('news-feed');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(['news-feed']);
  });

  it('sets window.CstoWidgets with configure(), version and the element classes, kept by the second copy', async () => {
    const api = window.CstoWidgets!;
    expect(api).to.equal(firstApi);
    expect(api.configure).to.be.a('function');
    expect(api.getConfig().lang).to.equal('ru');
    expect(api.version).to.match(/^\d+\.\d+\.\d+/);
    await customElements.whenDefined('news-feed');
    // Classes compared as booleans: a failed assertion holding a class cannot be sent back to the
    // test runner (structuredClone), which would then wait for this file until its time is up.
    expect(api.NewsFeed === customElements.get('news-feed'), 'CstoWidgets.NewsFeed once defined').to.equal(true);
    // A class whose element is not in the page comes on demand.
    expect(api.EventCard === undefined, 'no EventCard before it is asked for').to.equal(true);
    const eventCard = await api.load('event-card');
    expect(eventCard === customElements.get('event-card'), 'load() gives the defined class').to.equal(true);
    expect(api.EventCard === eventCard, 'CstoWidgets.EventCard once loaded').to.equal(true);
  });

  it('loads an element without src from data-endpoint, in data-lang', async () => {
    await waitUntil(
      () => itemsOf(pageDefault).length === 4,
      'the page-default feed shows the 4 releases of native.json',
    );
    expect(await requestCount(PAGE_ENDPOINT)).to.equal(1);
    const [first] = itemsOf(pageDefault);
    expect(first!.querySelector('[part~="title"]')!.textContent).to.contain('Генеральный секретарь ОДКБ');
    expect(first!.querySelector('[part~="date"]')!.textContent).to.contain('сентября');
  });

  it("lets an element's own src and lang win over the script tag's", async () => {
    await waitUntil(() => itemsOf(ownAttributes).length > 0, 'the feed with its own src shows releases');
    expect(await requestCount(OWN_ENDPOINT)).to.equal(1);
    expect(itemsOf(ownAttributes)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('September');
    expect(loaded.length).to.be.at.least(2);
  });

  it('fetches nothing loaded on first use but its elements’ catalogue (Russian; English is built in; no body, no tooltip)', async () => {
    expect(itemsOf(pageDefault).length).to.equal(4);
    expect(await onFirstUseFetched()).to.deep.equal(['ru']);
  });

  it('fetches the sanitiser, positioning and a catalogue from beside itself, each on first use', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-feed id="armenian" lang="hy" expand src="${PAGE_ENDPOINT}"></news-feed>
       <member-states-badge id="badge" states="KZ RU"></member-states-badge>`,
    );
    const armenian = document.querySelector('#armenian')!;
    const body = (): Element | null | undefined => itemsOf(armenian)[0]?.querySelector('[part~="body"]');
    await waitUntil(() => body()?.querySelector('strong'), 'the Armenian feed shows its first body, sanitised');
    expect(itemsOf(armenian)[0]!.querySelector('[part~="date"]')!.textContent).to.match(/\p{Script=Armenian}/u);
    expect(armenian.shadowRoot!.querySelector('[part~="toggle"]')!.textContent).to.match(/\p{Script=Armenian}/u);

    const tooltip = await hoverState(document.querySelector('#badge')!, 'KZ');
    expect(tooltip.style.opacity).to.equal('');

    // The policy's name is a chunk of its own: the whole library (`CstoWidgets.load()`) exports it too.
    expect(await onFirstUseFetched()).to.deep.equal([
      'hy',
      'position-floating',
      'ru',
      'sanitize',
      'trusted-types-policy',
      'unsafe-html',
    ]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('fetches the RSS/Atom reader on the first XML endpoint, and only then', async () => {
    const before = await onFirstUseFetched();
    expect(before).to.not.include('decode-body');
    expect(before).to.not.include('xml-feed');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-feed id="rss" lang="en" src="/api/feed/real-feeds/rss-macworld-relative-urls.rss?${unique}"></news-feed>`,
    );
    const rss = document.querySelector('#rss')!;
    await waitUntil(() => itemsOf(rss).length === 10, 'the RSS feed shows its first 10 releases');
    // The answer's bytes first (decoded by its XML declaration), then the reader.
    expect(await onFirstUseFetched()).to.include.members(['decode-body', 'xml-feed']);
    expect(pageErrors).to.deep.equal([]);
  });

  it('sanitises a body at once, and gives the rest of the library on demand', async () => {
    const api = window.CstoWidgets!;
    expect(api.loadFeed).to.equal(undefined);
    expect(await api.safeBodyHtml('<p onclick="x()">Hi</p>')).to.equal('<p>Hi</p>');
    const library = await api.load();
    expect(library.NewsFeed === customElements.get('news-feed'), 'the library holds the defined class').to.equal(true);
    expect(api.loadFeed === library.loadFeed, 'CstoWidgets.loadFeed once loaded').to.equal(true);
  });
});
