import { describe, expect, it } from 'vitest';
import { findElements } from '../../../src/ssr/find-elements.js';

/** Finding our elements in a page as a browser's parser reads it, and where they are in its text. */

const attributesOf = (html: string): Record<string, string>[] =>
  findElements(html).map((element) => Object.fromEntries(element.attributes));

describe('findElements', () => {
  it.each([
    [
      'entities decoded',
      '<news-feed src="/api?a=1&amp;b=2" tag="r&eacute;gion"></news-feed>',
      { src: '/api?a=1&b=2', tag: 'région' },
    ],
    [
      'names in any case',
      '<News-Feed SRC="/a.json" Member-State="KZ"></News-Feed>',
      { src: '/a.json', 'member-state': 'KZ' },
    ],
    [
      'boolean attributes',
      '<news-feed src=/a.json controls expand=""></news-feed>',
      { src: '/a.json', controls: '', expand: '' },
    ],
    [
      'unquoted and single-quoted values',
      "<event-card src=/a.json release-id='x y'></event-card>",
      { src: '/a.json', 'release-id': 'x y' },
    ],
    [
      'the first of a repeated name',
      '<news-feed src="/first.json" src="/second.json"></news-feed>',
      { src: '/first.json' },
    ],
    ['a value across lines', '<member-states-badge states="AM\n  KZ"></member-states-badge>', { states: 'AM\n  KZ' }],
  ])('reads attributes as the browser does: %s', (_, html, expected) => {
    expect(attributesOf(html)).toEqual([expected]);
  });

  it('finds only elements: not in comments, scripts, attribute values, textareas or template contents', () => {
    const html = `<!-- <news-feed src="/comment.json"></news-feed> -->
      <script>const tag = '<news-feed src="/script.json">';</script>
      <textarea><news-feed src="/textarea.json"></news-feed></textarea>
      <p title="<news-feed src='/attribute.json'>">x</p>
      <template><news-feed src="/template.json"></news-feed></template>
      <news-feed src="/real.json"></news-feed>`;
    expect(attributesOf(html)).toEqual([{ src: '/real.json' }]);
  });

  it('finds all three tags, nested ones too, in document order', () => {
    const html = `<news-feed src="/a.json"><event-card name="x" start="2024-09-03"></event-card></news-feed>
      <member-states-badge></member-states-badge>`;
    expect(findElements(html).map((element) => element.tag)).toEqual([
      'news-feed',
      'event-card',
      'member-states-badge',
    ]);
  });

  it('gives where the content starts, the start tag as written and its line, also with CRLF and astral characters', () => {
    const html = '<p>😀</p>\r\n<div>\r\n  <news-feed\r\n    src="/a.json">fallback</news-feed></div>';
    const [element] = findElements(html);
    expect(element!.startTag).toBe('<news-feed\r\n    src="/a.json">');
    expect(html.slice(element!.contentStart)).toBe('fallback</news-feed></div>');
    expect(element!.line).toBe(3);
  });

  it('finds elements without an end tag (a self-closing slash is ignored) and in a fragment', () => {
    const html = '<news-feed src="/a.json" /><p>after</p>';
    const [element] = findElements(html);
    expect(element!.startTag).toBe('<news-feed src="/a.json" />');
    expect(element!.contentStart).toBe(element!.startTag.length);
  });

  it("gives the nearest ancestor's language the elements speak", () => {
    const html = `<html lang="ru"><body>
      <news-feed id="a"></news-feed>
      <div lang="fr"><news-feed id="b"></news-feed></div>
      <div lang="KK-Cyrl"><news-feed id="c" lang="en"></news-feed></div>
    </body></html>`;
    expect(findElements(html).map((element) => element.inheritedLang)).toEqual(['ru', 'ru', 'kk']);
    expect(findElements('<news-feed></news-feed>')[0]!.inheritedLang).toBeUndefined();
  });

  it('finds what an earlier render left (the shadow-root template and the state), and nothing else', () => {
    const html =
      '<news-feed src="/a.json"><template shadowrootmode="open"><p>old</p></template>\n' +
      '<script type="application/json" data-csto-state>{}</script><a href="/news">News</a></news-feed>' +
      '<news-feed src="/b.json"><template><p>a page template, not a shadow root</p></template></news-feed>' +
      '<news-feed src="/c.json"><a href="/">x</a><template shadowrootmode="open"></template></news-feed>';
    const [rendered, plain, late] = findElements(html);
    expect(rendered!.earlierRender.map(({ start, end }) => html.slice(start, end))).toEqual([
      '<template shadowrootmode="open"><p>old</p></template>',
      '<script type="application/json" data-csto-state>{}</script>',
    ]);
    expect(plain!.earlierRender).toEqual([]);
    expect(late!.earlierRender).toEqual([]);
  });
});
