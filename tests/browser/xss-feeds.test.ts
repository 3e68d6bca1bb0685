import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import type { CstoErrorDetail, CstoLoadDetail } from '../../src/events.js';
import { until } from './support/endpoint.js';
import { ATOM_FIELDS, RSS_FIELDS } from '../server/xss-feed-fields.mjs';
import { armXssTrap, dangersIn, settle } from './support/xss-checks.js';

/**
 * The XSS corpus (tests/fixtures/xss) through every field of RSS 2.0 and Atom 1.0, served by the
 * test endpoint (tests/server/xss-feeds.mjs) one field at a time, each vector in its own item:
 * nothing runs, and no dangerous element, attribute or URL survives in the rendered feed.
 */

// DOMPurify's 223 and ours: every item of a feed whose hostile field is not its title renders.
const VECTORS = 223 + 100;

describe('XSS corpus through every RSS and Atom field', function () {
  this.timeout(60_000);
  const trap = armXssTrap();
  let combinations = 0;

  afterEach(() => {
    expect(trap.calls, 'the trap fired').to.deep.equal([]);
    expect(trap.violations, 'CSP violations').to.deep.equal([]);
  });

  after(() => {
    expect(combinations).to.be.at.least(VECTORS * (RSS_FIELDS.length + ATOM_FIELDS.length) * 0.5);
  });

  for (const [format, fields] of [
    ['rss', RSS_FIELDS],
    ['atom', ATOM_FIELDS],
  ] as const) {
    for (const field of fields) {
      it(`${format} ${field}: nothing runs, nothing dangerous is rendered`, async () => {
        let loaded: CstoLoadDetail | undefined;
        let failed: CstoErrorDetail | undefined;
        const feed = await fixture<HTMLElement>(
          html`<news-feed
            expand
            limit="100000"
            src=${`/api/xss.${format}?field=${field}`}
            @csto-load=${(event: CustomEvent<CstoLoadDetail>) => (loaded = event.detail)}
            @csto-error=${(event: CustomEvent<CstoErrorDetail>) => (failed = event.detail)}
          ></news-feed>`,
        );
        await until(() => Boolean(loaded || failed), 20_000, `the ${format} ${field} feed`);
        expect(failed?.message, 'the feed is well-formed and read').to.equal(undefined);
        await settle([feed]);
        const rendered = feed.shadowRoot!.querySelectorAll('article[part~="item"]').length;
        // A hostile title that reads as empty text leaves its item without a title: skipped, counted.
        if (!field.startsWith('title') && field !== 'link' && field !== 'guid')
          expect(rendered).to.equal(loaded!.releases.length + loaded!.skipped);
        expect(rendered, 'releases rendered').to.be.greaterThan(VECTORS / 2);
        expect(dangersIn(feed.parentElement!)).to.deep.equal([]);
        combinations += rendered;
      });
    }
  }
});
