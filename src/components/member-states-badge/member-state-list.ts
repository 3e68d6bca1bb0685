import { BUILT_IN_MEMBER_STATES, withOneName } from '../../data/member-states.js';
import { readStateCodes } from '../../data/state-codes.js';
import type { MemberState } from '../../data/release.js';

/**
 * The member state of `code`: from the endpoint's list when it has it (named by `withOneName`),
 * else the built-in one, else a bare entry named by its code (a code from a newer endpoint than
 * this library).
 */
export function memberStateFor(code: string, fromEndpoint: readonly MemberState[] | undefined): MemberState {
  const fromData = fromEndpoint?.find((state) => state.code === code);
  if (fromData) return withOneName(fromData);
  return BUILT_IN_MEMBER_STATES.find((state) => state.code === code) ?? { code, name: { und: code }, status: 'member' };
}

/**
 * The states a badge shows. A `states` list picks and orders them (`null` or blank: the default);
 * the default is every state of the endpoint's list, or of the built-in one, except observers,
 * which are not member states.
 */
export function memberStatesToShow(
  states: string | null | undefined,
  fromEndpoint: readonly MemberState[] | undefined,
): MemberState[] {
  if (states == null || !states.trim()) {
    return (fromEndpoint?.length ? fromEndpoint.map(withOneName) : BUILT_IN_MEMBER_STATES).filter(
      (state) => state.status !== 'observer',
    );
  }
  return readStateCodes(states).map((code) => memberStateFor(code, fromEndpoint));
}
