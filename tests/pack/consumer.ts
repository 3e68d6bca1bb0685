/**
 * A strict TypeScript user of the packed tarball (compiled by scripts/pack-test.mjs in a scratch
 * project, never by the repository's own tsc). Every line that must NOT compile carries
 * `@ts-expect-error`, so a type that degrades to `any` or `string` fails the check.
 */
import 'csto-widgets';
import 'csto-widgets/news-feed';
import 'csto-widgets/event-card';
import 'csto-widgets/member-states-badge';
import { configure, version, type EventCard, type MemberStatesBadge, type NewsFeed } from 'csto-widgets';
import type { CstoEvent, EndpointErrorKind, Release } from 'csto-widgets/classes';
import manifest from 'csto-widgets/custom-elements.json' with { type: 'json' };
import type { ky, tg } from 'csto-widgets/date-fns-locales';
import type { Locale } from 'date-fns';

/** True only when A and B are the same type (not merely assignable, so `any` does not pass). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(proof: T): T => proof;

// Tag names are typed through HTMLElementTagNameMap.
const feed = document.querySelector('news-feed');
assertType<Equal<typeof feed, NewsFeed | null>>(true);
const foundCard = document.querySelector('event-card');
assertType<Equal<typeof foundCard, EventCard | null>>(true);
const badge = document.createElement('member-states-badge');
assertType<Equal<typeof badge, MemberStatesBadge>>(true);

// Properties keep their types.
if (feed) {
  feed.limit = 5;
  assertType<Equal<typeof feed.limit, number>>(true);
  // @ts-expect-error `limit` is a number, not a string
  feed.limit = '5';
  feed.releases = [{ id: 'a', title: 'A', date: '2024-09-05' }];
}

const card = document.createElement('event-card');
const event: CstoEvent = {
  name: { en: 'Rock-2024' },
  start: { iso: '2024-09-03', allDay: true },
  memberStates: ['KZ'],
};
card.event = event;
card.headingLevel = 2;
// @ts-expect-error `headingLevel` is a number
card.headingLevel = 'two';
foundCard?.remove();

badge.variant = 'codes';
// @ts-expect-error `variant` is one of flags, codes, count
badge.variant = 'huge';

// Events are typed on document, window and every element.
document.addEventListener('csto-load', (e) => {
  const first: string | undefined = e.detail.releases[0]?.id;
  const skipped: number = e.detail.skipped;
  assertType<Equal<typeof e.detail.releases, readonly Release[]>>(true);
  return [first, skipped];
});
window.addEventListener('csto-error', (e) => {
  assertType<Equal<typeof e.detail.kind, EndpointErrorKind>>(true);
  // @ts-expect-error `kind` is one of the documented kinds
  const unknownKind: typeof e.detail.kind = 'dns';
  return [unknownKind, e.detail.message, e.detail.status];
});
feed?.addEventListener('csto-select', (e) => e.detail.release.title);

// The API and the manifest are reachable.
configure({ endpoint: '/api/releases.json', lang: 'ru' });
const versionText: string = version;
const schemaVersion: string = manifest.schemaVersion;
export { versionText, schemaVersion };

// The Kyrgyz and Tajik date-fns locales are date-fns `Locale`s.
assertType<Equal<typeof ky, Locale>>(true);
assertType<Equal<typeof tg, Locale>>(true);
