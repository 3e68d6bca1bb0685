import { describe, expect, it } from 'vitest';
import { readBody, readText } from '../../../src/data/normalise.js';

describe('readText', () => {
  // Each case needs one kind of cleaning: a text that needs none is kept as it came, unscanned twice.
  it.each([
    ['plain text, kept as it is', 'Joint staff meeting in Minsk', 'Joint staff meeting in Minsk'],
    ['an entity', 'Q&amp;A with the press service', 'Q&A with the press service'],
    ['a bare ampersand', 'Rock & roll', 'Rock & roll'],
    ['a stray tag fragment', 'The secretary said: p> more', 'The secretary said: more'],
    ['a tab', 'Joint\tstaff', 'Joint staff'],
    ['a line break', 'Joint\nstaff', 'Joint staff'],
    ['a no-break space', 'Joint\u00a0staff', 'Joint staff'],
    ['a line separator', 'Joint\u2028staff', 'Joint staff'],
    ['two spaces', 'Joint  staff', 'Joint staff'],
    ['a leading space', ' Joint staff', 'Joint staff'],
    ['a trailing space', 'Joint staff ', 'Joint staff'],
    ['only spaces', '   ', undefined],
  ])('cleans %s', (_, input, expected) => {
    expect(readText(input)).toEqual(expected === undefined ? undefined : { und: expected });
  });

  it.each([
    ['a number', 2024, { und: '2024' }],
    ['a language map by primary tag', { 'EN-gb': 'Title', ru_RU: 'Заголовок' }, { en: 'Title', ru: 'Заголовок' }],
    ['a map without empty or non-string texts', { en: 'Title', ru: ' ', kk: 5 }, { en: 'Title' }],
    ['a map with no text at all', { en: '', ru: null }, undefined],
    ['a key with no primary tag', { '-x': 'Title' }, { und: 'Title' }],
    ['neither string nor map', ['Title'], undefined],
  ])('reads %s', (_, input, expected) => {
    expect(readText(input)).toEqual(expected);
  });

  it('makes HTML text when asked to', () => {
    expect(readText({ en: '<b>Bold</b> &amp; <i>brave</i>' }, 'html-as-text')).toEqual({ en: 'Bold & brave' });
  });
});

describe('readBody', () => {
  it('keeps a body as it came, and leaves out languages with only whitespace', () => {
    expect(readBody({ en: '  <p>Text</p>\n', ru: ' \n\t', kk: '\u00a0' })).toEqual({ en: '  <p>Text</p>\n' });
    expect(readBody('\u3000')).toBeUndefined();
  });
});
