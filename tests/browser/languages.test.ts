/**
 * Every element in every UI language: the strings a reader sees (buttons, states, statuses,
 * relative times, counts, labels) and the dates come out in the language's own script, with no
 * English left over; and the language comes from the element, an ancestor, the page default, or
 * else English. Release titles and event names are data and are not checked here.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, until } from './support/endpoint.js';
import { mount } from './support/mount.js';

interface Language {
  readonly lang: string;
  /** The script every UI letter is in. */
  readonly script: RegExp;
  /** September after a day number, as the language writes it in a date (the genitive where it has one). */
  readonly september: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LANGUAGES: readonly Language[] = [
  { lang: 'ru', script: CYRILLIC, september: 'сентября' },
  { lang: 'hy', script: /\p{Script=Armenian}/u, september: 'սեպտեմբերի' },
  { lang: 'be', script: CYRILLIC, september: 'верасня' },
  { lang: 'kk', script: CYRILLIC, september: 'қыркүйек' },
  { lang: 'ky', script: CYRILLIC, september: 'сентябрь' },
  { lang: 'tg', script: CYRILLIC, september: 'сентябри' },
];

const ENGLISH_WORDS =
  /September|Show|more|Upcoming|Under way|Completed|member|states?\b|Details|Close|calendar|Try again|Loading|releases?|days?\b|ago|today/i;

/**
 * Checks that `text` is UI text of `language`: it has letters, every one in the language's script
 * (`HTTP` in an error message aside), and no English word.
 */
function expectOwnScript(text: string | null | undefined, language: Language, what: string): void {
  const letters = [...(text ?? '').replace(/\bHTTP\b/g, '').matchAll(/\p{L}/gu)].map(([letter]) => letter);
  expect(letters.length, `${what} (${language.lang}) has text: "${text}"`).to.be.greaterThan(0);
  const foreign = letters.filter((letter) => !language.script.test(letter));
  expect(foreign.join(''), `${what} (${language.lang}): letters outside its script in "${text}"`).to.equal('');
  expect(text, `${what} (${language.lang})`).not.to.match(ENGLISH_WORDS);
}

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** A button's visible words, without the visually hidden name of what it acts on (data, not UI). */
const visibleText = (node: HTMLElement | null): string => {
  const copy = node?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return plainText(copy);
};

async function settledOn<T extends Element>(el: T, name: string): Promise<T> {
  await until(() => part(el, name) !== null, 5000, `part "${name}"`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const RELEASES = {
  releases: [
    { id: 'a', title: 'A', date: '2024-09-05', body: '<p>Body</p>' },
    { id: 'b', title: 'B', date: '2024-09-04' },
  ],
};

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, timeout: 3000 });
});
afterEach(() => resetConfig());

describe('the checks themselves', () => {
  it('reject English and a wrong script', () => {
    const ru = LANGUAGES[0]!;
    expect(() => expectOwnScript('Show more', ru, 'x')).to.throw();
    expect(() => expectOwnScript('Показать ещё', LANGUAGES[1]!, 'x')).to.throw();
    expect(() => expectOwnScript('5 September 2024', ru, 'x')).to.throw();
    expectOwnScript('Показать ещё', ru, 'x');
  });
});

