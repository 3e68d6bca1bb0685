/**
 * The reader of member states handed over to `<member-states-badge>` as a property (the
 * normaliser and its URL checks), loaded with the first such list: the built-in list needs neither
 * (see README.md). Not public API.
 */
import type { readHandedMemberStates } from '../../data/handed-member-states.js';

/** Reads handed-over states as an endpoint's are read: names cleaned, a flag URL only if http(s). */
export type MemberStatesReader = typeof readHandedMemberStates;

let loaded: MemberStatesReader | undefined;

export const loadMemberStatesReader = (): Promise<MemberStatesReader> =>
  loaded
    ? Promise.resolve(loaded)
    : import('../../data/handed-member-states.js').then((module) => (loaded ??= module.readHandedMemberStates));

/** The reader once here: a later badge reads its states at once. */
export const loadedMemberStatesReader = (): MemberStatesReader | undefined => loaded;

/**
 * For an element that carries the normaliser already (`<event-card>`): the badge it hands its
 * participants to reads them at once, rather than showing nothing for a moment on first use.
 */
export function keepMemberStatesReader(reader: MemberStatesReader): void {
  loaded ??= reader;
}
