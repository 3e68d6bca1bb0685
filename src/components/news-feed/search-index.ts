import type { Release } from '../../data/release.js';
import { foldLine, foldWords, lineHasWordStartingWith, lineWords } from './fold-text.js';

/**
 * Full-text search over a feed's releases, through the text `textOf` gives for each (see
 * `searchText`).
 *
 * An inverted index: each release is folded into words once, and each distinct word keeps the
 * releases that hold it. A query word matches every indexed word it begins ("учени" → "учения",
 * "учение"): a binary search finds that run in the sorted vocabulary, so a keystroke costs the
 * matches it finds, not the text of 10 000 releases.
 *
 * Releases are indexed in idle moments (`indexSome`). A search that meets releases not indexed
 * yet (a reader typing right after the feed showed) scans their folded text instead, and keeps it
 * for the next keystroke until they are indexed: over 10 000 releases, folding and scanning took a
 * quarter of the time that indexing them took, and indexing was what the first keystroke waited for.
 */
export class SearchIndex {
  /** Release → its number in `postings`. */
  private numbers = new Map<Release, number>();
  /** Word → numbers of the releases that hold it, ascending. */
  private postings = new Map<string, number[]>();
  /** The words of `postings`, sorted; rebuilt when a release brought new words. */
  private vocabulary: string[] = [];
  private vocabularyStale = false;
  /** Per release number: how many query words it has matched so far in the current search. */
  private hits = new Uint8Array(0);
  /** The folded text of releases a search met before they were indexed (`foldLine`). */
  private lines = new WeakMap<Release, string>();

  constructor(
    readonly lang: string,
    private readonly textOf: (release: Release, lang: string) => string,
  ) {}

  /** How many releases are indexed. */
  get size(): number {
    return this.numbers.size;
  }

  /** The releases of `releases` that match every word of `query` as a word prefix, in order. */
  search(releases: readonly Release[], query: string): readonly Release[] {
    const terms = [...new Set(foldWords(query))];
    if (!terms.length) return releases;
    if (this.vocabularyStale) {
      this.vocabulary = [...this.postings.keys()].sort();
      this.vocabularyStale = false;
    }
    // Counts past 255 would wrap: beyond that many words, the first 255 decide.
    const wanted = Math.min(terms.length, 255);
    const hits =
      this.hits.length >= this.numbers.size ? this.hits.fill(0) : (this.hits = new Uint8Array(this.numbers.size * 2));
    for (let term = 0; term < wanted; term++) this.markMatches(terms[term]!, term, hits);
    return releases.filter((release) => {
      const number = this.numbers.get(release);
      if (number !== undefined) return hits[number] === wanted;
      const line = this.lineOf(release);
      for (let term = 0; term < wanted; term++) if (!lineHasWordStartingWith(line, terms[term]!)) return false;
      return true;
    });
  }

  /**
   * Indexes the releases of `releases` not indexed yet, while `hasTime()` holds, so a feed can be
   * indexed in idle moments before the first keystroke. True once every one is indexed.
   */
  indexSome(releases: readonly Release[], hasTime: () => boolean): boolean {
    for (const release of releases) {
      if (this.numbers.has(release)) continue;
      if (!hasTime()) return false;
      this.add(release);
    }
    return true;
  }

  /**
   * Starts over when the index holds far more releases than `releases`, the whole list: the
   * others were replaced by refreshes (a changed release is a new object), and an index that only
   * grows would keep them all for as long as the page is open.
   */
  forgetReplaced(releases: readonly Release[]): void {
    if (this.numbers.size <= 2 * releases.length + 100) return;
    this.numbers = new Map();
    this.postings = new Map();
    this.vocabulary = [];
  }

  /** The folded text of `release`, kept from the first search that scans it until it is indexed. */
  private lineOf(release: Release): string {
    let line = this.lines.get(release);
    if (line === undefined) this.lines.set(release, (line = foldLine(this.textOf(release, this.lang))));
    return line;
  }

  /** Moves the releases that matched terms before this one (`hits === term`) on to `term + 1`. */
  private markMatches(term: string, index: number, hits: Uint8Array): void {
    const words = this.vocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]! < term) low = middle + 1;
      else high = middle;
    }
    for (let word = low; word < words.length && words[word]!.startsWith(term); word++) {
      for (const number of this.postings.get(words[word]!)!) if (hits[number] === index) hits[number] = index + 1;
    }
  }

  private add(release: Release): void {
    const number = this.numbers.size;
    this.numbers.set(release, number);
    const words = lineWords(this.lineOf(release));
    this.lines.delete(release);
    for (const word of new Set(words)) {
      const numbers = this.postings.get(word);
      if (numbers) numbers.push(number);
      else {
        this.postings.set(word, [number]);
        this.vocabularyStale = true;
      }
    }
  }
}
