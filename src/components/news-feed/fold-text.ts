/**
 * Text folding for search: a query and a release fold to the same words when a reader would call
 * them the same. Case, Latin diacritics and `ё`/`е` fold away; letters of the member states'
 * languages that a Russian keyboard lacks fold to the Russian letter read the same way, so
 * "казакстан" finds "Қазақстан". `й` stays apart from `и`: it is a letter of its own on every
 * Cyrillic keyboard, and folding it would let "мои" find "мой".
 */

/**
 * Letters a Russian keyboard lacks, to the Russian letter closest in sound (lower case). `ў`, `ӣ`
 * and `ӯ` need no entry: they decompose into `у`/`и` and a mark, which folding drops.
 */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ә: 'а', // kk
  ғ: 'г', // kk, tg
  қ: 'к', // kk, tg
  ң: 'н', // kk, ky
  ө: 'о', // kk, ky
  ү: 'у', // kk, ky
  ұ: 'у', // kk
  һ: 'х', // kk
  ҳ: 'х', // tg
  і: 'и', // kk, be
  ї: 'и',
  ҷ: 'ч', // tg
  ß: 'ss',
  // Armenian: the ligature "և" is written "եւ" as often.
  և: 'եւ',
};
const FOLDED_LETTER = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

// Combining marks, except the breve that makes `й` (и + U+0306), which is put back by NFC.
const MARKS = /(?<!и)[\u0300-\u036f]|(?<=и)[\u0300-\u0305\u0307-\u036f]/gu;
// Marks that sit inside words without being letters: apostrophes (Belarusian `аб’ява`), the soft
// hyphen, and Armenian emphasis, exclamation and question marks written over a vowel.
const IN_WORD_MARKS = /['’ʼ\u00ad\u055b-\u055e]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// The same for text of ASCII and Russian letters only, without Unicode property classes: several
// times faster over the megabytes of a 10 000-release feed.
const NOT_PLAIN_WORD = /[^a-z0-9\u0430-\u044f]+/;
// Anything but printable ASCII, Russian lower-case letters and white space.
const NEEDS_FOLDING = /[^ -~\u0430-\u044f\u0451\s]/;

/** `text` in folded form: lower case, no diacritics, one space between words, no punctuation. */
export function foldText(text: string): string {
  return foldWords(text).join(' ');
}

/** The folded words of `text`, in order. */
export function foldWords(text: string): string[] {
  return lineWords(foldLine(text));
}

/**
 * `text` folded letter by letter, its separators left in place: its words (as `lineWords` reads
 * them) are those of `foldWords`, and a search can look for a word in it without splitting it.
 * Every letter or digit in it belongs to a word, and every other character separates words.
 */
export function foldLine(text: string): string {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  if (!NEEDS_FOLDING.test(lower)) return lower.replace(/'/g, '');
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(FOLDED_LETTER, (c) => FOLDED_LETTERS[c]!)
    .replace(IN_WORD_MARKS, '');
}

/** The words of a folded line (`foldLine`), in order. */
export function lineWords(line: string): string[] {
  // In a line of ASCII and Russian only, those letters and digits are all its letters and digits.
  return line.split(NEEDS_FOLDING.test(line) ? NOT_WORD : NOT_PLAIN_WORD).filter(Boolean);
}

const ASCII_LETTER_OR_DIGIT = /[a-z0-9]/;
const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;

/** Whether a word of the folded `line` begins with `term` (a folded word). */
export function lineHasWordStartingWith(line: string, term: string): boolean {
  for (let at = line.indexOf(term); at !== -1; at = line.indexOf(term, at + 1)) if (startsWord(line, at)) return true;
  return false;
}

/** Whether a word of the folded `line` begins at `at`: no letter or digit comes before it. */
function startsWord(line: string, at: number): boolean {
  if (at === 0) return true;
  const before = line.charCodeAt(at - 1);
  if (before < 0x80) return !ASCII_LETTER_OR_DIGIT.test(line[at - 1]!);
  // Russian lower-case letters, the usual case, without a Unicode property class.
  if (before >= 0x430 && before <= 0x44f) return false;
  // The last code point before `at`, which may take two code units.
  return !LETTER_OR_DIGIT_AT_END.test(line.slice(Math.max(0, at - 2), at));
}
