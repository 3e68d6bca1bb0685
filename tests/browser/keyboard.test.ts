/**
 * Keyboard only: every action of every element reached with Tab and worked with Enter, Space and
 * Escape, through real key presses (trusted events from the browser, not dispatched ones). Each
 * walk starts on a button before the element and checks that focus leaves it again: never lost,
 * never trapped. Focused things are named by their part, so a failure prints a name.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
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

const press = (key: string): Promise<void> => sendKeys({ press: key });

/** The innermost focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has focus, as `part` (or `#id` when it has no part), for messages a reader can follow. */
function focused(): string {
  const active = deepActive();
  if (!active) return 'nothing';
  const code = active.getAttribute('data-code');
  return active.getAttribute('part') ?? (active.id ? `#${active.id}` : active.localName) + (code ? `:${code}` : '');
}
const focusedCode = (): string | null | undefined => deepActive()?.getAttribute('data-code');

/** The focus ring a keyboard user sees on what has focus now. */
function expectFocusRing(what: string): void {
  const active = deepActive()!;
  expect(active.matches(':focus-visible'), `${what} matches :focus-visible`).to.equal(true);
  const style = getComputedStyle(active);
  expect(style.outlineStyle, `${what} outline`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.greaterThan(0);
}

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

const pages: HTMLElement[] = [];

/** A page with a button before and after the element; focus starts on the one before. */
async function page<T extends HTMLElement>(tag: ReturnType<typeof html>, selector: string): Promise<T> {
  // Rendered by hand: fixture() waits for an animation frame, which a background page may not get.
  pages.forEach((old) => old.remove());
  const wrapper = document.createElement('div');
  pages.push(wrapper);
  document.body.append(wrapper);
  render(html`<button id="before">Before</button>${tag}<button id="after">After</button>`, wrapper);
  const element = wrapper.querySelector<T>(selector)!;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return element;
}

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, timeout: 3000 });
});
afterEach(() => {
  resetConfig();
  pages.splice(0).forEach((old) => old.remove());
});

describe('keyboard: <news-feed>', () => {
  it('walks title link, toggle (Enter and Space) and more, then leaves', async () => {
    const el = await page<NewsFeed>(html`<news-feed limit="1" src=${feedUrl('native.json')}></news-feed>`, 'news-feed');
    await until(() => Boolean(part(el, 'more')), 4000, 'the feed');

    await press('Tab');
    expect(focused()).to.equal('title');
    expect(deepActive()!.localName).to.equal('a');
    expectFocusRing('title link');

    await press('Tab');
    expect(focused()).to.equal('permalink');
    expectFocusRing('permalink');

    await press('Tab');
    expect(focused()).to.equal('toggle');
    expectFocusRing('toggle');
    const toggle = part(el, 'toggle')!;
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Enter opens').to.equal('true');
    expect(part(el, 'body')!.hidden).to.equal(false);
    expect(focused(), 'focus stays on the toggle').to.equal('toggle');
    await press('Space');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Space closes').to.equal('false');
    expect(part(el, 'body')!.hidden).to.equal(true);

    await press('Tab');
    expect(focused()).to.equal('more');
    expectFocusRing('more');
    await press('Enter');
    await until(() => parts(el, 'item').length === 2, 2000, 'a second release');
    // Focus moves to the first new release, so a keyboard user reads on from there.
    expect(focused()).to.equal('item');
    expect(deepActive()!.id).to.equal(parts(el, 'item')[1]!.id);
    expectFocusRing('new release');
    expect(plainText(el.shadowRoot!.querySelector('[aria-live]'))).to.equal('1 more release loaded');

    await press('Space');
    // Space on the article scrolls; it neither loses focus nor does anything else.
    expect(focused()).to.equal('item');
    // Tab goes on from the new release: its title, permalink, toggle, then more, then out of the element.
    for (const expected of ['title', 'permalink', 'toggle', 'more']) {
      await press('Tab');
      expect(focused()).to.equal(expected);
    }
    await press('Space');
    await until(() => parts(el, 'item').length === 3, 2000, 'a third release');
    const lastItem = parts(el, 'item')[2]!.id;
    expect(deepActive()!.id).to.equal(lastItem);
    for (const expected of ['title', 'permalink', 'toggle', 'more', '#after']) {
      await press('Tab');
      expect(focused()).to.equal(expected);
    }
  });

  it('retries with Enter from the error state', async () => {
    // Slow answers: the reload lasts longer than a key press takes to come back from the browser.
    const src = feedUrl('native.json', 'fail=1&delay=400');
    const el = await page<NewsFeed>(html`<news-feed src=${src}></news-feed>`, 'news-feed');
    await until(() => Boolean(part(el, 'retry')), 4000, 'the error');
    await press('Tab');
    expect(focused()).to.equal('retry');
    expectFocusRing('retry');
    const loaded = oneEvent(el, 'csto-load');
    await press('Enter');
    // The button goes away with the error; focus stays in the element instead of falling to <body>.
    expect(focused(), 'while reloading').to.equal('loading');
    await loaded;
    await until(() => parts(el, 'item').length === 4, 2000, 'the releases');
    await el.updateComplete;
    expect(focused(), 'once loaded').to.equal('list');
    expectFocusRing('list');
    await press('Tab');
    expect(focused(), 'Tab goes on into the releases').to.equal('title');
  });

  it('retries with Space from the error state', async () => {
    const el = await page<NewsFeed>(html`<news-feed src=${feedUrl('native.json', 'fail=1')}></news-feed>`, 'news-feed');
    await until(() => Boolean(part(el, 'retry')), 4000, 'the error');
    await press('Tab');
    expect(focused()).to.equal('retry');
    const loaded = oneEvent(el, 'csto-load');
    await press('Space');
    await loaded;
  });

  it('follows a title link with Enter', async () => {
    const el = await page<NewsFeed>(html`<news-feed limit="1"></news-feed>`, 'news-feed');
    el.releases = [{ id: 'x', title: 'A release', date: '2024-09-03', url: 'https://odkb-csto.org/news/x' }];
    await el.updateComplete;
    await press('Tab');
    expect(focused()).to.equal('title');
    const link = deepActive() as HTMLAnchorElement;
    // The navigation itself is cancelled: the test page has to stay.
    let followed = '';
    link.addEventListener('click', (event) => {
      followed = link.href;
      event.preventDefault();
    });
    const selected = oneEvent(el, 'csto-select');
    await press('Enter');
    expect((await selected).detail.release.id).to.equal('x');
    expect(followed).to.equal('https://odkb-csto.org/news/x');
  });

  it('has nothing to stop on while loading or empty', async () => {
    const loading = await page<NewsFeed>(
      html`<news-feed src=${feedUrl('native.json', 'delay=2000')}></news-feed>`,
      'news-feed',
    );
    await until(() => Boolean(part(loading, 'loading')), 2000, 'loading');
    await press('Tab');
    expect(focused()).to.equal('#after');
    const empty = await page<NewsFeed>(html`<news-feed src=${feedUrl('empty.json')}></news-feed>`, 'news-feed');
    await until(() => Boolean(part(empty, 'empty')), 4000, 'empty');
    await press('Tab');
    expect(focused()).to.equal('#after');
  });
});

