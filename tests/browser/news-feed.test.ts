import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import type { Release } from '../../src/data/release.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, requestCount, unique, until, watchPageErrors } from './support/endpoint.js';

const parts = (el: Element, part: string): HTMLElement[] => [
  ...(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`) as NodeListOf<HTMLElement>),
];
const part = (el: Element, name: string): HTMLElement | undefined => parts(el, name)[0];
const titles = (el: Element): string[] => parts(el, 'title').map((node) => plainText(node));

async function loadedFeed(template: ReturnType<typeof html>): Promise<NewsFeed> {
  const el = await fixture<NewsFeed>(template);
  await oneEvent(el, 'csto-load');
  return el;
}

async function failedFeed(
  template: ReturnType<typeof html>,
): Promise<{ el: NewsFeed; detail: { kind: string; status?: number } }> {
  const el = await fixture<NewsFeed>(template);
  const { detail } = await oneEvent(el, 'csto-error');
  await el.updateComplete;
  return { el, detail };
}

let pageErrors: ReturnType<typeof watchPageErrors>;

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  // Fast faults: no retries (the network tests cover those), a short timeout for hangs.
  configure({ retries: 0, timeout: 1500 });
  pageErrors = watchPageErrors();
});

afterEach(() => {
  pageErrors.stop();
  resetConfig();
  expect(pageErrors.errors, 'no error reaches the host page').to.deep.equal([]);
});

describe('<news-feed> rendering', () => {
  it('shows each release as an article with its parts', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    const items = parts(el, 'item');
    expect(items).to.have.length(4);
    expect(items.every((item) => item.tagName === 'ARTICLE')).to.equal(true);
    const first = items[0]!;
    const title = first.querySelector('[part~="title"]')!;
    expect(title.tagName).to.equal('A');
    expect(title.getAttribute('href')).to.match(/^https:\/\//);
    const date = first.querySelector('[part~="date"]')!;
    expect(date.tagName).to.equal('TIME');
    expect(date.getAttribute('datetime')).to.equal('2024-09-05');
    expect(plainText(date)).to.equal('5 September 2024');
    expect(first.querySelector('[part~="summary"]')).to.exist;
    expect(first.querySelector('[part~="image"]')?.getAttribute('src')).to.match(/^https:\/\//);
    expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('renders a title without a url as text, not a link', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed></news-feed>`);
    el.releases = [{ id: 'x', title: 'No link here', date: '2024-09-03' }];
    await el.updateComplete;
    const title = part(el, 'title')!;
    expect(title.tagName).not.to.equal('A');
    expect(title.closest('a')).to.equal(null);
    expect(plainText(title)).to.equal('No link here');
  });

  it('writes dates the way a Russian reader expects, from lang or the nearest ancestor', async () => {
    const own = await fixture<NewsFeed>(html`<news-feed lang="ru" src=${feedUrl('native.json')}></news-feed>`);
    await until(() => parts(own, 'item').length === 4, 4000, 'the own-lang feed');
    expect(plainText(part(own, 'date'))).to.equal('5 сентября 2024 г.');
    expect(titles(own)[0]).to.match(/[А-Яа-я]/);
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="ru-RU">
        <div><news-feed src=${feedUrl('native.json')}></news-feed></div>
      </section>`,
    );
    const inherited = wrapper.querySelector('news-feed')!;
    // fixture() of a plain wrapper waits a frame, by which time csto-load may have been sent.
    await until(() => parts(inherited, 'item').length === 4, 4000, 'the inherited feed');
    expect(plainText(part(inherited, 'date'))).to.equal('5 сентября 2024 г.');
  });

  it('switches language when the lang attribute changes', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    el.lang = 'ru';
    await el.updateComplete;
    expect(plainText(part(el, 'date'))).to.equal('5 сентября 2024 г.');
  });

  it('keeps its releases in the language it had while the catalogue of a new one loads', async () => {
    // Tajik is loaded on first use; no other test in this file speaks it, so it is not loaded yet.
    const el = await loadedFeed(html`<news-feed lang="ru" src=${feedUrl('native.json')}></news-feed>`);
    // Every screen shown until the Tajik one: each must still hold the four releases, in Russian.
    const shown: string[] = [];
    const record = (): void => void shown.push(`${parts(el, 'item').length} ${plainText(part(el, 'date'))}`);
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    el.lang = 'tg';
    await until(() => plainText(part(el, 'date')).includes('сентябри'), 4000, 'the Tajik date');
    observer.disconnect();
    record();
    const russian = '4 5 сентября 2024 г.';
    const tajik = '4 5 сентябри соли 2024';
    expect(shown.at(-1)).to.equal(tajik);
    expect(shown.filter((screen) => screen !== russian && screen !== tajik)).to.deep.equal([]);
  });

  for (const [fixtureName, count] of [
    ['native.json', 4],
    ['array.json', 3],
    ['json-feed.json', 3],
    ['wordpress.json', 3],
  ] as const) {
    it(`renders the ${fixtureName} format`, async () => {
      const el = await loadedFeed(html`<news-feed src=${feedUrl(fixtureName)}></news-feed>`);
      expect(parts(el, 'item')).to.have.length(count);
      expect(titles(el).every(Boolean)).to.equal(true);
    });
  }

  it('renders the valid half of a half-invalid feed and reports the rest as skipped', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('half-invalid.json')}></news-feed>`);
    const { detail } = await oneEvent(el, 'csto-load');
    expect(detail.skipped).to.equal(4);
    expect(detail.releases.map((r: Release) => r.id)).to.deep.equal(['valid-1', 'valid-2', 'valid-3', 'valid-4']);
    expect(parts(el, 'item')).to.have.length(4);
  });

  it('takes releases set directly as a property, without fetching', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed></news-feed>`);
    const loaded = oneEvent(el, 'csto-load');
    el.releases = [
      { id: 'a', title: { en: 'Alpha', ru: 'Альфа' }, date: '03.09.2024' },
      { id: 'b', title: 'Beta', date: 'not a date' },
    ];
    const { detail } = await loaded;
    expect(detail.skipped).to.equal(1);
    expect(titles(el)).to.deep.equal(['Alpha']);
  });

  it('uses the page default endpoint when it has no src', async () => {
    const src = feedUrl('native.json');
    configure({ endpoint: src });
    const el = await loadedFeed(html`<news-feed></news-feed>`);
    expect(parts(el, 'item')).to.have.length(4);
    expect(await requestCount(src)).to.equal(1);
  });
});

describe('<news-feed> limit and more', () => {
  it('shows `limit` releases and a more button that shows the rest of the page', async () => {
    const el = await loadedFeed(html`<news-feed limit="10" src=${feedUrl('many.json')}></news-feed>`);
    expect(parts(el, 'item')).to.have.length(10);
    const more = part(el, 'more')!;
    expect(more.tagName).to.equal('BUTTON');
    more.click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(20);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(25);
    expect(part(el, 'more')).to.equal(undefined);
  });

  it('shows as many releases as a changed `limit` asks for', async () => {
    const el = await loadedFeed(html`<news-feed limit="10" src=${feedUrl('many.json')}></news-feed>`);
    el.limit = 3;
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(3);
    el.setAttribute('limit', '12');
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(12);
  });

  it('shows `limit` more each time, taking the rest from the endpoint `next` page', async () => {
    const src = feedUrl('paged-1.json');
    const el = await loadedFeed(html`<news-feed limit="5" src=${src}></news-feed>`);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(10);
    const nextLoaded = oneEvent(el, 'csto-load');
    part(el, 'more')!.click();
    const { detail } = await nextLoaded;
    await until(() => parts(el, 'item').length === 15, 4000, '5 more: 2 from page 1, 3 from page 2');
    expect(detail.releases).to.have.length(5);
    expect(titles(el)[14]).to.match(/Page 2 release 03/);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(17);
    expect(part(el, 'more')).to.equal(undefined);
  });

  it('moves focus to the first newly shown release and announces how many arrived', async () => {
    const el = await loadedFeed(html`<news-feed limit="10" src=${feedUrl('many.json')}></news-feed>`);
    part(el, 'more')!.focus();
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(parts(el, 'item')[10]!.id);
    expect(plainText(el.shadowRoot!.querySelector('[aria-live]'))).to.equal('10 more releases loaded');
  });
});

describe('<news-feed> first screen', () => {
  it('counts invalid entries past the first screen as skipped, and hands out every release', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed limit="1" src=${feedUrl('half-invalid.json')}></news-feed>`);
    const { detail } = await oneEvent(el, 'csto-load');
    expect(parts(el, 'item')).to.have.length(1);
    expect(detail.skipped).to.equal(4);
    expect(detail.releases.map((r: Release) => r.id)).to.deep.equal(['valid-1', 'valid-2', 'valid-3', 'valid-4']);
  });

  it('counts an invalid or repeated release set as a property past the first screen', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed limit="10"></news-feed>`);
    const loaded = oneEvent(el, 'csto-load');
    el.releases = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `r${i + 1}`, title: `Release ${i + 1}`, date: '2024-09-03' })),
      { id: 'r13', title: 'No date' },
      { id: 'r2', title: 'The id of an earlier release', date: '2024-09-04' },
    ];
    const { detail } = await loaded;
    expect(detail.skipped).to.equal(2);
    expect(detail.releases).to.have.length(12);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(titles(el).slice(10)).to.deep.equal(['Release 11', 'Release 12']);
    expect(part(el, 'more')).to.equal(undefined);
  });

  it('shows the 11th release whole after "more", and keeps the articles already shown', async () => {
    const el = await loadedFeed(html`<news-feed limit="10" src=${feedUrl('many.json')}></news-feed>`);
    const first = parts(el, 'item')[0];
    part(el, 'more')!.click();
    await el.updateComplete;
    const eleventh = parts(el, 'item')[10]!;
    expect(parts(el, 'item')[0]).to.equal(first);
    expect(eleventh.getAttribute('aria-posinset')).to.equal('11');
    const title = eleventh.querySelector('[part~="title"]')!;
    expect(title.tagName).to.equal('A');
    expect(title.getAttribute('href')).to.equal('https://odkb-csto.org/news/news_odkb/many-11/');
    expect(plainText(title)).to.equal('Release 11');
    expect(eleventh.querySelector('[part~="date"]')!.getAttribute('datetime')).to.equal('2024-09-20');
    expect(plainText(eleventh.querySelector('[part~="date"]'))).to.equal('20 September 2024');
    expect(plainText(eleventh.querySelector('[part~="summary"]'))).to.equal('Summary of release 11.');
    expect([...eleventh.querySelectorAll('[part~="tag"]')].map((tag) => plainText(tag))).to.deep.equal(['training']);
  });

  it('rewrites the articles on screen in a new language', async () => {
    const el = await loadedFeed(html`<news-feed limit="3" src=${feedUrl('many.json')}></news-feed>`);
    const first = parts(el, 'item')[0]!;
    el.lang = 'ru';
    await el.updateComplete;
    expect(parts(el, 'item')[0]).to.equal(first);
    expect(plainText(first.querySelector('[part~="title"]'))).to.equal('Релиз 01');
    expect(plainText(first.querySelector('[part~="summary"]'))).to.match(/^Краткое содержание/);
    expect(plainText(first.querySelector('[part~="permalink"]'))).not.to.match(/Release/);
  });
});

describe('<news-feed> stylesheets', () => {
  it('shares one stylesheet object per kind of element between all its instances', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-feed limit="2" src=${feedUrl('many.json')}></news-feed>
        <news-feed limit="2" src=${feedUrl('native.json')}></news-feed>
        <event-card name="Rock-2024" start="2024-09-03"></event-card>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('news-feed')];
    await until(() => parts(one!, 'item').length === 2 && parts(two!, 'item').length === 2, 4000, 'both feeds');
    const sheets = (el: Element): CSSStyleSheet[] => el.shadowRoot!.adoptedStyleSheets;
    expect(sheets(one!).length).to.be.greaterThan(0);
    expect(sheets(two!).every((sheet, index) => sheet === sheets(one!)[index])).to.equal(true);
    // The styles every element starts from are one object on the page, not one per kind.
    expect(sheets(wrapper.querySelector('event-card')!)[0]).to.equal(sheets(one!)[0]);
    expect(one!.shadowRoot!.querySelector('style')).to.equal(null);
  });
});

describe('<news-feed> filters', () => {
  for (const [tag, state, count] of [
    ['training', '', 2],
    ['', 'KG', 3],
    ['training', 'KZ', 1],
  ] as const) {
    it(`shows ${count} releases for tag "${tag}" and member-state "${state}"`, async () => {
      const el = await loadedFeed(
        html`<news-feed tag=${tag} member-state=${state} src=${feedUrl('tags.json')}></news-feed>`,
      );
      expect(parts(el, 'item')).to.have.length(count);
    });
  }

  it('shows the empty state when no release matches', async () => {
    const el = await loadedFeed(html`<news-feed tag="none-such" src=${feedUrl('tags.json')}></news-feed>`);
    expect(parts(el, 'item')).to.have.length(0);
    expect(plainText(part(el, 'empty'))).to.equal('No releases to show.');
  });
});

describe('<news-feed> bodies', () => {
  it('opens a body in place with the toggle and reports the selection', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    const toggle = part(el, 'toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'body')!.hidden).to.equal(true);
    const selected = oneEvent(el, 'csto-select');
    toggle.click();
    const { detail } = await selected;
    await el.updateComplete;
    expect(detail.release.id).to.equal('rock-2024-final-stage');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const body = part(el, 'body')!;
    expect(body.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
    // The sanitiser loads on the first opened body; the body says it is busy until then.
    await until(() => body.querySelector('p') !== null, 4000, 'the body to be sanitised and shown');
    expect(body.getAttribute('aria-busy')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(part(el, 'body')!.hidden).to.equal(true);
  });

  it('opens every body at once with `expand`', async () => {
    const el = await loadedFeed(html`<news-feed expand src=${feedUrl('native.json')}></news-feed>`);
    const bodies = parts(el, 'body');
    expect(bodies.length).to.be.greaterThan(0);
    await until(
      () => bodies.every((body) => !body.hidden && body.textContent!.trim() !== ''),
      4000,
      'every body shown',
    );
    expect(parts(el, 'toggle').every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
  });

  it('sends csto-select when a reader follows a title link', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    const link = part(el, 'title') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const { detail } = await oneEvent(document, 'csto-select');
    expect(detail.release.id).to.equal('rock-2024-final-stage');
  });
});

describe('<news-feed> states', () => {
  it('shows the loading state with a busy list while the endpoint is slow', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json', 'delay=600')}></news-feed>`);
    expect(part(el, 'loading')).to.exist;
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
    await oneEvent(el, 'csto-load');
    expect(part(el, 'loading')).to.equal(undefined);
    expect(parts(el, 'item')).to.have.length(4);
  });

  for (const [faults, kind, status, message] of [
    ['status=404', 'http', 404, 'HTTP 404'],
    ['status=500', 'http', 500, 'HTTP 500'],
    ['body=not-json', 'parse', undefined, 'not a news feed'],
    ['body=truncated', 'parse', undefined, 'not a news feed'],
    ['hang=1', 'timeout', undefined, 'too long'],
  ] as const) {
    it(`shows the error state for ${faults} (${kind})`, async () => {
      const { el, detail } = await failedFeed(html`<news-feed src=${feedUrl('native.json', faults)}></news-feed>`);
      expect(detail.kind).to.equal(kind);
      expect(detail.status).to.equal(status);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(plainText(error)).to.contain(message);
      expect(part(el, 'retry')!.tagName).to.equal('BUTTON');
    });
  }

  it('shows a format error for JSON with no releases', async () => {
    const { el, detail } = await failedFeed(html`<news-feed src=${feedUrl('no-releases.json')}></news-feed>`);
    expect(detail.kind).to.equal('format');
    expect(part(el, 'error')).to.exist;
  });

  it('fetches again on retry and shows the releases', async () => {
    const src = feedUrl('native.json', 'fail=1');
    const { el } = await failedFeed(html`<news-feed src=${src}></news-feed>`);
    expect(await requestCount(src)).to.equal(1);
    const loaded = oneEvent(el, 'csto-load');
    part(el, 'retry')!.click();
    await loaded;
    await el.updateComplete;
    expect(await requestCount(src)).to.equal(2);
    expect(parts(el, 'item')).to.have.length(4);
    expect(part(el, 'error')).to.equal(undefined);
  });

  it('keeps light-DOM fallback content while loading and when the endpoint fails', async () => {
    const { el } = await failedFeed(
      html`<news-feed src=${feedUrl('native.json', 'status=503')}
        ><a href="https://odkb-csto.org/news/">Newsroom</a></news-feed
      >`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Newsroom']);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('hides the fallback once releases are shown', async () => {
    const el = await loadedFeed(
      html`<news-feed src=${feedUrl('native.json')}><a href="/news">Newsroom</a></news-feed>`,
    );
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<news-feed> requests', () => {
  it('makes one request for five elements with the same src', async () => {
    const src = feedUrl('native.json', 'delay=100');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-feed src=${src}></news-feed><news-feed src=${src}></news-feed><news-feed src=${src}></news-feed>
        <news-feed src=${src}></news-feed><news-feed src=${src}></news-feed>
      </div>`,
    );
    const feeds = [...wrapper.querySelectorAll('news-feed')];
    await until(() => feeds.every((el) => parts(el, 'item').length === 4), 4000, 'five feeds to render');
    expect(await requestCount(src)).to.equal(1);
  });

  it('makes one request for eight elements that start at different moments, 50 times out of 50', async function () {
    this.timeout(30_000);
    const counts: number[] = [];
    for (let run = 0; run < 50; run++) {
      const src = feedUrl('native.json', 'delay=10');
      const holder = document.createElement('div');
      document.body.append(holder);
      const add = (): NewsFeed => holder.appendChild(Object.assign(document.createElement('news-feed'), { src }));
      // As elements defined on demand do: some before the answer, some as it lands, some after.
      const first = [add(), add()];
      await oneEvent(first[0]!, 'csto-load');
      add();
      await Promise.resolve();
      add();
      await aTimeout(0);
      add();
      add();
      await aTimeout(20);
      add();
      add();
      const feeds = [...holder.querySelectorAll('news-feed')];
      await until(() => feeds.every((el) => parts(el, 'item').length === 4), 4000, 'eight feeds to render');
      // Any second request would be under way by now: revalidation is scheduled at once.
      await aTimeout(30);
      counts.push(await requestCount(src));
      holder.remove();
    }
    expect(counts.filter((count) => count !== 1)).to.deep.equal([]);
  });

  it('with loading="lazy" fetches only when the element nears the viewport', async () => {
    const src = feedUrl('native.json');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 5000px"></div>
        <news-feed loading="lazy" src=${src}></news-feed>
      </div>`,
    );
    const el = wrapper.querySelector('news-feed')!;
    await aTimeout(300);
    expect(await requestCount(src)).to.equal(0);
    el.scrollIntoView();
    await oneEvent(el, 'csto-load');
    expect(await requestCount(src)).to.equal(1);
  });

  it('with refresh re-fetches and puts new releases on top without hiding the ones shown', async () => {
    const src = `/api/generated.json?n=3&grow=1&${unique()}`;
    const el = await loadedFeed(html`<news-feed refresh="0.3" limit="3" src=${src}></news-feed>`);
    const before = titles(el);
    expect(before).to.have.length(3);
    await until(() => titles(el).length === 4, 4000, 'a new release');
    expect(titles(el).slice(1)).to.deep.equal(before);
    expect(plainText(el.shadowRoot!.querySelector('[aria-live]'))).to.equal('1 new release');
    expect(await requestCount(src)).to.be.greaterThan(1);
  });

  it('with refresh renders only what changed: unchanged releases keep their nodes, their objects and the focus', async () => {
    const src = `/api/generated.json?n=3&grow=1&bodyBytes=40&${unique()}`;
    const el = await loadedFeed(html`<news-feed refresh="0.3" limit="3" src=${src}></news-feed>`);
    const loads: (readonly Release[])[] = [];
    el.addEventListener('csto-load', (event) => loads.push((event as CustomEvent).detail.releases));
    const headings = parts(el, 'heading');
    const toggle = parts(el, 'toggle')[1]!;
    toggle.focus();
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await until(() => titles(el).length === 4, 4000, 'a new release');

    // The new release is new nodes on top; the three before are the very nodes they were.
    expect(parts(el, 'heading')).to.have.length(4);
    expect(
      parts(el, 'heading')
        .slice(1)
        .every((heading, i) => heading === headings[i]),
    ).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.isConnected).to.equal(true);
    // A listener can tell what changed with ===: the first refresh's releases are the next one's.
    await until(() => loads.length >= 2, 4000, 'a second refresh');
    const [first, second] = loads as [readonly Release[], readonly Release[]];
    expect(second.length).to.equal(first.length + 1);
    expect(second.slice(1).every((release, i) => release === first[i])).to.equal(true);
  });

  it('stops refreshing and aborts its request when removed from the page', async () => {
    const src = `/api/generated.json?n=3&grow=1&${unique()}`;
    const el = await loadedFeed(html`<news-feed refresh="0.2" src=${src}></news-feed>`);
    el.remove();
    const count = await requestCount(src);
    await aTimeout(600);
    expect(await requestCount(src)).to.equal(count);
  });
});

describe('<news-feed> accessibility', () => {
  it('passes axe with releases, an open body and the more button', async () => {
    const el = await loadedFeed(html`<news-feed limit="2" src=${feedUrl('native.json')}></news-feed>`);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe in the loading, error and empty states', async () => {
    const loading = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json', 'delay=800')}></news-feed>`);
    await expect(loading).to.be.accessible();
    const { el: failed } = await failedFeed(html`<news-feed src=${feedUrl('native.json', 'status=500')}></news-feed>`);
    await expect(failed).to.be.accessible();
    const empty = await loadedFeed(html`<news-feed src=${feedUrl('empty.json')}></news-feed>`);
    expect(part(empty, 'empty')).to.exist;
    await expect(empty).to.be.accessible();
  });

  it('puts headings at the level the host asks for', async () => {
    const el = await loadedFeed(html`<news-feed heading-level="2" src=${feedUrl('native.json')}></news-feed>`);
    const heading = part(el, 'heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('moves its headings to a level set after they show', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(parts(el, 'heading').map((heading) => heading.getAttribute('aria-level'))).to.satisfy((levels: string[]) =>
      levels.every((level) => level === '4'),
    );
  });
});
