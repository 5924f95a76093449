import { chunksWithin } from './kafka.adapter.js';

describe('chunksWithin', () => {
  const size = (item: number) => item;

  it('keeps each run within the limit', () => {
    expect(chunksWithin([4, 3, 2, 5, 1], 6, size)).toEqual([[4], [3, 2], [5, 1]]);
  });

  it('gives an oversized item its own run', () => {
    expect(chunksWithin([2, 9, 2], 6, size)).toEqual([[2], [9], [2]]);
  });

  it('returns no run for no items', () => {
    expect(chunksWithin([], 6, size)).toEqual([]);
  });
});
