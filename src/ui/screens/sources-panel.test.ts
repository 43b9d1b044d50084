import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../i18n/i18n';
import { buildSourcesPanel } from './sources-panel';

describe('the Sources screen', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('opens with "What these numbers are and are not", above the table of rates', () => {
    const panel = buildSourcesPanel(() => undefined);
    const section = panel.querySelector('[data-section="numbers-about"]');
    expect(section?.querySelector('h3')?.textContent).toBe('What these numbers are and are not');
    const table = panel.querySelector('.sources-table');
    expect(table).not.toBeNull();
    expect(
      section!.compareDocumentPosition(table!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
