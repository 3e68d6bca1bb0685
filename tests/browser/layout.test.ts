/**
 * Layout under the conditions WCAG 2.2 AA asks about: a 320 px wide container (1.4.10 reflow),
 * text at 200% (1.4.4), reduced motion, forced colours and a dark host page.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, until } from './support/endpoint.js';
import { mount } from './support/mount.js';

const LONG_WORD = 'CollectiveRapidReactionForcesCounterTerrorismAndCounterNarcoticsExercise2024';
const RELEASES = {
  releases: [
    {
      id: 'long',
      title: `${LONG_WORD} in the Kyrgyz Republic`,
      date: '2024-09-05',
      url: 'https://odkb-csto.org/news/long',
      summary: `A summary with ${LONG_WORD} and https://odkb-csto.org/a/very/long/path/that/does/not/break/anywhere/at/all`,
      body: `<p>${LONG_WORD}</p><table><tr><td>${LONG_WORD}</td><td>${LONG_WORD}</td></tr></table>`,
      tags: ['training', 'collective-rapid-reaction-forces', 'counter-terrorism'],
      image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    },
    { id: 'short', title: 'Briefing', date: '2024-09-04' },
  ],
};

const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The host and every element in its shadow tree, nested elements' trees included. */
function deepElements(host: Element): Element[] {
  const found: Element[] = [host];
  for (const child of host.shadowRoot?.querySelectorAll('*') ?? []) found.push(...deepElements(child));
  return found;
}

const describeNode = (node: Element): string =>
  `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}${node.id ? `#${node.id}` : ''}`;

/** Content that is meant to be out of flow or off the box: screen-reader text, closed or top-layer panels. */
function exempt(node: Element): boolean {
  if (node.closest('.visually-hidden')) return true;
  const panel = node.closest('[popover]');
  return Boolean(panel);
}

/**
 * What breaks reflow inside `bounds` (a rectangle from the left edge): a box that sticks out of
 * it, a box wider than itself (scrollWidth > clientWidth) unless it is a scroll container on
 * purpose (a wide table in a body), and a clipping box whose text does not fit.
 */
function reflowProblems(host: Element, bounds: DOMRect): string[] {
  const problems: string[] = [];
  for (const node of deepElements(host)) {
    if (exempt(node)) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.display === 'contents') continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < bounds.left - 0.5 || rect.right > bounds.right + 0.5) {
      problems.push(
        `${describeNode(node)} spans ${rect.left.toFixed(0)}–${rect.right.toFixed(0)}, outside ${bounds.left.toFixed(0)}–${bounds.right.toFixed(0)}`,
      );
    }
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (!scrolls && node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
      problems.push(
        `${describeNode(node)} overflows: scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`,
      );
    }
    const clips = style.overflowY === 'hidden' || style.overflowY === 'clip' || style.overflowX === 'hidden';
    if (clips && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1)) {
      problems.push(`${describeNode(node)} clips its text`);
    }
  }
  return problems;
}

/** Every element, loaded with long words, a body open, the details popover and a tooltip open. */
async function allElements(
  container: HTMLElement,
): Promise<{ feed: NewsFeed; card: EventCard; badge: MemberStatesBadge }> {
  const feed = container.querySelector<NewsFeed>('news-feed')!;
  const card = container.querySelector<EventCard>('event-card')!;
  const badge = container.querySelector<MemberStatesBadge>('member-states-badge')!;
  feed.releases = RELEASES;
  await until(() => part(feed, 'toggle') !== null, 2000, 'the feed');
  part(feed, 'toggle')!.click();
  // The body shows once the sanitiser, loaded on first use, is here.
  await until(() => part(feed, 'body')?.querySelector('table') != null, 4000, 'the body');
  part(card, 'details-button')!.click();
  await card.updateComplete;
  await until(() => part(card, 'details')!.style.top !== '', 2000, 'the popover');
  // Hover, not focus: a page running in the background next to another test file gets no focus events.
  part(badge, 'state')!.dispatchEvent(new MouseEvent('mouseenter'));
  await badge.updateComplete;
  return { feed, card, badge };
}

