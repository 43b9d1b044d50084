import { beforeAll, describe, expect, it, vi } from 'vitest';
import { countIntlFormatters } from '../../../tests/unit/intl-count';
import { initI18n, i18n } from '../../i18n/i18n';
import { percentIn } from './format';
import type * as NumberNotation from './number-notation';

// A language the game does not write itself (one added later): here every language, so that
// the formatting falls back to Intl.
vi.mock('./number-notation', async (original) => ({
  ...(await original<typeof NumberNotation>()),
  notationOf: () => undefined,
}));

describe('number formatters of a language without a written notation', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it("builds, one per task, the formatters of a language it does not write, so a screen's first figure builds none", async () => {
    const { prepareNumberFormats, formatNumber } = await import('./format');
    try {
      await i18n.changeLanguage('de');
      let tasks = 0;
      let counting = true;
      const count = (): void => {
        tasks += 1;
        if (counting) setTimeout(count, 0);
      };
      setTimeout(count, 0);
      const prepared = await countIntlFormatters(() => prepareNumberFormats());
      counting = false;
      // One task per formatter (three percent precisions, three decimal ones).
      expect(prepared).toBe(6);
      expect(tasks).toBeGreaterThanOrEqual(5);
      const written: string[] = [];
      const later = await countIntlFormatters(() => {
        written.push(percentIn('figure', 0.3315), formatNumber(3, 0));
        return Promise.resolve();
      });
      expect(later).toBe(0);
      expect(written).toEqual([
        new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 2 }).format(0.3315),
        '3',
      ]);
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
