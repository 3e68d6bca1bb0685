import { expect, waitUntil } from '@open-wc/testing';
import { openPage, recordPageErrors, recordWarnings } from './support/built-script.js';

/**
 * `dist/csto-widgets.js` pasted inline (`<script>…code…</script>`, as some tag managers do): the
 * script has no URL, so it cannot know where its parts are, and imports nothing. As for a copy
 * without its parts: the fallback stays, each element hears a `csto-error`, one warning says
 * how to fix it; `CstoWidgets.configure()` still works, and nothing is thrown.
 */
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('script tag pasted inline, without a URL of its own', () => {
  const pageErrors = recordPageErrors();
  const warnings = recordWarnings();
  const erred: string[] = [];
  before(() => document.addEventListener('csto-error', (event) => erred.push((event.target as Element).id)));
  openPage(
    `<news-feed id="feed" lang="hy" src="${ENDPOINT}"><a href="/newsroom">Newsroom</a></news-feed>`,
    '/dist/csto-widgets.js',
    { inline: true, data: { lang: 'ru' } },
  );

  it('keeps the fallback, sends csto-error, warns once with the fix, throws nothing', async () => {
    await waitUntil(() => erred.length === 1, 'a csto-error on the feed');
    expect(erred).to.deep.equal(['feed']);
    expect(customElements.get('news-feed')).to.equal(undefined);
    expect(document.querySelector<HTMLElement>('#feed a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const ours = warnings.filter((message) => message.startsWith('csto-widgets:'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('csto-widgets.standalone.js');
    expect(window.CstoWidgets!.getConfig().lang).to.equal('ru');
    expect(pageErrors).to.deep.equal([]);
  });
});
