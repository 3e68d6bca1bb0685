import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import { configure, resetConfig } from '../../src/config.js';
import type { MemberState } from '../../src/data/release.js';

/** A query value no other test uses, so the shared feed cache and `fail=N` counts start fresh. */
const unique = (): string => `t=${Math.random().toString(36).slice(2)}`;

const parts = (el: MemberStatesBadge, part: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];
const part = (el: MemberStatesBadge, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const stateOf = (el: MemberStatesBadge, code: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="state"][data-code="${code}"]`)!;
const tooltipOf = (el: MemberStatesBadge, anchor: HTMLElement): HTMLElement =>
  el.shadowRoot!.getElementById(anchor.getAttribute('aria-describedby')!)!;
const isShown = (tooltip: HTMLElement): boolean => tooltip.matches(':popover-open') && !tooltip.hidden;
const shownTooltips = (el: MemberStatesBadge): HTMLElement[] => parts(el, 'tooltip').filter(isShown);

async function loaded(el: MemberStatesBadge): Promise<MemberStatesBadge> {
  await waitUntil(() => parts(el, 'state').length > 0 || part(el, 'error'), 'the badge did not load', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

describe('<member-states-badge>', () => {
  // A failed request shows its error at once instead of after the backoff of two retries.
  before(() => configure({ retries: 0 }));
  after(() => resetConfig());

  it('shows every member state by default, each a focusable flag that is not an emoji', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    const states = parts(el, 'state');
    expect(states.map((state) => state.dataset.code)).to.deep.equal(['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']);
    for (const state of states) {
      expect(state.tabIndex).to.equal(0);
      expect(state.querySelector('svg[part~="flag"]'), state.dataset.code).to.exist;
    }
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Member states');
  });

  it('reads handed-over `memberStates` with code loaded at their first use, and shows nothing else meanwhile', async () => {
    // Runs before any test of this file loads the data layer (a `src` does, through the endpoint).
    const requested = (file: string): boolean =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    expect(requested('/normalise.'), 'the normaliser, for the built-in list').to.equal(false);
    const shown: string[] = [];
    const observer = new MutationObserver(() =>
      shown.push(
        parts(el, 'state')
          .map((state) => state.dataset.code)
          .join(' '),
      ),
    );
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.memberStates = [
      { code: 'KZ', name: { en: 'Kazakhstan' }, status: 'member', flag: 'javascript:alert(1)' },
      { code: 'RS', name: { en: 'Serbia' }, status: 'member' },
    ];
    await el.updateComplete;
    observer.disconnect();
    expect(requested('/normalise.'), 'the normaliser, for handed-over states').to.equal(true);
    expect(parts(el, 'state').map((state) => state.dataset.code)).to.deep.equal(['KZ', 'RS']);
    // Read as an endpoint's: the `javascript:` flag is dropped, so the built-in flag shows.
    expect(stateOf(el, 'KZ').querySelector('svg[part~="flag"]')).to.exist;
    // The six built-in states stayed until the new ones showed: no empty badge, no other list between.
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.filter((codes) => codes !== 'KZ RS')).to.deep.equal([]);
  });

  it('loads no endpoint code for the built-in list, and loads it with the first `src`', async () => {
    // Runs before any test of this file gives a badge `src`: the page has not asked for the data layer yet.
    const requested = (file: string): boolean =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge states="KG"></member-states-badge>`);
    expect(parts(el, 'state')).to.have.length(1);
    expect(requested('/endpoint-controller.'), 'the endpoint controller').to.equal(false);
    expect(requested('/load-feed.'), 'the feed loader').to.equal(false);
    el.src = `/api/feed/native.json?${unique()}`;
    await oneEvent(el, 'csto-load');
    expect(requested('/endpoint-controller.')).to.equal(true);
    await el.updateComplete;
    expect(parts(el, 'state').map((state) => state.dataset.code)).to.deep.equal(['KG']);
  });

  it('shows the states listed in `states`, in their order', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge states="ru kz"></member-states-badge>`);
    expect(parts(el, 'state').map((state) => state.dataset.code)).to.deep.equal(['RU', 'KZ']);
    expect(stateOf(el, 'RU').getAttribute('aria-label')).to.equal('Russian Federation');
  });

  it('shows codes in the `codes` variant', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge variant="codes" states="KZ KG"></member-states-badge>`,
    );
    expect(parts(el, 'code').map((code) => code.textContent)).to.deep.equal(['KZ', 'KG']);
    expect(part(el, 'flag')).to.be.null;
  });

  const counts: [lang: string, states: string | undefined, text: string][] = [
    ['en', undefined, '6 member states'],
    ['en', 'RU', '1 member state'],
    ['ru', undefined, '6 государств-членов'],
    ['ru', 'RU KZ', '2 государства-члена'],
    ['ru', 'RU', '1 государство-член'],
  ];
  for (const [lang, states, text] of counts) {
    it(`counts ${states ?? 'every state'} in ${lang} as "${text}"`, async () => {
      const el = await fixture<MemberStatesBadge>(
        html`<member-states-badge variant="count" lang=${lang} states=${states ?? ''}></member-states-badge>`,
      );
      // Russian is loaded on first use: the light-DOM fallback shows until it is here.
      await waitUntil(() => part(el, 'count'), 'the count in its language', { timeout: 4000 });
      expect(part(el, 'count')!.textContent!.trim()).to.equal(text);
    });
  }

  it('shows the full name in a tooltip on hover, placed by the state, and hides it when the pointer leaves', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    const state = stateOf(el, 'KG');
    const tooltip = tooltipOf(el, state);
    expect(tooltip.getAttribute('role')).to.equal('tooltip');
    expect(isShown(tooltip)).to.be.false;

    state.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(isShown(tooltip)).to.be.true;
    expect(tooltip.textContent!.trim()).to.equal('Kyrgyz Republic');
    await waitUntil(() => tooltip.style.top !== '', 'the tooltip was not positioned');
    // Placed above the state (or below when there is no room), horizontally over it.
    const anchorBox = state.getBoundingClientRect();
    const tipBox = tooltip.getBoundingClientRect();
    expect(tipBox.bottom <= anchorBox.top || tipBox.top >= anchorBox.bottom).to.be.true;
    expect(tipBox.left < anchorBox.right && tipBox.right > anchorBox.left).to.be.true;

    state.dispatchEvent(new MouseEvent('mouseleave'));
    await waitUntil(() => !isShown(tooltip), 'the tooltip stayed after the pointer left');
  });

  it('shows the tooltip on keyboard focus, moves it with Tab, and Escape dismisses it', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge lang="ru" states="AM BY"></member-states-badge>`,
    );
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.code).to.equal('AM');
    await el.updateComplete;
    expect(shownTooltips(el).map((tip) => tip.textContent!.trim())).to.deep.equal(['Армения']);

    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shownTooltips(el).map((tip) => tip.textContent!.trim())).to.deep.equal(['Беларусь']);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shownTooltips(el)).to.be.empty;
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.code).to.equal('BY');
  });

  it('names the states it knows by the built-in names, whatever the endpoint calls them', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge src=${`/api/feed/tags.json?${unique()}`} states="KZ"></member-states-badge>`,
    );
    await loaded(el);
    // The endpoint says "Republic of Kazakhstan": one name per state on a page (member-state-names.test.ts).
    expect(stateOf(el, 'KZ').getAttribute('aria-label')).to.equal('Kazakhstan');

    const partial: MemberState[] = [{ code: 'KZ', name: { en: 'Kazakhstan (endpoint)' }, status: 'member' }];
    el.memberStates = partial;
    el.states = 'KZ TJ';
    await el.updateComplete;
    expect(stateOf(el, 'KZ').getAttribute('aria-label')).to.equal('Kazakhstan');
    expect(stateOf(el, 'TJ').getAttribute('aria-label')).to.equal('Tajikistan');
  });

  it('sends csto-load when the endpoint answers', async () => {
    const el = document.createElement('member-states-badge');
    el.src = `/api/feed/native.json?${unique()}`;
    const loadedEvent = oneEvent(el, 'csto-load');
    document.body.append(el);
    try {
      const { detail } = await loadedEvent;
      expect(detail.releases).to.have.length(4);
    } finally {
      el.remove();
    }
  });

  it('shows a flag URL from the data as a decorative image instead of the built-in flag', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge states="BY"></member-states-badge>`);
    el.memberStates = [
      { code: 'BY', name: { en: 'Belarus' }, status: 'member', flag: `${location.origin}/flags/by.svg` },
    ];
    await el.updateComplete;
    const flag = stateOf(el, 'BY').querySelector('[part~="flag"]')!;
    expect(flag.localName).to.equal('img');
    expect(flag.getAttribute('alt')).to.equal('');
  });

  it('marks suspended and observer states, and says so in their tooltips', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    el.memberStates = [
      { code: 'AM', name: { en: 'Armenia' }, status: 'suspended' },
      { code: 'RU', name: { en: 'Russian Federation' }, status: 'member' },
      { code: 'RS', name: { en: 'Serbia' }, status: 'observer' },
    ];
    await el.updateComplete;
    // Observers are no member states, so only a `states` list shows them.
    expect(parts(el, 'state').map((state) => state.dataset.code)).to.deep.equal(['AM', 'RU']);
    const armenia = stateOf(el, 'AM');
    expect(armenia.getAttribute('part')).to.equal('state state-suspended');
    expect(armenia.querySelector('[part~="mark"]')).to.exist;
    expect(getComputedStyle(armenia).outlineStyle).to.equal('dashed');
    expect(armenia.getAttribute('aria-label')).to.equal('Armenia (Membership suspended)');
    expect(tooltipOf(el, armenia).textContent).to.contain('Membership suspended');
    expect(getComputedStyle(stateOf(el, 'RU')).outlineStyle).to.equal('none');

    el.states = 'RS';
    await el.updateComplete;
    expect(stateOf(el, 'RS').getAttribute('part')).to.equal('state state-observer');
    expect(tooltipOf(el, stateOf(el, 'RS')).textContent).to.contain('Observer');
  });

  it('lists the states in the tooltip of the count', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge variant="count" states="KZ RU"></member-states-badge>`,
    );
    const count = part(el, 'count')!;
    count.focus();
    await el.updateComplete;
    const tooltip = tooltipOf(el, count);
    expect(isShown(tooltip)).to.be.true;
    expect(tooltip.textContent).to.equal('Kazakhstan, Russian Federation');
  });

  it('shows an error with a retry button when the endpoint fails, and the states after a retry', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge src=${`/api/feed/native.json?fail=1&${unique()}`}
        ><a href="/states">States</a></member-states-badge
      >`,
    );
    await loaded(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('HTTP 503');
    part(el, 'retry')!.click();
    await loaded(el);
    await waitUntil(() => parts(el, 'state').length === 6, 'no states after the retry', { timeout: 5000 });
  });

  it('shows the error state for an endpoint that answers 500', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge src=${`/api/feed/native.json?status=500&${unique()}`}></member-states-badge>`,
    );
    await loaded(el);
    expect(part(el, 'error')!.textContent).to.contain('HTTP 500');
  });

  it('has no axe violations, with a tooltip open', async () => {
    const el = await fixture<MemberStatesBadge>(html`<member-states-badge></member-states-badge>`);
    stateOf(el, 'KZ').focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
