/**
 * axe-core on every element in every state it can be in: its default rules plus the WCAG 2.2 AA
 * ones it leaves off by default (target-size). Zero violations, each listed when there are some.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type * as AxeCore from 'axe-core';
// Registers `window.axe` (a UMD bundle, not an ES module).
import 'axe-core/axe.min.js';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, unique, until } from './support/endpoint.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

/** Rules of WCAG 2.2 AA that axe ships switched off; switched on here. */
const WCAG22_RULES = Object.fromEntries(axe.getRules(['wcag22aa']).map(({ ruleId }) => [ruleId, { enabled: true }]));

/** One line per failing node, so a failure names the rule and the spot instead of a DOM dump. */
async function violations(el: Element): Promise<string[]> {
  const results = await axe.run(el, { resultTypes: ['violations'], rules: WCAG22_RULES });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} — ${node.failureSummary ?? ''}`),
  );
}

async function expectNoViolations(el: Element, state: string): Promise<void> {
  expect(await violations(el), state).to.deep.equal([]);
}

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const hasPart = (el: Element, name: string): boolean => part(el, name) !== null;

async function settledOn<T extends HTMLElement>(el: T, name: string): Promise<T> {
  await until(() => hasPart(el, name), 5000, `part "${name}"`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, timeout: 3000 });
});
afterEach(() => resetConfig());

describe('axe: the rules in force', () => {
  it('include the WCAG 2.2 AA rules axe leaves off by default', () => {
    expect(Object.keys(WCAG22_RULES)).to.include('target-size');
  });

  it('catch a violation when there is one', async () => {
    // Built by hand: fixture() waits for an animation frame, which a background page may not get.
    const el = document.createElement('div');
    el.append(document.createElement('button'));
    document.body.append(el);
    try {
      expect((await violations(el)).join('\n')).to.contain('button-name');
    } finally {
      el.remove();
    }
  });
});

describe('axe: <news-feed>', () => {
  it('loading', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json', 'delay=2000')}></news-feed>`);
    await settledOn(el, 'loading');
    await expectNoViolations(el, 'loading');
  });

  it('error, with retry', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json', 'status=500')}></news-feed>`);
    await settledOn(el, 'retry');
    await expectNoViolations(el, 'error');
  });

  it('empty', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('empty.json')}></news-feed>`);
    await settledOn(el, 'empty');
    await expectNoViolations(el, 'empty');
  });

  it('loaded, with images, tags, bodies and more', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed limit="3" src=${feedUrl('native.json')}></news-feed>`);
    await settledOn(el, 'more');
    await expectNoViolations(el, 'loaded');
  });

  it('loaded, compact layout, heading level 2', async () => {
    const el = await fixture<NewsFeed>(
      html`<news-feed layout="compact" heading-level="2" src=${feedUrl('tags.json')}></news-feed>`,
    );
    await settledOn(el, 'item');
    await expectNoViolations(el, 'compact');
  });

  it('with a body open', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    await settledOn(el, 'toggle');
    part(el, 'toggle')!.click();
    await until(() => part(el, 'body')!.childElementCount > 0 || !part(el, 'body')!.hidden, 2000, 'the body');
    await expectNoViolations(el, 'open body');
  });

  it('with every body open (expand)', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed expand src=${feedUrl('native.json')}></news-feed>`);
    await settledOn(el, 'body');
    await expectNoViolations(el, 'expand');
  });

  it('stale: saved releases with the notice', async () => {
    const src = `/security/feed/native.json?failAfter=1&${unique()}`;
    const first = await fixture<NewsFeed>(html`<news-feed src=${src}></news-feed>`);
    await settledOn(first, 'item');
    first.remove();
    // The shared answer has expired; the saved copy shows while the refresh fails.
    clearFeedCache();
    const el = await fixture<NewsFeed>(html`<news-feed src=${src}></news-feed>`);
    await settledOn(el, 'stale');
    await expectNoViolations(el, 'stale');
  });

  it('loading more, and the error of a next page', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed limit="2"></news-feed>`);
    el.releases = {
      releases: [
        { id: 'a', title: 'First', date: '2024-09-05' },
        { id: 'b', title: 'Second', date: '2024-09-04' },
      ],
      next: new URL(feedUrl('paged-2.json', 'delay=1500'), location.href).href,
    };
    await settledOn(el, 'more');
    part(el, 'more')!.click();
    await until(() => (part(el, 'more') as HTMLButtonElement).disabled, 2000, 'more to be busy');
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
    await expectNoViolations(el, 'more loading');

    const failing = await fixture<NewsFeed>(html`<news-feed limit="1"></news-feed>`);
    failing.releases = {
      releases: [{ id: 'a', title: 'First', date: '2024-09-05' }],
      next: new URL(feedUrl('paged-2.json', 'status=500'), location.href).href,
    };
    await settledOn(failing, 'more');
    part(failing, 'more')!.click();
    await settledOn(failing, 'error');
    await expectNoViolations(failing, 'more failed');
  });
});

