import { describe, expect, it } from 'vitest';
import {
  bodyHtml,
  decodeEntities,
  htmlToText,
  looksLikeHtml,
  removeStrayTags,
  textToHtml,
} from '../../../src/data/clean-text.js';

describe('decodeEntities', () => {
  it.each([
    ['&#8220;Rock-2024&#8221;', '“Rock-2024”'],
    ['Search &amp; Echelon', 'Search & Echelon'],
    ['&laquo;Взаимодействие&raquo; &ndash; 2024', '«Взаимодействие» – 2024'],
    ['&#x41;&#X42;', 'AB'],
    ['&lt;script&gt;', '<script>'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#xD800; &#1114112;', '&#0; &#xD800; &#1114112;'],
    ['no entities', 'no entities'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('removeStrayTags', () => {
  it.each([
    [
      'In his greeting, the CSTO Secretary General, Yuri Khachaturov, said: p>',
      'In his greeting, the CSTO Secretary General, Yuri Khachaturov, said:',
    ],
    ['p>', ''],
    ['sovereignty. p>\nnext', 'sovereignty.\nnext'],
    ['a /div> b', 'a b'],
    ['x > y stays', 'x > y stays'],
    ['a->b stays', 'a->b stays'],
  ])('%j', (input, expected) => {
    expect(removeStrayTags(input).replace(/ +/g, ' ').replace(/ \n/g, '\n').trim()).toBe(expected);
  });
});

describe('textToHtml', () => {
  it('makes each line a paragraph, escapes markup and drops stray fragments', () => {
    expect(textToHtml('First line p>\n\n<b>Second</b> & more p>\np>')).toBe(
      '<p>First line</p><p>&lt;b&gt;Second&lt;/b&gt; &amp; more</p>',
    );
  });
});

describe('htmlToText', () => {
  it('keeps the text of markup, decoded and collapsed', () => {
    expect(htmlToText('<p>Cut the boards &amp; sanded them.</p>\n<ul><li>Oak</li></ul>')).toBe(
      'Cut the boards & sanded them. Oak',
    );
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<p>Hello</p>', true],
    ['Tom &amp; Jerry', true],
    ['said: p>', false],
    ['1 < 2 and 3 > 2', false],
  ])('%j → %s', (input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected);
  });
});

describe('bodyHtml', () => {
  it('keeps HTML as it came and makes plain text paragraphs', () => {
    expect(bodyHtml('<p>Already <b>HTML</b></p>')).toBe('<p>Already <b>HTML</b></p>');
    expect(bodyHtml('One p>\nTwo')).toBe('<p>One</p><p>Two</p>');
  });
});
