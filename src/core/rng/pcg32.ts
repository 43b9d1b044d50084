/**
 * PCG32 (the "pcg32" generator: 64-bit LCG state, XSH-RR output permutation, 32-bit output).
 * Reference: M. E. O'Neill, "PCG: A Family of Simple Fast Space-Efficient Statistically Good
 * Algorithms for Random Number Generation", HMC-CS-2014-0905 (2014), and the minimal C
 * implementation at https://www.pcg-random.org/download.html (pcg32_random_r, pcg32_srandom_r,
 * pcg32_boundedrand_r), which this file follows step by step.
 */
import type { Uint64 } from './uint64';
import { add64, multiply64, shiftLeft64, shiftRight64, uint64, xor64 } from './uint64';

/** A PCG32 state as plain JSON data: the 64-bit LCG state and the odd 64-bit increment (the stream). */
export interface Pcg32State {
  readonly algorithm: 'pcg32';
  readonly state: Uint64;
  readonly increment: Uint64;
}

// 6364136223846793005, the 64-bit LCG multiplier of the reference implementation.
const MULTIPLIER: Uint64 = uint64(0x5851f42d, 0x4c957f2d);

/** One LCG step: `state * MULTIPLIER + increment`. */
function advance(rng: Pcg32State): Pcg32State {
  return { ...rng, state: add64(multiply64(rng.state, MULTIPLIER), rng.increment) };
}

/** XSH-RR: xorshift the high bits down, then rotate right by the top 5 bits of the old state. */
function output(oldState: Uint64): number {
  const mixed = xor64(shiftRight64(oldState, 18), oldState);
  const xorshifted = shiftRight64(mixed, 27).lo;
  const rotation = oldState.hi >>> 27;
  return ((xorshifted >>> rotation) | (xorshifted << (-rotation & 31))) >>> 0;
}

/** Returns the next 32-bit output in [0, 2^32) and the advanced state (pcg32_random_r). */
export function pcg32Next(rng: Pcg32State): readonly [number, Pcg32State] {
  return [output(rng.state), advance(rng)];
}

/**
 * Seeds a generator exactly as pcg32_srandom_r(initState, initSequence) does, so the reference
 * outputs can be checked. Different `initSequence` values select different streams.
 */
export function pcg32Seed(initState: Uint64, initSequence: Uint64): Pcg32State {
  const increment = uint64(shiftLeft64(initSequence, 1).hi, shiftLeft64(initSequence, 1).lo | 1);
  const started = advance({ algorithm: 'pcg32', state: uint64(0, 0), increment });
  return advance({ ...started, state: add64(started.state, initState) });
}

/**
 * An unbiased integer in [0, bound) for 1 ≤ bound ≤ 2^32 − 1, by rejecting the few low outputs
 * that would favour small results (pcg32_boundedrand_r). Returns the value and the next state.
 */
export function pcg32Below(rng: Pcg32State, bound: number): readonly [number, Pcg32State] {
  // (2^32 - bound) % bound, the reference's `-bound % bound` in uint32 arithmetic.
  const threshold = (0x1_0000_0000 - bound) % bound;
  let current = rng;
  for (;;) {
    const [value, next] = pcg32Next(current);
    current = next;
    if (value >= threshold) {
      return [value % bound, current];
    }
  }
}
