import { htmlToText } from '../../data/clean-text.js';
import type { Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { foldWords } from './fold-text.js';

/**
 * Full-text search over a feed's releases: title, summary, tags and the body's text, in the
 * language the feed shows (what a reader can see is what they search). Each release is folded
 * once, the first time a search reaches it; a keystroke only scans the folded texts, and a query
 * that narrows the last one (more letters, one more word) scans only the last matches.
 */
export class SearchIndex {
  /** Folded words of each release, as ` word word …`, so ` term` finds a word starting with `term`. */
  private readonly texts = new WeakMap<Release, string>();
  private last?: {
    readonly releases: readonly Release[];
    readonly terms: readonly string[];
    readonly matches: readonly Release[];
  };

  constructor(readonly lang: string) {}

  /** The releases of `releases` that match every word of `query` as a word prefix, in order. */
  search(releases: readonly Release[], query: string): readonly Release[] {
    const terms = foldWords(query);
    if (!terms.length) return releases;
    const last = this.last;
    const narrows =
      last?.releases === releases && last.terms.every((old) => terms.some((term) => term.startsWith(old)));
    const needles = terms.map((term) => ` ${term}`);
    const matches = (narrows ? last.matches : releases).filter((release) => {
      const text = this.textOf(release);
      return needles.every((needle) => text.includes(needle));
    });
    this.last = { releases, terms, matches };
    return matches;
  }

  private textOf(release: Release): string {
    let text = this.texts.get(release);
    if (text === undefined) {
      const body = pickText(release.body, this.lang);
      const words = foldWords(
        [
          pickText(release.title, this.lang),
          pickText(release.summary, this.lang),
          release.tags.join(' '),
          body && htmlToText(body),
        ].join(' '),
      );
      text = ` ${words.join(' ')}`;
      this.texts.set(release, text);
    }
    return text;
  }
}
