import { describe, expect, it } from 'vitest';
import { minimalLevel } from '../testing/minimal-level';
import { labExact, labLevelExact } from './exact';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP } from './setup';
import { LAB_SWEEP_STEPS, labSweep, labSweepValues } from './sweep';

describe('labSweep', () => {
  it('tries 0, 0.1 … 1 for a probability and 0 … 60 minutes for review time', () => {
    expect(labSweepValues('catchRate')).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(labSweepValues('reviewMinutes')).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
  });

  it("equals labExact at each value and moves oversight's harm down as the catch rate rises", () => {
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      models: ['Claude Opus 4', 'GPT-4.1'],
      loadouts: [{ defenses: [] }, { defenses: ['oversight'] }],
    };
    const sweep = labSweep(setup, 'catchRate');
    expect(sweep.values).toHaveLength(LAB_SWEEP_STEPS);
    expect(sweep.points).toHaveLength(LAB_SWEEP_STEPS * 4);
    const at = labExact({ ...setup, assumptions: { ...setup.assumptions, catchRate: 0.3 } });
    for (const cell of at.cells) {
      const point = sweep.points.find(
        (item) => item.value === 0.3 && item.loadout === cell.loadout && item.model === cell.model,
      );
      expect(cell.ok && point?.harm).toBe(cell.ok && cell.odds.harm.value);
      expect(cell.ok && point?.cost).toBe(cell.ok && cell.cost.hours);
    }
    const oversight = sweep.points.filter((p) => p.loadout === 1 && p.model === 'Claude Opus 4');
    expect(oversight.map((p) => p.harm)).toEqual(
      [...oversight.map((p) => p.harm)].sort((a, b) => b - a),
    );
    expect(oversight.at(-1)?.harm).toBe(0);
    const none = sweep.points.filter((p) => p.loadout === 0 && p.model === 'Claude Opus 4');
    expect(new Set(none.map((p) => p.harm)).size).toBe(1);
  });

  it('sweeps a level through its enumerator and needs the level', () => {
    const level = minimalLevel();
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: { kind: 'level', level: level.id },
      models: [level.loadout.defaultModel as LabSetup['models'][number]],
      loadouts: [
        { defenses: [] },
        { defenses: level.loadout.defenses.slice(0, 1).map((c) => c.id) },
      ],
    };
    const sweep = labSweep(setup, 'reviewMinutes', level);
    const exact = labLevelExact(
      { ...setup, assumptions: { ...setup.assumptions, reviewMinutes: 12 } },
      level,
    );
    const first = exact.cells[0];
    const point = sweep.points.find((p) => p.value === 12 && p.loadout === 0);
    expect(first?.ok && point?.cost).toBe(first?.ok && first.expectedCost);
    expect(() => labSweep(setup, 'catchRate')).toThrow(TypeError);
  });
});
