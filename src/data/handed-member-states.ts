import { readMemberStates } from './normalise.js';
import type { MemberState } from './release.js';
import { documentBaseUrl } from './url.js';

/**
 * Member states handed over to `<member-states-badge>` as a property, read as an endpoint's are:
 * names cleaned, a flag URL kept only if http(s), against the document's base URL. A module of its
 * own, loaded on first use (src/internal/on-demand/member-states-reader.ts): importing the
 * normaliser's modules themselves would make the script's data chunk carry a copy of each one's
 * exports as an object, and the bundler's helper that builds them, on every feed's first screen.
 */
export function readHandedMemberStates(value: unknown): MemberState[] {
  return readMemberStates(value, documentBaseUrl()) ?? [];
}
