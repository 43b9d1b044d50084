import { beforeAll, describe, expect, it } from 'vitest';
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

  it("builds every formatter the figures use, one per task, so a screen's first figure builds none", async () => {
    const { prepareNumberFormats, formatNumber } = await import('./format');
    await i18n.changeLanguage('de');
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        built += 1;
        return Reflect.construct<typeof args, Intl.NumberFormat>(target, args);
      },
    });
    try {
      let tasks = 0;
      let counting = true;
      const count = (): void => {
        tasks += 1;
        if (counting) setTimeout(count, 0);
      };
      setTimeout(count, 0);
      await prepareNumberFormats();
      counting = false;
      // One task per formatter (three percent precisions, three decimal ones).
      expect(tasks).toBeGreaterThanOrEqual(5);
      const prepared = built;
      expect(percentIn('figure', 0.3315)).toBe('33,15\u00a0%');
      expect(percentIn('range', 0.5)).toBe('50\u00a0%');
      expect(percentIn('exact', 0.1234567)).toBe('12,34567\u00a0%');
      expect(formatNumber(1.25, 1)).toBe('1,3');
      expect(formatNumber(3, 0)).toBe('3');
      expect(built).toBe(prepared);
    } finally {
      Intl.NumberFormat = Original;
      await i18n.changeLanguage('en');
    }
  });
});
