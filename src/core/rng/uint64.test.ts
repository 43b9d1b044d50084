import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Uint64 } from './uint64';
import {
  add64,
  hashString64,
  multiply64,
  shiftLeft64,
  shiftRight64,
  uint64,
  uint64FromNumber,
} from './uint64';

const MASK = (1n << 64n) - 1n;
const toBig = (value: Uint64): bigint => (BigInt(value.hi) << 32n) | BigInt(value.lo);
const fromBig = (value: bigint): Uint64 =>
  uint64(Number((value >> 32n) & 0xffffffffn), Number(value & 0xffffffffn));
const arbitraryUint64 = fc.bigInt({ min: 0n, max: MASK });

describe('uint64 arithmetic', () => {
  it('multiplies modulo 2^64 like BigInt does', () => {
    fc.assert(
      fc.property(arbitraryUint64, arbitraryUint64, (a, b) => {
        expect(toBig(multiply64(fromBig(a), fromBig(b)))).toBe((a * b) & MASK);
      }),
    );
  });

  it('adds modulo 2^64 like BigInt does', () => {
    fc.assert(
      fc.property(arbitraryUint64, arbitraryUint64, (a, b) => {
        expect(toBig(add64(fromBig(a), fromBig(b)))).toBe((a + b) & MASK);
      }),
    );
  });

  it('shifts like BigInt does', () => {
    fc.assert(
      fc.property(arbitraryUint64, fc.integer({ min: 0, max: 31 }), (a, bits) => {
        expect(toBig(shiftLeft64(fromBig(a), bits))).toBe((a << BigInt(bits)) & MASK);
        expect(toBig(shiftRight64(fromBig(a), bits))).toBe(a >> BigInt(bits));
      }),
    );
  });

  it('keeps a safe integer exactly', () => {
    expect(toBig(uint64FromNumber(Number.MAX_SAFE_INTEGER))).toBe(2n ** 53n - 1n);
  });
});

describe('hashString64', () => {
  // FNV-1a 64 test vectors from http://www.isthe.com/chongo/tech/comp/fnv/ (offset basis, "a", "foobar").
  it.each([
    ['', 0xcbf29ce484222325n],
    ['a', 0xaf63dc4c8601ec8cn],
    ['foobar', 0x85944171f73967e8n],
  ])('hashes %j to the published FNV-1a value', (text, expected) => {
    expect(toBig(hashString64(text))).toBe(expected);
  });

  it('hashes the UTF-8 bytes of non-ASCII text (checked against Python hashing str.encode())', () => {
    expect(toBig(hashString64('é€𝄞'))).toBe(0xfc2e24a3faa1be6en);
  });
});
