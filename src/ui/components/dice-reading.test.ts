import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBounds, splitBranchOf } from '../../core';
import { drawHappens, thresholdOf } from '../../core/rules/dice';
import {
  BELOW_ONE_FACE,
  compareDecimal,
  drawFaces,
  facesInBand,
  facesOf,
  fixedDecimal,
  readFaces,
  writeDraw,
  writeSplit,
  type DiceFaces,
} from './dice-reading';

/** A draw as the live dice make it: the rule decides `happened`. */
function drawOf(roll: number, threshold: number) {
  return { roll, threshold, happened: drawHappens(roll, threshold) };
}

/** Every face a die can show: the faces are legal and read what they claim to read. */
function expectLegalFaces(faces: DiceFaces): void {
  expect(['', ...Array.from({ length: 10 }, (_, i) => String(i * 10).padStart(2, '0'))]).toContain(
    faces.tens,
  );
  expect(['', BELOW_ONE_FACE, ...Array.from({ length: 10 }, (_, i) => String(i))]).toContain(
    faces.units,
  );
  expect(readFaces(faces.tens, faces.units)).toBe(faces.reading);
}

/** Rolls as the live dice make them, `100 × (1 − u)` for a 32-bit `u`. */
const liveRoll = fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((k) => 100 * (1 - k / 2 ** 32));
/** Any double in (0, 100], with many under 1 and whole numbers, and exactly 100. */
const anyRoll = fc.oneof(
  liveRoll,
  fc.double({ min: 1e-9, max: 100, noNaN: true }),
  fc.double({ min: 1e-9, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 100 }),
  fc.constant(100),
);
/** Thresholds as the odds make them (`p × 100`), whole ones, and ones under 1. */
const anyThreshold = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map(thresholdOf),
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1000 }).map((k) => thresholdOf(k / 1000)),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
/** A threshold and a roll within 1e-9 of it (on either side, or on it), kept in (0, 100]. */
const nearThreshold = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 1, max: 1000 }).map((k) => thresholdOf(k / 1000)),
      fc.double({ min: 0.001, max: 100, noNaN: true }),
    ),
    fc.oneof(fc.double({ min: -1e-9, max: 1e-9, noNaN: true }), fc.constant(0)),
  )
  .map(([threshold, offset]) => ({
    threshold,
    roll: Math.min(100, Math.max(Number.MIN_VALUE, threshold + offset)),
  }));
const anyDraw = fc.oneof(
  fc.tuple(anyRoll, anyThreshold).map(([roll, threshold]) => ({ roll, threshold })),
  nearThreshold,
);

