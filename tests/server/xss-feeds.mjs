/**
 * The XSS corpus (tests/fixtures/xss) as RSS 2.0 and Atom 1.0 feeds, one vector per item, in one
 * field at a time: `/api/xss.rss?field=<field>`, `/api/xss.atom?field=<field>`. Every other field
 * is harmless, so an item whose hostile title reads as empty text (and is skipped) does not hide
 * the body of the same item. Text goes in escaped for even items and as CDATA for odd ones.
 */
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { armTrap } from '../security/xss-release.js';
import { ATOM_FIELDS, RSS_FIELDS } from './xss-feed-fields.mjs';

const FIXTURES = new URL('../fixtures/xss/', import.meta.url);

let vectors;
async function payloads() {
  if (!vectors) {
    const dompurify = JSON.parse(await readFile(new URL('dompurify-vectors.json', FIXTURES), 'utf8'));
    const own = JSON.parse(await readFile(new URL('own-vectors.json', FIXTURES), 'utf8'));
    // XML 1.0 cannot carry these characters in any form; a feed with one is not well-formed at all.
    // eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
    const xmlSafe = (text) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
    vectors = [...dompurify, ...own.vectors].map(({ payload }) => xmlSafe(armTrap(payload)));
  }
  return vectors;
}

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (text) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
/** Text content, escaped or as CDATA by the item's parity: real feeds do both. */
const text = (payload, index) => (index % 2 ? cdata(payload) : escapeXml(payload));

// Stricter than xmldom's defaults, as strict as a browser's: a warning (an undeclared prefix,
// an unknown entity) makes the browser refuse the whole feed.
const strictParser = new DOMParser({
  onError: () => {
    throw new Error('not well-formed');
  },
});

/** The payload as XHTML markup when it is well-formed XML, else as escaped text inside the div. */
function xhtml(payload) {
  const div = `<div xmlns="http://www.w3.org/1999/xhtml">${payload}</div>`;
  try {
    // Well-formed, and the div holds all of it (`</div><div>` would close it early).
    const wrapper = strictParser.parseFromString(`<x>${div}</x>`, 'application/xml').documentElement;
    // xmldom lets a bare `]]>` through; XML (and the browser) does not.
    if (wrapper.childNodes.length === 1 && !payload.includes(']]>')) return div;
  } catch {
    // Not XML: carried as text below.
  }
  return `<div xmlns="http://www.w3.org/1999/xhtml">${escapeXml(payload)}</div>`;
}

function rssItem(field, payload, index) {
  const id = `xss-${index}`;
  const has = (name) => field === name;
  return [
    '<item>',
    `<title>${has('title') ? text(payload, index) : `Vector ${index}`}</title>`,
    `<link>${has('link') ? text(payload, index) : `https://press.example/${id}`}</link>`,
    `<guid isPermaLink="${has('guid') ? 'true' : 'false'}">${has('guid') ? text(payload, index) : id}</guid>`,
    '<pubDate>Tue, 03 Sep 2024 10:00:00 +0300</pubDate>',
    `<description>${has('description') ? text(payload, index) : 'Summary'}</description>`,
    has('content-encoded') ? `<content:encoded>${text(payload, index)}</content:encoded>` : '',
    has('enclosure') ? `<enclosure url="${escapeXml(payload)}" length="0" type="image/jpeg"/>` : '',
    has('media-content') ? `<media:content url="${escapeXml(payload)}" medium="image"/>` : '',
    has('media-thumbnail') ? `<media:thumbnail url="${escapeXml(payload)}"/>` : '',
    has('category') ? `<category>${text(payload, index)}</category>` : '<category>training</category>',
    '</item>\n',
  ].join('');
}

function atomEntry(field, payload, index) {
  const has = (name) => field === name;
  let title = `<title>Vector ${index}</title>`;
  if (has('title-text')) title = `<title type="text">${text(payload, index)}</title>`;
  if (has('title-html')) title = `<title type="html">${text(payload, index)}</title>`;
  if (has('title-xhtml')) title = `<title type="xhtml">${xhtml(payload)}</title>`;
  let content = '<content type="html">&lt;p&gt;Body&lt;/p&gt;</content>';
  if (has('content-html')) content = `<content type="html">${text(payload, index)}</content>`;
  if (has('content-xhtml')) content = `<content type="xhtml">${xhtml(payload)}</content>`;
  if (has('content-text')) content = `<content type="text">${text(payload, index)}</content>`;
  return [
    '<entry>',
    `<id>urn:xss:${index}</id>`,
    title,
    `<link rel="alternate" href="${has('link') ? escapeXml(payload) : `https://press.example/xss-${index}`}"/>`,
    '<published>2024-09-03T10:00:00+03:00</published>',
    has('summary-html') ? `<summary type="html">${text(payload, index)}</summary>` : '<summary>Summary</summary>',
    content,
    has('enclosure') ? `<link rel="enclosure" type="image/png" href="${escapeXml(payload)}"/>` : '',
    has('media-thumbnail') ? `<media:thumbnail url="${escapeXml(payload)}"/>` : '',
    has('category')
      ? `<category term="${escapeXml(payload)}" label="${escapeXml(payload)}"/>`
      : '<category term="training"/>',
    '</entry>\n',
  ].join('');
}

/** The feed for `/api/xss.rss` or `/api/xss.atom`, or undefined for an unknown field. */
export async function xssFeed(format, field) {
  if (!(format === 'rss' ? RSS_FIELDS : ATOM_FIELDS).includes(field)) return undefined;
  const all = await payloads();
  if (format === 'rss') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>XSS</title><link>https://press.example/</link>
${all.map((payload, index) => rssItem(field, payload, index)).join('')}</channel></rss>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>XSS</title><id>urn:xss</id>
${all.map((payload, index) => atomEntry(field, payload, index)).join('')}</feed>
`;
}