for (const language of LANGUAGES) {
  const { lang } = language;

  describe(`lang="${lang}"`, () => {
    it('<news-feed>: date, toggle, more, label, announcement', async () => {
      const el = await fixture<NewsFeed>(html`<news-feed lang=${lang} limit="1"></news-feed>`);
      el.releases = RELEASES;
      await settledOn(el, 'more');
      const date = plainText(part(el, 'date'));
      expect(date).to.contain(language.september);
      expect(date).to.contain('2024');
      expectOwnScript(date, language, 'date');
      expectOwnScript(part(el, 'list')!.getAttribute('aria-label'), language, 'list label');
      expectOwnScript(visibleText(part(el, 'toggle')), language, 'toggle (closed)');
      part(el, 'toggle')!.click();
      await el.updateComplete;
      expectOwnScript(visibleText(part(el, 'toggle')), language, 'toggle (open)');
      expectOwnScript(plainText(part(el, 'more')), language, 'more');
      part(el, 'more')!.click();
      await el.updateComplete;
      const announcement = plainText(el.shadowRoot!.querySelector('[aria-live]'));
      expect(announcement).to.contain('1');
      expectOwnScript(announcement, language, 'more loaded');
    });

    it('<news-feed>: loading, empty, error and retry', async () => {
      const loading = await fixture<NewsFeed>(
        html`<news-feed lang=${lang} src=${feedUrl('native.json', 'delay=1500')}></news-feed>`,
      );
      await settledOn(loading, 'loading');
      expectOwnScript(plainText(part(loading, 'loading')), language, 'loading');

      const empty = await fixture<NewsFeed>(html`<news-feed lang=${lang} tag="none-such"></news-feed>`);
      empty.releases = RELEASES;
      await settledOn(empty, 'empty');
      expectOwnScript(plainText(part(empty, 'empty')), language, 'empty');

      const failed = await fixture<NewsFeed>(
        html`<news-feed lang=${lang} src=${feedUrl('native.json', 'status=500')}></news-feed>`,
      );
      await settledOn(failed, 'retry');
      const message = plainText(part(failed, 'error')!.querySelector('p'));
      expect(message).to.contain('500');
      expectOwnScript(message, language, 'error');
      expectOwnScript(plainText(part(failed, 'retry')), language, 'retry');
    });

    it('<event-card>: range, statuses, relative hints, buttons and details', async () => {
      const card = (now: string): Promise<EventCard> =>
        fixture<EventCard>(
          html`<event-card
            lang=${lang}
            name="X"
            location="Y"
            start="2024-09-03"
            end="2024-09-06"
            now=${now}
          ></event-card>`,
        );
      const upcoming = await card('2024-08-31T12:00:00');
      const dates = plainText(part(upcoming, 'dates'));
      expect(dates).to.contain(language.september);
      expect(dates).to.match(/3\s?[–-]\s?6/);
      expectOwnScript(dates, language, 'date range');
      for (const [now, status] of [
        ['2024-08-31T12:00:00', 'upcoming'],
        ['2024-09-02T12:00:00', 'upcoming'],
        ['2024-09-04T12:00:00', 'ongoing'],
        ['2024-09-07T12:00:00', 'completed'],
        ['2024-09-20T12:00:00', 'completed'],
      ] as const) {
        const el = now === '2024-08-31T12:00:00' ? upcoming : await card(now);
        const shown = part(el, `status-${status}`);
        expect(shown, `${status} at ${now}`).to.exist;
        expectOwnScript(plainText(shown), language, `status ${status} at ${now}`);
      }
      expectOwnScript(plainText(part(upcoming, 'relative')), language, 'relative');
      expectOwnScript(visibleText(part(upcoming, 'details-button')), language, 'details button');
      expectOwnScript(plainText(part(upcoming, 'calendar')), language, 'calendar button');
      part(upcoming, 'details-button')!.click();
      await upcoming.updateComplete;
      for (const term of parts(upcoming, 'details-list')[0]!.querySelectorAll('dt')) {
        expectOwnScript(plainText(term), language, 'details label');
      }
      expectOwnScript(plainText(part(upcoming, 'close')), language, 'close');
    });

    it('<event-card>: empty, loading, error', async () => {
      const empty = await fixture<EventCard>(html`<event-card lang=${lang} name="X" start="someday"></event-card>`);
      await settledOn(empty, 'empty');
      expectOwnScript(plainText(part(empty, 'empty')), language, 'empty');
      const loading = await fixture<EventCard>(
        html`<event-card lang=${lang} src=${feedUrl('native.json', 'delay=1500')}></event-card>`,
      );
      await settledOn(loading, 'loading');
      expectOwnScript(plainText(part(loading, 'loading')), language, 'loading');
      const failed = await fixture<EventCard>(
        html`<event-card lang=${lang} src=${feedUrl('native.json', 'status=503')}></event-card>`,
      );
      await settledOn(failed, 'retry');
      expectOwnScript(plainText(part(failed, 'error')!.querySelector('p')), language, 'error');
      expectOwnScript(plainText(part(failed, 'retry')), language, 'retry');
    });

    it('<member-states-badge>: label, names, tooltips, statuses and counts', async () => {
      const el = await fixture<MemberStatesBadge>(html`<member-states-badge lang=${lang}></member-states-badge>`);
      expectOwnScript(part(el, 'list')!.getAttribute('aria-label'), language, 'list label');
      for (const state of parts(el, 'state')) {
        expectOwnScript(state.getAttribute('aria-label'), language, `name of ${state.dataset.code}`);
        const tooltip = el.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!);
        expectOwnScript(plainText(tooltip), language, `tooltip of ${state.dataset.code}`);
      }

      const statuses = await fixture<MemberStatesBadge>(
        html`<member-states-badge lang=${lang} states="AM KZ"></member-states-badge>`,
      );
      statuses.memberStates = [
        { code: 'AM', name: { en: 'Armenia' }, status: 'suspended' },
        { code: 'KZ', name: { en: 'Kazakhstan' }, status: 'observer' },
      ];
      await statuses.updateComplete;
      const statusLines = parts(statuses, 'tooltip-status').map((line) => plainText(line));
      expect(statusLines).to.have.length(2);
      statusLines.forEach((line) => expectOwnScript(line, language, 'status in tooltip'));

      const count = await fixture<MemberStatesBadge>(
        html`<member-states-badge lang=${lang} variant="count"></member-states-badge>`,
      );
      const six = plainText(part(count, 'count'));
      expect(six).to.match(/^6\D/);
      expectOwnScript(six, language, 'count');
      expectOwnScript(plainText(part(count, 'tooltip')), language, 'count tooltip');
      const none = await fixture<MemberStatesBadge>(
        html`<member-states-badge lang=${lang} states="x1"></member-states-badge>`,
      );
      expectOwnScript(plainText(part(none, 'empty')), language, 'no states');
    });
  });
}

