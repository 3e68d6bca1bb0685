import { compareDatePoints, parseDate } from './date.js';
import { collapseSpace, decodeEntities, htmlToText, removeStrayTags } from './clean-text.js';
import type { CstoEvent, DatePoint, Feed, LocalizedText, MemberState, MemberStateStatus, Release } from './release.js';
import { safeHttpUrl } from './url.js';

/**
 * Normalisation of the native format. Adapters for other formats map their items onto the
 * native shape and come through here too, so every format obeys the same rules.
 */

type Json = Record<string, unknown>;

/** Key under which a plain string (no language given) is kept in a LocalizedText. */
export const ANY_LANGUAGE = 'und';

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a text field is cleaned: `text` for plain text, `html` when the endpoint sends markup. */
type TextKind = 'text' | 'html-as-text';

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

function cleanText(value: string, kind: TextKind): string {
  if (kind === 'html-as-text') return truncate(htmlToText(value));
  // Most titles hold neither entities nor tag fragments: skip those passes on long feeds.
  const decoded = value.includes('&') ? decodeEntities(value) : value;
  return truncate(collapseSpace(decoded.includes('>') ? removeStrayTags(decoded) : decoded));
}

const languageKey = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] || ANY_LANGUAGE;

/** The strings of a field that is a string or a map by language, keyed by language. */
function localizedEntries(value: unknown): [string, string][] {
  if (typeof value === 'string') return [[ANY_LANGUAGE, value]];
  if (typeof value === 'number' && Number.isFinite(value)) return [[ANY_LANGUAGE, String(value)]];
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([lang, text]): [string, string][] =>
    typeof text === 'string' ? [[languageKey(lang), text]] : [],
  );
}

function toLocalizedText(entries: [string, string][]): LocalizedText | undefined {
  const present = entries.filter(([, text]) => text !== '');
  return present.length ? Object.fromEntries(present) : undefined;
}

/** A string, or a map by language, as a LocalizedText; undefined when no language has text. */
export function readText(value: unknown, kind: TextKind = 'text'): LocalizedText | undefined {
  return toLocalizedText(localizedEntries(value).map(([lang, text]) => [lang, cleanText(text, kind)]));
}

/**
 * A body as the endpoint sent it, HTML or plain text. Turning text into paragraphs and sanitising
 * wait until a reader opens it (see `safeBodyHtml`): most bodies of a long feed are never shown.
 */
export function readBody(value: unknown): LocalizedText | undefined {
  return toLocalizedText(localizedEntries(value).filter(([, text]) => text.trim() !== ''));
}

function readId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const STATE_CODE = /^[A-Z]{2}$/;

/** ISO 3166-1 alpha-2 codes, from an array of codes or of `{ code }`, or a space/comma list. */
export function readStateCodes(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [];
  const codes = items
    .map((item) => (isObject(item) ? item.code : item))
    .filter((code): code is string => typeof code === 'string')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => STATE_CODE.test(code));
  return [...new Set(codes)];
}

function readTags(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const tags = items
    .map((item) => (typeof item === 'string' ? collapseSpace(decodeEntities(item)) : ''))
    .filter(Boolean);
  return [...new Set(tags)];
}

/** An event needs a name and a readable start; an end before the start is dropped, not trusted. */
export function readEvent(value: unknown): CstoEvent | undefined {
  if (!isObject(value)) return undefined;
  const name = readText(value.name);
  const start = parseDate(value.start);
  if (!name || !start) return undefined;
  let end: DatePoint | undefined = parseDate(value.end);
  if (end && compareDatePoints(end, start) < 0) end = undefined;
  const kind = readText(value.kind);
  const location = readText(value.location);
  return {
    name,
    start,
    ...(end && { end }),
    ...(kind && { kind }),
    ...(location && { location }),
    memberStates: readStateCodes(value.memberStates),
  };
}

/** A release, or undefined when it lacks an id, a title or a readable date. */
export function readRelease(value: unknown, base: string | undefined, titleKind: TextKind = 'text'): Release | undefined {
  if (!isObject(value)) return undefined;
  const id = readId(value.id);
  const title = readText(value.title, titleKind);
  const date = parseDate(value.date);
  if (!id || !title || !date) return undefined;
  const summary = readText(value.summary, titleKind);
  const body = readBody(value.body);
  const url = safeHttpUrl(value.url, base);
  const image = safeHttpUrl(value.image, base);
  const event = readEvent(value.event);
  return {
    id,
    title,
    date,
    ...(summary && { summary }),
    ...(body && { body }),
    ...(url && { url }),
    ...(image && { image }),
    tags: readTags(value.tags),
    memberStates: readStateCodes(value.memberStates),
    ...(event && { event }),
  };
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
  readonly items: readonly unknown[];
  readonly memberStates?: unknown;
  readonly next?: unknown;
  /** How a title and summary are read: WordPress and JSON Feed send HTML there. */
  readonly titleKind?: TextKind;
}

/** Releases of a recognised document; entries that are not valid releases are counted, not fatal. */
export function buildFeed(parts: FeedParts, base: string | undefined): Feed {
  const releases: Release[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of parts.items) {
    const release = readRelease(item, base, parts.titleKind);
    // A repeated id is a duplicate of an earlier entry (pages overlap when a feed moves on).
    if (!release || seen.has(release.id)) skipped++;
    else {
      seen.add(release.id);
      releases.push(release);
    }
  }
  const memberStates = readMemberStates(parts.memberStates, base);
  const next = safeHttpUrl(parts.next, base);
  return { releases, skipped, ...(memberStates && { memberStates }), ...(next && { next }) };
}
