import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { GRACE_MS } from '../../src/internal/missing-configuration.js';
import { recordWarnings } from './support/built-script.js';
import { feedUrl, until } from './support/endpoint.js';

/**
 * An element left with nothing to show for lack of configuration says so once in the console, with
 * what to set. The check runs GRACE_MS after the element connects; a quiet case waits for a timer
 * set later than the element's, which the browser never fires first.
 * The console says each thing once per page, so the quiet cases run first.
 */
const afterGrace = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, GRACE_MS + 1));

describe('an element with nothing to show for lack of configuration', () => {
  const warnings = recordWarnings();
  afterEach(() => resetConfig());

  describe('stays quiet when it has something to show', () => {
    it('an <event-card> with attributes, the `event` property, or `src`', async () => {
      await fixture(
        html`<div>
          <event-card name="Joint staff training" start="2024-09-03"></event-card>
          <event-card .event=${{ name: 'Consultations', start: '2024-09-03' }}></event-card>
          <event-card src=${feedUrl('native.json')}></event-card>
        </div>`,
      );
      await afterGrace();
      expect(warnings).to.deep.equal([]);
    });

    it('an <event-card> whose data a script sets a moment after adding it', async () => {
      const card = document.createElement('event-card') as EventCard;
      document.body.append(card);
      await new Promise((resolve) => setTimeout(resolve, 50));
      card.event = { name: 'Consultations', start: '2024-09-03' };
      try {
        await afterGrace();
        expect(warnings).to.deep.equal([]);
      } finally {
        card.remove();
      }
    });

    it('a <news-feed> with `src`, `releases`, or a page endpoint', async () => {
      configure({ endpoint: feedUrl('native.json') });
      await fixture(
        html`<div>
          <news-feed src=${feedUrl('native.json')}></news-feed>
          <news-feed .releases=${[]}></news-feed>
          <news-feed></news-feed>
        </div>`,
      );
      await afterGrace();
      expect(warnings).to.deep.equal([]);
    });

    it('a <news-feed> taken off the page at once', async () => {
      const feed = document.createElement('news-feed') as NewsFeed;
      document.body.append(feed);
      feed.remove();
      await afterGrace();
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('says once what to set', () => {
    it('an <event-card>', async () => {
      const page = await fixture(
        html`<div>
          <event-card></event-card>
          <event-card release-id="rock-2024-final-stage"></event-card>
        </div>`,
      );
      await until(() => warnings.length > 0, GRACE_MS + 4000, 'a warning');
      await afterGrace();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^csto-widgets: <event-card> has nothing to show\. Give it `src`/);
      expect(warnings[0]).to.contain('`release-id`').and.contain('data-endpoint').and.contain('`event`');
      // Still nothing but its own (empty) slot: no error state for a reader to puzzle over.
      const card = page.querySelector<EventCard>('event-card')!;
      expect(card.shadowRoot!.querySelector('[part]')).to.equal(null);
    });

    it('a <news-feed>', async () => {
      await fixture(html`<div><news-feed></news-feed><news-feed></news-feed></div>`);
      await until(() => warnings.some((warning) => warning.includes('<news-feed>')), GRACE_MS + 4000, 'a warning');
      await afterGrace();
      const feedWarnings = warnings.filter((warning) => warning.includes('<news-feed>'));
      expect(feedWarnings).to.deep.equal([
        'csto-widgets: <news-feed> has nothing to show. Give it `src`, the `releases` property, or a page endpoint ' +
          '(`data-endpoint` on the script tag, or `CstoWidgets.configure({ endpoint })`).',
      ]);
    });
  });
});
