/**
 * Numbers written in a shipped language's notation without `Intl.NumberFormat`.
 *
 * The first `Intl.NumberFormat` a page builds loads the engine's number data: 17–40 ms of the main
 * thread in Chromium 150 at full speed, one task of about 145 ms on a CPU four times slower
 * (docs/PERFORMANCE.md, "Sixth round"). For the languages the game ships, this module writes the
 * same text that `Intl.NumberFormat(language, { style, minimumFractionDigits: 0,
 * maximumFractionDigits })` writes, and `format.ts` falls back to `Intl` for any other language
 * and for values it does not cover (infinities, NaN, magnitudes written with an exponent).
 *
 * It rounds as the engine does: the shortest decimal that reads back as the same double (what
 * `String(x)` gives), rounded half away from zero. So 1.005 at two decimals is "1.01", as
 * `Intl` writes it, where `toFixed` gives "1.00". `number-notation.test.ts` checks it against
 * `Intl` over many values.
 */

/** How a language writes a number. */
export interface Notation {
  /** Between the whole part and the decimals. */
  readonly decimal: string;
  /** Between groups of three digits of the whole part (from 1 000 up). */
  readonly group: string;
  /** Around a percentage's number. */
  readonly percentBefore: string;
  readonly percentAfter: string;
}

/** The notation of each shipped language, as CLDR (and so `Intl`) gives it. */
const NOTATIONS: Readonly<Record<string, Notation>> = {
  en: { decimal: '.', group: ',', percentBefore: '', percentAfter: '%' },
  de: { decimal: ',', group: '.', percentBefore: '', percentAfter: '\u00a0%' },
};

/** A language's notation, if this module knows it. */
export function notationOf(language: string): Notation | undefined {
  return NOTATIONS[language];
}

/** A decimal as digits and the position of its point: 12.5 is `{ digits: '125', point: 2 }`. */
interface Decimal {
  readonly digits: string;
  readonly point: number;
}

/** The shortest decimal that reads back as `value` (≥ 0, finite), from the engine's own `String`. */
function shortestDecimal(value: number): Decimal {
  const text = String(value);
  const [mantissa = '', exponentText] = text.split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + exponent };
}

/** Rounds a decimal half away from zero to `fractionDigits` decimals: the whole part and the decimals. */
function round(decimal: Decimal, fractionDigits: number): { whole: string; fraction: string } {
  let { digits, point } = decimal;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + fractionDigits;
  if (digits.length < keep) {
    digits = digits.padEnd(keep, '0');
  }
  let kept = digits.slice(0, keep);
  const next = digits.charCodeAt(keep);
  if (next >= 53 /* '5' */) {
    // Carry one into the last digit kept.
    const carried: string[] = [];
    let carry = true;
    for (let index = kept.length - 1; index >= 0; index -= 1) {
      const digit: number = kept.charCodeAt(index) - 48 + (carry ? 1 : 0);
      carry = digit === 10;
      carried.push(String(carry ? 0 : digit));
    }
    kept = (carry ? '1' : '') + carried.reverse().join('');
    if (carry) {
      point += 1;
    }
  }
  const whole = kept.slice(0, point).replace(/^0+/, '') || '0';
  const fraction = kept.slice(point).replace(/0+$/, '');
  return { whole, fraction };
}

/** Puts the group separator between each three digits of a whole part. */
function grouped(whole: string, separator: string): string {
  if (whole.length <= 3) {
    return whole;
  }
  const head = whole.length % 3;
  const groups = head === 0 ? [] : [whole.slice(0, head)];
  for (let index = head; index < whole.length; index += 3) {
    groups.push(whole.slice(index, index + 3));
  }
  return groups.join(separator);
}

/** The largest magnitude `String` writes without an exponent; beyond it, the caller uses `Intl`. */
const LARGEST_PLAIN = 1e21;

/**
 * `value` written in `notation` with at most `maximumFractionDigits` decimals and no trailing
 * zeros, as a percentage (`value` 0.3315 → "33.15%") or a plain number; `undefined` for a value
 * this module leaves to `Intl` (not finite, or 10²¹ and beyond).
 */
export function writeNumber(
  value: number,
  maximumFractionDigits: number,
  notation: Notation,
  style: 'percent' | 'decimal',
): string | undefined {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude >= LARGEST_PLAIN) {
    return undefined;
  }
  const decimal = shortestDecimal(magnitude);
  const scaled =
    style === 'percent' && decimal.digits !== '0'
      ? { digits: decimal.digits, point: decimal.point + 2 }
      : decimal;
  const { whole, fraction } = round(scaled, maximumFractionDigits);
  const number =
    grouped(whole, notation.group) + (fraction === '' ? '' : notation.decimal + fraction);
  // Intl writes the sign of every negative value, −0 and values that round to 0 included.
  const signed = value < 0 || Object.is(value, -0) ? `-${number}` : number;
  return style === 'percent' ? notation.percentBefore + signed + notation.percentAfter : signed;
}
