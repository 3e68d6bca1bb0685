import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import '../../src/components/member-states-badge/define.js';

/**
 * A host page whose global CSS hides or flattens every common tag does not break the elements
 * (their shadow DOM is out of its reach), while the host's language, font and colour, which the
 * contract says they follow, still arrive.
 */

const HOSTILE_CSS = `
  *:not(html, body, .host, news-feed, member-states-badge, event-card) { display: none !important; }
  article, button, time, p, a, img, ul, li, div, span, h1, h2, h3, h4, h5, h6, svg, section {
    all: unset !important; display: none !important; visibility: hidden !important;
  }
  news-feed *, member-states-badge *, event-card * { display: none !important; }
`;

let releases: unknown;

const mounted: HTMLElement[] = [];

/** Mounts `tag` in a `<main class="host">` straight under `<body>` (a fixture's own `<div>` would be hidden too). */
async function hostile<T extends HTMLElement>(tag: string, lang?: string): Promise<T> {
  const host = document.createElement('main');
  host.className = 'host';
  host.style.fontFamily = "'Courier New', monospace";
  host.style.color = 'rgb(1, 2, 3)';
  const element = document.createElement(tag) as T & { updateComplete: Promise<unknown> };
  if (lang) element.lang = lang;
  host.append(element);
  document.body.append(host);
  mounted.push(host);
  await element.updateComplete;
  return element;
}

const visibleHeight = (element: Element | null | undefined): number => element?.getBoundingClientRect().height ?? 0;

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  before(async () => {
    releases = await (await fetch('/tests/fixtures/native.json')).json();
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(() => mounted.splice(0).forEach((host) => host.remove()));

  it('<news-feed>: every release, title, date and toggle stays visible', async () => {
    const feed = await hostile<HTMLElement & { releases: unknown; updateComplete: Promise<unknown> }>(
      'news-feed',
      'en',
    );
    feed.releases = releases;
    await feed.updateComplete;
    const root = feed.shadowRoot!;
    const articles = [...root.querySelectorAll('article[part~="item"]')];
    expect(articles).to.have.length(4);
    for (const article of articles) {
      expect(visibleHeight(article)).to.be.greaterThan(0);
      expect(visibleHeight(article.querySelector('[part~="title"]'))).to.be.greaterThan(0);
      expect(visibleHeight(article.querySelector('[part~="date"]'))).to.be.greaterThan(0);
    }
    expect(visibleHeight(root.querySelector('[part~="toggle"]'))).to.be.greaterThan(0);
  });

  it('<member-states-badge>: every state stays visible', async () => {
    const badge = await hostile<HTMLElement & { updateComplete: Promise<unknown> }>('member-states-badge');
    await badge.updateComplete;
    const states = [...badge.shadowRoot!.querySelectorAll('[part~="state"]')];
    expect(states).to.have.length(6);
    for (const state of states) expect(visibleHeight(state)).to.be.greaterThan(0);
  });

  it('follows the host’s font and colour', async () => {
    const feed = await hostile<HTMLElement & { releases: unknown; updateComplete: Promise<unknown> }>(
      'news-feed',
      'en',
    );
    feed.releases = releases;
    await feed.updateComplete;
    const title = getComputedStyle(feed.shadowRoot!.querySelector('span[part~="title"], a[part~="title"]')!);
    const summary = getComputedStyle(feed.shadowRoot!.querySelector('[part~="summary"]')!);
    expect(title.fontFamily).to.equal('"Courier New", monospace');
    expect(summary.fontFamily).to.equal('"Courier New", monospace');
    expect(summary.color).to.equal('rgb(1, 2, 3)');
  });

  it('follows the host page’s `lang="ru"`', async () => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'ru';
    try {
      const feed = await hostile<HTMLElement & { releases: unknown; updateComplete: Promise<unknown> }>('news-feed');
      feed.releases = releases;
      // Russian is loaded on first use: the releases show once it is here.
      await waitUntil(() => feed.shadowRoot!.querySelector('[part~="date"]'), 'the Russian feed', { timeout: 4000 });
      const date = feed.shadowRoot!.querySelector('[part~="date"]')!.textContent!;
      expect(date).to.match(/сентября/);
      expect(feed.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.match(/[а-я]/i);
    } finally {
      document.documentElement.lang = previous;
    }
  });
});
