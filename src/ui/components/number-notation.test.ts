import { describe, expect, it } from 'vitest';
import { notationOf, writeNumber } from './number-notation';

/** What the engine writes, which the notation must match character for character. */
const ENGINE = new Map<string, Intl.NumberFormat>();
function engine(language: string, style: 'percent' | 'decimal', digits: number, value: number) {
  const key = `${language}|${style}|${String(digits)}`;
  let format = ENGINE.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, {
      style,
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    ENGINE.set(key, format);
  }
  return format.format(value);
}

function written(language: string, style: 'percent' | 'decimal', digits: number, value: number) {
  const notation = notationOf(language);
  if (notation === undefined) {
    throw new Error(`no notation for ${language}`);
  }
  return writeNumber(value, digits, notation, style);
}

/** Values where rounding a double is easy to get wrong, and the game's own kinds of figures. */
const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.05,
  0.005,
  1.005,
  2.675,
  0.125,
  0.145,
  0.0145,
  0.00145,
  0.995,
  0.9995,
  0.99995,
  9.995,
  99.995,
  999.5,
  999.995,
  1234.5,
  12345.678,
  1234567.891,
  0.3315,
  0.33145833,
  0.551,
  0.96,
  0.0121,
  1 / 3,
  2 / 3,
  0.1 + 0.2,
  1e-7,
  1.5e-7,
  5e-324,
  123456789012345680000,
  -0.001,
  -0.5,
  -1234.5,
  0.000001,
  96.004,
  99.99999,
  1e20,
  4.35,
  1.45,
  8.675,
];

describe('numbers written without Intl', () => {
  it('writes what Intl writes for the edge values, in both shipped languages', () => {
    for (const language of ['en', 'de']) {
      for (const style of ['percent', 'decimal'] as const) {
        for (const digits of [0, 1, 2, 3, 6, 10, 20]) {
          for (const value of EDGES) {
            expect(
              written(language, style, digits, value),
              `${language} ${style} ${digits} ${value}`,
            ).toBe(engine(language, style, digits, value));
          }
        }
      }
    }
  });

  it('writes what Intl writes for random values of every magnitude the game shows', () => {
    // A fixed sequence (mulberry32), so a failure names the same value on every run.
    let seed = 20261130;
    const next = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    for (let index = 0; index < 20_000; index += 1) {
      const language = index % 2 === 0 ? 'en' : 'de';
      const style = index % 3 === 0 ? 'decimal' : 'percent';
      const digits = index % 7;
      // Probabilities, hours and counts: from 1e-6 to 1e7, with a sign now and then.
      const magnitude = 10 ** (next() * 13 - 6);
      const value = (index % 11 === 0 ? -1 : 1) * magnitude;
      expect(
        written(language, style, digits, value),
        `${language} ${style} ${digits} ${value}`,
      ).toBe(engine(language, style, digits, value));
    }
  });

  it('writes figures rounded at their last digit as Intl does (a tie goes away from zero)', () => {
    // 12.345% at two decimals and 12.35% at one: each a tie as written, though not as a double.
    for (let step = 0; step <= 10_000; step += 1) {
      const atTwo = (step + 0.5) / 1_000_000;
      const atOne = (step + 0.5) / 100_000;
      for (const language of ['en', 'de']) {
        expect(written(language, 'percent', 2, atTwo)).toBe(engine(language, 'percent', 2, atTwo));
        expect(written(language, 'percent', 1, atOne)).toBe(engine(language, 'percent', 1, atOne));
      }
    }
  });

  it('leaves to Intl what it does not write', () => {
    const notation = notationOf('en');
    expect(notation).toBeDefined();
    if (notation === undefined) return;
    expect(writeNumber(Number.POSITIVE_INFINITY, 2, notation, 'decimal')).toBeUndefined();
    expect(writeNumber(Number.NaN, 2, notation, 'percent')).toBeUndefined();
    expect(writeNumber(1e21, 2, notation, 'decimal')).toBeUndefined();
    expect(notationOf('fr')).toBeUndefined();
  });
});
