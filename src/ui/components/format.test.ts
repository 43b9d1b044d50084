import { beforeAll, describe, expect, it } from 'vitest';
import { countIntlFormatters } from '../../../tests/unit/intl-count';
import { initI18n, i18n } from '../../i18n/i18n';
import { BOUND_DIGITS, ROLL_DIGITS } from './dice-reading';
import { figureIsExact, formatPercent, PERCENT_DIGITS, percentIn } from './format';

describe('formatPercent', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('keeps every published decimal instead of rounding', async () => {
    await i18n.changeLanguage('en');
    expect(formatPercent(0.551)).toBe('55.1%');
    expect(formatPercent(0.96)).toBe('96%');
    expect(formatPercent(0.0121, 4)).toBe('1.21%');
  });

  it('uses the German decimal comma and spacing', async () => {
    await i18n.changeLanguage('de');
    expect(formatPercent(0.551)).toBe('55,1\u00a0%');
  });
});

describe('one precision per context', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('writes a figure to two decimals, a range to one, and the exact line to six', async () => {
    await i18n.changeLanguage('en');
    const value = 0.33145833;
    expect(PERCENT_DIGITS).toEqual({ figure: 2, range: 1, exact: 6 });
    expect(percentIn('figure', value)).toBe('33.15%');
    expect(percentIn('range', value)).toBe('33.1%');
    expect(percentIn('exact', value)).toBe('33.145833%');
  });

  it('keeps every published digit in a figure (rates are published to a tenth of a percent)', async () => {
    await i18n.changeLanguage('en');
    expect(percentIn('figure', 0.551)).toBe('55.1%');
    expect(percentIn('figure', 0.96)).toBe('96%');
    expect(figureIsExact(0.551)).toBe(true);
    expect(figureIsExact(0.33145833)).toBe(false);
  });

  it('writes the draw threshold with at least the figure precision', () => {
    expect(BOUND_DIGITS).toBe(PERCENT_DIGITS.figure);
    expect(ROLL_DIGITS).toBe(PERCENT_DIGITS.figure);
  });
});

describe('number formatters made ready ahead of use', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('writes every figure of a shipped language without building an Intl formatter', async () => {
    const { prepareNumberFormats, formatNumber } = await import('./format');
    const { localDecimal } = await import('./written-number');
    try {
      await i18n.changeLanguage('de');
      const built = await countIntlFormatters(async () => {
        await prepareNumberFormats();
        expect(percentIn('figure', 0.3315)).toBe('33,15\u00a0%');
        expect(percentIn('range', 0.5)).toBe('50\u00a0%');
        expect(percentIn('exact', 0.1234567)).toBe('12,34567\u00a0%');
        expect(formatNumber(1.25, 1)).toBe('1,3');
        expect(formatNumber(12_345.5, 1)).toBe('12.345,5');
        expect(localDecimal('96.004')).toBe('96,004');
      });
      expect(built).toBe(0);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it("loads the engine's number data ahead when a screen asks for it", async () => {
    const { prepareNumberFormats } = await import('./format');
    await i18n.changeLanguage('en');
    expect(await countIntlFormatters(() => prepareNumberFormats({ engine: true }))).toBe(1);
  });
});
