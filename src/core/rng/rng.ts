/**
 * The game's random draws: a PCG32 state kept as plain data, where every draw returns
 * `[value, nextState]`. There is no hidden generator object, so a state can sit in GameState,
 * be saved as JSON and be replayed.
 */
import type { Pcg32State } from './pcg32';
import { pcg32Below, pcg32Next, pcg32Seed } from './pcg32';
import { hashString64, uint64FromNumber, xor64 } from './uint64';

/** A generator state: plain JSON data, safe to store in GameState and in saves. */
export type RngState = Pcg32State;

/** A seed: a non-negative safe integer is used as is; any other number or a text is hashed. */
export type RngSeed = number | string;

/**
 * Well-known stream names. The world's dice and each strategy's own choices use separate
 * streams, so changing a strategy never shifts the world's draws.
 */
export const STREAMS = { world: 'world', strategy: 'strategy' } as const;

/** Name of a stream; any text works, {@link STREAMS} lists the usual ones. */
export type StreamName = string;

const TWO_POW_32 = 0x1_0000_0000;

/**
 * Seeds the named stream from one seed. Same seed and stream → same draws; different streams
 * from the same seed are independent sequences (distinct PCG increments and start states).
 * @defaultValue stream `'world'`
 */
export function seedRng(seed: RngSeed, stream: StreamName = STREAMS.world): RngState {
  const streamHash = hashString64(stream);
  return pcg32Seed(xor64(seedToUint64(seed), streamHash), streamHash);
}

/** A safe non-negative integer keeps its value so small seeds are readable; the rest is hashed. */
function seedToUint64(seed: RngSeed) {
  if (typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0) {
    return uint64FromNumber(seed);
  }
  return hashString64(`${typeof seed}:${String(seed)}`);
}

/**
 * Derives a named child stream from a state without advancing it, e.g. one stream per bot.
 * The child depends only on the parent's current state and the name.
 */
export function deriveStream(parent: RngState, name: StreamName): RngState {
  const nameHash = hashString64(name);
  return pcg32Seed(xor64(parent.state, nameHash), xor64(parent.increment, nameHash));
}

/** The next unsigned 32-bit integer in [0, 2^32). */
export function nextUint32(rng: RngState): readonly [number, RngState] {
  return pcg32Next(rng);
}

/**
 * A float in [0, 1) with 32 bits of resolution (one draw divided by 2^32): enough to compare
 * against probabilities given to two or three decimals.
 */
export function nextFloat(rng: RngState): readonly [number, RngState] {
  const [value, next] = pcg32Next(rng);
  return [value / TWO_POW_32, next];
}

/**
 * An unbiased integer in [0, bound), for an integer bound in [1, 2^32 − 1].
 * @throws RangeError for any other bound: that is a programming error, not a game event.
 */
export function nextBelow(rng: RngState, bound: number): readonly [number, RngState] {
  if (!Number.isInteger(bound) || bound < 1 || bound >= TWO_POW_32) {
    throw new RangeError(`nextBelow: bound must be an integer in [1, 2^32 - 1], got ${bound}`);
  }
  return pcg32Below(rng, bound);
}

/** A percentile die: an unbiased integer from 1 to 100 inclusive. */
export function rollD100(rng: RngState): readonly [number, RngState] {
  const [value, next] = pcg32Below(rng, 100);
  return [value + 1, next];
}
