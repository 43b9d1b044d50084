import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGameState,
  type DefenseId,
  type GameState,
  type Level,
  levelLoadoutView,
  step,
} from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import { refreshTexts } from '../dom';
import { buildLoadoutPanel, type LoadoutActions, updateLoadoutPanel } from './loadout-panel';

const actions: LoadoutActions = {
  selectModel: () => undefined,
  selectGoalFraming: () => undefined,
  toggleDefense: () => undefined,
  startDay: () => undefined,
  back: () => undefined,
};

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}

/** Level 1 at its loadout screen, with its default loadout. */
function levelOneAtLoadout(): { level: Level; state: GameState } {
  const id = LEVEL_IDS.find((name) => name.startsWith('1-')) ?? LEVEL_IDS[0] ?? '';
  const level = loadShippedLevel(id);
  registerLevelStrings(level.id, level.strings);
  const start = createGameState(level, { seed: 1 });
  return { level, state: must(step(level, start, { kind: 'open-loadout' })).state };
}

/** The first card that is affordable, not deployed, and changes the first odds figure. */
function cardThatMovesTheOdds(level: Level, state: GameState): DefenseId {
  const before = levelLoadoutView(level, state.loadout);
  const card = before.cards.find((candidate) => {
    if (candidate.deployed || !candidate.affordable) {
      return false;
    }
    const toggled = step(level, state, { kind: 'toggle-defense', defense: candidate.id });
    if (!toggled.ok) {
      return false;
    }
    const after = levelLoadoutView(level, toggled.value.state.loadout);
    return after.odds[0]?.probability?.value !== before.odds[0]?.probability?.value;
  });
  if (card === undefined) {
    throw new Error('level 1 offers no affordable card that moves its odds');
  }
  return card.id;
}

describe('the loadout panel updates in place', () => {
  beforeEach(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('keeps its elements and the focus when a card is toggled, and shows what a new panel shows', () => {
    const { level, state } = levelOneAtLoadout();
    const panel = buildLoadoutPanel(level, state, actions);
    document.body.append(panel);
    const defense = cardThatMovesTheOdds(level, state);
    const button = panel.querySelector<HTMLButtonElement>(`[data-defense="${defense}"]`);
    const select = panel.querySelector('[data-control="model"]');
    const track = panel.querySelector('.odds-track');
    const start = panel.querySelector('[data-action="start-day"]');
    const budgetBefore = panel.querySelector('.budget')?.textContent;
    const oddsBefore = panel.querySelector('.odds-value')?.textContent;
    const why = panel.querySelector('details');
    if (button === null || why === null) {
      throw new Error('the panel has no such card or no "why" panel');
    }
    why.open = true;
    button.focus();
    expect(document.activeElement).toBe(button);

    const toggled = must(step(level, state, { kind: 'toggle-defense', defense })).state;
    updateLoadoutPanel(panel, level, toggled, actions);

    // The same nodes, still focused, now saying what changed.
    expect(panel.querySelector(`[data-defense="${defense}"]`)).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(panel.querySelector('[data-control="model"]')).toBe(select);
    expect(panel.querySelector('.odds-track')).toBe(track);
    expect(panel.querySelector('[data-action="start-day"]')).toBe(start);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(panel.querySelector('.budget')?.textContent).not.toBe(budgetBefore);
    expect(panel.querySelector('.odds-value')?.textContent).not.toBe(oddsBefore);
    // The "why" the player opened stays open, though its figure changed.
    expect(panel.querySelector('details')?.open).toBe(true);

    // What is on the page is exactly what a freshly built panel shows for the new state.
    const fresh = buildLoadoutPanel(level, toggled, actions);
    fresh.querySelector('details')?.setAttribute('open', '');
    expect(panel.isEqualNode(fresh)).toBe(true);

    // Toggled back, it is the first panel again, node for node.
    updateLoadoutPanel(panel, level, state, actions);
    expect(panel.querySelector(`[data-defense="${defense}"]`)).toBe(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(panel.querySelector('.budget')?.textContent).toBe(budgetBefore);
    why.open = false;
    panel.querySelector('details')?.removeAttribute('open');
    expect(panel.isEqualNode(buildLoadoutPanel(level, state, actions))).toBe(true);
  });

  it('keeps the updated texts bound to the language', async () => {
    const { level, state } = levelOneAtLoadout();
    const panel = buildLoadoutPanel(level, state, actions);
    document.body.append(panel);
    const defense = cardThatMovesTheOdds(level, state);
    const toggled = must(step(level, state, { kind: 'toggle-defense', defense })).state;
    updateLoadoutPanel(panel, level, toggled, actions);

    // The same panel built for that state, off the page, in the same language.
    const fresh = buildLoadoutPanel(level, toggled, actions);
    expect(panel.textContent).toBe(fresh.textContent);

    await i18n.changeLanguage('de');
    refreshTexts(panel);
    refreshTexts(fresh);
    // Every text the update touched follows the language switch as the fresh panel's texts do.
    expect(panel.textContent).toBe(fresh.textContent);
    expect(panel.querySelector(`[data-defense="${defense}"] .card-state`)?.textContent).toBe(
      i18n.t('loadout.deployed'),
    );
  });
});
