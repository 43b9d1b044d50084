/**
 * Unsigned 64-bit integers held as two unsigned 32-bit halves, so that a generator state
 * stays plain JSON (no BigInt, which JSON.stringify rejects).
 */
import { utf8Bytes } from './utf8';

/** An unsigned 64-bit integer as `hi * 2^32 + lo`, each half in [0, 2^32). */
export interface Uint64 {
  readonly hi: number;
  readonly lo: number;
}

const TWO_POW_32 = 0x1_0000_0000;
const TWO_POW_16 = 0x1_0000;

/** Builds a {@link Uint64} from two halves, reducing each modulo 2^32. */
export function uint64(hi: number, lo: number): Uint64 {
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

/**
 * Converts a non-negative safe integer (at most 2^53 − 1) to a {@link Uint64}.
 * The caller checks the range; anything else is reduced modulo 2^64 on its integer part.
 */
export function uint64FromNumber(value: number): Uint64 {
  return uint64(Math.floor(value / TWO_POW_32), value % TWO_POW_32);
}

/** `a + b` modulo 2^64. */
export function add64(a: Uint64, b: Uint64): Uint64 {
  const lo = a.lo + b.lo;
  const carry = lo >= TWO_POW_32 ? 1 : 0;
  return uint64(a.hi + b.hi + carry, lo);
}

/** `a XOR b`. */
export function xor64(a: Uint64, b: Uint64): Uint64 {
  return uint64(a.hi ^ b.hi, a.lo ^ b.lo);
}

/** `a << bits` modulo 2^64, for bits in [0, 32). */
export function shiftLeft64(a: Uint64, bits: number): Uint64 {
  if (bits === 0) {
    return a;
  }
  return uint64((a.hi << bits) | (a.lo >>> (32 - bits)), a.lo << bits);
}

/** `a >>> bits` (logical), for bits in [0, 32). */
export function shiftRight64(a: Uint64, bits: number): Uint64 {
  if (bits === 0) {
    return a;
  }
  return uint64(a.hi >>> bits, (a.lo >>> bits) | (a.hi << (32 - bits)));
}

/** `a * b` modulo 2^64. */
export function multiply64(a: Uint64, b: Uint64): Uint64 {
  const low = multiply32Full(a.lo, b.lo);
  // The cross terms only reach the high half; Math.imul keeps their low 32 bits.
  const hi = low.hi + Math.imul(a.hi, b.lo) + Math.imul(a.lo, b.hi);
  return uint64(hi, low.lo);
}

/** The full 64-bit product of two unsigned 32-bit numbers, from 16-bit limbs (all exact in doubles). */
function multiply32Full(a: number, b: number): Uint64 {
  const a0 = a % TWO_POW_16;
  const a1 = Math.floor(a / TWO_POW_16);
  const b0 = b % TWO_POW_16;
  const b1 = Math.floor(b / TWO_POW_16);
  const middle = a0 * b1 + a1 * b0;
  const low = a0 * b0 + (middle % TWO_POW_16) * TWO_POW_16;
  const carry = Math.floor(low / TWO_POW_32);
  return uint64(a1 * b1 + Math.floor(middle / TWO_POW_16) + carry, low % TWO_POW_32);
}

// FNV-1a 64-bit parameters, from http://www.isthe.com/chongo/tech/comp/fnv/ (offset basis and prime).
const FNV_OFFSET_BASIS: Uint64 = uint64(0xcbf29ce4, 0x84222325);
const FNV_PRIME: Uint64 = uint64(0x0000_0100, 0x0000_01b3);

/**
 * FNV-1a 64-bit hash of a string's UTF-8 bytes, used to turn a seed text or a stream name into
 * 64 bits. Matches the published test vectors (e.g. "a" → 0xaf63dc4c8601ec8c).
 */
export function hashString64(text: string): Uint64 {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of utf8Bytes(text)) {
    hash = multiply64(xor64(hash, uint64(0, byte)), FNV_PRIME);
  }
  return hash;
}
