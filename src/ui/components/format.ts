import { i18n } from '../../i18n/i18n';
import { nextTask } from '../yield';
import { notationOf, writeNumber } from './number-notation';

/**
 * How many decimals a percentage is written with, one number per context, so the same figure is
 * never written at two precisions:
 *
 * - `figure`: every probability the player reads and compares (the odds track, a draw's
 *   probability and the monitor's rate, a split's shares, an assumption's value) and every
 *   published rate. The study publishes rates to a tenth of a percent, so two decimals keep every
 *   published digit and round only computed products ("33.15 %").
 * - `range`: the ends of a 95 % range; an interval is itself an estimate.
 * - `exact`: the unrounded value, only on the why panel's line that is labelled as such and
 *   gives the `figure` rounding beside it.
 *
 * A draw's threshold and roll are written with at least `figure` decimals and more only when the
 * comparison needs them (see dice-reading.ts); the draw panel writes its probability with the
 * same decimals as its threshold, so the two always read as one number.
 */
export const PERCENT_DIGITS = {
  figure: 2,
  range: 1,
  exact: 6,
} as const;

/** A precision context of {@link PERCENT_DIGITS}. */
export type PercentContext = keyof typeof PERCENT_DIGITS;

/**
 * Formats a probability in [0, 1] as a percentage in the current language, with at most
 * `maximumFractionDigits` decimals and no trailing zeros (0.551 → "55.1 %").
 */
export function formatPercent(
  probability: number,
  maximumFractionDigits: number = PERCENT_DIGITS.figure,
): string {
  return written(probability, maximumFractionDigits, 'percent');
}

/**
 * A number in the current language: written by `number-notation.ts` for a shipped language, so
 * that no screen of a level builds an `Intl.NumberFormat` (the first costs the page a long task),
 * and by `Intl` for any other language or value.
 */
function written(value: number, digits: number, style: 'percent' | 'decimal'): string {
  const notation = notationOf(i18n.language);
  return (
    (notation === undefined ? undefined : writeNumber(value, digits, notation, style)) ??
    formatter(style, digits).format(value)
  );
}

/** Built formatters by language, style and digits: building one costs far more than using it. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** The current language's number formatter for a style and a number of decimals, built once. */
function formatter(style: 'percent' | 'decimal', maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${i18n.language}|${style}|${maximumFractionDigits}`;
  let found = FORMATTERS.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(i18n.language, {
      style,
      minimumFractionDigits: 0,
      maximumFractionDigits,
    });
    FORMATTERS.set(key, found);
  }
  return found;
}

/**
 * Makes the number formatting ready ahead of its first use, one step per task: for a language
 * `number-notation.ts` does not write, the language's `Intl` formatters; with `engine`, also the
 * engine's number data (one `Intl.NumberFormat`, some 17–40 ms on the bench's machine), for screens
 * whose libraries format numbers with `Intl` themselves (the Lab's charts).
 */
export async function prepareNumberFormats({ engine = false } = {}): Promise<void> {
  if (notationOf(i18n.language) !== undefined) {
    if (engine) {
      formatter('decimal', 0);
      await nextTask();
    }
    return;
  }
  for (const digits of new Set(Object.values(PERCENT_DIGITS))) {
    formatter('percent', digits);
    await nextTask();
  }
  for (const digits of [0, 1, 2]) {
    formatter('decimal', digits);
    await nextTask();
  }
}

/** A probability written at the precision of a context. */
export function percentIn(context: PercentContext, probability: number): string {
  return formatPercent(probability, PERCENT_DIGITS[context]);
}

/** Whether the figure rounding of a probability is its exact value (to `exact` decimals). */
export function figureIsExact(probability: number): boolean {
  return percentIn('figure', probability) === percentIn('exact', probability);
}

/** Formats an integer or decimal in the current language. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return written(value, maximumFractionDigits, 'decimal');
}
