import './quiet-lit.js';
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readServerState, renderElements } from '../../../src/ssr/index.js';
import { armTrap, xssMemberState, xssRelease } from '../../security/xss-release.js';
import { ATOM_FIELDS, RSS_FIELDS } from '../../server/xss-feed-fields.mjs';
import { xssFeed } from '../../server/xss-feeds.mjs';
import { allElements, attr } from './rendered-page.js';

/**
 * The XSS corpus (DOMPurify's vectors and our own) through a server render: in every field of a
 * native feed, and one RSS or Atom field at a time. The output must hold no markup that could run:
 * no event handler, no script but the JSON state, no active element, no URL but http(s) and
 * fragments, and the state must read back.
 */

const vectors = [
  ...(JSON.parse(readFileSync('tests/fixtures/xss/dompurify-vectors.json', 'utf8')) as { payload: string }[]),
  ...(JSON.parse(readFileSync('tests/fixtures/xss/own-vectors.json', 'utf8')) as { vectors: { payload: string }[] })
    .vectors,
].map(({ payload }) => armTrap(payload));

const ACTIVE = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'data']);
const SAFE_URL = /^(?:https?:\/\/|#|$)/i;

/** What in a rendered page could run, one line each; empty when nothing. */
function dangersIn(html: string): string[] {
  const dangers: string[] = [];
  for (const element of allElements(parse(html))) {
    const name = element.tagName;
    if (ACTIVE.has(name)) dangers.push(`<${name}>`);
    if (name === 'script') {
      const isState = attr(element, 'type') === 'application/json' && attr(element, 'data-csto-state') !== undefined;
      if (!isState) dangers.push(`<script> ${JSON.stringify(element.attrs)}`);
      else {
        const text = element.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
        if (!readServerState(text)) dangers.push('a state that does not read back');
      }
    }
    for (const { name: attribute, prefix, value } of element.attrs) {
      const full = prefix ? `${prefix}:${attribute}` : attribute;
      if (/^on/i.test(attribute)) dangers.push(`<${name} ${full}>`);
      if (URL_ATTRIBUTES.has(full) && !SAFE_URL.test(value.trim())) dangers.push(`<${name} ${full}="${value}">`);
      if (attribute === 'style' && /url\(|expression/i.test(value)) dangers.push(`<${name} style="${value}">`);
    }
  }
  return dangers;
}

const PAGE = (src: string): string => `<news-feed src="${src}" limit="1000" expand controls></news-feed>
<event-card src="${src}" release-id="xss-3"></event-card>
<member-states-badge src="${src}"></member-states-badge>`;

const serving =
  (body: string, type: string): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { headers: { 'content-type': type } }));

describe('renderElements with hostile feeds', () => {
  it('renders a native feed with a vector in every field without executable markup', async () => {
    const feed = {
      releases: vectors.map((payload, index) => xssRelease(payload, index)),
      memberStates: vectors.map((payload, index) => xssMemberState(payload, index)),
    };
    const { html, problems } = await renderElements(PAGE('https://press.example/xss.json'), {
      fetch: serving(JSON.stringify(feed), 'application/json'),
    });
    expect(problems).toEqual([]);
    expect(html).toContain('shadowrootmode');
    expect(dangersIn(html)).toEqual([]);
  }, 60_000);

  it.each([...RSS_FIELDS.map((field) => ['rss', field]), ...ATOM_FIELDS.map((field) => ['atom', field])])(
    'renders an %s feed hostile in %s without executable markup',
    async (format, field) => {
      const body = (await xssFeed(format, field)) as string;
      const { html, problems } = await renderElements(PAGE(`https://press.example/xss.${format}`), {
        fetch: serving(body, `application/${format}+xml`),
      });
      // A field the reader refuses everywhere may leave the event card with nothing to show: not a danger.
      expect(problems.filter((problem) => problem.kind !== 'format')).toEqual([]);
      expect(dangersIn(html)).toEqual([]);
    },
    30_000,
  );

  it('finds the dangers it looks for (the check itself can fail)', () => {
    expect(
      dangersIn(
        '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>1</script><iframe></iframe>' +
          '<template shadowrootmode="open"><svg><a xlink:href="javascript:1"></a></svg></template>',
      ),
    ).toEqual([
      '<img src="x">',
      '<img onerror>',
      '<a href="javascript:alert(1)">',
      '<script> []',
      '<iframe>',
      '<a xlink:href="javascript:1">',
    ]);
  });
});