describe('axe: <event-card>', () => {
  const card = (now: string): Promise<EventCard> =>
    fixture<EventCard>(
      html`<event-card
        name="Interaction-2024"
        kind="joint training"
        start="2024-09-03"
        end="2024-09-06"
        location="Kyrgyz Republic"
        states="KG KZ RU"
        now=${now}
      ></event-card>`,
    );

  it('loading', async () => {
    const el = await fixture<EventCard>(html`<event-card src=${feedUrl('native.json', 'delay=2000')}></event-card>`);
    await settledOn(el, 'loading');
    await expectNoViolations(el, 'loading');
  });

  it('error, with retry', async () => {
    const el = await fixture<EventCard>(html`<event-card src=${feedUrl('native.json', 'status=500')}></event-card>`);
    await settledOn(el, 'retry');
    await expectNoViolations(el, 'error');
  });

  it('empty: an unreadable event, and a release without one', async () => {
    const unreadable = await fixture<EventCard>(html`<event-card name="No date" start="someday"></event-card>`);
    await settledOn(unreadable, 'empty');
    await expectNoViolations(unreadable, 'empty');
    const missing = await fixture<EventCard>(
      html`<event-card src=${feedUrl('native.json')} release-id="none-such"></event-card>`,
    );
    await settledOn(missing, 'empty');
    await expectNoViolations(missing, 'not found');
  });

  for (const [status, now] of [
    ['upcoming', '2024-08-31T12:00:00'],
    ['ongoing', '2024-09-04T12:00:00'],
    ['completed', '2024-09-20T12:00:00'],
  ] as const) {
    it(`loaded, ${status}`, async () => {
      const el = await card(now);
      await settledOn(el, `status-${status}`);
      await expectNoViolations(el, status);
    });
  }

  it('from the endpoint, with the details popover open', async () => {
    const el = await fixture<EventCard>(html`<event-card src=${feedUrl('native.json')}></event-card>`);
    await settledOn(el, 'card');
    await expectNoViolations(el, 'loaded from src');
    const loaded = oneEvent(el, 'csto-select');
    part(el, 'details-button')!.click();
    await loaded;
    await until(() => part(el, 'details')!.matches(':popover-open'), 2000, 'the popover');
    await until(() => part(el, 'details')!.style.top !== '', 2000, 'the popover position');
    await expectNoViolations(el, 'popover open');
  });
});

describe('axe: <member-states-badge>', () => {
  it('loading', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge src=${feedUrl('native.json', 'delay=2000')}></member-states-badge>`,
    );
    await settledOn(el, 'loading');
    await expectNoViolations(el, 'loading');
  });

  it('error, with retry', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge src=${feedUrl('native.json', 'status=500')}></member-states-badge>`,
    );
    await settledOn(el, 'retry');
    await expectNoViolations(el, 'error');
  });

  it('empty', async () => {
    // A `states` list with no readable code in it.
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge states="x1 ?"></member-states-badge>`);
    await settledOn(el, 'empty');
    await expectNoViolations(el, 'empty');
  });

  for (const variant of ['flags', 'codes', 'count'] as const) {
    it(`${variant}`, async () => {
      const el = await fixture<MemberStatesBadge>(html`<member-states-badge variant=${variant}></member-states-badge>`);
      await settledOn(el, variant === 'count' ? 'count' : 'state');
      await expectNoViolations(el, variant);
    });
  }

  it('suspended and observer states, and a flag from the endpoint', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    el.memberStates = [
      { code: 'AM', name: { en: 'Armenia' }, status: 'suspended' },
      { code: 'RS', name: { en: 'Serbia' }, status: 'observer' },
      { code: 'KZ', name: { en: 'Kazakhstan' }, status: 'member', flag: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
    ];
    el.states = 'AM RS KZ';
    await settledOn(el, 'state-observer');
    await expectNoViolations(el, 'statuses');
  });

  for (const variant of ['flags', 'count'] as const) {
    it(`${variant}, with a tooltip open`, async () => {
      const el = await fixture<MemberStatesBadge>(html`<member-states-badge variant=${variant}></member-states-badge>`);
      const anchor = await settledOn(el, variant === 'count' ? 'count' : 'state').then(() =>
        part(el, variant === 'count' ? 'count' : 'state'),
      );
      // Hover shows the same tooltip as focus (the keyboard tests cover focus); a page running in
      // the background next to another test file gets no focus events.
      anchor!.dispatchEvent(new MouseEvent('mouseenter'));
      await until(() => Boolean(el.shadowRoot!.querySelector('[part~="tooltip"]:popover-open')), 2000, 'a tooltip');
      await expectNoViolations(el, `${variant} tooltip`);
    });
  }
});
