import { expect } from '@open-wc/testing';
import { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { NEWS_FEED_PROPERTIES, showFirstScreens } from '../../src/components/news-feed/first-screen.js';
import { earlyFeedsNow, startEarlyFeed } from '../../src/data/early-feed.js';
import { readLeading } from '../../src/data/early-read.js';
import { leadingReleases } from '../../src/data/lazy-feed.js';
import { partFiles, publicProperties } from './support/built-script.js';
import { feedUrl, plainText, requestCount, unique, until } from './support/endpoint.js';
import { openPage, SCRIPT_TAG, type OpenedPage, type PageWindow } from './support/hydration-page.js';

/**
 * `<news-feed>`'s first screen before the element's code (src/components/news-feed/first-screen.ts),
 * through the built script tag (needs `npm run build`), in pages of their own: what each shadow root
 * showed from the moment it was attached, batch by batch and frame by frame, and whether the element
 * was defined by then (a first screen is drawn before it is).
 */

/** What the page recorded of one shadow root of ours. */
interface RootLog {
  readonly id: string;
  /** Whether the element was defined when its shadow root was attached: false for a first screen. */
  readonly definedAtAttach: boolean;
  /** Each batch of changes: when, the markup, the releases shown, whether a state showed, the releases' boxes. */
  readonly batches: {
    at: number;
    html: string;
    items: number;
    states: number;
    defined: boolean;
    boxes: string[];
  }[];
  /** The releases shown in each animation frame since the attach. */
  readonly frames: number[];
}

type LoggedWindow = PageWindow & { roots: RootLog[]; stopFrames: boolean };

/** The page's recorder, before any script of ours: a script tag as written, first in the page's scripts. */
const RECORDER = `<script>
  window.roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const host = this;
    const log = { id: host.id, definedAtAttach: Boolean(customElements.get(host.localName)), batches: [], frames: [] };
    roots.push(log);
    const items = () => root.querySelectorAll('[part~="item"]');
    new MutationObserver(() => log.batches.push({
      at: performance.now(),
      html: root.innerHTML,
      items: items().length,
      states: root.querySelectorAll('[part~="loading"], [part~="empty"], [part~="error"], slot').length,
      defined: Boolean(customElements.get(host.localName)),
      boxes: [...items()].map((item) => JSON.stringify(item.getBoundingClientRect())),
    })).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const frame = () => {
      log.frames.push(items().length);
      if (!window.stopFrames) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return root;
  };
</script>`;

/** Lit's comment markers out: the markup as a reader's browser builds it. */
const withoutMarkers = (html: string): string => html.replace(/<!--[^]*?-->/g, '');

const logsOf = (page: OpenedPage): RootLog[] => (page.window as LoggedWindow).roots;
const logOf = (page: OpenedPage, id: string): RootLog => logsOf(page).find((log) => log.id === id)!;
/** The batches drawn before the element was defined: by the first screen. */
const beforeDefined = (log: RootLog): RootLog['batches'] => log.batches.filter((batch) => !batch.defined);
/** The ids of the feeds whose shadow root was attached before their element was defined: a first screen. */
const drawnAhead = (page: OpenedPage): string[] =>
  logsOf(page)
    .filter((log) => !log.definedAtAttach)
    .map((log) => log.id);
/** The requests the page sent for the first screen's part. */
const firstScreenRequests = (page: OpenedPage, firstScreenFile: string): string[] =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((file) => file.endsWith(`/${firstScreenFile}`));
const shadowParts = (element: Element, part: string): HTMLElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];

/** A page of `body` and the script tag, `before` it; `keep`: for a `before` hook, removed by `close`. */
const openScriptPage = (body: string, before = '', keep = false): Promise<OpenedPage> =>
  openPage(body, 'client', { scripts: [RECORDER + before, ...SCRIPT_TAG], keep });

function close(page: OpenedPage): void {
  (page.window as LoggedWindow).stopFrames = true;
  page.frame.remove();
}

