import { i18n } from '../../i18n/i18n';
import { notationOf } from './number-notation';

/**
 * A locale-neutral decimal ("96.004", from dice-reading.ts) in the current language's notation
 * ("96,004" in German). Only the separator changes, so the digits are exactly the ones the
 * comparison was checked with (a d100 value never needs grouping).
 */
export function localDecimal(neutral: string): string {
  const separator =
    notationOf(i18n.language)?.decimal ??
    new Intl.NumberFormat(i18n.language).formatToParts(1.5).find((part) => part.type === 'decimal')
      ?.value ??
    '.';
  return neutral.replace('.', separator);
}
