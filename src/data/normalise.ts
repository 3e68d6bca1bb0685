import { compareDatePoints, parseDate } from './date.js';
import { collapseSpace, decodeEntities, htmlToText, removeStrayTags } from './clean-text.js';
import { lazyFeed } from './lazy-feed.js';
import { readStateCodes } from './state-codes.js';
import type { CstoEvent, DatePoint, Feed, LocalizedText, MemberState, MemberStateStatus, Release } from './release.js';
import { safeHttpUrl } from './url.js';

export { readStateCodes };

/**
 * Normalisation of the native format. Adapters for other formats map their items onto the
 * native shape and come through here too, so every format obeys the same rules.
 */

type Json = Record<string, unknown>;
/** A model object while its optional fields are added. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Key under which a plain string (no language given) is kept in a LocalizedText. */
export const ANY_LANGUAGE = 'und';

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How a text field is cleaned: `text` for plain text (entities decoded, a literal `<i>` kept),
 * `html-as-text` when the endpoint sends markup, `text-or-html` for fields a format calls plain
 * text that real feeds fill with markup now and then: read as HTML only when it holds a closing
 * tag or a line break, so `Die Rückkehr von <i> und <b>` stays the title it says.
 */
export type TextKind = 'text' | 'html-as-text' | 'text-or-html';

const HOLDS_MARKUP = /<\/[a-z][a-z0-9]*\s*>|<br\s*\/?>/i;

/**
 * Longest text field (title, summary, name, place) kept whole. Longer ones are cut at a word: a
 * megabyte title from a broken CMS would otherwise take the page's layout down with it.
 */
export const MAX_TEXT_LENGTH = 1000;