describe('keyboard: <event-card>', () => {
  const cardPage = (): Promise<EventCard> =>
    page<EventCard>(
      html`<event-card
        name="Interaction-2024"
        start="2024-09-03"
        end="2024-09-06"
        location="Kyrgyz Republic"
        states="KG KZ"
        now="2024-08-31T12:00:00"
      ></event-card>`,
      'event-card',
    );
  const panelOpen = (el: EventCard): boolean => part(el, 'details')!.matches(':popover-open');

  it('walks the states, opens the details with Enter, moves focus in, Escape closes and returns focus', async () => {
    const el = await cardPage();
    await press('Tab');
    expect(focusedCode()).to.equal('KG');
    await press('Tab');
    expect(focusedCode()).to.equal('KZ');
    await press('Tab');
    expect(focused()).to.equal('details-button');
    expectFocusRing('details button');
    const button = part(el, 'details-button')!;

    await press('Enter');
    await until(() => panelOpen(el), 2000, 'the popover');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(), 'focus moves into the dialog').to.equal('details');
    expect(deepActive()!.getAttribute('role')).to.equal('dialog');
    expectFocusRing('dialog');
    await press('Tab');
    expect(focused(), 'Tab reaches the close button').to.equal('close');
    expectFocusRing('close');

    await press('Escape');
    await el.updateComplete;
    expect(panelOpen(el), 'Escape closes').to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(), 'focus returns to the button').to.equal('details-button');

    // Space opens it too, and the close button works with Enter.
    await press('Space');
    await until(() => panelOpen(el), 2000, 'the popover again');
    await press('Tab');
    expect(focused()).to.equal('close');
    await press('Enter');
    await el.updateComplete;
    expect(panelOpen(el)).to.equal(false);
    expect(focused()).to.equal('details-button');

    // Not trapped: on to the calendar button, then out of the card.
    await press('Tab');
    expect(focused()).to.equal('calendar');
    await press('Tab');
    expect(focused()).to.equal('#after');
  });

  it('closes the details with Escape while focus is still on the dialog itself', async () => {
    const el = await cardPage();
    part(el, 'details-button')!.focus();
    await press('Enter');
    await until(() => panelOpen(el), 2000, 'the popover');
    expect(focused()).to.equal('details');
    await press('Escape');
    await el.updateComplete;
    expect(panelOpen(el)).to.equal(false);
    expect(focused()).to.equal('details-button');
  });

  for (const key of ['Enter', 'Space']) {
    it(`downloads the calendar file with ${key}`, async () => {
      const el = await cardPage();
      part(el, 'calendar')!.focus();
      expect(focused()).to.equal('calendar');
      // The download link is clicked inside the shadow root: caught there and cancelled, so no
      // file lands anywhere, and its blob read before the card revokes it.
      const downloads: { name: string; text: Promise<string> }[] = [];
      const catchDownload = (event: Event): void => {
        const link = event.target as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        downloads.push({ name: link.download, text: fetch(link.href).then((response) => response.text()) });
      };
      el.shadowRoot!.addEventListener('click', catchDownload, true);
      try {
        await press(key);
        // The .ics writer loads on first use (focusing the button started it), then the file goes.
        await until(() => downloads.length > 0, 4000, 'the download');
      } finally {
        el.shadowRoot!.removeEventListener('click', catchDownload, true);
      }
      expect(downloads.map((download) => download.name)).to.deep.equal(['2024-09-03-interaction-2024.ics']);
      const ics = await downloads[0]!.text;
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).to.contain('SUMMARY:Interaction-2024');
      expect(focused(), 'focus stays on the button').to.equal('calendar');
      expectFocusRing('calendar');
    });
  }

  it('retries with Enter from the error state', async () => {
    const el = await page<EventCard>(
      html`<event-card src=${feedUrl('native.json', 'fail=1')}></event-card>`,
      'event-card',
    );
    await until(() => Boolean(part(el, 'retry')), 4000, 'the error');
    await press('Tab');
    expect(focused()).to.equal('retry');
    expectFocusRing('retry');
    await press('Enter');
    await until(() => Boolean(part(el, 'card')), 4000, 'the card');
    expect(focused(), 'focus stays in the element').to.equal('card');
  });
});

