/**
 * Seeded randomness for core. API:
 *
 * - {@link seedRng}`(seed, stream?)` → {@link RngState}: a named stream (`'world'`, `'strategy'`, …) from one seed.
 * - {@link deriveStream}`(state, name)` → RngState: a child stream, without advancing the parent.
 * - {@link nextUint32}`(state)` → `[uint32, nextState]`.
 * - {@link nextFloat}`(state)` → `[float in [0, 1), nextState]`.
 * - {@link nextBelow}`(state, bound)` → `[integer in [0, bound), nextState]`, unbiased.
 * - {@link rollD100}`(state)` → `[integer 1..100, nextState]`, unbiased.
 * - {@link pcg32Seed} / {@link pcg32Next}: the bare PCG32 reference functions (for known-answer tests).
 *
 * States are plain JSON; nothing here reads a clock or Math.random.
 */
export type { RngState, RngSeed, StreamName } from './rng';
export { STREAMS, seedRng, deriveStream, nextUint32, nextFloat, nextBelow, rollD100 } from './rng';
export type { Pcg32State } from './pcg32';
export { pcg32Seed, pcg32Next, pcg32Below } from './pcg32';
export type { Uint64 } from './uint64';
export { uint64 } from './uint64';