function truncate(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const cut = text.slice(0, MAX_TEXT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TEXT_LENGTH * 0.8 ? cut.slice(0, space) : cut}…`;
}

// Anything cleaning would change in a plain text: an entity, a tag fragment, whitespace other
// than single inner spaces. Most titles and summaries have none, and one scan finds that out.
const NEEDS_CLEANING = /[&>]|[^\S ]| {2}|^ | $/;

function cleanText(value: string, kind: TextKind): string {
  if (kind === 'html-as-text' || (kind === 'text-or-html' && HOLDS_MARKUP.test(value))) {
    return truncate(htmlToText(value));
  }
  if (!NEEDS_CLEANING.test(value)) return truncate(value);
  const decoded = value.includes('&') ? decodeEntities(value) : value;
  return truncate(collapseSpace(decoded.includes('>') ? removeStrayTags(decoded) : decoded));
}

function languageKey(tag: string): string {
  const separator = tag.search(/[-_]/);
  return (separator < 0 ? tag : tag.slice(0, separator)).toLowerCase() || ANY_LANGUAGE;
}

/**
 * A field that is a string or a map by language, as a LocalizedText of its strings passed through
 * `read`; a language whose text `read` makes empty is left out, and so is a field left empty.
 * Built in one pass: a long feed has tens of thousands of these.
 */
function toLocalizedText(value: unknown, read: (text: string) => string): LocalizedText | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value === 'string') {
    const text = read(value);
    return text === '' ? undefined : { [ANY_LANGUAGE]: text };
  }
  if (!isObject(value)) return undefined;
  let texts: Record<string, string> | undefined;
  for (const lang of Object.keys(value)) {
    const raw = value[lang];
    if (typeof raw !== 'string') continue;
    const text = read(raw);
    if (text !== '') (texts ??= {})[languageKey(lang)] = text;
  }
  return texts;
}

const CLEANERS: Record<TextKind, (text: string) => string> = {
  text: (text) => cleanText(text, 'text'),
  'html-as-text': (text) => cleanText(text, 'html-as-text'),
  'text-or-html': (text) => cleanText(text, 'text-or-html'),
};

/** A string, or a map by language, as a LocalizedText; undefined when no language has text. */
export function readText(value: unknown, kind: TextKind = 'text'): LocalizedText | undefined {
  return toLocalizedText(value, CLEANERS[kind]);
}

// `\S` finds the first visible character without the copy `trim()` makes of a long body.
const keepUnlessBlank = (text: string): string => (/\S/.test(text) ? text : '');

/**
 * A body as the endpoint sent it, HTML or plain text. Turning text into paragraphs and sanitising
 * wait until a reader opens it (see `safeBodyHtml`): most bodies of a long feed are never shown.
 */
export function readBody(value: unknown): LocalizedText | undefined {
  return toLocalizedText(value, keepUnlessBlank);
}

export function readId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function readTags(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const tags: string[] = [];
  for (const item of items) {
    const tag = typeof item === 'string' ? collapseSpace(decodeEntities(item)) : '';
    if (tag) tags.push(tag);
  }
  // Exact-size arrays, as in readStateCodes.
  return tags.length < 2 ? tags.slice() : [...new Set(tags)];
}

/** An event needs a name and a readable start; an end before the start is dropped, not trusted. */
export function readEvent(value: unknown): CstoEvent | undefined {
  if (!isObject(value)) return undefined;
  const name = readText(value.name);
  const start = parseDate(value.start);
  if (!name || !start) return undefined;
  const end = parseDate(value.end);
  const kind = readText(value.kind);
  const location = readText(value.location);
  // Optional fields by assignment: spreading `...(x && { x })` costs an object each.
  const event: Writable<CstoEvent> = { name, start, memberStates: readStateCodes(value.memberStates) };
  if (end && compareDatePoints(end, start) >= 0) event.end = end;
  if (kind) event.kind = kind;
  if (location) event.location = location;
  return event;
}

/** What decides whether an entry is kept, and where: read of every entry up front. */
interface ReleaseHead {
  readonly id: string;
  readonly title: LocalizedText;
  readonly date: DatePoint;
}

function readHead(value: Json, titleKind: TextKind): ReleaseHead | undefined {
  const id = readId(value.id);
  const title = readText(value.title, titleKind);
  const date = parseDate(value.date);
  return id && title && date ? { id, title, date } : undefined;
}

/** The release an entry whose head was read already holds: the fields only a shown release needs. */
function readRest(head: ReleaseHead, value: Json, base: string | undefined, summaryKind: TextKind): Release {
  const summary = readText(value.summary, summaryKind);
  const body = readBody(value.body);
  const url = safeHttpUrl(value.url, base);
  const image = safeHttpUrl(value.image, base);
  const event = readEvent(value.event);
  const release: Writable<Release> = {
    id: head.id,
    title: head.title,
    date: head.date,
    tags: readTags(value.tags),
    memberStates: readStateCodes(value.memberStates),
  };
  // Optional fields are left out, never set to undefined.
  if (summary) release.summary = summary;
  if (body) release.body = body;
  if (url) release.url = url;
  if (image) release.image = image;
  if (event) release.event = event;
  return release;
}

/** A release, or undefined when it lacks an id, a title or a readable date. */
export function readRelease(
  value: unknown,
  base: string | undefined,
  titleKind: TextKind = 'text',
  summaryKind: TextKind = titleKind,
): Release | undefined {
  if (!isObject(value)) return undefined;
  const head = readHead(value, titleKind);
  return head && readRest(head, value, base, summaryKind);
}

const STATUSES: readonly MemberStateStatus[] = ['member', 'suspended', 'observer'];

export function readMemberStates(value: unknown, base: string | undefined): MemberState[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const states = value.flatMap((item): MemberState[] => {
    if (!isObject(item)) return [];
    const [code] = readStateCodes([item.code]);
    const name = readText(item.name);
    if (!code || !name) return [];
    const status = STATUSES.find((s) => s === item.status) ?? 'member';
    const flag = safeHttpUrl(item.flag, base);
    return [{ code, name, status, ...(flag && { flag }) }];
  });
  return states.length ? states : undefined;
}

export interface FeedParts {
  /** The entries in the native shape (adapters map theirs onto it). */
  readonly items: readonly unknown[];
  readonly memberStates?: unknown;
  readonly next?: unknown;
  /** How a title (and, unless `summaryKind` says otherwise, a summary) is read: WordPress sends HTML there. */
  readonly titleKind?: TextKind;
  readonly summaryKind?: TextKind;
}

/** Told about each entry that is not kept: its index, and whether it repeats an earlier id. */
export type SkipListener = (index: number, duplicate: boolean) => void;

/**
 * Releases of a recognised document; entries that are not valid releases are counted, not fatal.
 * Each entry's id, title and date decide whether it is kept: they are read in order, as far as
 * what is asked of the feed needs; the rest of each release when it is first shown or asked for
 * (see lazy-feed.ts). `onSkip` is for reports (why each one was left out): with it, every entry's
 * head is read now; the elements pass none and pay for what they show.
 */
export function buildFeed(parts: FeedParts, base: string | undefined, onSkip?: SkipListener): Feed {
  const heads: ReleaseHead[] = [];
  /** Where each kept entry is among the document's entries. */
  const indices: number[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let scanned = 0;
  const { items, titleKind = 'text', summaryKind = titleKind } = parts;
  const keep = (count: number): number => {
    for (; heads.length < count && scanned < items.length; scanned++) {
      const item = items[scanned];
      const head = isObject(item) ? readHead(item, titleKind) : undefined;
      // A repeated id is a duplicate of an earlier entry (pages overlap when a feed moves on).
      if (!head || seen.has(head.id)) {
        skipped++;
        onSkip?.(scanned, head !== undefined);
      } else {
        seen.add(head.id);
        heads.push(head);
        indices.push(scanned);
      }
    }
    return heads.length;
  };
  if (onSkip) keep(Infinity);
  const memberStates = readMemberStates(parts.memberStates, base);
  const next = safeHttpUrl(parts.next, base);
  return lazyFeed(
    {
      keep,
      allHeadsRead: () => scanned === items.length,
      skipped: () => skipped,
      read: (position) => readRest(heads[position]!, items[indices[position]!] as Json, base, summaryKind),
    },
    { ...(memberStates && { memberStates }), ...(next && { next }) },
  );
}
