import { expect, waitUntil } from '@open-wc/testing';
import { hoverState, itemsOf, openPage, recordPageErrors, recordWarnings } from './support/built-script.js';

/**
 * `dist/csto-widgets.js` pasted inline (`<script>…code…</script>`, as some tag managers do): the
 * script has no URL, so it cannot know where its parts are. Every element must still work, as for
 * a copy without its parts: English for a language loaded on first use, bodies as plain text,
 * panels placed by their anchor; nothing thrown.
 */
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('script tag pasted inline, without a URL of its own', () => {
  const pageErrors = recordPageErrors();
  recordWarnings();
  openPage(
    `<news-feed id="armenian" lang="hy" expand src="${ENDPOINT}"></news-feed>
     <member-states-badge id="badge" states="AM"></member-states-badge>`,
    '/dist/csto-widgets.js',
    { inline: true },
  );

  it('shows every release in English, bodies as plain text, and places tooltips', async () => {
    const feed = document.querySelector('#armenian')!;
    const body = (): Element | null | undefined => itemsOf(feed)[0]?.querySelector('[part~="body"]');
    await waitUntil(() => itemsOf(feed).length === 4 && body()?.textContent?.trim(), 'the feed shows its bodies');
    expect(itemsOf(feed)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('September');
    expect(body()!.querySelector('strong')).to.equal(null);
    await hoverState(document.querySelector('#badge')!, 'AM');
    expect(pageErrors).to.deep.equal([]);
  });
});
