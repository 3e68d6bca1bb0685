import { expect, waitUntil } from '@open-wc/testing';
import { itemsOf, openPage, recordPageErrors } from './support/built-script.js';
import { plainText, unique } from './support/endpoint.js';

/**
 * `dist/csto-widgets.mjs` reads its tag's `data-*` settings like the classic script does: a module
 * has no `document.currentScript`, so it finds its tag by its own URL (`import.meta.url`).
 */
const ENDPOINT = `/api/feed/native.json?${unique()}`;

describe('module script (dist/csto-widgets.mjs) with data-* settings', () => {
  const pageErrors = recordPageErrors();

  openPage(`<news-feed id="page-default"></news-feed>`, '/dist/csto-widgets.mjs', {
    type: 'module',
    data: { endpoint: ENDPOINT, lang: 'ru', timeout: '4000' },
  });

  it('loads the data-endpoint in the data-lang for a feed without src', async () => {
    const feed = document.querySelector('#page-default')!;
    await waitUntil(() => itemsOf(feed).length > 0, 'the feed shows the releases of data-endpoint', { timeout: 5000 });
    expect(itemsOf(feed)).to.have.length(4);
    const date = itemsOf(feed)[0]!.querySelector('[part~="date"]');
    expect(plainText(date)).to.match(/\p{Script=Cyrillic}/u);
    expect(window.CstoWidgets?.getConfig()).to.include({ endpoint: ENDPOINT, lang: 'ru', timeout: 4000 });
    expect(pageErrors).to.deep.equal([]);
  });
});
