import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchText } from '../../../src/components/news-feed/feed-facets.js';
import {
  foldLine,
  foldWords,
  lineHasWordStartingWith,
  lineWords,
} from '../../../src/components/news-feed/fold-text.js';
import { SearchIndex } from '../../../src/components/news-feed/search-index.js';
import { readFeedReport, type DOMParserLike } from '../../../src/data/read-feed.js';
import type { Release } from '../../../src/data/release.js';

/**
 * A search finds the same releases whichever way it goes: through the index (releases idle time
 * indexed), by scanning folded text (releases not indexed yet), or half and half; and both find
 * what the plain definition says: every query word begins a word of the release's folded text.
 * Over feeds others wrote (German, Ukrainian, English, with markup and entities) and our own
 * Russian and English fixtures.
 */
const domParser = new DOMParser({ onError: () => {} }) as unknown as DOMParserLike;

const CORPORA = [
  'real-feeds/atom-heise-developer-de.atom',
  'real-feeds/rss-suspilne-ukrnet-uk-cyrillic.xml',
  'real-feeds/jsonfeed-1.1-3960-de.json',
  'real-feeds/jsonfeed-1.0-curtclifton-minified.json',
  'real-feeds/rss-macworld-relative-urls.rss',
  'real-feeds/wp-posts-worona-embedded.json',
  'search/fifty.json',
  'native.json',
];

async function releasesOf(file: string): Promise<readonly Release[]> {
  const bytes = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url));
  return (await readFeedReport(bytes, { base: 'https://feeds.example/', domParser })).feed.releases;
}

/** The definition: every word of the query begins a word of the release's folded text. */
function expected(releases: readonly Release[], lang: string, query: string): readonly Release[] {
  const terms = foldWords(query);
  if (!terms.length) return releases;
  return releases.filter((release) => {
    const words = foldWords(searchText(release, lang));
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

function searchWith(releases: readonly Release[], lang: string, indexed: number, queries: readonly string[]) {
  const index = new SearchIndex(lang, searchText);
  let slots = indexed;
  index.indexSome(releases, () => slots-- > 0);
  return queries.map((query) => index.search(releases, query));
}

describe.each(CORPORA)('searching %s', (file) => {
  it('finds the same by index, by scan and half and half, as the definition says', async () => {
    const releases = await releasesOf(file);
    const langs = [...new Set(releases.flatMap((release) => Object.keys(release.title)))];
    for (const lang of langs) {
      // Words of the releases themselves, whole, cut short and in pairs; and any text at all.
      const words = [...new Set(releases.flatMap((release) => foldWords(searchText(release, lang))))];
      const word = fc.constantFrom(...words);
      const query = fc.oneof(
        word,
        fc.tuple(word, fc.integer({ min: 1, max: 6 })).map(([w, length]) => w.slice(0, length)),
        fc.tuple(word, word).map(([a, b]) => `${a} ${b.slice(0, 3)}`),
        fc
          .tuple(word, fc.constantFrom('’', "'", '-', '«', 'Ё', 'É', '\u00ad'))
          .map(([w, mark]) => `${mark}${w.toUpperCase()}`),
        fc.string({ maxLength: 6 }),
      );
      fc.assert(
        fc.property(fc.array(query, { minLength: 1, maxLength: 4 }), (queries) => {
          const want = queries.map((q) => expected(releases, lang, q));
          for (const indexed of [0, Math.ceil(releases.length / 2), Infinity])
            expect(searchWith(releases, lang, indexed, queries)).toEqual(want);
        }),
        { numRuns: 40, seed: 16 },
      );
    }
  });
});

describe('lineHasWordStartingWith', () => {
  const definition = (line: string, term: string) => lineWords(line).some((word) => word.startsWith(term));

  it('finds a term where a word of the folded line begins, and nowhere else', () => {
    const lines = [
      'joint staff — «объединенного штаба» №5',
      foldLine('Қазақстан, Ўзбекистон; Aujourd’hui l’été à Genève'),
      foldLine('Straße O’Neil co\u00adoperation ա՛յո 𝐀𝐁c 20%off'),
    ];
    const terms = [
      'штаб',
      'таба',
      'объ',
      '5',
      'казак',
      'азак',
      'ўз',
      'уз',
      'aujourdhui',
      'ete',
      'te',
      'genev',
      'eve',
      'strasse',
      'oneil',
      'neil',
      'cooperation',
      'operation',
      'այո',
      'c',
      'off',
      '20',
    ];
    for (const line of lines)
      for (const term of terms)
        expect(lineHasWordStartingWith(line, term), `${term} in ${line}`).toBe(definition(line, term));
  });

  it('agrees with the words of any folded text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (text, pick, length) => {
          const line = foldLine(text);
          const words = lineWords(line);
          // A word's start, or any other piece of the line.
          const from = words.length && pick % 2 ? words[pick % words.length]! : line.slice(pick % (line.length + 1));
          const term = foldWords(from.slice(0, length))[0];
          if (term) expect(lineHasWordStartingWith(line, term)).toBe(definition(line, term));
        },
      ),
      { seed: 16, numRuns: 500 },
    );
  });
});
