import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, loadShippedLevel } from '../../../tests/unit/level-catalog';
import {
  addLabLoadout,
  labLoadoutView,
  labSetupForLevel,
  removeLabLoadout,
  renameLabLoadout,
  toggleLabDefense,
  toggleLabModel,
  withLabAssumption,
  withLabRuns,
  withLabSeed,
  withLabSubject,
} from './edit';
import { tokensSpent } from '../defenses/loadout-view';
import { DEFAULT_LAB_SETUP, MAX_LAB_LOADOUTS, MAX_LAB_RUNS } from './setup';

describe('Lab set-up edits', () => {
  it('keeps every assumption inside its range, whatever the screen sends', () => {
    let setup = withLabAssumption(DEFAULT_LAB_SETUP, 'catchRate', 1.7);
    expect(setup.assumptions.catchRate).toBe(1);
    setup = withLabAssumption(setup, 'detectionRate', -0.2);
    expect(setup.assumptions.detectionRate).toBe(0);
    setup = withLabAssumption(setup, 'falseAlarmRate', Number.NaN);
    expect(setup.assumptions.falseAlarmRate).toBe(DEFAULT_LAB_SETUP.assumptions.falseAlarmRate);
    setup = withLabAssumption(setup, 'reviewMinutes', 1e9);
    expect(setup.assumptions.reviewMinutes).toBe(240);
  });

  it('rounds and clamps the runs, and reads a typed seed', () => {
    expect(withLabRuns(DEFAULT_LAB_SETUP, 0).runs).toBe(1);
    expect(withLabRuns(DEFAULT_LAB_SETUP, 5e6).runs).toBe(MAX_LAB_RUNS);
    expect(withLabRuns(DEFAULT_LAB_SETUP, 12.6).runs).toBe(13);
    expect(withLabSeed(DEFAULT_LAB_SETUP, ' 42 ').seed).toBe(42);
    expect(withLabSeed(DEFAULT_LAB_SETUP, 'room 3').seed).toBe('room 3');
    expect(withLabSeed(DEFAULT_LAB_SETUP, '   ').seed).toBe(DEFAULT_LAB_SETUP.seed);
  });

  it('keeps two to four loadouts and at least one model', () => {
    let setup = DEFAULT_LAB_SETUP;
    for (let i = 0; i < 6; i += 1) {
      setup = addLabLoadout(setup);
    }
    expect(setup.loadouts).toHaveLength(MAX_LAB_LOADOUTS);
    expect(new Set(setup.loadouts.map((l) => l.defenses.join('.'))).size).toBe(MAX_LAB_LOADOUTS);
    for (let i = 0; i < 6; i += 1) {
      setup = removeLabLoadout(setup, 0);
    }
    expect(setup.loadouts).toHaveLength(2);
    const only = DEFAULT_LAB_SETUP.models[0];
    expect(toggleLabModel(DEFAULT_LAB_SETUP, only!).models).toEqual(DEFAULT_LAB_SETUP.models);
    const two = toggleLabModel(DEFAULT_LAB_SETUP, 'GPT-4.1');
    expect(two.models).toEqual([...DEFAULT_LAB_SETUP.models, 'GPT-4.1']);
    expect(toggleLabModel(two, only!).models).toEqual(['GPT-4.1']);
  });

  it('toggles cards in the canonical order and names loadouts', () => {
    let setup = toggleLabDefense(DEFAULT_LAB_SETUP, 0, 'oversight');
    setup = toggleLabDefense(setup, 0, 'prohibition');
    expect(setup.loadouts[0]?.defenses).toEqual(['prohibition', 'oversight']);
    setup = toggleLabDefense(setup, 0, 'oversight');
    expect(setup.loadouts[0]?.defenses).toEqual(['prohibition']);
    setup = renameLabLoadout(setup, 1, '  Just review  ');
    expect(setup.loadouts[1]?.name).toBe('Just review');
    expect(renameLabLoadout(setup, 1, ' ').loadouts[1]?.name).toBeUndefined();
  });

  it('holds a level to its offer and budget, as the campaign does', () => {
    for (const id of LEVEL_IDS) {
      const level = loadShippedLevel(id);
      let setup = withLabSubject(
        {
          ...DEFAULT_LAB_SETUP,
          loadouts: [
            { defenses: ['remove-threat', 'remove-goal', 'prohibition', 'monitor', 'oversight'] },
            { defenses: [] },
          ],
        },
        { kind: 'level', level: level.id },
        level,
      );
      const offered = level.loadout.defenses;
      expect(tokensSpent(offered, setup.loadouts[0]!.defenses)).toBeLessThanOrEqual(
        level.loadout.budget,
      );
      expect(setup.models.every((m) => level.loadout.models.includes(m))).toBe(true);
      for (const card of offered) {
        setup = toggleLabDefense(setup, 1, card.id, level);
      }
      expect(tokensSpent(offered, setup.loadouts[1]!.defenses)).toBeLessThanOrEqual(
        level.loadout.budget,
      );
      const view = labLoadoutView(setup, 1, level);
      expect(view.budget?.budget).toBe(level.loadout.budget);
      expect(view.cards.map((card) => card.id)).toEqual(offered.map((card) => card.id));
      expect(view.cards.every((card) => card.decidedBy === 'rate')).toBe(true);
    }
  });

  it('shows every card of the table for a condition, with its standard upkeep', () => {
    const view = labLoadoutView(DEFAULT_LAB_SETUP, 1);
    expect(view.budget).toBeNull();
    expect(view.cards).toHaveLength(6);
    expect(view.cards.find((card) => card.id === 'oversight')?.deployed).toBe(true);
    expect(view.cards.find((card) => card.id === 'oversight')?.upkeep.hours).toBeGreaterThan(0);
  });

  it('opens a debrief’s level with the loadout played', () => {
    const level = loadShippedLevel(LEVEL_IDS[1]!);
    const model = level.loadout.models[0]!;
    const setup = labSetupForLevel(level, model as never, ['oversight'], DEFAULT_LAB_SETUP);
    expect(setup.subject).toEqual({ kind: 'level', level: level.id });
    expect(setup.loadouts[0]?.defenses).toEqual(['oversight']);
    expect(setup.loadouts[1]?.defenses).toEqual([]);
    const none = labSetupForLevel(level, model as never, [], DEFAULT_LAB_SETUP);
    expect(none.loadouts[1]?.defenses).toHaveLength(1);
  });
});
