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

describe('the content warning', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it.each(LEVEL_IDS)('level %s: the first focus target is never past the warning', (id) => {
    const level = loadShippedLevel(id);
    registerLevelStrings(level.id, level.strings);
    const panel = buildBriefingPanel(level, noop, noop, noop);
    const autofocus = panel.querySelectorAll('[data-autofocus]');
    expect(autofocus).toHaveLength(1);
    const warning = panel.querySelector('.content-warning');
    if (warning === null) {
      expect(autofocus[0]?.getAttribute('data-action')).toBe('to-loadout');
      return;
    }
    expect(warning.contains(autofocus[0] ?? null)).toBe(true);
    if (level.briefing.summary !== undefined) {
      // The choice between the summary and the level, inside the warning.
      expect(autofocus[0]?.getAttribute('data-action')).toBe('read-summary');
      expect(warning.querySelector('[data-action="read-briefing"]')).not.toBeNull();
      expect(panel.querySelectorAll('[data-action="read-summary"]')).toHaveLength(1);
    }
  });

  it('moves the focus to the briefing when the player chooses the level', () => {
    const level = LEVEL_IDS.map(loadShippedLevel).find(
      (candidate) =>
        candidate.briefing.contentWarningKey !== undefined &&
        candidate.briefing.summary !== undefined,
    );
    expect(level).toBeDefined();
    registerLevelStrings(level!.id, level!.strings);
    const panel = buildBriefingPanel(level!, noop, noop, noop);
    document.body.append(panel);
    panel.querySelector<HTMLElement>('[data-action="read-briefing"]')?.click();
    expect(document.activeElement).toBe(panel.querySelector('.briefing-title'));
    panel.remove();
  });
});