describe('keyboard: <member-states-badge>', () => {
  const tooltipShown = (el: MemberStatesBadge): string[] =>
    parts(el, 'tooltip')
      .filter((tooltip) => tooltip.matches(':popover-open') && !tooltip.hidden)
      .map((tooltip) => tooltip.id);

  it('tabs through every state; each shows its tooltip on focus; Escape hides it and focus stays', async () => {
    const el = await page<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`, 'member-states-badge');
    for (const code of ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']) {
      await press('Tab');
      expect(focusedCode()).to.equal(code);
      expectFocusRing(code);
      const anchor = deepActive()!;
      await el.updateComplete;
      expect(tooltipShown(el), `${code} tooltip`).to.deep.equal([anchor.getAttribute('aria-describedby')]);
      await press('Escape');
      await el.updateComplete;
      expect(tooltipShown(el), `${code} tooltip after Escape`).to.deep.equal([]);
      expect(focusedCode(), 'focus stays').to.equal(code);
    }
    await press('Tab');
    expect(focused()).to.equal('#after');
    expect(tooltipShown(el)).to.deep.equal([]);
  });

  it('tabs to the codes and the count, with their tooltips', async () => {
    const codes = await page<MemberStatesBadge>(
      html`<member-states-badge variant="codes" states="KZ RU"></member-states-badge>`,
      'member-states-badge',
    );
    await press('Tab');
    expect(focusedCode()).to.equal('KZ');
    await codes.updateComplete;
    expect(tooltipShown(codes)).to.deep.equal(['tooltip-KZ']);

    const count = await page<MemberStatesBadge>(
      html`<member-states-badge variant="count"></member-states-badge>`,
      'member-states-badge',
    );
    await press('Tab');
    expect(focused()).to.equal('count');
    expectFocusRing('count');
    await count.updateComplete;
    expect(tooltipShown(count)).to.deep.equal(['tooltip-all']);
    await press('Escape');
    await count.updateComplete;
    expect(tooltipShown(count)).to.deep.equal([]);
    expect(focused()).to.equal('count');
    await press('Tab');
    expect(focused()).to.equal('#after');
  });

  it('has nothing to stop on while loading or empty, and retries with Enter from the error state', async () => {
    const loading = await page<MemberStatesBadge>(
      html`<member-states-badge src=${feedUrl('native.json', 'delay=2000')}></member-states-badge>`,
      'member-states-badge',
    );
    await until(() => Boolean(part(loading, 'loading')), 2000, 'loading');
    await press('Tab');
    expect(focused()).to.equal('#after');

    const empty = await page<MemberStatesBadge>(
      html`<member-states-badge states="x1"></member-states-badge>`,
      'member-states-badge',
    );
    expect(part(empty, 'empty')).to.exist;
    await press('Tab');
    expect(focused()).to.equal('#after');

    const failed = await page<MemberStatesBadge>(
      html`<member-states-badge src=${feedUrl('native.json', 'fail=1')}></member-states-badge>`,
      'member-states-badge',
    );
    await until(() => Boolean(part(failed, 'retry')), 4000, 'the error');
    await press('Tab');
    expect(focused()).to.equal('retry');
    expectFocusRing('retry');
    await press('Enter');
    await until(() => parts(failed, 'state').length === 6, 4000, 'the states');
    expect(focused(), 'focus stays in the element').to.equal('list');
  });
});
