import { i18n } from '../../i18n/i18n';

/**
 * Formats a probability in [0, 1] as a percentage in the current language, with as many
 * decimals as the value needs (0.551 → "55.1 %"), so a published rate is never rounded silently.
 */
export function formatPercent(probability: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits,
  }).format(probability);
}

/** Formats an integer or decimal in the current language. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(i18n.language, { maximumFractionDigits }).format(value);
}
