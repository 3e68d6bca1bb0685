import { expect, waitUntil } from '@open-wc/testing';
import { loadScript, recordPageErrors } from './support/built-script.js';

/**
 * A badge handed its `memberStates` before the script tag's loader has brought its code (a page
 * script that runs first, a framework that sets properties at once). Lit sets such a property only
 * at the element's first update, after the badge has looked for it; the badge must still load the
 * reader and show the states, with nothing else between.
 */
describe('script tag: a badge handed its member states before its code arrived', () => {
  const pageErrors = recordPageErrors();
  const shown: string[] = [];
  let badge: HTMLElement;

  const labels = (): string[] =>
    [...(badge.shadowRoot?.querySelectorAll('[part~="state"]') ?? [])].map((state) =>
      state.getAttribute('aria-label')!,
    );

  before(async () => {
    document.body.insertAdjacentHTML('beforeend', '<member-states-badge></member-states-badge>');
    badge = document.querySelector('member-states-badge')!;
    Object.assign(badge, { memberStates: [{ code: 'UZ', name: { en: 'Uzbekistan' } }] });
    await loadScript('/dist/csto-widgets.js');
    await customElements.whenDefined('member-states-badge');
    const observer = new MutationObserver(() => shown.push(labels().join(', ')));
    observer.observe(badge.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await waitUntil(() => labels().length > 0, 'the handed-over state shows', { timeout: 8000 });
    observer.disconnect();
  });

  it('shows the handed-over states once the reader is here, and never the built-in list', () => {
    expect(labels()).to.deep.equal(['Uzbekistan']);
    expect(shown.filter((text) => text && text !== 'Uzbekistan')).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});
