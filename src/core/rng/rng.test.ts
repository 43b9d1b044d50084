import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RngState } from './rng';
import { deriveStream, nextBelow, nextFloat, nextUint32, rollD100, seedRng } from './rng';

/** The first `count` values of `draw` from `start`. */
function sequence(
  start: RngState,
  count: number,
  draw: (state: RngState) => readonly [number, RngState] = nextUint32,
): number[] {
  const values: number[] = [];
  let state = start;
  for (let index = 0; index < count; index += 1) {
    const [value, next] = draw(state);
    values.push(value);
    state = next;
  }
  return values;
}

describe('seedRng', () => {
  it('gives the same draws for the same seed and stream', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.string()), fc.string(), (seed, stream) => {
        expect(sequence(seedRng(seed, stream), 5)).toEqual(sequence(seedRng(seed, stream), 5));
      }),
    );
  });

  it('gives different draws for different streams of one seed', () => {
    expect(sequence(seedRng(1, 'world'), 8)).not.toEqual(sequence(seedRng(1, 'strategy'), 8));
  });

  it('gives different draws for different seeds', () => {
    expect(sequence(seedRng(1), 8)).not.toEqual(sequence(seedRng(2), 8));
    expect(sequence(seedRng('1'), 8)).not.toEqual(sequence(seedRng(1), 8));
  });

  it('never lets strategy draws shift the world stream', () => {
    let strategy = seedRng(7, 'strategy');
    for (let index = 0; index < 50; index += 1) {
      strategy = nextUint32(strategy)[1];
    }
    expect(sequence(seedRng(7, 'world'), 5)).toEqual(sequence(seedRng(7), 5));
  });
});

describe('deriveStream', () => {
  it('derives without advancing the parent, deterministically', () => {
    const parent = seedRng(3);
    const child = deriveStream(parent, 'bot-1');
    expect(child).toEqual(deriveStream(seedRng(3), 'bot-1'));
    expect(sequence(parent, 4)).toEqual(sequence(seedRng(3), 4));
    expect(sequence(child, 4)).not.toEqual(sequence(deriveStream(parent, 'bot-2'), 4));
  });
});

describe('draws', () => {
  it('keeps floats in [0, 1)', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        for (const value of sequence(seedRng(seed), 20, nextFloat)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('rolls every face of a d100 and nothing else', () => {
    const rolls = sequence(seedRng(11), 5000, rollD100);
    expect(new Set(rolls).size).toBe(100);
    expect(Math.min(...rolls)).toBe(1);
    expect(Math.max(...rolls)).toBe(100);
  });

  it('rolls each d100 face about 1 % of the time (4-sigma binomial band)', () => {
    const runs = 20000;
    const counts = new Array<number>(101).fill(0);
    for (const roll of sequence(seedRng(12), runs, rollD100)) {
      counts[roll] = (counts[roll] ?? 0) + 1;
    }
    const sigma = Math.sqrt(runs * 0.01 * 0.99);
    for (const count of counts.slice(1)) {
      expect(Math.abs(count - runs * 0.01)).toBeLessThan(4 * sigma);
    }
  });

  it('rejects a bound outside [1, 2^32 - 1]', () => {
    expect(() => nextBelow(seedRng(1), 0)).toThrow(RangeError);
    expect(() => nextBelow(seedRng(1), 2.5)).toThrow(RangeError);
  });

  it('keeps the state plain JSON', () => {
    const state = nextFloat(seedRng('campaign'))[1];
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
