import type { CstoEvent, DatePoint, Feed, LocalizedText, MemberState, Release } from './release.js';

/**
 * Whether a value already read elsewhere (the data a server render carried in the page) has the
 * shape of a normalised Feed, down to what the elements render: a page edited by hand or cut short
 * must not reach a render. URLs must still be absolute http(s), as the reader leaves them.
 */

type Check<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);

const arrayOf =
  <T>(check: Check<T>): Check<readonly T[]> =>
  (value): value is readonly T[] =>
    Array.isArray(value) && value.every(check);

const isHttpUrl = (value: unknown): value is string => {
  if (!isString(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const isLocalizedText = (value: unknown): value is LocalizedText =>
  isRecord(value) && Object.values(value).every(isString);

const isDatePoint = (value: unknown): value is DatePoint =>
  isRecord(value) && isString(value.iso) && !Number.isNaN(Date.parse(value.iso)) && typeof value.allDay === 'boolean';

const isEvent = (value: unknown): value is CstoEvent =>
  isRecord(value) &&
  isLocalizedText(value.name) &&
  optional(isLocalizedText)(value.kind) &&
  isDatePoint(value.start) &&
  optional(isDatePoint)(value.end) &&
  optional(isLocalizedText)(value.location) &&
  arrayOf(isString)(value.memberStates);

const isRelease = (value: unknown): value is Release =>
  isRecord(value) &&
  isString(value.id) &&
  isLocalizedText(value.title) &&
  isDatePoint(value.date) &&
  optional(isLocalizedText)(value.summary) &&
  optional(isLocalizedText)(value.body) &&
  optional(isHttpUrl)(value.url) &&
  optional(isHttpUrl)(value.image) &&
  arrayOf(isString)(value.tags) &&
  arrayOf(isString)(value.memberStates) &&
  optional(isEvent)(value.event);

const isMemberState = (value: unknown): value is MemberState =>
  isRecord(value) &&
  isString(value.code) &&
  isLocalizedText(value.name) &&
  ['member', 'suspended', 'observer'].includes(value.status as string) &&
  optional(isHttpUrl)(value.flag);

export const isFeed = (value: unknown): value is Feed =>
  isRecord(value) &&
  arrayOf(isRelease)(value.releases) &&
  optional(arrayOf(isMemberState))(value.memberStates) &&
  optional(isHttpUrl)(value.next) &&
  typeof value.skipped === 'number';