describe('script tag: <news-feed> first screen before the element code', () => {
  let parts: Awaited<ReturnType<typeof partFiles>>;

  before(async () => {
    parts = await partFiles();
  });

  it('lists every property of <news-feed> a page may set before the code is here', () => {
    expect([...NEWS_FEED_PROPERTIES].sort()).to.deep.equal(publicProperties(NewsFeed));
  });

  it("declines, by itself, each feed whose first render is the element's alone", async () => {
    const src = feedUrl('native.json');
    startEarlyFeed(new URL(src, location.href).href);
    const container = document.createElement('div');
    container.innerHTML = [
      ...['controls', 'sync-url', 'tag="training"', 'member-state="KZ"', 'expand', 'loading="lazy"', 'lang="ru"'],
      ...['limit="0"', 'limit="many"', 'limit="21"', 'id="linked"'],
    ]
      .map((attributes) => `<news-feed src="${src}" ${attributes}></news-feed>`)
      .join('');
    container.insertAdjacentHTML('beforeend', `<div lang="ru"><news-feed src="${src}"></news-feed></div>`);
    const set = document.createElement('news-feed');
    set.setAttribute('src', src);
    Object.assign(set, { limit: 3 });
    const plain = document.createElement('news-feed');
    plain.setAttribute('src', src);
    container.append(set, plain);
    document.body.append(container);
    history.replaceState(null, '', '#linked.release=rock-2024-final-stage');
    try {
      const feeds = [...container.querySelectorAll<HTMLElement>('news-feed')];
      await showFirstScreens(feeds, earlyFeedsNow());
      await until(() => Boolean(plain.shadowRoot), 4000, 'the first screen of the plain feed');
      expect(feeds.filter((feed) => feed.shadowRoot)).to.deep.equal([plain]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      container.remove();
    }
  });

  describe('a page with two feeds of one endpoint', () => {
    let page: OpenedPage;
    let src: string;

    before(async () => {
      src = feedUrl('native.json');
      page = await openScriptPage(
        `<news-feed id="news" src="${src}" limit="2"><a href="/news">All releases</a></news-feed>` +
          `<news-feed id="more" src="${src}" limit="3" heading-level="2"></news-feed>`,
        '',
        true,
      );
      await until(() => shadowParts(page.elements[1]!, 'list')[0]?.getAttribute('aria-busy') === 'false');
    });

    after(() => close(page));

    it('shows each first screen before the element is defined, with the markup the element then renders', () => {
      for (const [id, count] of [
        ['news', 2],
        ['more', 3],
      ] as const) {
        const log = logOf(page, id);
        expect(log.definedAtAttach, `${id}: drawn before the element was defined`).to.equal(false);
        const [first] = log.batches;
        expect(first!.defined).to.equal(false);
        expect(first!.items).to.equal(count);
        const element = page.document.getElementById(id)!;
        expect(withoutMarkers(first!.html)).to.equal(withoutMarkers(element.shadowRoot!.innerHTML));
      }
    });

    it('adopts the very stylesheets the element uses', () => {
      const [news, more] = page.elements;
      const sheets = news!.shadowRoot!.adoptedStyleSheets;
      const elementSheets = (page.window.customElements.get('news-feed') as typeof NewsFeed).elementStyles.map(
        (styles) => (styles as { styleSheet: CSSStyleSheet }).styleSheet,
      );
      expect(sheets).to.have.length(2);
      sheets.forEach((sheet, index) => expect(sheet === elementSheets[index], `sheet ${index}`).to.equal(true));
      more!.shadowRoot!.adoptedStyleSheets.forEach((sheet, index) => expect(sheet).to.equal(sheets[index]));
    });

    it('never shows a frame or a batch without releases, and nothing moves at the takeover', () => {
      for (const id of ['news', 'more']) {
        const log = logOf(page, id);
        expect(log.frames.length, `${id}: frames recorded`).to.be.greaterThan(0);
        expect(
          log.frames.filter((items) => items === 0),
          `${id}: frames without releases`,
        ).to.deep.equal([]);
        expect(
          log.batches.filter((batch) => batch.items === 0 || batch.states > 0).length,
          `${id}: batches showing a state`,
        ).to.equal(0);
        const takenOver = log.batches.find((batch) => batch.defined);
        expect(takenOver, `${id}: the element took the screen over`).to.not.equal(undefined);
        expect(takenOver!.boxes).to.deep.equal(log.batches[0]!.boxes);
      }
    });

    it("requests the element's part only once the first screen shows, after the first-screen part", () => {
      const starts = (file: string): number[] =>
        (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.name.endsWith(`/${file}`))
          .map((entry) => entry.startTime);
      const [elementPart] = parts['news-feed'];
      const [firstScreenPart] = parts['news-feed-first-screen'];
      expect(starts(firstScreenPart!)).to.have.length(1);
      expect(starts(elementPart!)).to.have.length(1);
      const shownAt = Math.min(...['news', 'more'].map((id) => logOf(page, id).batches[0]!.at));
      expect(starts(elementPart!)[0]).to.be.at.least(shownAt);
    });

    it('asks the endpoint once, loads no hydration part and says nothing', async () => {
      expect(await requestCount(src)).to.equal(1);
      const files = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(files.filter((file) => file.includes(`/${parts.hydrate[0]}`))).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
      expect(page.window.pageErrors).to.deep.equal([]);
      expect(page.window.loads).to.deep.equal(['news-feed', 'news-feed']);
    });

    it('works after the takeover: a toggle opens its body, "more" shows more', async () => {
      const [news] = page.elements;
      const toggle = shadowParts(news!, 'toggle')[0]!;
      toggle.click();
      await until(() => toggle.getAttribute('aria-expanded') === 'true', 4000, 'the body opens');
      shadowParts(news!, 'more')[0]!.click();
      await until(() => shadowParts(news!, 'item').length === 4, 4000, 'two more releases');
    });
  });

  it('draws the first releases of an answer all here before parsing the whole: that parse comes after the frame', async () => {
    // At each frame, whether the loader's request has its whole answer parsed yet.
    const parsedAtFrames = `<script>
      window.parsedAtFrames = [];
      const attachFirst = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attachFirst.call(this, init);
        const frame = () => {
          if (root.querySelector('[part~="item"]')) {
            const early = [...globalThis[Symbol.for('csto-widgets.early-feeds')].values()];
            return parsedAtFrames.push(early.map((request) => request.arrived));
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        return root;
      };
    </script>`;
    const src = `/api/generated.json?n=1000&${unique()}`;
    const page = await openScriptPage(`<news-feed id="news" src="${src}"></news-feed>`, parsedAtFrames);
    (page.window as LoggedWindow).stopFrames = true;
    const log = logOf(page, 'news');
    expect(log.definedAtAttach, 'a first screen').to.equal(false);
    expect(log.batches[0]!.items).to.equal(10);
    expect((page.window as unknown as { parsedAtFrames: boolean[][] }).parsedAtFrames).to.deep.equal([[false]]);
    // Drawn once, then taken over: the whole answer was read after all.
    expect(beforeDefined(log)).to.have.length(1);
    expect(shadowParts(page.elements[0]!, 'item')).to.have.length(10);
    expect(await requestCount(src)).to.equal(1);
  });

  it("parses a declined feed's answer at once: its element's code is wanted now", async () => {
    const url = new URL(`/api/generated.json?n=30&${unique()}`, location.href).href;
    startEarlyFeed(url, true);
    const early = earlyFeedsNow().get(url)!;
    const feed = document.createElement('news-feed');
    feed.setAttribute('src', url);
    // More than a first screen draws: the element's alone.
    feed.setAttribute('limit', '25');
    document.body.append(feed);
    try {
      await showFirstScreens([feed], earlyFeedsNow());
      expect(feed.shadowRoot).to.equal(null);
      await until(() => early.arrived, 4000, 'the answer parsed without a taker');
    } finally {
      feed.remove();
    }
  });

  it('draws the answer over a copy stored by an earlier page once the answer is here, parsed or not', async () => {
    const url = new URL(`/api/generated.json?n=30&${unique()}`, location.href).href;
    // The stored copy holds no release: a first screen of it would show none.
    sessionStorage.setItem(`csto-widgets:feed:${url}`, JSON.stringify({ releases: [], skipped: 0 }));
    startEarlyFeed(url, true);
    const early = earlyFeedsNow().get(url)!;
    const feed = document.createElement('news-feed');
    feed.setAttribute('src', url);
    document.body.append(feed);
    try {
      await until(() => early.received, 4000, 'the whole answer');
      expect(early.arrived, 'not parsed yet').to.equal(false);
      await showFirstScreens([feed], earlyFeedsNow());
      expect(shadowParts(feed, 'item')).to.have.length(10);
    } finally {
      feed.remove();
      sessionStorage.clear();
    }
  });

  it("keeps an answer coming while nobody parses it: an unread body stops at the browser's buffer", async () => {
    // Megabytes: more than the browser holds of a body nobody reads.
    const url = new URL(`/api/generated.json?n=3000&${unique()}`, location.href).href;
    startEarlyFeed(url, true);
    const early = earlyFeedsNow().get(url)!;
    try {
      await until(() => performance.getEntriesByName(url).length > 0, 8000, 'the last byte');
      expect(early.arrived, 'not parsed').to.equal(false);
    } finally {
      early.controller.abort();
    }
  });

  it('shows the first screen beside an <event-card> of the same src, whichever takes the request first', async () => {
    const src = feedUrl('native.json');
    const page = await openScriptPage(
      `<news-feed id="news" src="${src}" limit="2"></news-feed>` +
        `<event-card id="card" src="${src}" release-id="rock-2024-final-stage"></event-card>`,
    );
    (page.window as LoggedWindow).stopFrames = true;
    expect(logOf(page, 'news').definedAtAttach, 'a first screen').to.equal(false);
    expect(logOf(page, 'news').batches[0]!.items).to.equal(2);
    await until(() => shadowParts(page.elements[0]!, 'list')[0]?.getAttribute('aria-busy') === 'false');
    expect(await requestCount(src)).to.equal(1);
    expect(page.window.pageErrors).to.deep.equal([]);
  });

  it("finds the loader's request for a relative src under a <base href>, as the element does", async () => {
    const src = feedUrl('native.json');
    const page = await openScriptPage(
      `<news-feed id="news" src="${src.replace('/api/feed/', '')}" limit="2"></news-feed>`,
      `<script>const base = document.createElement('base'); base.href = '/api/feed/'; document.head.append(base);</script>`,
    );
    (page.window as LoggedWindow).stopFrames = true;
    expect(logOf(page, 'news').definedAtAttach, 'a first screen').to.equal(false);
    await until(() => shadowParts(page.elements[0]!, 'list')[0]?.getAttribute('aria-busy') === 'false');
    expect(await requestCount(src)).to.equal(1);
  });

  it("draws the first screens under a strict CSP with a nonce and 'strict-dynamic', Trusted Types required", async () => {
    // tests/security/csp-first-screen.html, served with the policy by tests/server/security-plugin.mjs.
    const frame = document.createElement('iframe');
    frame.src = '/security/page/csp-first-screen.html?nonce=1';
    document.body.append(frame);
    try {
      const win = (): Window & {
        cspProbe?: { violations: string[]; errors: string[] };
        firstScreenProbe?: { id: string; definedAtAttach: boolean; firstItems: number }[];
      } => frame.contentWindow as never;
      const feed = (): Element | null | undefined => frame.contentDocument?.querySelector('#first');
      await until(
        () =>
          Boolean(win().customElements?.get('news-feed')) &&
          Boolean(win().customElements?.get('member-states-badge')) &&
          feed()?.shadowRoot?.querySelectorAll('[part~="list"][aria-busy="false"] [part~="item"]').length === 2,
        8000,
        'the feed and the badge defined, the feed with its two releases',
      );
      // The badge's first screen too (tests/browser/script-badge-first-screen.test.ts): two states.
      expect([...win().firstScreenProbe!].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal([
        { id: 'badge', definedAtAttach: false, firstItems: 2 },
        { id: 'first', definedAtAttach: false, firstItems: 2 },
      ]);
      expect(win().cspProbe!.violations).to.deep.equal([]);
      expect(win().cspProbe!.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('keeps the images it showed on screen through the takeover, frame by frame', async () => {
    const src = `/api/generated.json?n=3&image=/docs/demo.png&t=${Math.random()}`;
    // The element is defined only once the first screen's images are loaded, so the takeover
    // replaces images a reader already sees; each frame notes how many are loaded and sized.
    const holdDefine = `<script>
      window.imageFrames = [];
      const feed = () => document.querySelector('news-feed');
      const loaded = () => [...(feed()?.shadowRoot?.querySelectorAll('img') ?? [])]
        .filter((img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0).length;
      let defineLater;
      const frame = () => {
        const entry = { loaded: loaded(), defined: Boolean(customElements.get('news-feed')) };
        imageFrames.push(entry);
        // After a frame that showed all three: the element comes between two frames.
        if (defineLater && entry.loaded === 3) setTimeout(defineLater);
        if (entry.loaded === 3) defineLater = undefined;
        if (imageFrames.length < 600) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) =>
        name === 'news-feed' ? (defineLater = () => define(name, constructor, options)) : define(name, constructor, options);
    </script>`;
    const page = await openScriptPage(`<news-feed id="pictures" src="${src}" limit="3"></news-feed>`, holdDefine);
    const frames = (page.window as unknown as { imageFrames: { loaded: number; defined: boolean }[] }).imageFrames;
    await until(() => frames.filter((frame) => frame.defined).length > 5, 8000, 'frames after the takeover');
    (page.window as LoggedWindow).stopFrames = true;
    expect(logOf(page, 'pictures').definedAtAttach, 'a first screen').to.equal(false);
    const firstAllLoaded = frames.findIndex((frame) => frame.loaded === 3);
    expect(frames[firstAllLoaded]!.defined, 'all three shown before the element is here').to.equal(false);
    expect(frames.slice(firstAllLoaded).filter((frame) => frame.loaded < 3)).to.deep.equal([]);
  });

  it('follows a link clicked on the first screen once the element is here', async () => {
    const src = feedUrl('many.json');
    // The first screen's permalink to the third release, clicked as soon as it shows.
    const clickFirst = `<script>
      const recordAttach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = recordAttach.call(this, init);
        new MutationObserver((records, observer) => {
          const link = root.querySelectorAll('[part~="permalink"]')[2];
          if (!link) return;
          observer.disconnect();
          window.clickedBeforeCode = !customElements.get('news-feed');
          link.click();
        }).observe(root, { childList: true, subtree: true });
        return root;
      };
    </script>`;
    const page = await openScriptPage(`<news-feed id="news" src="${src}" limit="5"></news-feed>`, clickFirst);
    const feed = page.elements[0]!;
    expect((page.window as unknown as { clickedBeforeCode: boolean }).clickedBeforeCode).to.equal(true);
    expect(page.window.location.hash).to.match(/^#news\.release=/);
    const third = shadowParts(feed, 'item')[2]!;
    await until(() => feed.shadowRoot!.activeElement === third, 4000, 'the linked release is focused');
  });

  describe('an answer still on its way (the test endpoint sends its second half later)', () => {
    const timingOf = (page: OpenedPage, name: string): PerformanceResourceTiming =>
      (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        entry.name.endsWith(name),
      )!;

    it("shows its first releases before the rest is in, and asks for the element's code once it is", async () => {
      // The rest comes later than a first screen waits for an answer (3 s): it waits on once it shows.
      const src = `/api/generated.json?n=300&tail=3500&${unique()}`;
      const page = await openScriptPage(`<news-feed id="news" src="${src}"></news-feed>`);
      await until(() => Boolean(timingOf(page, src)), 6000, 'the whole answer');
      (page.window as LoggedWindow).stopFrames = true;
      const log = logOf(page, 'news');
      const answer = timingOf(page, src);
      expect(log.definedAtAttach, 'a first screen').to.equal(false);
      const [first] = log.batches;
      expect(first!.items).to.equal(10);
      expect(first!.at, 'shown before the last byte').to.be.below(answer.responseEnd - 1000);
      // Drawn once: the whole answer says what its first releases said.
      expect(beforeDefined(log)).to.have.length(1);
      const feed = page.document.getElementById('news')!;
      expect(withoutMarkers(first!.html)).to.equal(withoutMarkers(feed.shadowRoot!.innerHTML));
      expect(timingOf(page, `/${parts['news-feed'][0]!}`).startTime).to.be.at.least(answer.responseEnd - 1);
      const shown = log.frames.findIndex((items) => items > 0);
      expect(
        log.frames.slice(shown).filter((items) => items === 0),
        'frames without releases',
      ).to.deep.equal([]);
      expect(log.batches.filter((batch) => batch.states > 0).length, 'batches showing a state').to.equal(0);
      expect(await requestCount(src)).to.equal(1);
      expect(page.window.pageErrors).to.deep.equal([]);
    });

    it('reads the first releases while the answer is on its way; nothing of an answer another reader took', async () => {
      const url = (): string => new URL(`/api/generated.json?n=60&tail=1500&${unique()}`, location.href).href;
      const fresh = url();
      startEarlyFeed(fresh);
      const early = earlyFeedsNow().get(fresh)!;
      const read = await readLeading(early, fresh, 10);
      expect(early.arrived, 'read before the whole answer').to.equal(false);
      expect(leadingReleases(read!.feed, 20).map((release) => release.id)).to.have.length.within(11, 60);
      const taken = url();
      startEarlyFeed(taken);
      const text = (await earlyFeedsNow().get(taken)!.response).text();
      expect(await readLeading(earlyFeedsNow().get(taken), taken, 10)).to.equal(undefined);
      await text;
    });

    it('draws again from the whole answer when that says otherwise', async () => {
      // Its first `releases` are decoys; JSON, and the element, keep the second.
      const src = feedUrl('releases-twice.json', 'tail=1000');
      const page = await openScriptPage(`<news-feed id="news" src="${src}"></news-feed>`);
      (page.window as LoggedWindow).stopFrames = true;
      const batches = beforeDefined(logOf(page, 'news'));
      expect(batches.map((batch) => batch.items)).to.deep.equal([10, 10]);
      expect(batches[0]!.html).to.contain('Decoy 01');
      const feed = page.document.getElementById('news')!;
      expect(withoutMarkers(batches[1]!.html)).to.equal(withoutMarkers(feed.shadowRoot!.innerHTML));
      expect(plainText(shadowParts(feed, 'title')[0])).to.equal('Release 01');
    });

    it('draws again from the whole answer when the page changed the element meanwhile', async () => {
      const src = `/api/generated.json?n=300&tail=1000&${unique()}`;
      // Once its first releases show, the page asks for five.
      const fewer = `<script>
        const attachFirst = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attachFirst.call(this, init);
          const host = this;
          new MutationObserver((records, observer) => {
            if (!root.querySelector('[part~="item"]')) return;
            observer.disconnect();
            host.setAttribute('limit', '5');
          }).observe(root, { childList: true, subtree: true });
          return root;
        };
      </script>`;
      const page = await openScriptPage(`<news-feed id="news" src="${src}"></news-feed>`, fewer);
      (page.window as LoggedWindow).stopFrames = true;
      expect(beforeDefined(logOf(page, 'news')).map((batch) => batch.items)).to.deep.equal([10, 5]);
      expect(shadowParts(page.elements[0]!, 'item')).to.have.length(5);
    });

    it('leaves a broken answer to the element, which says so', async () => {
      const src = `/api/generated.json?n=300&body=truncated&tail=1000&${unique()}`;
      const page = await openScriptPage(
        `<news-feed id="news" src="${src}"></news-feed>`,
        `<script>window.errorKinds = []; addEventListener('csto-error', (event) => errorKinds.push(event.detail.kind));</script>`,
      );
      (page.window as LoggedWindow).stopFrames = true;
      const feed = page.document.getElementById('news')!;
      expect(logOf(page, 'news').batches[0]!.items, 'its first releases showed').to.equal(10);
      await until(() => shadowParts(feed, 'error').length === 1, 4000, 'the error state');
      expect(shadowParts(feed, 'item')).to.deep.equal([]);
      expect((page.window as unknown as { errorKinds: string[] }).errorKinds).to.deep.equal(['parse']);
      expect(page.window.pageErrors).to.deep.equal([]);
    });
  });

  describe('answers, once the element is here, what a reader did on the first screen', () => {
    /** A page script that runs `act` on the feed's first screen just before the element is defined. */
    const beforeDefined = (act: string): string => `<script>
      let feedRoot;
      const attachFirst = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attachFirst.call(this, init);
        if (this.localName === 'news-feed') feedRoot = root;
        return root;
      };
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => {
        if (name !== 'news-feed') return define(name, constructor, options);
        const part = (name, index = 0) => feedRoot.querySelectorAll('[part~="' + name + '"]')[index];
        ${act}
        window.actedBeforeCode = !customElements.get('news-feed');
        define(name, constructor, options);
      };
    </script>`;
    const actedBeforeCode = (page: OpenedPage): boolean =>
      (page.window as unknown as { actedBeforeCode: boolean }).actedBeforeCode;

    it('opens a body clicked there once however often, and keeps the focus on the same control', async () => {
      const page = await openScriptPage(
        `<news-feed id="news" src="${feedUrl('native.json')}" limit="2"></news-feed>`,
        beforeDefined(`part('toggle', 1).click(); part('toggle', 1).click(); part('permalink').focus();`),
      );
      (page.window as LoggedWindow).stopFrames = true;
      const feed = page.elements[0]!;
      expect(actedBeforeCode(page)).to.equal(true);
      expect(logOf(page, 'news').definedAtAttach, 'a first screen').to.equal(false);
      const toggles = shadowParts(feed, 'toggle');
      await until(() => toggles[1]!.getAttribute('aria-expanded') === 'true', 4000, 'the second body opened');
      expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
      const focused = feed.shadowRoot!.activeElement;
      // Compared as text: chai's message for two elements of a page in a frame takes minutes to write.
      expect(`${focused?.closest('article')?.id} ${focused?.getAttribute('part')}`).to.equal(
        'item-rock-2024-final-stage permalink',
      );
      expect(page.window.pageErrors).to.deep.equal([]);
    });

    it('shows more once for "Show more" clicked there, and follows no link twice', async () => {
      const page = await openScriptPage(
        `<news-feed id="news" src="${feedUrl('many.json')}" limit="2"></news-feed>`,
        beforeDefined(`part('more').click(); part('more').click(); part('title').addEventListener('click', (event) => {
          event.preventDefault();
          window.titleClicks = (window.titleClicks ?? 0) + 1;
        }); part('title').click();`),
      );
      (page.window as LoggedWindow).stopFrames = true;
      const feed = page.elements[0]!;
      expect(actedBeforeCode(page)).to.equal(true);
      await until(() => shadowParts(feed, 'item').length === 4, 4000, 'two more releases');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shadowParts(feed, 'item')).to.have.length(4);
      expect((page.window as unknown as { titleClicks: number }).titleClicks).to.equal(1);
    });
  });

  describe('declines in the loader where the element could render otherwise: its code loads at once, as before', () => {
    let page: OpenedPage;
    const native = feedUrl('native.json');

    before(async () => {
      const releases = `<script>document.querySelector('#releases').releases = [{ id: 'a', title: 'Set by the page', date: '2024-09-05' }];</script>`;
      page = await openScriptPage(
        [
          `<news-feed id="lazy" src="${native}" loading="lazy"></news-feed>`,
          `<news-feed id="controls" src="${native}" controls></news-feed>`,
          `<news-feed id="tag" src="${native}" tag="training"></news-feed>`,
          `<news-feed id="state" src="${native}" member-state="KZ"></news-feed>`,
          `<news-feed id="expand" src="${native}" expand></news-feed>`,
          `<news-feed id="lang" src="${native}" lang="ru"></news-feed>`,
          `<div lang="ru"><news-feed id="inherited" src="${native}"></news-feed></div>`,
          `<news-feed id="releases"></news-feed>`,
          `<news-feed id="linked" src="${native}"></news-feed>`,
        ].join(''),
        `<script>history.replaceState(null, '', '#linked.release=rock-2024-final-stage');</script>${releases}`,
        true,
      );
    });

    after(() => close(page));

    it('draws no first screen and does not ask for its part', () => {
      expect(drawnAhead(page)).to.deep.equal([]);
      expect(firstScreenRequests(page, parts['news-feed-first-screen'][0]!)).to.deep.equal([]);
    });

    it('shows what the element shows without it', async () => {
      const byId = (id: string): HTMLElement => page.document.getElementById(id)!;
      await until(() => shadowParts(byId('controls'), 'toolbar').length === 1, 4000, 'the toolbar');
      await until(() => shadowParts(byId('lang'), 'item').length === 4, 4000, 'the Russian feed');
      expect(plainText(shadowParts(byId('inherited'), 'date')[0])).to.equal('5 сентября 2024 г.');
      expect(shadowParts(byId('tag'), 'item')).to.have.length(2);
      expect(shadowParts(byId('state'), 'item')).to.have.length(2);
      expect(shadowParts(byId('releases'), 'title')[0]!.textContent).to.equal('Set by the page');
      expect(shadowParts(byId('expand'), 'toggle')[0]!.getAttribute('aria-expanded')).to.equal('true');
      await until(() => shadowParts(byId('linked'), 'body')[0]?.hidden === false, 4000, 'the linked release opened');
      expect(page.window.pageErrors).to.deep.equal([]);
    });
  });

  describe('declines once the answer says so, and the element renders as before', () => {
    let page: OpenedPage;
    const slow = feedUrl('native.json', 'delay=1500');

    before(async () => {
      // A copy stored by an earlier page, of an answer still on its way.
      sessionStorage.setItem(
        `csto-widgets:feed:${new URL(slow, location.href).href}`,
        JSON.stringify({ releases: [], skipped: 0 }),
      );
      page = await openScriptPage(
        [
          `<news-feed id="rss" src="${feedUrl('xml/legacy-windows-1251.rss')}"></news-feed>`,
          `<news-feed id="json-feed" src="${feedUrl('json-feed.json')}"></news-feed>`,
          `<news-feed id="error" src="${feedUrl('native.json', 'status=404')}"></news-feed>`,
          `<news-feed id="empty" src="${feedUrl('empty.json')}"></news-feed>`,
          `<news-feed id="stored" src="${slow}"></news-feed>`,
        ].join(''),
        '',
        true,
      );
    });

    after(() => {
      close(page);
      sessionStorage.clear();
    });

    it('asks for the first screen, which draws none', () => {
      expect(drawnAhead(page)).to.deep.equal([]);
      expect(firstScreenRequests(page, parts['news-feed-first-screen'][0]!)).to.have.length(1);
    });

    it('shows what the element shows without it', async () => {
      const byId = (id: string): HTMLElement => page.document.getElementById(id)!;
      await until(() => shadowParts(byId('rss'), 'item').length > 0, 4000, 'the RSS feed');
      await until(() => shadowParts(byId('json-feed'), 'item').length > 0, 4000, 'the JSON Feed');
      await until(() => shadowParts(byId('error'), 'error').length === 1, 4000, 'the error');
      await until(() => shadowParts(byId('empty'), 'empty').length === 1, 4000, 'the empty state');
      expect(page.window.pageErrors).to.deep.equal([]);
    });

    it('leaves a stored copy on screen first, as the element does while the answer is on its way', async () => {
      const stored = page.document.getElementById('stored')!;
      // The stored copy holds no release: the element shows it as empty, then the answer's four.
      await until(() => shadowParts(stored, 'item').length === 4, 4000, 'the answer');
      expect(logOf(page, 'stored').batches.some((batch) => batch.html.includes('part="empty"'))).to.equal(true);
    });
  });
});
