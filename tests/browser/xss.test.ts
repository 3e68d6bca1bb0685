import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import '../../src/components/member-states-badge/define.js';
import '../../src/components/event-card/define.js';
import { armTrap, stateCodeOf, xssEvent, xssMemberState, xssRelease } from '../security/xss-release.js';
import { armXssTrap, dangersIn, settle } from './support/xss-checks.js';

/**
 * Every XSS vector through every field of every element, through the properties and through a
 * real endpoint: nothing runs, and no dangerous element, attribute or URL survives in any shadow
 * root. DOMPurify's corpus (tests/fixtures/xss, see its README) plus our own vectors.
 */

interface Vector {
  readonly title: string;
  readonly payload: string;
}

const { violations } = armXssTrap();

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function readVectors(): Promise<{ vectors: Vector[]; dompurifyAlerts: number; own: OwnVectors }> {
  const dompurify = (await (await fetch('/tests/fixtures/xss/dompurify-vectors.json')).json()) as Vector[];
  const own = (await (await fetch('/tests/fixtures/xss/own-vectors.json')).json()) as OwnVectors;
  const all = [...dompurify, ...own.vectors].map(({ title, payload }) => ({ title, payload: armTrap(payload) }));
  return { vectors: all, dompurifyAlerts: dompurify.filter(({ payload }) => payload.includes('alert')).length, own };
}

interface OwnVectors {
  readonly vectors: Vector[];
  readonly dates: string[];
  readonly languageMaps: Record<string, unknown>[];
}

/** Ids of the releases a feed renders. */
const renderedItems = (feed: Element): number => feed.shadowRoot!.querySelectorAll('article[part~="item"]').length;

const NEWS_FEED_FIELDS = ['title', 'summary', 'body', 'url', 'image', 'tags', 'memberStates', 'event'];
const BADGE_FIELDS = ['member-state name', 'flag'];
const EVENT_FIELDS = ['name', 'kind', 'location', 'states'];

