import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DefenseId,
  type GameState,
  type Level,
  combineTags,
  computeOdds,
  createGameState,
  decisionCondition,
  decisionsOf,
  defenseCard,
  isModelName,
  levelLoadoutView,
  type ProvenanceTag,
  rateById,
  step,
} from '../../core';
import { i18n, initI18n } from '../../i18n/i18n';
import { registerLevelStrings } from '../../levels/level-text';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import { buildLoadoutPanel, type LoadoutActions } from './loadout-panel';

const actions: LoadoutActions = {
  selectModel: () => undefined,
  selectGoalFraming: () => undefined,
  toggleDefense: () => undefined,
  startDay: () => undefined,
  back: () => undefined,
};

/** The state at the loadout screen with this model and these cards deployed. */
function atLoadout(level: Level, model: string, defenses: DefenseId[]): GameState {
  const start = createGameState(level, { seed: 1 });
  const opened = step(level, start, { kind: 'open-loadout' });
  if (!opened.ok) {
    throw new Error(opened.error.message);
  }
  const loadout = { ...opened.value.state.loadout, model, defenses };
  const set = step(level, opened.value.state, { kind: 'set-loadout', loadout });
  if (!set.ok) {
    throw new Error(set.error.message);
  }
  return set.value.state;
}

/**
 * The card's own evidence, worked out independently of the loadout view: the odds chain of each
 * of the level's decisions with the card deployed, the step it adds, weakest over decisions.
 */
function expectedTag(level: Level, state: GameState, id: DefenseId): ProvenanceTag | null {
  const model = state.loadout.model;
  if (!isModelName(model)) {
    return null;
  }
  const tags = decisionsOf(level).map((decision): ProvenanceTag | null => {
    if ('row' in decision.rate) {
      const card = defenseCard(id);
      return card.stage === 'after-attempt' ? 'assumption' : 'structural';
    }
    const condition = decisionCondition(level, decision, state.loadout);
    if (!computeOdds({ model, condition, defenses: [] }).ok) {
      return 'structural'; // a decision this model cannot reach: it weakens nothing
    }
    const odds = computeOdds({ model, condition, defenses: [id] });
    if (!odds.ok) {
      return null;
    }
    const own = odds.value.steps.find((item) => item.kind === id || item.defenses.includes(id));
    return own?.stepTag ?? null;
  });
  return tags.includes(null) ? null : combineTags(tags as ProvenanceTag[]);
}

const cases = LEVEL_IDS.flatMap((id) => {
  const level = loadShippedLevel(id);
  return level.loadout.models.flatMap((model) =>
    level.loadout.defenses.map((card) => [id, model, card.id] as const),
  );
});

describe('loadout chips come from core', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('covers every level, offered model and card', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s · %s · %s: the chip is core provenance', (levelId, model, card) => {
    const level = loadShippedLevel(levelId);
    registerLevelStrings(level.id, level.strings);
    const state = atLoadout(level, model, [card]);
    const panel = buildLoadoutPanel(level, state, actions);
    const button = panel.querySelector(`[data-defense="${card}"]`);
    const chip = button?.querySelector('.provenance-chip');
    const view = levelLoadoutView(level, state.loadout).cards.find((item) => item.id === card);
    expect(view?.chip).not.toBeNull();
    if (view?.decidedBy === 'your-review') {
      // In play the player's review decides: the card says so instead of the assumed rate's chip.
      expect(chip?.getAttribute('data-provenance')).toBe('your-review');
      expect(panel.querySelector('[data-after-attempt="your-review"]')).not.toBeNull();
      return;
    }
    // The chip on screen is the view's chip, and the view's chip is the card's step in the odds.
    expect(chip?.getAttribute('data-provenance')).toBe(view?.chip?.tag);
    expect(view?.chip?.tag).toBe(expectedTag(level, state, card));
    // A measured chip resting on a second-hand row says so.
    expect(chip?.hasAttribute('data-second-hand')).toBe(view?.chip?.secondHand);

    // And the chip never contradicts the odds track beside it: a card that scales or switches
    // the attempt is exactly as strong as the figures it produced.
    const stage = defenseCard(card).stage;
    if (stage === 'scale-attempt' || stage === 'switch-condition') {
      const figures = [...panel.querySelectorAll('.odds-track .odds-figure')];
      const tags = figures.map((figure) => figure.getAttribute('data-provenance') as ProvenanceTag);
      // A decision the model cannot reach shows no figure, only a line saying so.
      expect(tags.length).toBeGreaterThan(0);
      expect(chip?.getAttribute('data-provenance')).toBe(combineTags(tags));
    }
  });

  it('says "extrapolated" for the prohibition on Claude Opus 4 where Figure 12 did not measure it', () => {
    // The audit's finding: levels 0, 1, 2, 4 and 7 are not Figure 12's cell.
    for (const levelId of LEVEL_IDS) {
      const level = loadShippedLevel(levelId);
      if (!level.loadout.models.includes('Claude Opus 4')) {
        continue;
      }
      if (!level.loadout.defenses.some((card) => card.id === 'prohibition')) {
        continue;
      }
      const state = atLoadout(level, 'Claude Opus 4', ['prohibition']);
      const chip = levelLoadoutView(level, state.loadout).cards.find(
        (card) => card.id === 'prohibition',
      )?.chip;
      const measuredEverywhere = decisionsOf(level).every((decision) => {
        const condition = decisionCondition(level, decision, state.loadout);
        if (!computeOdds({ model: 'Claude Opus 4', condition, defenses: [] }).ok) {
          return true;
        }
        return (
          rateById(
            `${condition.scenario}.explicit-${condition.goalValue}.${condition.urgency}.claude-opus-4.prohibition`,
          ) !== undefined
        );
      });
      expect(chip?.tag, levelId).toBe(measuredEverywhere ? 'measured' : 'extrapolated');
    }
  });

  it('draws the budget and each card from the view', () => {
    const level = loadShippedLevel(LEVEL_IDS[0] ?? '');
    const state = atLoadout(level, level.loadout.defaultModel, ['compartmentalization']);
    const view = levelLoadoutView(level, state.loadout);
    const panel = buildLoadoutPanel(level, state, actions);
    expect(panel.querySelectorAll('.token-spent')).toHaveLength(view.spent);
    for (const card of view.cards) {
      const button = panel.querySelector(`[data-defense="${card.id}"]`);
      expect(button?.getAttribute('aria-pressed')).toBe(String(card.deployed));
      expect(button?.hasAttribute('disabled')).toBe(!card.affordable);
    }
  });
});

describe('the loadout built a part at a time', () => {
  beforeAll(async () => {
    initI18n('en');
    await i18n.changeLanguage('en');
  });

  it('pauses between its parts and builds the same panel as in one go', async () => {
    const { buildLoadoutPanelInSteps } = await import('./loadout-panel');
    const level = loadShippedLevel(LEVEL_IDS[1] ?? '');
    registerLevelStrings(level.id, level.strings);
    const state = atLoadout(level, level.loadout.models[0] ?? '', []);
    let pauses = 0;
    const stepped = await buildLoadoutPanelInSteps(level, state, actions, () => {
      pauses += 1;
      return Promise.resolve();
    });
    // After the pickers and after the defense hand.
    expect(pauses).toBe(2);
    expect(stepped.outerHTML).toBe(buildLoadoutPanel(level, state, actions).outerHTML);
    expect(stepped.querySelectorAll('[data-defense]').length).toBe(level.loadout.defenses.length);
  });
});