describe('plural forms of the count', () => {
  /** `n` distinct two-letter codes: the built-in six first, then made-up ones a newer endpoint might send. */
  const codes = (n: number): string =>
    [
      'AM',
      'BY',
      'KZ',
      'KG',
      'RU',
      'TJ',
      ...Array.from({ length: 30 }, (_, i) => `Q${String.fromCharCode(65 + (i % 26))}`),
    ]
      .filter((code, index, all) => all.indexOf(code) === index)
      .slice(0, n)
      .join(' ');

  const countText = async (lang: string, n: number): Promise<string> => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge lang=${lang} variant="count" states=${codes(n)}></member-states-badge>`,
    );
    return plainText(part(el, 'count'));
  };

  const CASES: readonly [string, number, string][] = [
    ['ru', 1, '1 государство-член'],
    ['ru', 2, '2 государства-члена'],
    ['ru', 5, '5 государств-членов'],
    ['ru', 21, '21 государство-член'],
    ['be', 1, '1 дзяржава-член'],
    ['be', 2, '2 дзяржавы-члены'],
    ['be', 5, '5 дзяржаў-членаў'],
    ['be', 21, '21 дзяржава-член'],
    ['en', 1, '1 member state'],
    ['en', 21, '21 member states'],
  ];
  for (const [lang, n, expected] of CASES) {
    it(`${lang}: ${n} → ${expected}`, async () => {
      expect(await countText(lang, n)).to.equal(expected);
    });
  }

  it('relative days in Russian: 1, 2, 5 and 21 days ahead', async () => {
    const hints: string[] = [];
    for (const day of ['2024-09-02', '2024-09-01', '2024-08-29', '2024-08-13']) {
      const el = await fixture<EventCard>(
        html`<event-card lang="ru" name="X" start="2024-09-03" now=${`${day}T12:00:00`}></event-card>`,
      );
      hints.push(plainText(part(el, 'relative')));
    }
    expect(hints).to.deep.equal(['завтра', 'через 2 дня', 'через 5 дней', 'через 21 день']);
  });
});

describe('where the language comes from', () => {
  const dateOf = (el: Element): string => plainText(part(el, 'date') ?? part(el, 'dates'));
  let documentLang: string | null;
  // The page's own <html lang> is an ancestor too; out of the way while the page default is tested.
  beforeEach(() => {
    documentLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('from the nearest ancestor, for every element, regional tags included', async () => {
    const wrapper = await mount(
      html`<div lang="en">
        <section lang="hy-AM">
          <news-feed limit="1"></news-feed>
          <event-card name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card>
          <member-states-badge variant="count"></member-states-badge>
        </section>
      </div>`,
    );
    const armenian = LANGUAGES[1]!;
    const feed = wrapper.querySelector('news-feed')!;
    feed.releases = RELEASES;
    await settledOn(feed, 'more');
    expect(dateOf(feed)).to.contain(armenian.september);
    expectOwnScript(plainText(part(feed, 'more')), armenian, 'more');
    const card = wrapper.querySelector('event-card')!;
    await settledOn(card, 'status');
    expect(dateOf(card)).to.contain(armenian.september);
    expectOwnScript(plainText(part(card, 'status')), armenian, 'status');
    const badge = wrapper.querySelector('member-states-badge')!;
    expectOwnScript(plainText(part(badge, 'count')), armenian, 'count');
  });

  it("stays in its ancestors' language: no empty lang of its own, a lang set as a property shows as its attribute", async () => {
    const wrapper = await mount(
      html`<div lang="ru">
        <news-feed limit="1"></news-feed>
        <event-card name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card>
        <member-states-badge variant="count"></member-states-badge>
      </div>`,
    );
    const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    // An empty lang attribute would say "language unknown" to a screen reader and to `:lang()`.
    expect(elements.map((element) => element.hasAttribute('lang'))).to.deep.equal([false, false, false]);
    expect(elements.map((element) => element.matches(':lang(ru)'))).to.deep.equal([true, true, true]);
    const badge = elements[2]!;
    badge.lang = 'hy';
    await badge.updateComplete;
    expect(badge.getAttribute('lang')).to.equal('hy');
    badge.lang = '';
    await badge.updateComplete;
    expect(badge.hasAttribute('lang')).to.equal(false);
  });

  it('follows an ancestor that changes its lang', async () => {
    const wrapper = await mount(
      html`<div lang="ru"><event-card name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card></div>`,
    );
    const card = wrapper.querySelector('event-card')!;
    expect(dateOf(card)).to.contain('сентября');
    wrapper.setAttribute('lang', 'tg');
    await until(() => dateOf(card).includes('сентябри'), 4000, 'the Tajik date, with no other nudge');
    wrapper.setAttribute('lang', 'ru');
    await until(() => dateOf(card).includes('сентября'), 4000, 'the Russian date again');
  });

  it('from the page default, for every element, when nothing on the way says otherwise', async () => {
    configure({ lang: 'kk' });
    const kazakh = LANGUAGES[3]!;
    const feed = await fixture<NewsFeed>(html`<news-feed limit="1"></news-feed>`);
    feed.releases = RELEASES;
    await settledOn(feed, 'more');
    expect(dateOf(feed)).to.contain(kazakh.september);
    expectOwnScript(plainText(part(feed, 'more')), kazakh, 'more');
    const card = await fixture<EventCard>(
      html`<event-card name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card>`,
    );
    expectOwnScript(plainText(part(card, 'status')), kazakh, 'status');
    const badge = await fixture<MemberStatesBadge>(html`<member-states-badge variant="count"></member-states-badge>`);
    expectOwnScript(plainText(part(badge, 'count')), kazakh, 'count');
    // The element's own attribute wins over the page default.
    const own = await fixture<EventCard>(
      html`<event-card lang="be" name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card>`,
    );
    expect(dateOf(own)).to.contain('верасня');
  });

  it('skips a language the UI does not speak: to the ancestor, the page default, then English', async () => {
    const wrapper = await mount(
      html`<div lang="ky">
        <event-card lang="fr" name="X" start="2024-09-03" now="2024-08-31T12:00:00"></event-card>
      </div>`,
    );
    expect(dateOf(wrapper.querySelector('event-card')!)).to.contain('сентябрь');

    configure({ lang: 'de' });
    const errors: string[] = [];
    const onError = (event: ErrorEvent): number => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const card = await fixture<EventCard>(
        html`<event-card
          lang="xx-Latn"
          name="X"
          start="2024-09-03"
          end="2024-09-06"
          now="2024-08-31T12:00:00"
        ></event-card>`,
      );
      expect(dateOf(card)).to.equal('3–6 September 2024');
      expect(plainText(part(card, 'status'))).to.equal('Upcoming · in 3 days');
      const badge = await fixture<MemberStatesBadge>(
        html`<member-states-badge lang="" variant="count"></member-states-badge>`,
      );
      expect(plainText(part(badge, 'count'))).to.equal('6 member states');
      const feed = await fixture<NewsFeed>(html`<news-feed lang="zz" limit="1"></news-feed>`);
      feed.releases = RELEASES;
      const loaded = oneEvent(feed, 'csto-load');
      await loaded;
      await settledOn(feed, 'more');
      expect(plainText(part(feed, 'more'))).to.equal('Show more');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('follows its own lang attribute when it changes', async () => {
    const card = await fixture<EventCard>(html`<event-card lang="ru" name="X" start="2024-09-03"></event-card>`);
    card.setAttribute('lang', 'hy');
    await card.updateComplete;
    expect(dateOf(card)).to.contain('սեպտեմբերի');
  });
});
