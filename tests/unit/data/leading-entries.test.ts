import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLeadingEntries } from '../../../src/data/leading-entries.js';

/** `bytes` as a stream of the given chunks; records how many were read and whether it was cancelled. */
function byteStreamOf(
  chunks: readonly Uint8Array[],
): ReadableStream<Uint8Array> & { reads: () => number; cancelled: () => boolean } {
  let next = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < chunks.length) controller.enqueue(chunks[next++]!);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return Object.assign(stream, { reads: () => next, cancelled: () => cancelled });
}

/** `text` in UTF-8, as a stream of chunks cut at the given bytes. */
function streamOf(text: string, cuts: readonly number[] = []): ReturnType<typeof byteStreamOf> {
  const bytes = new TextEncoder().encode(text);
  const ends = [...cuts, bytes.length];
  return byteStreamOf(ends.map((end, index) => bytes.subarray(index ? ends[index - 1] : 0, end)));
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

  it('decodes UTF-8 cut anywhere, by chunks and by slices', async () => {
    const text = JSON.stringify({ releases: releases.slice(0, 3) });
    const length = new TextEncoder().encode(text).length;
    for (const slice of [1, 2, 3, 7, 64]) {
      for (let cut = 1; cut < length; cut += 5) {
        const entries = await readLeadingEntries(streamOf(text, [cut]), atLeast(3), slice);
        expect(entries, `slice ${slice}, cut at ${cut}`).toEqual(releases.slice(0, 3));
      }
    }
  });

  describe('an answer that is all here, in one chunk', () => {
    afterEach(() => vi.restoreAllMocks());

    it('decodes a slice at a time, and no more than it needs', async () => {
      const many = Array.from({ length: 400 }, (_, n) => release(n));
      const text = JSON.stringify({ releases: many });
      const decode = vi.spyOn(TextDecoder.prototype, 'decode');
      const stream = streamOf(text);
      expect(await readLeadingEntries(stream, atLeast(3), 1024)).toEqual(many.slice(0, 3));
      const decoded = decode.mock.calls.map(([input]) => (input as Uint8Array).length);
      expect(Math.max(...decoded)).toBe(1024);
      expect(decoded.reduce((sum, length) => sum + length, 0)).toBeLessThan(text.length / 10);
      expect(stream.cancelled()).toBe(true);
    });
  });
});
