import { describe, expect, it } from 'vitest';
import { readLeadingEntries } from '../../../src/data/leading-entries.js';

/** `text` as a stream of `chunks` pieces cut at the given places; records whether it was cancelled. */
function streamOf(text: string, cuts: readonly number[] = []): ReadableStream<string> & { cancelled: () => boolean } {
  const pieces = [0, ...cuts, text.length]
    .slice(1)
    .map((end, index, ends) => text.slice(index ? ends[index - 1] : 0, end));
  let cancelled = false;
  let next = 0;
  const stream = new ReadableStream<string>({
    pull(controller) {
      if (next < pieces.length) controller.enqueue(pieces[next++]!);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return Object.assign(stream, { cancelled: () => cancelled });
}

const release = (n: number): object => ({
  id: `r-${n}`,
  title: { en: `Release ${n} [with] {brackets}`, ru: `Релиз ${n} "в кавычках" \\ и \\"` },
  date: '2024-09-05',
  tags: ['a', 'b'],
  event: { name: 'E', memberStates: ['KZ'] },
});
const releases = Array.from({ length: 12 }, (_, n) => release(n));
const atLeast = (count: number) => (entries: readonly unknown[]) => entries.length >= count;

describe('readLeadingEntries', () => {
  it('reads the entries of `releases` as they arrive, wherever the chunks are cut', async () => {
    const text = JSON.stringify({ releases: releases.slice(0, 4) });
    for (let cut = 1; cut < text.length; cut++) {
      const entries = await readLeadingEntries(streamOf(text, [cut]), atLeast(3));
      expect(entries, `cut at ${cut}`).toEqual(releases.slice(0, 3));
    }
  });

  it('stops reading once it has enough, and cancels the rest', async () => {
    const text = JSON.stringify({ releases, next: 'page-2.json' });
    const cuts = Array.from({ length: 40 }, (_, index) => Math.floor(((index + 1) * text.length) / 41));
    const stream = streamOf(text, cuts);
    const entries = await readLeadingEntries(stream, atLeast(2));
    expect(entries).toHaveLength(2);
    expect(stream.cancelled()).toBe(true);
  });

  it('finds `releases` after other keys, whitespace and strings that say "releases"', async () => {
    const text = `{
      "title": "releases",
      "memberStates": [{ "code": "KZ", "name": "Kazakhstan", "releases": [1, 2] }],
      "x": { "releases": [{ "id": "nested" }] },
      "releases" : [ ${JSON.stringify(releases[0])} , ${JSON.stringify(releases[1])} ]
    }`;
    expect(await readLeadingEntries(streamOf(text, [50, 100, 151]), atLeast(2))).toEqual(releases.slice(0, 2));
  });

  it('gives up when the array or the text ends first: the whole answer is read as usual', async () => {
    const text = JSON.stringify({ releases: releases.slice(0, 2), next: 'page-2.json' });
    expect(await readLeadingEntries(streamOf(text, [20]), atLeast(3))).toBeUndefined();
    expect(await readLeadingEntries(streamOf(text.slice(0, 60)), atLeast(3))).toBeUndefined();
  });

  it('reads nothing of a document that is not an object with `releases`', async () => {
    for (const text of [
      JSON.stringify(releases),
      JSON.stringify({ items: releases }),
      JSON.stringify({ data: { releases } }),
      '"releases"',
    ])
      expect(await readLeadingEntries(streamOf(text), atLeast(1)), text.slice(0, 30)).toBeUndefined();
  });

  it('gives up on an entry that is no JSON', async () => {
    const text = `{"releases": [${JSON.stringify(releases[0])}, {"id": "x", "title": 'single'}, ${JSON.stringify(releases[1])}]}`;
    expect(await readLeadingEntries(streamOf(text), atLeast(3))).toBeUndefined();
  });

  it('stops when its signal is aborted', async () => {
    let feed: ReadableStreamDefaultController<string> | undefined;
    let cancelled = false;
    const stream = new ReadableStream<string>({
      start(controller) {
        feed = controller;
      },
      cancel() {
        cancelled = true;
      },
    });
    const whole = new AbortController();
    const reading = readLeadingEntries(stream, atLeast(5), whole.signal);
    feed!.enqueue(`{"releases": [${JSON.stringify(releases[0])},`);
    whole.abort();
    expect(await reading).toBeUndefined();
    expect(cancelled).toBe(true);
  });
});
