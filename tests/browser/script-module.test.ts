import { expect, waitUntil } from '@open-wc/testing';
import { hoverState, itemsOf, onFirstUseFetched, openPage, recordPageErrors } from './support/built-script.js';

/**
 * `dist/csto-widgets.mjs`, the script bundle as a module (`<script type="module">`): it finds its
 * parts by `import.meta.url`, where the classic script reads `document.currentScript`.
 */
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('module script (dist/csto-widgets.mjs)', () => {
  const pageErrors = recordPageErrors();

  openPage(
    `<news-feed id="kyrgyz" lang="ky" expand src="${ENDPOINT}"></news-feed>
     <member-states-badge id="badge" states="KG"></member-states-badge>`,
    '/dist/csto-widgets.mjs',
    { type: 'module' },
  );

  it('fetches its parts from beside itself on first use', async () => {
    const feed = document.querySelector('#kyrgyz')!;
    const body = (): Element | null | undefined => itemsOf(feed)[0]?.querySelector('[part~="body"]');
    // The loader fetches the element's code first: more than waitUntil's default second under load.
    await waitUntil(() => body()?.querySelector('strong'), 'the Kyrgyz feed shows its first body, sanitised', {
      timeout: 5000,
    });
    expect(feed.shadowRoot!.querySelector('[part~="toggle"]')!.textContent).to.match(/\p{Script=Cyrillic}/u);
    await hoverState(document.querySelector('#badge')!, 'KG');
    // As a boolean: a failed assertion holding a class cannot be sent back to the test runner.
    expect(customElements.get('news-feed') === window.CstoWidgets!.NewsFeed, 'CstoWidgets.NewsFeed').to.equal(true);
    expect(await onFirstUseFetched()).to.deep.equal([
      'ky',
      'position-floating',
      'sanitize',
      'trusted-types-policy',
      'unsafe-html',
    ]);
    expect(pageErrors).to.deep.equal([]);
  });
});
