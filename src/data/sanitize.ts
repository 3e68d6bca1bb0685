import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { bodyHtml, escapeHtml, htmlToText } from './clean-text.js';
import { trustedTypesPolicy } from './trusted-types-policy.js';

/**
 * Sanitising endpoint HTML before it reaches a page, with DOMPurify and a deliberately small
 * allow-list: what a press release needs (paragraphs, emphasis, lists, links, images, headings,
 * quotes, tables) and nothing that can run, submit, frame or restyle the host page.
 * Elements and the public API load this module on first use, through `safe-body.ts`.
 */

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'span',
  'abbr',
  'a',
  'img',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'cite',
  'code',
  'pre',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'width', 'height'];

// http(s), mailto, or a relative URL: a scheme-like prefix is only allowed before the first / ? #.
const ALLOWED_URL = /^(?:(?:https?|mailto):|[^:/?#]*(?:[/?#]|$))/i;

export type HtmlSanitizer = (html: string) => string;

// What browsers ignore inside a URL scheme (`java\tscript:`), removed before ALLOWED_URL judges it.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it matches
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

function addHooks(purify: DOMPurify): void {
  purify.addHook('afterSanitizeAttributes', (node) => {
    // DOMPurify lets `data:` through on <img> whatever ALLOWED_URI_REGEXP says; we do not.
    for (const name of ['href', 'src']) {
      const url = node.getAttribute(name);
      if (url !== null && !ALLOWED_URL.test(url.replace(IGNORED_IN_URL, ''))) node.removeAttribute(name);
    }
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      // Links open in the same tab unless the author chose otherwise, and never leak the opener.
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
}

/**
 * A sanitiser bound to a window (the page, or jsdom in tests). Where the window cannot sanitise
 * (Node without a DOM, a page that forbids our Trusted Types policy) the HTML is reduced to
 * escaped text: a body is shown plainly rather than lost, and nothing unsanitised gets through.
 */
export function createHtmlSanitizer(win: WindowLike | undefined): HtmlSanitizer {
  const purify = win ? createDOMPurify(win) : undefined;
  const policy = win ? trustedTypesPolicy(win) : undefined;
  if (!purify?.isSupported || policy === undefined) return (html) => escapeHtml(htmlToText(html));
  addHooks(purify);
  const config: Config = {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ...(policy && { TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] }),
  };
  return (html) => String(purify.sanitize(html, config));
}

let pageSanitizer: HtmlSanitizer | undefined;

/** Sanitises HTML for this page (created on first use, so importing in Node costs nothing). */
export function sanitizeHtml(html: string): string {
  pageSanitizer ??= createHtmlSanitizer(typeof window === 'undefined' ? undefined : window);
  return pageSanitizer(html);
}

/**
 * Longest body rendered, in characters: a press release is a few thousand; a megabyte from a
 * broken CMS would hold the page's main thread for seconds in parsing and layout.
 */
export const MAX_BODY_LENGTH = 100_000;

/**
 * A release body (HTML or plain text, as the endpoint sent it) as HTML that is safe to insert,
 * cut at MAX_BODY_LENGTH (markup cut mid-tag is closed or dropped by the sanitiser).
 */
export function safeBodyHtml(body: string): string {
  const shown = body.length > MAX_BODY_LENGTH ? `${body.slice(0, MAX_BODY_LENGTH)}…` : body;
  return sanitizeHtml(bodyHtml(shown));
}
