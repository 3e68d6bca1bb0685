import { describe, expect, it } from 'vitest';
import {
  isServerStateFresh,
  readServerState,
  serialiseServerState,
  type ServerState,
} from '../../../src/data/server-state.js';

/** The data a server-rendered element carries: written safely into a script, read back exactly. */

const state = (extra: Partial<ServerState> = {}): ServerState => ({
  version: 1,
  src: '/api/releases.json',
  url: 'https://press.example/api/releases.json',
  fetchedAt: '2024-09-04T09:00:00.000Z',
  maxAge: 300,
  feed: { releases: [], skipped: 0 },
  ...extra,
});

const hostile = '</script><script>alert(1)</script><!-- <script> & \u2028\u2029 </SCRIPT >';

describe('serialiseServerState', () => {
  it('writes no character that could end the script or open a comment, and reads back exactly', () => {
    const written = state({
      feed: {
        releases: [
          {
            id: hostile,
            title: { en: hostile },
            date: { iso: '2024-09-03', allDay: true },
            tags: [],
            memberStates: [],
          },
        ],
        skipped: 0,
      },
    });
    const text = serialiseServerState(written);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(readServerState(text)).toEqual(written);
  });
});

describe('readServerState', () => {
  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify(state({ version: 2 as 1 }))],
    ['no src', JSON.stringify({ ...state(), src: undefined })],
    ['a date that is none', JSON.stringify(state({ fetchedAt: 'yesterday' }))],
    ['a negative maxAge', JSON.stringify(state({ maxAge: -1 }))],
    ['no releases', JSON.stringify({ ...state(), feed: {} })],
    ['an array', '[]'],
  ])('ignores %s', (_, text) => {
    expect(readServerState(text)).toBeUndefined();
  });
});

describe('isServerStateFresh', () => {
  const fetched = Date.parse('2024-09-04T09:00:00.000Z');
  it.each([
    ['within maxAge', state(), fetched + 299_000, true],
    ['at maxAge', state(), fetched + 300_000, false],
    ['maxAge 0 (no-store)', state({ maxAge: 0 }), fetched, false],
    ['without maxAge, within the fallback', { ...state(), maxAge: undefined }, fetched + 59_000, true],
    ['without maxAge, past the fallback', { ...state(), maxAge: undefined }, fetched + 61_000, false],
    ['from the future (a wrong clock)', state(), fetched - 1000, false],
  ])('%s', (_, given, now, fresh) => {
    expect(isServerStateFresh(given, now, 60)).toBe(fresh);
  });
});
