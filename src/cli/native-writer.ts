import { ANY_LANGUAGE } from '../data/normalise.js';
import type { CstoEvent, LocalizedText, MemberState, Release } from '../data/release.js';

/**
 * The Release model written back as the native format, for `convert`. What the reader makes of a
 * written page is the release it was written from: the round trip is tested.
 */

type NativeText = string | Record<string, string>;

/** The schema a written page names, so editors check a hand edit. */
export const SCHEMA_URL = 'https://unpkg.com/csto-widgets/schema/releases.schema.json';

// Titles are plain text, but the reader decodes entities in them (CMSs write them): an `&` that
// would read as the start of one is written as `&amp;`, so the text reads back as it was.
const ENTITY_START = /&(?=#x[0-9a-f]+;|#\d+;|[a-z]+;)/gi;

const plainText = (text: string): string => text.replace(ENTITY_START, '&amp;');

function writeText(text: LocalizedText, write: (text: string) => string = plainText): NativeText {
  const languages = Object.keys(text);
  // A text without a language tag came as a plain string, and goes back as one.
  if (languages.length === 1 && languages[0] === ANY_LANGUAGE) return write(text[ANY_LANGUAGE]!);
  return Object.fromEntries(languages.map((lang) => [lang, write(text[lang]!)]));
}

const asIs = (text: string): string => text;

function writeEvent(event: CstoEvent): Record<string, unknown> {
  return {
    name: writeText(event.name),
    ...(event.kind && { kind: writeText(event.kind) }),
    start: event.start.iso,
    ...(event.end && { end: event.end.iso }),
    ...(event.location && { location: writeText(event.location) }),
    ...(event.memberStates.length && { memberStates: [...event.memberStates] }),
  };
}

export function writeRelease(release: Release): Record<string, unknown> {
  return {
    id: release.id,
    title: writeText(release.title),
    date: release.date.iso,
    ...(release.summary && { summary: writeText(release.summary) }),
    // Bodies are HTML or text as the source sent them; the elements sanitise them when shown.
    ...(release.body && { body: writeText(release.body, asIs) }),
    ...(release.url && { url: release.url }),
    ...(release.image && { image: release.image }),
    ...(release.tags.length && { tags: [...release.tags] }),
    ...(release.memberStates.length && { memberStates: [...release.memberStates] }),
    ...(release.event && { event: writeEvent(release.event) }),
  };
}

export function writeMemberState(state: MemberState): Record<string, unknown> {
  return {
    code: state.code,
    name: writeText(state.name),
    status: state.status,
    ...(state.flag && { flag: state.flag }),
  };
}

/** The file name of page `n` (1-based): `releases.json`, then `releases-2.json`, ... */
export const pageFileName = (n: number): string => (n === 1 ? 'releases.json' : `releases-${n}.json`);

/** Names `convert` owns in its output folder, so a run removes the pages an earlier one left. */
export const PAGE_FILE_NAME = /^releases(?:-[1-9]\d*)?\.json$/;

export interface NativePage {
  readonly fileName: string;
  readonly document: Record<string, unknown>;
}

/**
 * Releases as native pages of `pageSize`, linked by relative `next` (so the folder works on any
 * host and under any path). Member states go on the first page, where the elements read them.
 * No releases still make one empty page: an endpoint that answers, with nothing in it.
 */
export function paginate(
  releases: readonly Release[],
  memberStates: readonly MemberState[] | undefined,
  pageSize: number,
): NativePage[] {
  const count = Math.max(1, Math.ceil(releases.length / pageSize));
  return Array.from({ length: count }, (_, i) => ({
    fileName: pageFileName(i + 1),
    document: {
      $schema: SCHEMA_URL,
      releases: releases.slice(i * pageSize, (i + 1) * pageSize).map(writeRelease),
      ...(i === 0 && memberStates?.length && { memberStates: memberStates.map(writeMemberState) }),
      ...(i + 1 < count && { next: pageFileName(i + 2) }),
    },
  }));
}
