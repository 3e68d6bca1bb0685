/**
 * The limit page's markup: the element's own final shadow-root markup, read once from the rendered
 * element, cleaned of what only Lit needs, and checked that it can travel inside the page's HTML
 * as the text of a `<script type="text/plain">`. Pure, unit-tested
 * (tests/unit/bench/final-markup.test.ts).
 */

/**
 * Lit's markers in rendered markup: `<!--?lit$123$-->` where a template had a child part, and the
 * empty `<!---->` (or `<!--?-->`) that brackets each rendered value. They mean nothing to a page
 * written by hand. Markup serialised by the browser escapes `<` in text, so every `<!--` is a
 * comment.
 */
const LIT_MARKER = /<!--\??(?:lit\$\d+\$)?-->/g;

/**
 * The markup without Lit's comment markers; any other comment is kept.
 * @param {string} html
 * @returns {string}
 */
export function stripLitMarkers(html) {
  return html.replace(LIT_MARKER, '');
}

/**
 * Throws unless `text` can be the content of a raw-text `<script type="text/plain">` and read back
 * unchanged: no `</script` (it would end the element) and no `<!--` (it changes how the parser
 * looks for that end).
 * @param {string} text
 * @returns {string} the same text
 */
export function assertRawTextSafe(text) {
  const found = /<\/script|<!--/i.exec(text);
  if (found) throw new Error(`the limit's markup holds "${found[0]}" at ${found.index}: it cannot be carried raw`);
  return text;
}
