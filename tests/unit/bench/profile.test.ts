import { describe, expect, it } from 'vitest';
import { mainThreadTimes, selfTimes, sourceGroup } from '../../../bench/profile.mjs';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

/** Samples every 1 ms from 1 000 µs: a, a, b, (idle), a. */
const profile = {
  startTime: 0,
  nodes: [
    { id: 1, callFrame: frame('a', 'http://x/dist/part.js', 4) },
    { id: 2, callFrame: frame('b', 'http://x/page') },
    { id: 3, callFrame: frame('(idle)') },
  ],
  samples: [1, 1, 2, 3, 1],
  timeDeltas: [1000, 1000, 1000, 1000, 1000],
};
const sourceOf = ({ url }: { url: string }) =>
  url.includes('/dist/') ? { file: 'node_modules/lit-html/lit-html.js', line: 12, name: 'render' } : undefined;

describe('sourceGroup', () => {
  it('names a dependency by its package and our files by their path', () => {
    expect(sourceGroup('node_modules/lit-html/lit-html.js')).toBe('lit-html');
    expect(sourceGroup('node_modules/@lit/reactive-element/css-tag.js')).toBe('@lit/reactive-element');
    expect(sourceGroup('src/data/normalise.ts')).toBe('src/data/normalise.ts');
  });
});

describe('selfTimes', () => {
  it('counts each sample until the next, by mapped source and function, idle left out', () => {
    const { bySource, byFunction } = selfTimes(profile, sourceOf);
    expect(bySource).toEqual([
      ['lit-html', 2],
      ['page', 1],
    ]);
    expect(byFunction).toEqual([
      ['render node_modules/lit-html/lit-html.js:12', 2],
      ['b page:1', 1],
    ]);
  });

  it('counts only the samples taken in the window', () => {
    expect(selfTimes(profile, sourceOf, { from: 3000, to: 5000 }).bySource).toEqual([['page', 1]]);
  });
});

describe('mainThreadTimes', () => {
  const thread = { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } };
  const task = (name: string, ts: number, dur: number, tid = 7) => ({ ph: 'X', name, pid: 1, tid, ts, dur });

  it('takes each event less its children, on the renderer main thread only, by start', () => {
    const events = [
      thread,
      task('RunTask', 0, 10_000),
      task('FunctionCall', 1000, 6000),
      task('Layout', 2000, 1000),
      task('RunTask', 20_000, 2000),
      task('Paint', 20_500, 500),
      task('Elsewhere', 0, 99_000, 8),
    ];
    expect(mainThreadTimes(events)).toEqual([
      ['RunTask', 5.5],
      ['FunctionCall', 5],
      ['Layout', 1],
      ['Paint', 0.5],
    ]);
    expect(mainThreadTimes(events, { from: 15_000 })).toEqual([
      ['RunTask', 1.5],
      ['Paint', 0.5],
    ]);
  });
});
