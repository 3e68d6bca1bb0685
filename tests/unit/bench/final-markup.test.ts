import { describe, expect, it } from 'vitest';
import { assertRawTextSafe, stripLitMarkers } from '../../../bench/final-markup.mjs';

describe('stripLitMarkers', () => {
  it("removes Lit's part markers and empty comments", () => {
    const rendered =
      '<!--?lit$804136795$--><div part="list" role="feed"><!----><article part="item">' +
      '<a part="title" href="/r/1"><!--?lit$804136795$-->First</a><!----></article><!--?--></div>';
    expect(stripLitMarkers(rendered)).toBe(
      '<div part="list" role="feed"><article part="item"><a part="title" href="/r/1">First</a></article></div>',
    );
  });

  it('keeps other comments and escaped text', () => {
    const html = '<!-- kept --><p>&lt;!----&gt; is text</p>';
    expect(stripLitMarkers(html)).toBe(html);
  });
});

describe('assertRawTextSafe', () => {
  it('passes markup that a raw-text element carries unchanged', () => {
    const markup = '<style>:host{display:block}</style><p part="summary">a &lt;/script&gt; b</p>';
    expect(assertRawTextSafe(markup)).toBe(markup);
  });

  it.each([['<p></script></p>'], ['<p></SCRIPT ></p>'], ['<!-- x --><p></p>']])('refuses %s', (markup) => {
    expect(() => assertRawTextSafe(markup)).toThrow(/cannot be carried raw/);
  });
});
