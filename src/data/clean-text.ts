/**
 * Text cleaning for what endpoints send: entity decoding (WordPress renders titles as HTML),
 * the stray tag fragments the source site leaves (`said: p>`), and plain text turned into HTML.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '„',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  middot: '·',
  bull: '•',
  euro: '€',
  shy: '\u00ad',
  thinsp: '\u2009',
  numero: '№',
};

/** Decodes HTML character references: named (common set), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? match;
  });
}

/** Text content of an HTML fragment, for fields that must be text (titles, summaries). */
export function htmlToText(html: string): string {
  // `[^<>]` keeps the match linear: `[^>]` backtracks quadratically over a run of unclosed `<`.
  return collapseSpace(decodeEntities(html.replace(/<[^<>]*>/g, ' ')));
}

// A closing tag that lost its `</`: a word of letters glued to `>`, standing alone.
const STRAY_TAG_FRAGMENT = /(^|\s)\/?[a-z][a-z0-9]{0,9}>(?=\s|$)/gim;

/** Removes stray tag fragments (`… said: p>`) that the source site leaves in its text. */
export function removeStrayTags(text: string): string {
  return text.replace(STRAY_TAG_FRAGMENT, '$1');
}

export function collapseSpace(text: string): string {
  // Most texts have single plain spaces only: skip the replace, the costliest pass on long feeds.
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const LOOKS_LIKE_HTML = /<[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/** Escapes text for use as HTML content or a quoted attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A body as HTML: HTML as it came, plain text as paragraphs. Not sanitised: see `safeBodyHtml`. */
export function bodyHtml(body: string): string {
  return looksLikeHtml(body) ? body : textToHtml(body);
}

/** Plain text to HTML paragraphs: each non-empty line is one paragraph, every character escaped. */
export function textToHtml(text: string): string {
  return removeStrayTags(text)
    .split(/\r?\n/)
    .map(collapseSpace)
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}
