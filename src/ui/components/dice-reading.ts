/**
 * How a d100 draw is shown: the faces of the two d10 and the roll as written, chosen so that
 * neither ever contradicts the rule in `src/core/rules/dice.ts` (harm when roll ≤ threshold,
 * read at full precision). Pure: no i18n, no DOM; the panels localise the decimal strings.
 *
 * **The faces.** The tens die shows 00–90 and the units die 0–9; together they read
 * tens + units, except 00 and 0, which read 100 (so the dice read 1–100, as a d100 does).
 * The dice read the roll **rounded up** to a whole number: a roll in (R − 1, R] reads R.
 * Where rounding up would cross the threshold (a roll in (⌊t⌋, t] for a threshold t that is not
 * whole, which did happen), they read it **rounded down** instead, so the dice stay on the side
 * of the threshold the roll fell on. Rounded down, a roll under 1 has a whole part of 0, which
 * two d10 cannot show (00 and 0 read 100): the units die then shows `<1`. A split's band
 * works the same way: rounded up unless that leaves the band, then rounded down, and if the
 * band holds no whole number at all the dice stay blank (the written roll decides).
 *
 * **The written roll.** At least two decimals, more when needed: the roll and the threshold
 * (or the band's bounds) are written with as many decimals as it takes for the written
 * comparison to be true as written (a roll of 96.004 against 96 is written "96.004 > 96", never
 * "96 > 96"), and a roll is never written as 0.
 */

/** The units face shown for a roll under 1 that the dice must read rounded down. */
export const BELOW_ONE_FACE = '<1';

/**
 * The fewest decimals a roll is written with, and the fewest for a threshold or bound: the
 * `figure` precision of format.ts, so a threshold reads as the probability does everywhere else
 * ("33.15 %" and "33.15") unless the comparison needs more.
 */
export const ROLL_DIGITS = 2;
export const BOUND_DIGITS = 2;
/** The most decimals written (Intl.NumberFormat's limit). */
export const MAX_DIGITS = 20;

/** What the two dice show. */
export interface DiceFaces {
  /** The tens die: '00'–'90', or '' for a blank die. */
  readonly tens: string;
  /** The units die: '0'–'9', {@link BELOW_ONE_FACE}, or '' for a blank die. */
  readonly units: string;
  /**
   * What the faces read: a whole number 1–100; 0 for 00 and `<1` ("under 1"); null for blank
   * dice.
   */
  readonly reading: number | null;
}

/** A band of the d100, `lower < roll ≤ upper`. */
export interface Band {
  readonly lower: number;
  readonly upper: number;
}

/** The faces for a reading: 1–99 as tens and units, 100 as 00 and 0, 0 as 00 and `<1`. */
export function facesOf(reading: number): DiceFaces {
  if (reading === 0) {
    return { tens: '00', units: BELOW_ONE_FACE, reading };
  }
  const value = reading % 100;
  return {
    tens: String(Math.floor(value / 10) * 10).padStart(2, '0'),
    units: String(value % 10),
    reading,
  };
}

/** The value of the faces as a d100 reads them (00 and 0 are 100; 00 and `<1` are 0). */
export function readFaces(tens: string, units: string): number | null {
  if (tens === '' || units === '') {
    return null;
  }
  if (units === BELOW_ONE_FACE) {
    return 0;
  }
  const value = Number(tens) + Number(units);
  return value === 0 ? 100 : value;
}

/**
 * The faces for a roll that fell in `(lower, upper]`: rounded up if that stays in the band,
 * else rounded down, else `<1` for a roll under 1, else blank.
 */
export function facesInBand(roll: number, band: Band): DiceFaces {
  const up = Math.ceil(roll);
  if (up >= 1 && up <= 100 && up > band.lower && up <= band.upper) {
    return facesOf(up);
  }
  const down = Math.floor(roll);
  if (down >= 1 && down > band.lower && down <= band.upper) {
    return facesOf(down);
  }
  if (roll > 0 && roll < 1 && band.upper < 1) {
    return facesOf(0);
  }
  return { tens: '', units: '', reading: null };
}

