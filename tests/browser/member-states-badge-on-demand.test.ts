/**
 * What `<member-states-badge>` loads on first use rather than with its first screen, and that a
 * reader never sees the difference: the names of a language other than English come with that
 * language's catalogue. A file of its own: a page that has loaded none of these yet (each test
 * file runs in a page of its own).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import { isCatalogueSettled } from '../../src/i18n/index.js';
import { until } from './support/endpoint.js';

const ENGLISH_NAMES = ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyz Republic', 'Russian Federation', 'Tajikistan'];
const RUSSIAN_NAMES = [
  'Армения',
  'Беларусь',
  'Казахстан',
  'Кыргызская Республика',
  'Российская Федерация',
  'Таджикистан',
];

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
