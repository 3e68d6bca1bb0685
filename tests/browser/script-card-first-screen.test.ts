import { expect } from '@open-wc/testing';
import { EventCard } from '../../src/components/event-card/event-card.js';
import { EVENT_CARD_PROPERTIES, showFirstScreens } from '../../src/components/event-card/first-screen.js';
import { earlyFeedsNow, startEarlyFeed } from '../../src/data/early-feed.js';
import { partFiles, publicProperties } from './support/built-script.js';
import { feedUrl, requestCount, until } from './support/endpoint.js';
import { openPage, SCRIPT_TAG, type OpenedPage, type PageWindow } from './support/hydration-page.js';

/**
 * `<event-card>`'s first screen before the element's code (src/components/event-card/first-screen.ts),
 * through the built script tag (needs `npm run build`), in pages of their own: what each shadow root
 * (the card's, and its badge's) showed from the moment it was attached, and whether the element was
 * defined by then (a first screen is drawn before it is).
 */

/** What the page recorded of one shadow root. */
interface RootLog {
  readonly host: string;
  /** Whether the element was defined when its shadow root was attached: false for a first screen. */
  readonly definedAtAttach: boolean;
  /** Each batch of changes: the markup, when, whether the element was defined. */
  readonly batches: { html: string; at: number; defined: boolean }[];
  /** Each animation frame since the attach: whether the element was defined, the boxes of what it shows. */
  readonly frames: { defined: boolean; boxes: string[] }[];
}

type LoggedWindow = PageWindow & { roots: RootLog[] };

/**
 * The page's recorder, before any script of ours: each root is known by its host's id, or tag. The
 * boxes are taken at each animation frame, what a reader sees: a nested element renders in a
 * microtask after its host's update, before the frame.
 */
const RECORDER = `<script>
  window.roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const host = this;
    const log = { host: host.id || host.localName, definedAtAttach: Boolean(customElements.get(host.localName)), batches: [], frames: [] };
    roots.push(log);
    new MutationObserver(() => log.batches.push({
      html: root.innerHTML,
      at: performance.now(),
      defined: Boolean(customElements.get(host.localName)),
    })).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const frame = () => {
      log.frames.push({
        defined: Boolean(customElements.get(host.localName)),
        boxes: [...root.querySelectorAll('[part~="name"], [part~="dates"], [part~="participants"], [part~="actions"]')]
          .map((part) => JSON.stringify(part.getBoundingClientRect())),
      });
      if (log.frames.length < 600) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return root;
  };
</script>`;

/**
 * Lit's comment markers out: the markup as a reader's browser builds it. The nested badge's own
 * `variant` out too: the badge, once defined, reflects it on itself.
 */
const withoutMarkers = (html: string): string =>
  html.replace(/<!--[^]*?-->/g, '').replace(/ variant="[^"]*"(?=[^<]*><\/member-states-badge>)/g, '');
const logsOf = (page: OpenedPage): RootLog[] => (page.window as LoggedWindow).roots;
const partRequests = (page: OpenedPage, file: string): PerformanceResourceTiming[] =>
  (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    entry.name.endsWith(`/${file}`),
  );
const shadowPart = (element: Element, part: string): HTMLElement | null =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