describe('XSS corpus through every field', function () {
  this.timeout(60_000);
  let vectors: Vector[] = [];
  let own: OwnVectors;
  const tested = { combinations: 0, byWay: new Map<string, number>() };

  before(async () => {
    ({ vectors, own } = await readVectors());
  });

  afterEach(() => {
    expect(window.__xssTrapCalls, 'the trap fired').to.deep.equal([]);
    expect(violations, 'CSP violations').to.deep.equal([]);
  });

  after(() => {
    const byWay = [...tested.byWay].map(([way, n]) => `${way}: ${n}`).join('; ');
    console.log(
      `XSS corpus: ${vectors.length} vectors, ${tested.combinations} vector × field × way combinations (${byWay})`,
    );
  });

  const count = (way: string, n: number): void => {
    tested.combinations += n;
    tested.byWay.set(way, n);
  };

  it('reads the whole corpus: DOMPurify’s 141 alert vectors and ours', async () => {
    const { dompurifyAlerts } = await readVectors();
    expect(dompurifyAlerts).to.equal(141);
    expect(vectors.length).to.be.at.least(223 + 100);
  });

  it('<news-feed releases> (native): every field of every release', async () => {
    const feed = await fixture<HTMLElement & { releases: unknown }>(
      html`<news-feed expand limit="100000"></news-feed>`,
    );
    feed.releases = vectors.map(({ payload }, i) => xssRelease(payload, i));
    await settle([feed]);
    const rendered = renderedItems(feed);
    expect(rendered, 'releases rendered').to.be.at.least(vectors.length - 5);
    expect(dangersIn(document)).to.deep.equal([]);
    count('news-feed native property', rendered * NEWS_FEED_FIELDS.length);
  });

  it('<news-feed releases> (JSON Feed and WordPress shapes): titles and bodies read as HTML', async () => {
    const jsonFeed = await fixture<HTMLElement & { releases: unknown }>(
      html`<news-feed expand limit="100000"></news-feed>`,
    );
    jsonFeed.releases = {
      version: 'https://jsonfeed.org/version/1.1',
      items: vectors.map(({ payload }, i) => ({
        id: `jf-${i}`,
        title: payload,
        summary: payload,
        content_html: payload,
        url: payload,
        image: payload,
        date_published: '2024-09-03T10:00:00Z',
        tags: [payload],
      })),
    };
    const wordPress = await fixture<HTMLElement & { releases: unknown }>(
      html`<news-feed expand limit="100000"></news-feed>`,
    );
    wordPress.releases = vectors.map(({ payload }, i) => ({
      id: i + 1,
      date_gmt: '2024-09-03T10:00:00',
      title: { rendered: payload },
      excerpt: { rendered: payload },
      content: { rendered: payload },
      link: payload,
    }));
    await settle([jsonFeed, wordPress]);
    expect(dangersIn(document)).to.deep.equal([]);
    count('news-feed JSON Feed property', renderedItems(jsonFeed) * 6);
    count('news-feed WordPress property', renderedItems(wordPress) * 4);
  });

  it('<news-feed src>: the vectors served by a real endpoint', async () => {
    const feed = await fixture<HTMLElement>(
      html`<news-feed src="/security/xss-feed.json" expand limit="100000"></news-feed>`,
    );
    await until(
      () => renderedItems(feed) > 0 || Boolean(feed.shadowRoot?.querySelector('[part~="error"]')),
      'the feed',
    );
    await settle([feed]);
    expect(feed.shadowRoot!.querySelector('[part~="error"]'), 'error state').to.equal(null);
    const rendered = renderedItems(feed);
    expect(rendered).to.be.at.least(vectors.length - 5);
    expect(dangersIn(document)).to.deep.equal([]);
    count('news-feed endpoint', rendered * NEWS_FEED_FIELDS.length);
  });

  it('<news-feed>: our own dates and language maps (prototype keys) in every text field', async () => {
    const feed = await fixture<HTMLElement & { releases: unknown }>(
      html`<news-feed expand limit="100000"></news-feed>`,
    );
    const releases = [
      ...own.dates.map((date, i) => ({
        id: `date-${i}`,
        title: `Date ${i}`,
        date,
        body: date,
        event: { name: 'e', start: date, end: date },
      })),
      ...own.languageMaps.map((map, i) => ({
        id: `map-${i}`,
        title: map,
        date: '2024-09-03',
        summary: map,
        body: map,
        event: { name: map, kind: map, location: map, start: '2024-09-03' },
      })),
    ];
    feed.releases = JSON.parse(armTrap(JSON.stringify(releases))) as unknown;
    await settle([feed]);
    expect(dangersIn(document)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
    count('news-feed dates and language maps', releases.length * 4);
  });

  it('<member-states-badge src>: every member-state name and flag from a real endpoint', async () => {
    const codes = vectors.map((_, i) => stateCodeOf(i)).join(' ');
    const badges: HTMLElement[] = [];
    for (const variant of ['flags', 'codes', 'count']) {
      badges.push(
        await fixture<HTMLElement>(
          html`<member-states-badge
            src="/security/xss-feed.json"
            variant=${variant}
            states=${codes}
          ></member-states-badge>`,
        ),
      );
    }
    await until(() => Boolean(badges[0]!.shadowRoot?.querySelector('[part~="state"]')), 'the badge');
    // Open every tooltip, where the names show in full.
    for (const state of badges[0]!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="state"]')) state.focus();
    badges[2]!.shadowRoot!.querySelector<HTMLElement>('[part~="count"]')?.focus();
    await settle(badges);
    const shown = badges[0]!.shadowRoot!.querySelectorAll('[part~="state"]').length;
    expect(shown).to.equal(vectors.length);
    expect(dangersIn(document)).to.deep.equal([]);
    count('member-states-badge endpoint (3 variants)', shown * BADGE_FIELDS.length * 3);
  });

  it('<member-states-badge memberStates>: the same handed over as a property', async () => {
    const badge = await fixture<HTMLElement & { memberStates: unknown }>(
      html`<member-states-badge states=${vectors.map((_, i) => stateCodeOf(i)).join(' ')}></member-states-badge>`,
    );
    badge.memberStates = vectors.map(({ payload }, i) => xssMemberState(payload, i));
    await settle([badge]);
    expect(dangersIn(document)).to.deep.equal([]);
    count(
      'member-states-badge property',
      badge.shadowRoot!.querySelectorAll('[part~="state"]').length * BADGE_FIELDS.length,
    );
  });

  it('<event-card event>, attributes and src + release-id: name, kind and location', async function () {
    this.timeout(60_000);
    const cards: HTMLElement[] = [];
    const container = await fixture<HTMLElement>(html`<section></section>`);
    vectors.forEach(({ payload }, i) => {
      const byProperty = document.createElement('event-card') as HTMLElement & { event: unknown };
      byProperty.setAttribute('now', '2024-09-04');
      byProperty.event = xssEvent(payload, i);
      const byAttributes = document.createElement('event-card');
      for (const [name, value] of [
        ['name', payload],
        ['kind', payload],
        ['location', payload],
        ['start', '2024-09-03'],
        ['states', payload],
        ['now', '2024-09-04'],
      ]) {
        byAttributes.setAttribute(name!, value!);
      }
      const byEndpoint = document.createElement('event-card');
      byEndpoint.setAttribute('src', '/security/xss-feed.json');
      byEndpoint.setAttribute('release-id', `xss-${i}`);
      byEndpoint.setAttribute('now', '2024-09-04');
      cards.push(byProperty, byAttributes, byEndpoint);
    });
    container.append(...cards);
    await until(
      () => cards.every((card) => card.shadowRoot && !card.shadowRoot.querySelector('[part~="loading"]')),
      'the event cards',
      20_000,
    );
    // Open every details popover, where the event's fields show again.
    for (const card of cards)
      card
        .shadowRoot!.querySelector<HTMLElement>(
          '[part~="details-button"], [part~="details"] button, button[aria-haspopup]',
        )
        ?.click();
    await settle(cards);
    expect(dangersIn(container)).to.deep.equal([]);
    const named = cards.filter((card) => card.shadowRoot!.querySelector('[part~="name"]')).length;
    count('event-card property, attributes, endpoint', named * EVENT_FIELDS.length);
  });

  it('prints and checks the count of vectors × fields tested', () => {
    expect(tested.combinations).to.be.at.least(141);
  });
});
