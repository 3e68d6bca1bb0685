/**
 * What `<member-states-badge>` loads on first use rather than with its first screen, and that a
 * reader never sees the difference: the names of a language other than English come with that
 * language's catalogue; the positioning of tooltips with the first tooltip shown. A file of its
 * own: a page that has loaded none of these yet (each test file runs in a page of its own).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import { isCatalogueSettled } from '../../src/i18n/index.js';
import { until } from './support/endpoint.js';

/** A URL the test server answers 503: a part that does not load. */
const FAILING_PART = '/api/feed/native.json?status=503&part=position-floating';

const ENGLISH_NAMES = ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyz Republic', 'Russian Federation', 'Tajikistan'];
const RUSSIAN_NAMES = [
  'Армения',
  'Беларусь',
  'Казахстан',
  'Кыргызская Республика',
  'Российская Федерация',
  'Таджикистан',
];

const requested = (file: string, win: Window = window): boolean =>
  win.performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));

const stateOf = (el: MemberStatesBadge, code: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="state"][data-code="${code}"]`)!;
const tooltipOf = (el: MemberStatesBadge, anchor: HTMLElement): HTMLElement =>
  el.shadowRoot!.getElementById(anchor.getAttribute('aria-describedby')!)!;
const isShown = (tooltip: HTMLElement): boolean => tooltip.matches(':popover-open') && !tooltip.hidden;

const statesOf = (el: MemberStatesBadge): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="state"]'),
];

/** Every name the badge gives its states: their accessible names and their tooltips' text. */
const namesShown = (el: MemberStatesBadge): string[] =>
  statesOf(el).flatMap((state) => [
    state.getAttribute('aria-label') ?? '',
    el.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)?.textContent?.trim() ?? '',
  ]);

describe('<member-states-badge> names in a language loaded on first use', () => {
  it('names the states in Russian from its first screen on, never in English', async () => {
    expect(isCatalogueSettled('ru'), 'Russian is not loaded before an element speaks it').to.equal(false);
    const el = document.createElement('member-states-badge') as MemberStatesBadge;
    el.lang = 'ru';
    el.textContent = 'Государства — члены ОДКБ';
    document.body.append(el);
    const seen = new Set<string>();
    const observer = new MutationObserver(() => namesShown(el).forEach((name) => seen.add(name)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    try {
      await el.updateComplete;
      expect(statesOf(el), 'nothing of its own before the Russian catalogue').to.have.length(0);
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      await until(() => statesOf(el).length === 6, 4000, 'the six states in Russian');
      expect(statesOf(el).map((state) => state.getAttribute('aria-label'))).to.deep.equal(RUSSIAN_NAMES);
      namesShown(el).forEach((name) => seen.add(name));
      expect([...seen].filter((name) => ENGLISH_NAMES.includes(name))).to.deep.equal([]);
      expect([...seen].sort()).to.deep.equal([...RUSSIAN_NAMES].sort());
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

describe('<member-states-badge> tooltips placed by code loaded with the first one', () => {
  it('shows the first tooltip at once on hover, places it once that code is here, and closes it with Escape', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge states="KZ RU"></member-states-badge>`);
    expect(requested('/position-floating.'), 'the positioning, before any tooltip').to.equal(false);
    const state = stateOf(el, 'KZ');
    const tooltip = tooltipOf(el, state);
    expect(isShown(tooltip)).to.equal(false);

    state.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(isShown(tooltip), 'shown in the update the hover asked for').to.equal(true);
    expect(tooltip.textContent!.trim()).to.equal('Kazakhstan');
    await until(() => tooltip.dataset.placement !== undefined, 4000, 'the first tooltip placed');
    expect(tooltip.style.opacity, 'visible once placed').to.equal('');
    expect(requested('/position-floating.')).to.equal(true);
    const anchorBox = state.getBoundingClientRect();
    const tipBox = tooltip.getBoundingClientRect();
    expect(tipBox.bottom <= anchorBox.top || tipBox.top >= anchorBox.bottom, 'beside the state').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isShown(tooltip)).to.equal(false);
    // The next tooltip, the code being here, is placed at once.
    const next = tooltipOf(el, stateOf(el, 'RU'));
    stateOf(el, 'RU').dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(isShown(next)).to.equal(true);
    await until(
      () => next.dataset.placement !== undefined && next.style.opacity === '',
      4000,
      'the next tooltip placed',
    );
  });
});

/**
 * A page of its own whose import map sends `module` (a source file's URL) to a URL that fails: a
 * copy of the library missing that file, or a network that drops it. Console warnings are kept in
 * the frame's `warnings`. Resolves with the frame's badge once it shows its states.
 */
async function badgeWithout(
  module: string,
  badge: string,
): Promise<{ frame: HTMLIFrameElement; el: MemberStatesBadge; warnings: string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>
    <script>window.warnings = []; console.warn = (...args) => warnings.push(args.map(String).join(' '));</script>
    <script type="importmap">{"imports": {"${module}": "${FAILING_PART}"}}</script>
    <script type="module" src="/src/components/member-states-badge/define.ts"></script>
    ${badge}`;
  document.body.append(frame);
  const badgeIn = (): MemberStatesBadge | null | undefined =>
    frame.contentDocument?.querySelector<MemberStatesBadge>('member-states-badge');
  await until(() => Boolean(badgeIn()?.shadowRoot?.querySelector('[part~="state"]')), 20_000, 'the badge in the frame');
  return { frame, el: badgeIn()!, warnings: (frame.contentWindow as Window & { warnings: string[] }).warnings };
}

describe('<member-states-badge> when code it loads on first use cannot be loaded', function () {
  // A page of its own loads every module afresh, unbundled: slow on a busy machine.
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('keeps every name as its state’s accessible name when tooltips cannot be placed, and warns once', async () => {
    const { frame, el, warnings } = await badgeWithout(
      '/src/internal/position-floating.ts',
      '<member-states-badge states="KZ RU"></member-states-badge>',
    );
    frames.push(frame);
    const state = stateOf(el, 'KZ');
    const tooltip = tooltipOf(el, state);

    state.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(isShown(tooltip), 'shown at once, while its code loads').to.equal(true);
    await until(() => !isShown(tooltip), 4000, 'the tooltip closed again');
    expect(requested(FAILING_PART, frame.contentWindow!)).to.equal(true);
    expect(state.getAttribute('aria-label')).to.equal('Kazakhstan');
    expect(state.tabIndex).to.equal(0);

    // The next tooltip tries again, and fails as quietly.
    state.dispatchEvent(new MouseEvent('mouseleave'));
    stateOf(el, 'RU').focus();
    await el.updateComplete;
    const next = tooltipOf(el, stateOf(el, 'RU'));
    expect(isShown(next)).to.equal(true);
    await until(() => !isShown(next), 4000, 'the second tooltip closed again');
    expect(stateOf(el, 'RU').getAttribute('aria-label')).to.equal('Russian Federation');
    expect(warnings.filter((message) => message.includes('positioning part could not be loaded'))).to.have.length(1);
  });

  it('names the states in English, with the rest of its text, when its language’s catalogue cannot be loaded', async () => {
    const { frame, el, warnings } = await badgeWithout(
      '/src/i18n/messages/ru.ts',
      '<member-states-badge lang="ru">Государства — члены ОДКБ</member-states-badge>',
    );
    frames.push(frame);
    expect(statesOf(el).map((state) => state.getAttribute('aria-label'))).to.deep.equal(ENGLISH_NAMES);
    expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('Member states');
    expect(warnings.filter((message) => message.includes('"ru" catalogue could not be loaded'))).to.have.length(1);
  });
});