describe('script tag: <event-card> first screen before the element code', () => {
  let parts: Awaited<ReturnType<typeof partFiles>>;

  before(async () => {
    parts = await partFiles();
  });

  it('lists every property of <event-card> a page may set before the code is here', () => {
    expect([...EVENT_CARD_PROPERTIES].sort()).to.deep.equal(publicProperties(EventCard));
  });

  it("draws the card of the release it names or the first with an event, and declines, by itself, each card whose first render is the element's alone", async () => {
    const src = feedUrl('native.json', 'card-first-screen=declines');
    startEarlyFeed(new URL(src, location.href).href);
    const container = document.createElement('div');
    container.innerHTML = [
      `<event-card id="named" src="${src}" release-id="unga-79-consultations"></event-card>`,
      `<event-card id="first" src="${src}"></event-card>`,
      `<event-card id="no-event" src="${src}" release-id="joint-staff-briefing-preparedness"></event-card>`,
      `<event-card id="unknown" src="${src}" release-id="no-such-release"></event-card>`,
      `<event-card id="lazy" src="${src}" loading="lazy"></event-card>`,
      `<event-card id="ru" src="${src}" lang="ru"></event-card>`,
      `<div lang="ru"><event-card id="inherited" src="${src}"></event-card></div>`,
      `<event-card id="handed" src="${src}"></event-card>`,
      `<event-card id="attributes" name="Rock-2024" start="2024-09-03"></event-card>`,
    ].join('');
    Object.assign(container.querySelector('#handed')!, { releaseId: 'unga-79-consultations' });
    document.body.append(container);
    try {
      const cards = [...container.querySelectorAll<HTMLElement>('event-card')];
      await showFirstScreens(cards, earlyFeedsNow());
      await until(() => Boolean(container.querySelector('#first')!.shadowRoot), 4000, 'the first screens');
      expect(cards.filter((card) => card.shadowRoot).map((card) => card.id)).to.deep.equal(['named', 'first']);
      const named = container.querySelector('#named')!;
      expect(shadowPart(named, 'name')!.textContent).to.equal(
        'Consultations on the agenda of the 79th session of the UN General Assembly',
      );
      expect(shadowPart(container.querySelector('#first')!, 'name')!.textContent).to.equal('Rock-2024');
      // Its badge of participants, drawn too: the endpoint's states, named as the badge names them.
      const badge = shadowPart(named, 'participants')!;
      expect(badge.shadowRoot!.querySelectorAll('[part~="state"]').length).to.be.greaterThan(0);
    } finally {
      container.remove();
    }
  });

  describe('a page with all three elements on one endpoint', () => {
    let page: OpenedPage;
    const src = feedUrl('native.json', 'card-first-screen=page');

    before(async () => {
      page = await openPage(
        `<news-feed id="news" src="${src}" limit="2"></news-feed>` +
          `<event-card id="card" src="${src}" release-id="rock-2024-final-stage" heading-level="2"></event-card>` +
          '<member-states-badge id="badge" states="KZ RU"></member-states-badge>',
        'client',
        { scripts: [RECORDER, ...SCRIPT_TAG], keep: true },
      );
      await until(() => Boolean(page.window.customElements.get('event-card')), 8000, 'the card element');
      const card = page.document.getElementById('card') as EventCard;
      await card.updateComplete;
      await until(() => Boolean(shadowPart(card, 'participants')?.shadowRoot), 4000, "the card's badge");
    });

    after(() => page.frame.remove());

    it('draws every element ahead of its code, the card and its badge with the markup the elements then render', () => {
      const ahead = logsOf(page)
        .filter((log) => !log.definedAtAttach)
        .map((log) => log.host)
        .sort();
      expect(ahead).to.deep.equal(['badge', 'card', 'member-states-badge', 'news']);
      const card = page.document.getElementById('card')!;
      const [first] = logsOf(page).find((log) => log.host === 'card')!.batches;
      expect(first!.defined).to.equal(false);
      expect(withoutMarkers(first!.html)).to.equal(withoutMarkers(card.shadowRoot!.innerHTML));
      expect(shadowPart(card, 'heading')!.getAttribute('aria-level')).to.equal('2');
      const drawnBadge = logsOf(page).find((log) => log.host === 'member-states-badge' && !log.definedAtAttach)!;
      const badge = shadowPart(card, 'participants')!;
      expect(withoutMarkers(drawnBadge.batches[0]!.html)).to.equal(withoutMarkers(badge.shadowRoot!.innerHTML));
    });

    it('adopts the very stylesheets the element uses, and nothing moves at the takeover', async () => {
      const card = page.document.getElementById('card')!;
      const elementSheets = (page.window.customElements.get('event-card') as typeof EventCard).elementStyles.map(
        (styles) => (styles as { styleSheet: CSSStyleSheet }).styleSheet,
      );
      const sheets = card.shadowRoot!.adoptedStyleSheets;
      expect(sheets).to.have.length(elementSheets.length);
      sheets.forEach((sheet, index) => expect(sheet === elementSheets[index], `sheet ${index}`).to.equal(true));
      const log = logsOf(page).find((each) => each.host === 'card')!;
      await until(() => log.frames.filter((frame) => frame.defined).length > 2, 4000, 'frames after the takeover');
      const [drawn] = log.frames;
      expect(drawn!.defined, 'the first frame is the first screen').to.equal(false);
      expect(drawn!.boxes).to.have.length(4);
      expect(log.frames.filter((frame) => frame.boxes.join() !== drawn!.boxes.join())).to.deep.equal([]);
    });

    it("asks the endpoint once, requests the card's part only once its first screen shows, and says nothing", async () => {
      expect(await requestCount(src)).to.equal(1);
      const [firstScreenPart] = parts['event-card-first-screen'];
      const [elementPart] = parts['event-card'];
      expect(partRequests(page, firstScreenPart!)).to.have.length(1);
      expect(partRequests(page, elementPart!)).to.have.length(1);
      const shownAt = logsOf(page).find((log) => log.host === 'card')!.batches[0]!.at;
      expect(partRequests(page, elementPart!)[0]!.startTime).to.be.at.least(shownAt);
      expect(page.window.warnings).to.deep.equal([]);
      expect(page.window.pageErrors).to.deep.equal([]);
      expect([...page.window.loads].sort()).to.deep.equal(['event-card', 'news-feed']);
    });

    it('works after the takeover: the details open', async () => {
      const card = page.document.getElementById('card')!;
      shadowPart(card, 'details-button')!.click();
      const details = shadowPart(card, 'details')!;
      await until(() => !details.hidden, 4000, 'the details');
      expect(shadowPart(card, 'details-button')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  it('opens the details clicked on its first screen once the element is here, as a click then would', async () => {
    const src = feedUrl('native.json', 'card-first-screen=clicked');
    // Clicked and focused on the first screen just before the element is defined.
    const actFirst = `<script>
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => {
        if (name === 'event-card') {
          const button = document.getElementById('card').shadowRoot.querySelector('[part~="details-button"]');
          button.focus();
          button.click();
          window.actedBeforeCode = !customElements.get('event-card');
        }
        return define(name, constructor, options);
      };
    </script>`;
    const page = await openPage(
      `<event-card id="card" src="${src}" release-id="rock-2024-final-stage"></event-card>`,
      'client',
      { scripts: [RECORDER, actFirst, ...SCRIPT_TAG] },
    );
    const card = page.document.getElementById('card')!;
    expect((page.window as unknown as { actedBeforeCode: boolean }).actedBeforeCode).to.equal(true);
    expect(logsOf(page).find((log) => log.host === 'card')!.definedAtAttach, 'a first screen').to.equal(false);
    await until(() => !shadowPart(card, 'details')!.hidden, 4000, 'the details');
    expect(shadowPart(card, 'details-button')!.getAttribute('aria-expanded')).to.equal('true');
    // The focus goes where a click on the element's own button sends it: into the details.
    expect(card.shadowRoot!.activeElement?.getAttribute('part')).to.equal('details');
  });

  it('declines in the loader where the element could render otherwise: its code loads at once, as before', async () => {
    const src = feedUrl('native.json', 'card-first-screen=loader');
    const page = await openPage(
      `<event-card id="lazy" src="${src}" loading="lazy"></event-card>` +
        `<event-card id="ru" src="${src}" lang="ru"></event-card>`,
      'client',
      { scripts: [RECORDER, ...SCRIPT_TAG] },
    );
    expect(partRequests(page, parts['event-card-first-screen'][0]!)).to.deep.equal([]);
    expect(logsOf(page).filter((log) => !log.definedAtAttach)).to.deep.equal([]);
    const ru = page.document.getElementById('ru')!;
    await until(() => Boolean(shadowPart(ru, 'name')), 4000, 'the Russian card');
    expect(shadowPart(ru, 'name')!.textContent).to.equal('«Скала-2024»');
    expect(page.window.pageErrors).to.deep.equal([]);
  });
});
