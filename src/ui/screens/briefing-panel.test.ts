import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import { buildBriefingPanel, buildSummaryPanel } from './briefing-panel';

const noop = (): void => undefined;

describe('the briefing shows what the numbers are before any draw', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it.each(LEVEL_IDS)('level %s: the note sits on the briefing, before its buttons', (id) => {
    const level = loadShippedLevel(id);
    registerLevelStrings(level.id, level.strings);
    const panel = buildBriefingPanel(level, noop, noop, noop);
    const note = panel.querySelector('[data-numbers-note="full"]');
    expect(note).not.toBeNull();
    expect(note?.textContent).toContain('no such behaviour in real deployments');
    const actions = panel.querySelector('.panel-actions');
    expect(actions).not.toBeNull();
    expect(note!.compareDocumentPosition(actions!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('the summary that can replace the server-room level shows it too', () => {
    const withSummary = LEVEL_IDS.map(loadShippedLevel).filter(
      (level) => level.briefing.summary !== undefined,
    );
    expect(withSummary.length).toBeGreaterThan(0);
    for (const level of withSummary) {
      registerLevelStrings(level.id, level.strings);
      const panel = buildSummaryPanel(level, noop, noop);
      expect(panel.querySelector('[data-numbers-note="full"]')).not.toBeNull();
    }
  });
});
