import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { MemberState } from '../../src/data/release.js';
import { feedUrl, plainText, until } from './support/endpoint.js';

/**
 * One name per member state on a page. The endpoint (tests/fixtures/native.json) calls Kazakhstan
 * "Republic of Kazakhstan" / "Республика Казахстан"; the library calls it "Kazakhstan" /
 * "Казахстан". The rule (docs/troubleshooting.md): the built-in names, in every element, for the
 * states the library knows; the data's names only for states it does not know.
 */
const RELEASE_WITH_EVENT = 'rock-2024-final-stage';
/** A flag image URL from the data (any image the test server has). */
const FLAG = `${location.origin}/docs/demo.png`;

const stateOf = (badge: Element, code: string): HTMLElement =>
  badge.shadowRoot!.querySelector<HTMLElement>(`[part~="state"][data-code="${code}"]`)!;

/** Every name a reader meets for `code` on the page: labels, tooltips, the card's details. */
function namesOn(page: Element, code: string): string[] {
  const card = page.querySelector<EventCard>('event-card')!;
  const cardBadge = card.shadowRoot!.querySelector<MemberStatesBadge>('[part~="participants"]')!;
  const pageBadge = page.querySelector<MemberStatesBadge>('member-states-badge')!;
  const names: string[] = [];
  for (const badge of [cardBadge, pageBadge]) {
    names.push(stateOf(badge, code).getAttribute('aria-label')!);
    // The tooltip a pointer or focus shows (its text is there before it opens).
    const tooltipId = stateOf(badge, code).getAttribute('aria-describedby')!;
    names.push(plainText(badge.shadowRoot!.getElementById(tooltipId)));
  }
  const participants = [...card.shadowRoot!.querySelectorAll('[part~="details-list"] dd')].pop();
  names.push(
    ...plainText(participants)
      .split(', ')
      .filter((name) => /Kaz|Каз/.test(name)),
  );
  return names;
}

describe('member state names on a page with a feed, a card and a badge', () => {
  for (const [lang, name] of [
    ['en', 'Kazakhstan'],
    ['ru', 'Казахстан'],
  ] as const) {
    it(`gives Kazakhstan one name everywhere (${lang})`, async () => {
      const src = feedUrl('native.json');
      const page = await fixture(
        html`<div lang=${lang}>
          <news-feed src=${src}></news-feed>
          <event-card src=${src} release-id=${RELEASE_WITH_EVENT}></event-card>
          <member-states-badge states="KZ"></member-states-badge>
        </div>`,
      );
      const card = page.querySelector<EventCard>('event-card')!;
      await until(() => Boolean(card.shadowRoot!.querySelector('[part~="participants"]')), 8000, 'the card’s event');
      const feed = page.querySelector('news-feed')!;
      await until(() => Boolean(feed.shadowRoot!.querySelector('[part~="item"]')), 8000, 'the feed’s releases');
      await card.updateComplete;

      expect(namesOn(page, 'KZ')).to.deep.equal([name, name, name, name, name]);
    });
  }

  it('keeps the data’s status and flag, and its name for a state the library does not know', async () => {
    const fromData: MemberState[] = [
      {
        code: 'KZ',
        name: { en: 'Republic of Kazakhstan' },
        status: 'suspended',
        flag: FLAG,
      },
      { code: 'RS', name: { en: 'Republic of Serbia' }, status: 'observer' },
    ];
    const badge = await fixture<MemberStatesBadge>(
      html`<member-states-badge lang="en" states="KZ RS" .memberStates=${fromData}></member-states-badge>`,
    );
    expect(stateOf(badge, 'KZ').getAttribute('aria-label')).to.equal('Kazakhstan (Membership suspended)');
    expect(stateOf(badge, 'KZ').querySelector('img[part~="flag"]')?.getAttribute('src')).to.equal(FLAG);
    expect(stateOf(badge, 'RS').getAttribute('aria-label')).to.equal('Republic of Serbia (Observer)');
  });
});
