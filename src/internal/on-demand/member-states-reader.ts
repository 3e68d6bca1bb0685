/**
 * The reader of member states handed over to `<member-states-badge>` as a property (the
 * normaliser and its URL checks), loaded with the first such list: the built-in list needs neither
 * (see README.md). Not public API.
 */
import type * as normalise from '../../data/normalise.js';
import type { MemberState } from '../../data/release.js';
import type * as url from '../../data/url.js';

/** Reads handed-over states as an endpoint's are read: names cleaned, a flag URL only if http(s). */
export type MemberStatesReader = (value: unknown) => MemberState[];

let loaded: MemberStatesReader | undefined;

const readerOf =
  (readMemberStates: typeof normalise.readMemberStates, baseUrl: typeof url.documentBaseUrl): MemberStatesReader =>
  (value) =>
    readMemberStates(value, baseUrl()) ?? [];

export const loadMemberStatesReader = (): Promise<MemberStatesReader> =>
  loaded
    ? Promise.resolve(loaded)
    : Promise.all([import('../../data/normalise.js'), import('../../data/url.js')]).then(
        ([{ readMemberStates }, { documentBaseUrl }]) => (loaded ??= readerOf(readMemberStates, documentBaseUrl)),
      );

/** The reader once here: a later badge reads its states at once. */
export const loadedMemberStatesReader = (): MemberStatesReader | undefined => loaded;

/**
 * For an element that carries the normaliser already (`<event-card>`): the badge it hands its
 * participants to reads them at once, rather than showing nothing for a moment on first use.
 */
export function keepMemberStatesReader(
  readMemberStates: typeof normalise.readMemberStates,
  baseUrl: typeof url.documentBaseUrl,
): void {
  loaded ??= readerOf(readMemberStates, baseUrl);
}
