import { expect, waitUntil } from '@open-wc/testing';
import { hoverState, itemsOf, openPage, recordPageErrors, recordWarnings } from './support/built-script.js';
import { requestCount } from './support/endpoint.js';

/**
 * `dist/csto-widgets.js` copied alone, without `csto-widgets-parts/` beside it (the test server
 * serves it at /api/alone/, where the parts answer 404): what is loaded on first use is missing,
 * and every element must still show its releases, in English where its language is missing,
 * with a body as plain text and a tooltip placed without Floating UI. One warning per part.
 */
const ALONE = '/api/alone/csto-widgets.js';
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('script tag copied without its parts', () => {
  const pageErrors = recordPageErrors();
  const warnings = recordWarnings();
  openPage(
    `<news-feed id="tajik" lang="tg" expand src="${ENDPOINT}"></news-feed>
     <member-states-badge id="badge" states="KZ RU"></member-states-badge>`,
    ALONE,
  );

  it('shows every release, in English for a missing language, bodies as plain text', async () => {
    const feed = document.querySelector('#tajik')!;
    const body = (): Element | null | undefined => itemsOf(feed)[0]?.querySelector('[part~="body"]');
    await waitUntil(() => itemsOf(feed).length === 4 && body()?.textContent?.trim(), 'the feed shows its bodies');
    expect(itemsOf(feed)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('September');
    // The text of the body (Tajik readers get the Russian text), with no markup from the endpoint:
    // nothing unsanitised reaches the page.
    expect(body()!.textContent).to.contain('Генеральный секретарь ОДКБ Имангали Тасмагамбетов принял участие');
    expect(body()!.querySelector('strong')).to.equal(null);
    expect(body()!.getAttribute('aria-busy')).to.equal(null);
    expect(
      await requestCount('/api/alone/csto-widgets-parts/messages-tg.js?v=' + window.CstoWidgets!.version),
    ).to.equal(1);
  });

  it('places a tooltip by its anchor without the positioning part', async () => {
    const badge = document.querySelector('#badge')!;
    const tooltip = await hoverState(badge, 'KZ');
    expect(tooltip.style.opacity).to.equal('');
    const anchorBox = badge.shadowRoot!.querySelector('[part~="state"][data-code="KZ"]')!.getBoundingClientRect();
    const tipBox = tooltip.getBoundingClientRect();
    expect(tipBox.bottom).to.be.closeTo(anchorBox.top - 6, 1);
    expect(tipBox.left).to.be.closeTo(anchorBox.left, 1);
  });

  it('warns once per missing part and throws nothing', () => {
    const ours = warnings.filter((message) => message.startsWith('csto-widgets:'));
    expect(ours.filter((m) => m.includes('"tg" catalogue could not be loaded'))).to.have.length(1);
    expect(ours.filter((m) => m.includes('sanitiser part could not be loaded'))).to.have.length(1);
    expect(ours.filter((m) => m.includes('positioning part could not be loaded'))).to.have.length(1);
    expect(pageErrors).to.deep.equal([]);
  });
});
