import { expect, waitUntil } from '@open-wc/testing';
import { itemsOf, loadScript, partFiles, partUrlsFetched, recordPageErrors } from './support/built-script.js';
import { requestCount, unique } from './support/endpoint.js';

/**
 * The script tag's autoloader: a page loads the code of the elements it holds, each element's
 * part and every chunk it needs in one round trip after the loader, the feed at the same time,
 * and the code of an element added later when it comes. The script is served by
 * tests/server/held-parts-plugin.mjs, which answers no part until all of the first element's
 * files have been asked for: a loader that needed a third round trip would get 504s and no badge.
 */
const fileOf = (url: string): string => url.replace(/^.*\//, '');

describe('script tag autoloader (a page with only a badge, then a feed added later)', () => {
  const pageErrors = recordPageErrors();
  let parts: Awaited<ReturnType<typeof partFiles>>;
  const FEED = `/api/feed/native.json?${unique()}`;

  before(async () => {
    parts = await partFiles();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<member-states-badge id="badge" states="KZ RU"></member-states-badge>',
    );
    // Held until its first screen's part and chunks are all asked for; the element's part comes after.
    const held = `/held/${unique().slice(2)}/${parts['member-states-badge-first-screen'].length}/csto-widgets.js`;
    await loadScript(held);
  });

  it("shows the badge after one round trip of parts (its first screen's, with every chunk at once), then loads its code", async () => {
    const badge = document.querySelector('#badge')!;
    await waitUntil(
      () => badge.shadowRoot?.querySelectorAll('[part~="state"]').length === 2,
      'the badge shows 2 states',
      {
        timeout: 8000,
      },
    );
    await waitUntil(() => customElements.get('member-states-badge'), 'the badge is defined', { timeout: 8000 });
    const firstScreen = parts['member-states-badge-first-screen'];
    expect(partUrlsFetched().map(fileOf).sort()).to.deep.equal(
      [...new Set([...firstScreen, ...parts['member-states-badge']])].sort(),
    );
    // As Resource Timing saw it too: every file of the first screen started before the first one ended.
    const timings = performance
      .getEntriesByType('resource')
      .filter((entry) => firstScreen.includes(fileOf(entry.name))) as PerformanceResourceTiming[];
    expect(timings).to.have.length(firstScreen.length);
    const lastStart = Math.max(...timings.map((entry) => entry.startTime));
    const firstEnd = Math.min(...timings.map((entry) => entry.responseEnd));
    expect(lastStart).to.be.below(firstEnd);
  });

  it('requests no feed or event-card code', () => {
    const badgeFiles = new Set([...parts['member-states-badge'], ...parts['member-states-badge-first-screen']]);
    const others = [...parts['news-feed'], ...parts['event-card']].filter((file) => !badgeFiles.has(file));
    expect(others.length, 'files only the feed and the event card need').to.be.greaterThan(0);
    expect(
      partUrlsFetched()
        .map(fileOf)
        .filter((file) => others.includes(file)),
    ).to.deep.equal([]);
    expect(customElements.get('news-feed')).to.equal(undefined);
    expect(customElements.get('event-card')).to.equal(undefined);
  });

  it('defines and renders a <news-feed> added later, its fallback shown until then', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div><news-feed id="later" src="${FEED}"><a href="/newsroom">Newsroom</a></news-feed></div>
       <news-feed id="same-src" src="${FEED}"></news-feed>`,
    );
    const later = document.querySelector('#later')!;
    expect(document.querySelector<HTMLElement>('#later a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await waitUntil(() => itemsOf(later).length === 4, 'the later feed shows its 4 releases', { timeout: 8000 });
    // As a boolean: a failed assertion holding a class cannot be sent back to the test runner.
    expect(window.CstoWidgets!.NewsFeed === customElements.get('news-feed'), 'CstoWidgets.NewsFeed').to.equal(true);
    expect(pageErrors).to.deep.equal([]);
  });

  it("starts the feed with the feed's code, not after it, and asks for it once", async () => {
    await waitUntil(
      () => itemsOf(document.querySelector('#same-src')!).length === 4,
      'the second feed shows 4 releases',
    );
    expect(await requestCount(FEED)).to.equal(1);
    const timing = (file: string): PerformanceResourceTiming =>
      performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(file)) as PerformanceResourceTiming;
    const feedStart = timing(FEED).startTime;
    const codeEnd = timing(`/${parts['news-feed'][0]}`).responseEnd;
    expect(feedStart, 'the feed request starts before the feed part has arrived').to.be.below(codeEnd);
  });
});
