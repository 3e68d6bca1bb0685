import { expect, waitUntil } from '@open-wc/testing';
import { hoverState, itemsOf, openPage, partsFetched, recordPageErrors } from './support/built-script.js';

/**
 * `dist/csto-widgets.standalone.js`, for hosts where only one file can be placed: the sanitiser,
 * positioning and every catalogue inlined, so nothing is fetched beside it.
 */
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('standalone script (dist/csto-widgets.standalone.js)', () => {
  const pageErrors = recordPageErrors();

  openPage(
    `<news-feed id="belarusian" lang="be" expand src="${ENDPOINT}"></news-feed>
     <member-states-badge id="badge" states="KZ RU"></member-states-badge>`,
    '/dist/csto-widgets.standalone.js',
  );

  it('renders a sanitised body in a language of the parts, and places a tooltip, fetching nothing beside it', async () => {
    const feed = document.querySelector('#belarusian')!;
    const body = (): Element | null | undefined => itemsOf(feed)[0]?.querySelector('[part~="body"]');
    await waitUntil(() => body()?.querySelector('strong'), 'the Belarusian feed shows its first body, sanitised');
    expect(feed.shadowRoot!.querySelector('[part~="toggle"]')!.textContent).to.match(/\p{Script=Cyrillic}/u);
    expect(itemsOf(feed)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('верасня');
    await hoverState(document.querySelector('#badge')!, 'KZ');
    expect(partsFetched()).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});
