import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, i18n } from '../../i18n/i18n';
import { formatPercent } from './format';

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
