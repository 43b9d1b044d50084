import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_95, wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, Table II, method 3 (Wilson score, no
  // continuity correction), quoted to 4 decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches Newcombe 1998 for %i of %i', (successes, n, low, high) => {
    const interval = wilsonInterval(successes / n, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('gives [0, z²/(n + z²)] for 0 of 100, computed by hand', () => {
    // p = 0: centre = half = (z²/2n)/(1 + z²/n), so high = (z²/n)/(1 + z²/n) = z²/(n + z²).
    const interval = wilsonInterval(0, 100);
    expect(interval.low).toBe(0);
    expect(interval.high).toBeCloseTo(3.841458820694124 / (100 + 3.841458820694124), 12);
    expect(interval.high).toBeCloseTo(0.036993, 6);
  });

  it('is symmetric around 0.5 for 50 of 100: 0.5 ± 0.0962, computed by hand', () => {
    // half = z/(1 + z²/n) · √(0.25/n + z²/4n²) = 1.96/1.0384 · √(0.0025 + 0.0000960) ≈ 0.096168
    const interval = wilsonInterval(0.5, 100);
    expect(interval.low).toBeCloseTo(0.403832, 6);
    expect(interval.high).toBeCloseTo(0.596168, 6);
  });

  it('reaches exactly 1 at 100 of 100', () => {
    expect(wilsonInterval(1, 100).high).toBe(1);
  });

  it('uses z = 1.959964 for 95 %', () => {
    expect(Z_95).toBeCloseTo(1.959964, 6);
  });

  it('always lies in [0, 1] and contains the observed rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, rate) => {
          const { low, high } = wilsonInterval(rate, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(rate + 1e-12);
          expect(high).toBeGreaterThanOrEqual(rate - 1e-12);
        },
      ),
    );
  });

  it('refuses a rate outside [0, 1] or a non-integer n', () => {
    expect(() => wilsonInterval(1.2, 100)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 10.5)).toThrow(RangeError);
  });
});
