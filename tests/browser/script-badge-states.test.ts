import { expect, waitUntil } from '@open-wc/testing';
import { loadScript, partFiles, partUrlsFetched, recordPageErrors } from './support/built-script.js';

/**
 * The script tag's badge with `memberStates` handed over: the badge's part has no normaliser, so
 * the first such list loads it from beside the script (with the data layer a feed or a card
 * loads anyway), and the badge shows the handed-over states with nothing else between.
 */
const fileOf = (url: string): string => url.replace(/^.*\//, '');

describe('script tag: a badge handed its member states', () => {
  const pageErrors = recordPageErrors();
  let parts: Awaited<ReturnType<typeof partFiles>>;

  before(async () => {
    parts = await partFiles();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<member-states-badge id="handed" states="KZ RS"></member-states-badge>',
    );
    await loadScript('/dist/csto-widgets.js');
  });

  it('shows the built-in list without the normaliser, then the handed-over states with it', async () => {
    const badge = document.querySelector<HTMLElement & { memberStates?: unknown }>('#handed')!;
    const labels = (): string[] =>
      [...(badge.shadowRoot?.querySelectorAll('[part~="state"]') ?? [])].map((state) =>
        state.getAttribute('aria-label')!,
      );
    await waitUntil(() => labels().length === 2, 'the badge shows its two states', { timeout: 8000 });
    expect(labels()).to.deep.equal(['Kazakhstan', 'RS']);
    const badgeFiles = new Set([...parts['member-states-badge'], ...parts['member-states-badge-first-screen']]);
    const onlyOthers = (): string[] =>
      partUrlsFetched()
        .map(fileOf)
        .filter((file) => !badgeFiles.has(file));
    expect(onlyOthers(), 'files beyond the badge part').to.deep.equal([]);

    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(labels().join(', ')));
    observer.observe(badge.shadowRoot!, { childList: true, subtree: true, attributes: true });
    badge.memberStates = [{ code: 'RS', name: { en: 'Serbia' }, status: 'observer' }];
    await waitUntil(() => labels().includes('Serbia (Observer)'), 'the handed-over states show', { timeout: 8000 });
    observer.disconnect();
    expect(labels()).to.deep.equal(['Kazakhstan', 'Serbia (Observer)']);
    expect(shown.filter((text) => text !== 'Kazakhstan, Serbia (Observer)')).to.deep.equal([]);
    expect(onlyOthers().length, 'the reader, loaded from beside the script').to.be.greaterThan(0);
    expect(pageErrors).to.deep.equal([]);
  });
});