const page = (style: string): Promise<HTMLElement> =>
  mount(
    html`<div style=${style}>
      <news-feed limit="1"></news-feed>
      <event-card
        name=${LONG_WORD}
        kind="joint command-staff training of the Collective Rapid Reaction Forces"
        start="2024-09-03"
        end="2024-10-06"
        location=${`Balykchy, ${LONG_WORD}`}
        states="AM BY KZ KG RU TJ"
        now="2024-08-31T12:00:00"
      ></event-card>
      <member-states-badge variant="flags"></member-states-badge>
      <member-states-badge variant="count"></member-states-badge>
    </div>`,
  );

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0 });
});
afterEach(async () => {
  resetConfig();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

describe('reflow', () => {
  it('finds a box that sticks out (the check can fail)', async () => {
    const container = await mount(html`<div style="width: 320px"><news-feed></news-feed></div>`);
    const feed = container.querySelector<NewsFeed>('news-feed')!;
    feed.releases = RELEASES;
    await until(() => part(feed, 'title') !== null, 2000, 'the feed');
    part(feed, 'title')!.style.whiteSpace = 'nowrap';
    expect(reflowProblems(feed, container.getBoundingClientRect()).join('\n')).to.contain('overflows');
  });

  it('fits a 320 px container: nothing sticks out, nothing is clipped', async () => {
    const container = await page('width: 320px');
    const { feed, card } = await allElements(container);
    const bounds = container.getBoundingClientRect();
    for (const host of container.children) {
      expect(reflowProblems(host, bounds), host.localName).to.deep.equal([]);
    }
    // The wide table in the body scrolls inside the body rather than widening the page.
    const table = part(feed, 'body')!.querySelector('table')!;
    expect(table.getBoundingClientRect().right).to.be.at.most(bounds.right + 0.5);
    // The popover stays in the viewport.
    const popover = part(card, 'details')!.getBoundingClientRect();
    expect(popover.left).to.be.at.least(0);
    expect(popover.right).to.be.at.most(document.documentElement.clientWidth);
    expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(
      document.documentElement.clientWidth,
    );
  });

  it('fits text at 200% in a 640 px viewport (1280 px zoomed to 200%)', async () => {
    await setViewport({ width: 640, height: 900 });
    try {
      const container = await page('font-size: 200%');
      const { card, badge } = await allElements(container);
      const bounds = new DOMRect(0, 0, document.documentElement.clientWidth, 900);
      for (const host of container.children) {
        expect(reflowProblems(host, bounds), host.localName).to.deep.equal([]);
      }
      // Text really is twice as large: the name follows the host's font size.
      expect(parseFloat(getComputedStyle(part(card, 'name')!).fontSize)).to.be.at.least(32);
      const tooltip = badge.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]:popover-open')!;
      const rect = tooltip.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
      expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(
        document.documentElement.clientWidth,
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('prefers-reduced-motion', () => {
  /** Elements (and their ::before / ::after) that animate or transition. */
  function moving(host: Element): string[] {
    const found: string[] = [];
    for (const node of deepElements(host)) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(node, pseudo);
        const transitions = style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
        if (style.animationName !== 'none' || transitions) found.push(`${describeNode(node)}${pseudo ?? ''}`);
      }
    }
    return found;
  }

  async function loadingAndOpen(): Promise<Element[]> {
    const container = await mount(
      html`<div>
        <news-feed src=${feedUrl('native.json', 'delay=3000')}></news-feed>
        <news-feed></news-feed>
        <event-card src=${feedUrl('native.json', 'delay=3000')}></event-card>
        <member-states-badge src=${feedUrl('native.json', 'delay=3000')}></member-states-badge>
      </div>`,
    );
    const hosts = [...container.children];
    const feed = hosts[1] as NewsFeed;
    feed.releases = RELEASES;
    await until(() => part(feed, 'toggle') !== null, 2000, 'the feed');
    for (const host of [hosts[0]!, hosts[2]!, hosts[3]!]) {
      await until(() => part(host, 'loading') !== null, 2000, `${host.localName} loading`);
    }
    return hosts;
  }

  it('spins and turns without it', async () => {
    const hosts = await loadingAndOpen();
    expect(getComputedStyle(hosts[0]!.shadowRoot!.querySelector('.spinner')!).animationName).to.equal('csto-spin');
    expect(moving(hosts[1]!)).to.include('button[part="toggle"]::after');
  });

  it('stands still with it: no spinner animation, no transition', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const hosts = await loadingAndOpen();
    for (const host of hosts) expect(moving(host), host.localName).to.deep.equal([]);
    // The spinner still says "busy" without moving.
    const spinner = hosts[0]!.shadowRoot!.querySelector<HTMLElement>('.spinner')!;
    expect(spinner.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});

describe('forced colors', () => {
  /**
   * The test runner's emulateMedia has no `forcedColors` for this launcher, so the elements'
   * `@media (forced-colors: active)` rules are lifted out of their media query into the shadow
   * root, which is what the browser applies in Windows high contrast on top of its system colours.
   */
  function forceColors(host: Element): void {
    const root = host.shadowRoot!;
    const lifted = new CSSStyleSheet();
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
          for (const inner of rule.cssRules) lifted.insertRule(inner.cssText, lifted.cssRules.length);
        }
      }
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, lifted];
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) forceColors(child);
  }

  /** Buttons whose border would vanish: none, zero width, or a colour that is not a system colour. */
  function faintButtons(host: Element): string[] {
    return deepElements(host)
      .filter((node) => node.localName === 'button' && !exempt(node))
      .flatMap((button) => {
        const style = getComputedStyle(button);
        const visible =
          style.borderTopStyle !== 'none' &&
          parseFloat(style.borderTopWidth) > 0 &&
          // ButtonText resolves to an opaque colour; the normal border is a see-through mix.
          !/rgba|\/ 0?\.\d|transparent/.test(style.borderTopColor);
        return visible
          ? []
          : [`${describeNode(button)}: ${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`];
      });
  }

  async function withButtons(): Promise<Element[]> {
    const container = await mount(
      html`<div>
        <news-feed limit="1"></news-feed>
        <news-feed src=${feedUrl('native.json', 'status=500')}></news-feed>
        <event-card name="Rock-2024" start="2024-09-03" now="2024-09-03T12:00:00"></event-card>
      </div>`,
    );
    const hosts = [...container.children];
    (hosts[0] as NewsFeed).releases = RELEASES;
    await until(() => part(hosts[0]!, 'more') !== null && part(hosts[1]!, 'retry') !== null, 4000, 'the buttons');
    return hosts;
  }

  it('without forced colours, button borders are a faint mix (the check can fail)', async () => {
    const hosts = await withButtons();
    expect(faintButtons(hosts[0]!)).to.have.length.greaterThan(0);
  });

  it('under forced colours emulated by Chromium, every button and card keeps a visible border', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const hosts = await withButtons();
      const invisible = hosts.flatMap((host) =>
        deepElements(host)
          .filter((node) => node.localName === 'button' || node.getAttribute('part')?.split(' ').includes('item'))
          .filter((node) => !exempt(node))
          .filter((node) => {
            const style = getComputedStyle(node);
            return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0;
          })
          .map(describeNode),
      );
      expect(invisible).to.deep.equal([]);
    } finally {
      await executeServerCommand('emulate-media-features', []);
    }
  });

  it('buttons keep a visible, opaque border; cards and panels too', async () => {
    const hosts = await withButtons();
    hosts.forEach(forceColors);
    for (const host of hosts) expect(faintButtons(host), host.localName).to.deep.equal([]);
    const item = getComputedStyle(part(hosts[0]!, 'item')!);
    expect(item.borderTopColor).not.to.match(/rgba|transparent/);
    // The ongoing mark is a filled dot: it keeps a system colour fill.
    const mark = hosts[2]!.shadowRoot!.querySelector('[part~="status-ongoing"] .status-mark')!;
    expect(getComputedStyle(mark).backgroundColor).not.to.match(/rgba\(0, 0, 0, 0\)|transparent/);
  });
});

describe('prefers-color-scheme: dark', () => {
  const DARK_TEXT = 'rgb(235, 235, 235)';
  async function darkPage(): Promise<HTMLElement> {
    return mount(
      html`<div>
        <style>
          .host-page {
            color: rgb(20, 20, 20);
            background: rgb(255, 255, 255);
          }
          @media (prefers-color-scheme: dark) {
            .host-page {
              color-scheme: dark;
              color: ${DARK_TEXT};
              background: rgb(18, 18, 18);
            }
          }
        </style>
        <div class="host-page">
          <news-feed limit="1"></news-feed>
          <event-card
            name="Rock-2024"
            start="2024-09-03"
            end="2024-09-05"
            now="2024-08-31T12:00:00"
            states="KZ RU"
          ></event-card>
          <member-states-badge variant="count"></member-states-badge>
        </div>
      </div>`,
    );
  }

  /** Text parts whose colour should be the host page's own. */
  async function textParts(container: HTMLElement): Promise<Map<string, HTMLElement>> {
    const feed = container.querySelector<NewsFeed>('news-feed')!;
    const card = container.querySelector<EventCard>('event-card')!;
    const badge = container.querySelector<MemberStatesBadge>('member-states-badge')!;
    feed.releases = { releases: [{ ...RELEASES.releases[0]!, url: undefined }, RELEASES.releases[1]!] };
    await until(() => part(feed, 'more') !== null, 2000, 'the feed');
    return new Map(
      Object.entries({
        'news-feed': feed,
        'news-feed title': part(feed, 'title')!,
        'news-feed summary': part(feed, 'summary')!,
        'news-feed toggle': part(feed, 'toggle')!,
        'news-feed more': part(feed, 'more')!,
        'event-card': card,
        'event-card name': part(card, 'name')!,
        'event-card dates': part(card, 'dates')!,
        'event-card status': part(card, 'status')!,
        'event-card details-button': part(card, 'details-button')!,
        'event-card calendar': part(card, 'calendar')!,
        'member-states-badge count': part(badge, 'count')!,
      }),
    );
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`takes the host's text colour (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const container = await darkPage();
      const hostColor = getComputedStyle(container.querySelector('.host-page')!).color;
      expect(hostColor).to.equal(scheme === 'dark' ? DARK_TEXT : 'rgb(20, 20, 20)');
      const colors = [...(await textParts(container))].map(([name, node]) => [name, getComputedStyle(node).color]);
      expect(colors).to.deep.equal(colors.map(([name]) => [name, hostColor]));
    });
  }

  it('shows popovers and tooltips dark on a dark page that says so', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const container = await darkPage();
    const card = container.querySelector<EventCard>('event-card')!;
    const badge = container.querySelector<MemberStatesBadge>('member-states-badge')!;
    part(card, 'details-button')!.click();
    part(badge, 'count')!.dispatchEvent(new MouseEvent('mouseenter'));
    await card.updateComplete;
    await badge.updateComplete;
    /** Relative luminance from a computed `rgb(...)`, roughly: 0 black, 1 white. */
    const lightness = (color: string): number => {
      const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    for (const panel of [part(card, 'details')!, part(badge, 'tooltip')!]) {
      const style = getComputedStyle(panel);
      expect(lightness(style.backgroundColor), `${describeNode(panel)} background`).to.be.below(0.3);
      expect(lightness(style.color), `${describeNode(panel)} text`).to.be.above(0.7);
    }
  });
});
