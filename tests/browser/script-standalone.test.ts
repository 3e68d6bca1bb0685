import { expect, waitUntil } from '@open-wc/testing';

/**
 * `dist/csto-widgets.standalone.js`, for hosts where only one file can be placed: the sanitiser,
 * positioning and every catalogue inlined, so nothing is fetched beside it.
 */
const STANDALONE = '/dist/csto-widgets.standalone.js';
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

const itemsOf = (element: Element): HTMLElement[] => [
  ...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~="item"]') ?? []),
];

describe('standalone script (dist/csto-widgets.standalone.js)', () => {
  const pageErrors: unknown[] = [];
  const recordError = (event: ErrorEvent): number => pageErrors.push(event.error ?? event.message);

  before(async () => {
    window.addEventListener('error', recordError);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-feed id="belarusian" lang="be" expand src="${ENDPOINT}"></news-feed>
       <member-states-badge id="badge" states="KZ RU"></member-states-badge>`,
    );
    const script = document.createElement('script');
    script.src = STANDALONE;
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error(`${STANDALONE} did not load; did the build run?`)));
      document.head.append(script);
    });
  });

  after(() => window.removeEventListener('error', recordError));

  it('renders a sanitised body in a language of the parts, and places a tooltip, fetching nothing beside it', async () => {
    const feed = document.querySelector('#belarusian')!;
    const body = (): Element | null | undefined => itemsOf(feed)[0]?.querySelector('[part~="body"]');
    await waitUntil(() => body()?.querySelector('strong'), 'the Belarusian feed shows its first body, sanitised');
    expect(feed.shadowRoot!.querySelector('[part~="toggle"]')!.textContent).to.match(/\p{Script=Cyrillic}/u);
    expect(itemsOf(feed)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('верасня');

    const badge = document.querySelector('#badge')!;
    const state = badge.shadowRoot!.querySelector<HTMLElement>('[part~="state"][data-code="KZ"]')!;
    state.dispatchEvent(new MouseEvent('mouseenter'));
    const tooltip = badge.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)!;
    await waitUntil(() => tooltip.dataset.placement, 'the tooltip is positioned');

    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((pathname) => pathname.includes('csto-widgets-parts'))).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});
