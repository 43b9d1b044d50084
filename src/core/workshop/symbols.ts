/**
 * The alphabet, the bit packing and the checksums of the workshop codes (docs/ARCHITECTURE.md,
 * "Workshop codes"). Codes are written in Crockford's base32: the digits and the letters without
 * I, L, O and U, five bits a symbol, grouped in fours with dashes. Reading is forgiving the way
 * Crockford's spec asks: case does not matter, dashes and spaces are ignored, I and L read as 1,
 * O as 0. Source: Douglas Crockford, "Base 32" (https://www.crockford.com/base32.html).
 */

/** The 32 symbols, value order. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols per group when a code is written out. */
const GROUP = 4;

/** A character of a typed code that is no symbol: where it is (0-based, as typed) and what. */
export interface BadCharacter {
  readonly at: number;
  readonly character: string;
}

/**
 * The symbol values of a typed code, or the first character that is none. Dashes and white
 * space are skipped; I/L read as 1 and O as 0; case is ignored.
 */
export function readSymbols(code: string): { symbols: number[] } | { bad: BadCharacter } {
  const symbols: number[] = [];
  let at = 0;
  for (const character of code) {
    const upper = character.toUpperCase();
    if (upper === '-' || /\s/u.test(upper)) {
      at += character.length;
      continue;
    }
    const normal = upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
    const value = normal.length === 1 ? CODE_ALPHABET.indexOf(normal) : -1;
    if (value < 0) {
      return { bad: { at, character } };
    }
    symbols.push(value);
    at += character.length;
  }
  return { symbols };
}

/** Writes symbol values as a code: groups of four joined by dashes. */
export function writeSymbols(symbols: readonly number[]): string {
  const text = symbols.map((value) => CODE_ALPHABET.charAt(value)).join('');
  const groups: string[] = [];
  for (let from = 0; from < text.length; from += GROUP) {
    groups.push(text.slice(from, from + GROUP));
  }
  return groups.join('-');
}

/** Collects bits, most significant first, and cuts them into 5-bit symbols. */
export class BitWriter {
  private readonly _bits: number[] = [];

  /** Writes `value` in exactly `width` bits (0 ≤ value < 2^width, width ≤ 32). */
  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`BitWriter: ${value} does not fit in ${width} bits`);
    }
    for (let bit = width - 1; bit >= 0; bit -= 1) {
      this._bits.push(Math.floor(value / 2 ** bit) % 2);
    }
  }

  /**
   * Writes a non-negative integer in groups of four bits, each with a continuation bit in front
   * (one group is one symbol): small counts cost one symbol.
   */
  writeVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`BitWriter: ${value} is not a count`);
    }
    const groups: number[] = [];
    let rest = value;
    do {
      groups.unshift(rest % 16);
      rest = Math.floor(rest / 16);
    } while (rest > 0);
    groups.forEach((group, index) => this.write((index < groups.length - 1 ? 16 : 0) + group, 5));
  }

  /** The bits written so far, padded with zero bits to whole symbols. */
  symbols(): number[] {
    const symbols: number[] = [];
    for (let from = 0; from < this._bits.length; from += 5) {
      let value = 0;
      for (let bit = 0; bit < 5; bit += 1) {
        value = value * 2 + (this._bits[from + bit] ?? 0);
      }
      symbols.push(value);
    }
    return symbols;
  }
}

/** Reads what a {@link BitWriter} wrote; reading past the end throws {@link CodeEnded}. */
export class BitReader {
  private _at = 0;
  private readonly _bits: number[];

  constructor(symbols: readonly number[]) {
    this._bits = symbols.flatMap((value) => [4, 3, 2, 1, 0].map((bit) => (value >> bit) & 1));
  }

  /** Reads `width` bits as an unsigned integer. */
  read(width: number): number {
    if (this._at + width > this._bits.length) {
      throw new CodeEnded();
    }
    let value = 0;
    for (let bit = 0; bit < width; bit += 1) {
      value = value * 2 + (this._bits[this._at + bit] ?? 0);
    }
    this._at += width;
    return value;
  }

  /** Reads a {@link BitWriter.writeVarint} count (at most 11 groups, a safe integer). */
  readVarint(): number {
    let value = 0;
    for (let group = 0; group < 11; group += 1) {
      const symbol = this.read(5);
      value = value * 16 + (symbol % 16);
      if (symbol < 16) {
        return value;
      }
    }
    throw new CodeEnded();
  }

  /** True when only zero padding (less than one symbol) is left. */
  atPaddedEnd(): boolean {
    const rest = this._bits.slice(this._at);
    return rest.length < 5 && rest.every((bit) => bit === 0);
  }
}

/** Thrown by {@link BitReader} when a code ends early; decoders turn it into `malformed`. */
export class CodeEnded extends Error {
  constructor() {
    super('the code ends too early');
  }
}

/**
 * A CRC over the symbols' bits (five a symbol, most significant first), register preset to all
 * ones. A CRC whose generator has degree r and a constant term detects every error burst of at
 * most r bits: a changed symbol is a burst of at most 5 bits, two swapped neighbours one of at
 * most 10. So CRC-10 catches every single-symbol change and every adjacent transposition, and
 * CRC-32 catches every change within six neighbouring symbols (W. W. Peterson and D. T. Brown,
 * "Cyclic Codes for Error Detection", Proc. IRE 49(1), 1961).
 */
function crc(symbols: readonly number[], width: number, polynomial: number): number {
  const top = 2 ** (width - 1);
  const size = 2 ** width;
  let register = size - 1;
  for (const symbol of symbols) {
    for (let bit = 4; bit >= 0; bit -= 1) {
      const feedback = (register >= top ? 1 : 0) ^ ((symbol >> bit) & 1);
      register = (register * 2) % size;
      if (feedback === 1) {
        register = xor(register, polynomial);
      }
    }
  }
  return register;
}

/** XOR of two unsigned integers below 2^32 (JavaScript's `^` is signed 32-bit). */
function xor(a: number, b: number): number {
  return (a ^ b) >>> 0;
}

/** CRC-10/ATM, x^10 + x^9 + x^5 + x^4 + x + 1: two check symbols. */
export function crc10(symbols: readonly number[]): number {
  return crc(symbols, 10, 0x233);
}

/** CRC-32 (the IEEE 802.3 polynomial 0x04C11DB7, unreflected): seven check symbols. */
export function crc32(symbols: readonly number[]): number {
  return crc(symbols, 32, 0x04c11db7);
}

/** A check value as `count` symbols, most significant first. */
export function checkSymbols(value: number, count: number): number[] {
  return Array.from(
    { length: count },
    (_, index) => Math.floor(value / 32 ** (count - 1 - index)) % 32,
  );
}

/** The number of bits that hold the values 0 … count − 1 (0 for a single value). */
export function bitsFor(count: number): number {
  let width = 0;
  while (2 ** width < count) {
    width += 1;
  }
  return width;
}
