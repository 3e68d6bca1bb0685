import { expect } from '@open-wc/testing';
import { BADGE_PROPERTIES, showFirstScreens } from '../../src/components/member-states-badge/first-screen.js';
import { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import { partFiles, publicProperties } from './support/built-script.js';
import { until } from './support/endpoint.js';
import { openPage, SCRIPT_TAG, type OpenedPage, type PageWindow } from './support/hydration-page.js';

/**
 * `<member-states-badge>`'s first screen before the element's code
 * (src/components/member-states-badge/first-screen.ts), through the built script tag (needs
 * `npm run build`), in pages of their own: what each shadow root showed from the moment it was
 * attached, and whether the element was defined by then (a first screen is drawn before it is).
 */

/** What the page recorded of one badge's shadow root. */
interface RootLog {
  readonly id: string;
  /** Whether the element was defined when its shadow root was attached: false for a first screen. */
  readonly definedAtAttach: boolean;
  /** Each batch of changes: when, the markup, the states shown, whether the element was defined, their boxes. */
  readonly batches: { at: number; html: string; states: number; defined: boolean; boxes: string[] }[];
}

type LoggedWindow = PageWindow & { roots: RootLog[] };

/** The page's recorder, before any script of ours. */
const RECORDER = `<script>
  window.roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const host = this;
    const log = { id: host.id, definedAtAttach: Boolean(customElements.get(host.localName)), batches: [] };
    roots.push(log);
    const states = () => root.querySelectorAll('[part~="state"], [part~="count"]');
    new MutationObserver(() => log.batches.push({
      at: performance.now(),
      html: root.innerHTML,
      states: states().length,
      defined: Boolean(customElements.get(host.localName)),
      boxes: [...states()].map((state) => JSON.stringify(state.getBoundingClientRect())),
    })).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    return root;
  };
</script>`;

/** Lit's comment markers out: the markup as a reader's browser builds it. */
const withoutMarkers = (html: string): string => html.replace(/<!--[^]*?-->/g, '');
const logOf = (page: OpenedPage, id: string): RootLog | undefined =>
  (page.window as LoggedWindow).roots.find((log) => log.id === id);
const partRequests = (page: OpenedPage, file: string): PerformanceResourceTiming[] =>
  (page.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    entry.name.endsWith(`/${file}`),
  );

const openScriptPage = (body: string, before = ''): Promise<OpenedPage> =>
  openPage(body, 'client', { scripts: [RECORDER + before, ...SCRIPT_TAG], keep: true });

describe('script tag: <member-states-badge> first screen before the element code', () => {
  let parts: Awaited<ReturnType<typeof partFiles>>;

  before(async () => {
    parts = await partFiles();
  });

  it('lists every property of <member-states-badge> a page may set before the code is here', () => {
    expect([...BADGE_PROPERTIES].sort()).to.deep.equal(publicProperties(MemberStatesBadge));
  });

  it('draws the built-in list in English, and declines, by itself, each badge whose states or language are not that', () => {
    const container = document.createElement('div');
    container.innerHTML = [
      '<member-states-badge id="plain"></member-states-badge>',
      '<member-states-badge id="count" variant="count"></member-states-badge>',
      '<member-states-badge id="codes" variant="codes" states="ru kz"></member-states-badge>',
      '<member-states-badge id="src" src="/api/feed/native.json"></member-states-badge>',
      '<member-states-badge id="ru" lang="ru"></member-states-badge>',
      '<div lang="kk"><member-states-badge id="inherited"></member-states-badge></div>',
      '<member-states-badge id="handed"></member-states-badge>',
    ].join('');
    const handed = container.querySelector('#handed')!;
    Object.assign(handed, { memberStates: [{ code: 'RS', name: 'Serbia', status: 'observer' }] });
    document.body.append(container);
    try {
      const badges = [...container.querySelectorAll<HTMLElement>('member-states-badge')];
      showFirstScreens(badges);
      expect(badges.filter((badge) => badge.shadowRoot).map((badge) => badge.id)).to.deep.equal([
        'plain',
        'count',
        'codes',
      ]);
      const labels = (id: string): string[] =>
        [...container.querySelector(`#${id}`)!.shadowRoot!.querySelectorAll('[part~="state"]')].map((state) =>
          state.getAttribute('aria-label')!,
        );
      expect(labels('plain')).to.deep.equal([
        'Armenia',
        'Belarus',
        'Kazakhstan',
        'Kyrgyz Republic',
        'Russian Federation',
        'Tajikistan',
      ]);
      expect(labels('codes')).to.deep.equal(['Russian Federation', 'Kazakhstan']);
      expect(container.querySelector('#codes')!.shadowRoot!.querySelectorAll('[part~="code"]')).to.have.length(2);
      expect(container.querySelector('#count')!.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal(
        '6 member states',
      );
    } finally {
      container.remove();
    }
  });

  describe('a page with three badges', () => {
    let page: OpenedPage;

    before(async () => {
      page = await openScriptPage(
        '<p>Taking part: <member-states-badge id="flags"></member-states-badge></p>' +
          '<member-states-badge id="count" variant="count"></member-states-badge>' +
          '<member-states-badge id="codes" variant="codes" states="AM BY"></member-states-badge>',
      );
      await until(() => Boolean(page.window.customElements.get('member-states-badge')), 8000, 'the element');
      await Promise.all(page.elements.map((badge) => (badge as MemberStatesBadge).updateComplete));
    });

    after(() => page.frame.remove());

    it('shows each first screen before the element is defined, with the markup the element then renders', () => {
      for (const [id, states] of [
        ['flags', 6],
        ['count', 1],
        ['codes', 2],
      ] as const) {
        const log = logOf(page, id)!;
        expect(log.definedAtAttach, `${id}: drawn before the element was defined`).to.equal(false);
        const [first] = log.batches;
        expect(first!.defined, `${id}: first batch`).to.equal(false);
        expect(first!.states, `${id}: states at first`).to.equal(states);
        const element = page.document.getElementById(id)!;
        expect(withoutMarkers(first!.html), id).to.equal(withoutMarkers(element.shadowRoot!.innerHTML));
      }
    });

    it('adopts the very stylesheets the element uses, and nothing moves at the takeover', () => {
      const elementSheets = (
        page.window.customElements.get('member-states-badge') as typeof MemberStatesBadge
      ).elementStyles.map((styles) => (styles as { styleSheet: CSSStyleSheet }).styleSheet);
      for (const badge of page.elements) {
        const sheets = badge.shadowRoot!.adoptedStyleSheets;
        expect(sheets).to.have.length(elementSheets.length);
        sheets.forEach((sheet, index) =>
          expect(sheet === elementSheets[index], `${badge.id}: sheet ${index}`).to.equal(true),
        );
        const log = logOf(page, badge.id)!;
        const takenOver = log.batches.find((batch) => batch.defined);
        expect(takenOver, `${badge.id}: the element took the screen over`).to.not.equal(undefined);
        expect(takenOver!.boxes, badge.id).to.deep.equal(log.batches[0]!.boxes);
        expect(
          log.batches.filter((batch) => batch.states === 0),
          `${badge.id}: batches without states`,
        ).to.deep.equal([]);
      }
    });

    it("requests the element's part only once the first screens show, and no feed or card code", () => {
      const [firstScreenPart] = parts['member-states-badge-first-screen'];
      const [elementPart] = parts['member-states-badge'];
      expect(partRequests(page, firstScreenPart!)).to.have.length(1);
      expect(partRequests(page, elementPart!)).to.have.length(1);
      const shownAt = Math.min(...page.elements.map((badge) => logOf(page, badge.id)!.batches[0]!.at));
      expect(partRequests(page, elementPart!)[0]!.startTime).to.be.at.least(shownAt);
      const badgeFiles = new Set([...parts['member-states-badge'], ...parts['member-states-badge-first-screen']]);
      const others = [...parts['news-feed'], ...parts['event-card']].filter((file) => !badgeFiles.has(file));
      expect(others.filter((file) => partRequests(page, file).length)).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
      expect(page.window.pageErrors).to.deep.equal([]);
    });

    it('works after the takeover: a state pointed at shows its tooltip', async () => {
      const flags = page.document.getElementById('flags')!;
      const state = flags.shadowRoot!.querySelector<HTMLElement>('[part~="state"][data-code="KZ"]')!;
      // An event, not the pointer: the test runner's window need not have the focus or the mouse.
      state.dispatchEvent(new MouseEvent('mouseenter'));
      const tooltip = flags.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)!;
      await until(() => !tooltip.hidden, 4000, "Kazakhstan's tooltip");
      expect(tooltip.textContent).to.equal('Kazakhstan');
    });
  });

  it('declines in the loader where the element could render otherwise: its code loads at once, as before', async () => {
    const page = await openScriptPage(
      '<member-states-badge id="src" src="/api/feed/native.json?badge-first-screen"></member-states-badge>' +
        '<member-states-badge id="ru" lang="ru"></member-states-badge>',
    );
    try {
      expect(partRequests(page, parts['member-states-badge-first-screen'][0]!)).to.deep.equal([]);
      expect((page.window as LoggedWindow).roots.filter((log) => !log.definedAtAttach)).to.deep.equal([]);
      const labels = (id: string): string[] =>
        [...page.document.getElementById(id)!.shadowRoot!.querySelectorAll('[part~="state"]')].map((state) =>
          state.getAttribute('aria-label')!,
        );
      await until(() => labels('src').length > 0, 4000, "the endpoint's states");
      expect(labels('ru')).to.include('Российская Федерация');
      expect(page.window.pageErrors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