/** The side of the threshold a yes/no draw fell on, as a band. */
export function drawBand(threshold: number, happened: boolean): Band {
  return happened ? { lower: 0, upper: threshold } : { lower: threshold, upper: 100 };
}

/** The faces for a yes/no draw: they read at most the threshold exactly when it happened. */
export function drawFaces(draw: { roll: number; threshold: number; happened: boolean }): DiceFaces {
  return facesInBand(draw.roll, drawBand(draw.threshold, draw.happened));
}

/** `value` rounded half up to `digits` decimals, with trailing zeros dropped ("96.004", "96"). */
export function fixedDecimal(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Compares two non-negative decimal strings exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const [aWhole = '0', aFraction = ''] = a.split('.');
  const [bWhole = '0', bFraction = ''] = b.split('.');
  const width = Math.max(aFraction.length, bFraction.length);
  const left = BigInt(aWhole + aFraction.padEnd(width, '0'));
  const right = BigInt(bWhole + bFraction.padEnd(width, '0'));
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A yes/no draw as written: the roll, the comparison and the threshold. */
export interface WrittenDraw {
  /** The roll, locale-neutral ("96.004"). */
  readonly roll: string;
  /** The threshold, locale-neutral ("96"). */
  readonly threshold: string;
  /** `≤` when the draw happened, `>` when it did not. */
  readonly symbol: '≤' | '>';
}

/** The decimals for a roll and its bounds: the fewest from `ROLL_DIGITS` for which `fits` holds. */
function digitsFor(fits: (digits: number) => boolean): number {
  for (let digits = ROLL_DIGITS; digits < MAX_DIGITS; digits += 1) {
    if (fits(digits)) {
      return digits;
    }
  }
  return MAX_DIGITS;
}

/** How many decimals a bound is written with when the roll needs `digits`. */
function boundDigits(digits: number): number {
  return Math.max(BOUND_DIGITS, digits);
}

/**
 * A yes/no draw as written, with as many decimals as the comparison needs: when it happened the
 * written roll is at most the written threshold, otherwise above it; the roll is never "0".
 */
export function writeDraw(draw: {
  roll: number;
  threshold: number;
  happened: boolean;
}): WrittenDraw {
  const write = (digits: number) => ({
    roll: fixedDecimal(draw.roll, digits),
    threshold: fixedDecimal(draw.threshold, boundDigits(digits)),
  });
  const digits = digitsFor((candidate) => {
    const written = write(candidate);
    const order = compareDecimal(written.roll, written.threshold);
    return compareDecimal(written.roll, '0') > 0 && (draw.happened ? order <= 0 : order > 0);
  });
  return { ...write(digits), symbol: draw.happened ? '≤' : '>' };
}

/** A split's roll as written, with its band and the decimals every band is written with. */
export interface WrittenSplit {
  readonly roll: string;
  /** Decimals for every band's bounds, so the table's bands tile as written. */
  readonly boundDigits: number;
  readonly lower: string;
  readonly upper: string;
}

/**
 * A split's roll as written: with as many decimals as it takes for the written roll to sit in
 * the written band of the branch it landed in (`lower < roll ≤ upper` as written).
 */
export function writeSplit(roll: number, band: Band): WrittenSplit {
  const write = (digits: number) => ({
    roll: fixedDecimal(roll, digits),
    boundDigits: boundDigits(digits),
    lower: fixedDecimal(band.lower, boundDigits(digits)),
    upper: fixedDecimal(band.upper, boundDigits(digits)),
  });
  const digits = digitsFor((candidate) => {
    const written = write(candidate);
    return (
      compareDecimal(written.roll, '0') > 0 &&
      compareDecimal(written.lower, written.roll) < 0 &&
      compareDecimal(written.roll, written.upper) <= 0
    );
  });
  return write(digits);
}