describe('the faces of a yes/no draw', () => {
  it('reads 97 for a roll of 96.004 that did not happen against 96, never 96', () => {
    const faces = drawFaces(drawOf(96.004, 96));
    expect(faces).toEqual({ tens: '90', units: '7', reading: 97 });
  });

  it('reads 96 for a roll of 95.996 that happened against 96', () => {
    expect(drawFaces(drawOf(95.996, 96)).reading).toBe(96);
  });

  it('reads rounded down where rounding up would cross a threshold that is not whole', () => {
    // 55.05 ≤ 55.1: rounded up (56) would read above the threshold.
    expect(drawFaces(drawOf(55.05, thresholdOf(0.551)))).toEqual({
      tens: '50',
      units: '5',
      reading: 55,
    });
    // 55.5 > 55.1: rounded up, 56.
    expect(drawFaces(drawOf(55.5, thresholdOf(0.551))).reading).toBe(56);
  });

  it('never shows 00 and 0 (100) for a roll under 1', () => {
    expect(drawFaces(drawOf(0.5, 96))).toEqual({ tens: '00', units: '1', reading: 1 });
    expect(drawFaces(drawOf(0.5, 0.3))).toEqual({ tens: '00', units: '1', reading: 1 });
    // Under a threshold under 1, rounded down: 00 and <1.
    expect(drawFaces(drawOf(0.3, 0.39))).toEqual({
      tens: '00',
      units: BELOW_ONE_FACE,
      reading: 0,
    });
  });

  it('shows 00 and 0 for exactly 100, and 00 and 5 for 5', () => {
    expect(drawFaces(drawOf(100, 100))).toEqual({ tens: '00', units: '0', reading: 100 });
    expect(drawFaces(drawOf(100, 99.5))).toEqual({ tens: '00', units: '0', reading: 100 });
    expect(facesOf(5)).toEqual({ tens: '00', units: '5', reading: 5 });
    expect(facesOf(10)).toEqual({ tens: '10', units: '0', reading: 10 });
  });

  it('always read at most the threshold exactly when the draw happened (property)', () => {
    fc.assert(
      fc.property(anyDraw, ({ roll, threshold }) => {
        const draw = drawOf(roll, threshold);
        const faces = drawFaces(draw);
        expectLegalFaces(faces);
        expect(faces.reading).not.toBeNull();
        const reading = faces.reading ?? Number.NaN;
        if (reading === 0) {
          // 00 and <1: "under 1", only for a roll under 1 that happened.
          expect(draw.happened).toBe(true);
          expect(roll).toBeLessThan(1);
        } else {
          expect(reading <= threshold).toBe(draw.happened);
          expect(Math.abs(reading - roll)).toBeLessThan(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the written roll of a yes/no draw', () => {
  it('writes 96.004 > 96, never 96 > 96', () => {
    expect(writeDraw(drawOf(96.004, 96))).toEqual({
      roll: '96.004',
      threshold: '96',
      symbol: '>',
    });
  });

  it('keeps two decimals when they suffice, and the threshold as the odds give it', () => {
    expect(writeDraw(drawOf(42.123456, thresholdOf(0.551)))).toEqual({
      roll: '42.12',
      threshold: '55.1',
      symbol: '≤',
    });
    // 0.551 × 100 is 55.10000000000001 in binary; a roll of 55.1 is below it and is written so.
    expect(writeDraw(drawOf(55.1, thresholdOf(0.551)))).toEqual({
      roll: '55.1',
      threshold: '55.1',
      symbol: '≤',
    });
  });

  it('writes a roll just above a threshold with the decimals that show it', () => {
    const written = writeDraw(drawOf(96 + 1e-9, 96));
    expect(written.symbol).toBe('>');
    expect(written.roll).toBe('96.000000001');
    expect(written.threshold).toBe('96');
  });

  it('never writes a roll as 0', () => {
    expect(writeDraw(drawOf(0.001, 0.39)).roll).toBe('0.001');
    expect(writeDraw(drawOf(0.001, 0)).roll).toBe('0.001');
  });

  it('is true as written: ≤ when it happened, > when it did not (property)', () => {
    fc.assert(
      fc.property(anyDraw, ({ roll, threshold }) => {
        const draw = drawOf(roll, threshold);
        const written = writeDraw(draw);
        const order = compareDecimal(written.roll, written.threshold);
        expect(written.symbol).toBe(draw.happened ? '≤' : '>');
        expect(draw.happened ? order <= 0 : order > 0).toBe(true);
        expect(compareDecimal(written.roll, '0')).toBeGreaterThan(0);
        // The written roll is the roll, rounded: off by at most half a unit of its last decimal.
        const decimals = written.roll.split('.')[1]?.length ?? 0;
        expect(Math.abs(Number(written.roll) - roll)).toBeLessThanOrEqual(
          0.5 * 10 ** -Math.max(2, decimals) + 1e-12,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a split draw', () => {
  const shares = fc
    .array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 })
    .map((weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return weights.map((weight) => weight / total);
    });

  it('reads inside the band the roll landed in, or stays blank if no whole number fits', () => {
    fc.assert(
      fc.property(shares, anyRoll, (split, roll) => {
        const landed = splitBranchOf(roll, split);
        const band = { lower: landed.lower, upper: landed.threshold };
        const faces = facesInBand(roll, band);
        expectLegalFaces(faces);
        if (faces.reading === null) {
          const wholeInBand = Array.from({ length: 100 }, (_, i) => i + 1).some(
            (whole) => whole > band.lower && whole <= band.upper,
          );
          expect(wholeInBand).toBe(false);
        } else if (faces.reading === 0) {
          expect(roll).toBeLessThan(1);
          expect(band.upper).toBeLessThan(1);
        } else {
          expect(faces.reading).toBeGreaterThan(band.lower);
          expect(faces.reading).toBeLessThanOrEqual(band.upper);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the roll inside its written band, which tiles with the others (property)', () => {
    fc.assert(
      fc.property(shares, anyRoll, (split, roll) => {
        const landed = splitBranchOf(roll, split);
        const written = writeSplit(roll, { lower: landed.lower, upper: landed.threshold });
        expect(compareDecimal(written.lower, written.roll)).toBeLessThan(0);
        expect(compareDecimal(written.roll, written.upper)).toBeLessThanOrEqual(0);
        // The bands, written with the same decimals, put the roll in no other branch.
        splitBounds(split).forEach((bound, index) => {
          if (index === landed.branch) {
            return;
          }
          const lower = fixedDecimal(bound.lower, written.boundDigits);
          const upper = fixedDecimal(bound.upper, written.boundDigits);
          const inside =
            compareDecimal(lower, written.roll) < 0 && compareDecimal(written.roll, upper) <= 0;
          expect(inside).toBe(false);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the published test-or-real bands: 21.4 | 64.8 | 13.8', () => {
    const split = [0.214, 0.648, 0.138];
    const landed = splitBranchOf(21.45, split);
    expect(landed.branch).toBe(1);
    expect(facesInBand(21.45, { lower: landed.lower, upper: landed.threshold }).reading).toBe(22);
    const low = splitBranchOf(21.35, split);
    expect(facesInBand(21.35, { lower: low.lower, upper: low.threshold }).reading).toBe(21);
    expect(writeSplit(21.45, { lower: landed.lower, upper: landed.threshold })).toMatchObject({
      roll: '21.45',
      lower: '21.4',
      upper: '86.2',
    });
  });
});

describe('decimal helpers', () => {
  it('round half up and drop trailing zeros', () => {
    expect(fixedDecimal(96.0045, 2)).toBe('96');
    expect(fixedDecimal(96, 4)).toBe('96');
    expect(fixedDecimal(0.125, 2)).toBe('0.13');
  });

  it('compare exactly', () => {
    expect(compareDecimal('96.004', '96')).toBe(1);
    expect(compareDecimal('96', '96.0000')).toBe(0);
    expect(compareDecimal('0.000000001', '0.00000001')).toBe(-1);
  });
});
