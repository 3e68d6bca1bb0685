import { describe, expect, it } from 'vitest';
import { alternatingOrder, median, spread, verdict } from '../../../bench/statistics.mjs';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[10, 40, 20, 30], 25],
    [[7, 7, 100, 7, 1, 7, 8], 7],
    [[2.5, -1], 0.75],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves its input in the order it came', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('spread', () => {
  it('is the smallest and the largest run', () => {
    expect(spread([120, 98, 143, 101])).toEqual({ min: 98, max: 143 });
    expect(spread([4])).toEqual({ min: 4, max: 4 });
  });

  it('refuses no values', () => {
    expect(() => spread([])).toThrow(RangeError);
  });
});

describe('alternatingOrder', () => {
  it('alternates two variants strictly, ours first', () => {
    expect(alternatingOrder(['ours', 'limit'], 3)).toEqual(['ours', 'limit', 'ours', 'limit', 'ours', 'limit']);
  });

  it('cycles through three variants, each `runs` times', () => {
    const order = alternatingOrder(['ssr', 'ours', 'limit'], 7);
    expect(order.slice(0, 6)).toEqual(['ssr', 'ours', 'limit', 'ssr', 'ours', 'limit']);
    expect(order.filter((variant) => variant === 'limit')).toHaveLength(7);
    expect(order).toHaveLength(21);
  });
});

describe('verdict', () => {
  it.each([
    [1.29, 1.3, 'ok'],
    [1.3, 1.3, 'ok'],
    [1.31, 1.3, 'over'],
    [3, 2, 'over'],
  ] as const)('%d against %d is %s', (value, limit, expected) => {
    expect(verdict(value, limit)).toBe(expected);
  });
});
