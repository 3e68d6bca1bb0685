import { expect, waitUntil } from '@open-wc/testing';
import type { CstoErrorDetail } from '../../src/events.js';
import { openPage, recordPageErrors, recordWarnings } from './support/built-script.js';
import { requestCount } from './support/endpoint.js';

/**
 * `dist/csto-widgets.js` copied alone, without `csto-widgets-parts/` beside it (the test server
 * serves it at /api/alone/, where the parts answer 404): the loader finds no element code. Each
 * element keeps its light-DOM fallback and hears a `csto-error`; the console says once how to fix
 * the copy; the page sees nothing thrown.
 */
const ALONE = '/api/alone/csto-widgets.js';
const ENDPOINT = `/api/feed/native.json?t=${Math.random().toString(36).slice(2)}`;

describe('script tag copied without its parts', () => {
  const pageErrors = recordPageErrors();
  const warnings = recordWarnings();
  const errors: { id: string; detail: CstoErrorDetail }[] = [];
  before(() =>
    document.addEventListener('csto-error', (event) =>
      errors.push({ id: (event.target as Element).id, detail: event.detail }),
    ),
  );
  openPage(
    `<news-feed id="feed" src="${ENDPOINT}"><a href="/newsroom">Newsroom</a></news-feed>
     <news-feed id="second" src="${ENDPOINT}"></news-feed>
     <member-states-badge id="badge" states="KZ RU">Kazakhstan, Russia</member-states-badge>`,
    ALONE,
  );

  it('sends csto-error to each element whose code is missing, naming the fix', async () => {
    await waitUntil(() => errors.length === 3, 'three csto-error events');
    expect(errors.map((error) => error.id).sort()).to.deep.equal(['badge', 'feed', 'second']);
    for (const { detail } of errors) {
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.contain('csto-widgets-parts/').and.contain('csto-widgets.standalone.js');
    }
  });

  it('keeps the light-DOM fallback on show, defines nothing, and asks for no feed', async () => {
    expect(customElements.get('news-feed')).to.equal(undefined);
    expect(customElements.get('member-states-badge')).to.equal(undefined);
    const link = document.querySelector<HTMLElement>('#feed a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(document.querySelector<HTMLElement>('#badge')!.innerText).to.equal('Kazakhstan, Russia');
    // The boxes their styles would give them, so that their code arriving would shift nothing.
    expect(getComputedStyle(document.querySelector('#feed')!).display).to.equal('block');
    expect(getComputedStyle(document.querySelector('#badge')!).display).to.equal('inline-block');
    // The early request for the feed may have gone out; it is one at most, never one per element.
    expect(await requestCount(ENDPOINT)).to.be.at.most(1);
  });

  it('warns once per kind of element, and throws nothing', () => {
    const ours = warnings.filter((message) => message.startsWith('csto-widgets:'));
    expect(ours.filter((m) => m.includes('<news-feed> could not be loaded'))).to.have.length(1);
    expect(ours.filter((m) => m.includes('<member-states-badge> could not be loaded'))).to.have.length(1);
    expect(ours).to.have.length(2);
    expect(pageErrors).to.deep.equal([]);
  });
});
