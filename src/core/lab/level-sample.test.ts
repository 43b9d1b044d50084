import { describe, expect, it } from 'vitest';
import { runLevelMonteCarlo } from '../sim/level-monte-carlo';
import { minimalLevel } from '../testing/minimal-level';
import { labLevelExact } from './exact';
import { labLevelSample, labLevelSampleSteps } from './level-sample';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP } from './setup';

const level = minimalLevel();
const model = level.loadout.defaultModel as LabSetup['models'][number];
const offered = level.loadout.defenses.map((card) => card.id);

function levelSetup(overrides: Partial<LabSetup> = {}): LabSetup {
  return {
    ...DEFAULT_LAB_SETUP,
    subject: { kind: 'level', level: level.id },
    models: [model],
    loadouts: [{ defenses: [] }, { defenses: offered.slice(0, 1) }, { defenses: [] }],
    runs: 300,
    seed: 'paired',
    ...overrides,
  };
}

describe('labLevelSample', () => {
  it("counts what the level's Monte Carlo counts for run i at the same seed", () => {
    const setup = levelSetup();
    const sample = labLevelSample(setup, level);
    expect(sample.kind).toBe('level');
    expect(sample.complete).toBe(true);
    const mc = runLevelMonteCarlo({
      level,
      loadout: { model, goalFraming: level.loadout.defaultGoalFraming, defenses: [] },
      policy: {},
      runs: 300,
      seed: 'paired',
      assumptions: setup.assumptions,
    });
    expect(mc.ok).toBe(true);
    if (!mc.ok) return;
    const harm = mc.value.endings
      .filter((ending) => ending.outcome === 'harm')
      .reduce((sum, ending) => sum + ending.count, 0);
    expect(sample.cells[0]?.outcomes.harm.count).toBe(harm);
    expect(sample.cells[0]?.runs).toBe(300);
  });

  it('pairs the loadouts: the same loadout twice never differs', () => {
    const sample = labLevelSample(levelSetup(), level);
    const same = sample.differences.find((pair) => pair.a === 0 && pair.b === 2);
    expect(same?.onlyA).toBe(0);
    expect(same?.onlyB).toBe(0);
    expect(same?.difference).toBe(0);
    expect(sample.differences).toHaveLength(3);
  });

  it('stays near the exact figures and gives the same numbers whatever the chunk', () => {
    const setup = levelSetup({ runs: 2000 });
    const exact = labLevelExact(setup, level);
    const sample = labLevelSample(setup, level, { chunk: 7 });
    expect(labLevelSample(setup, level, { chunk: 500 })).toEqual(sample);
    for (const cell of sample.cells) {
      const exactCell = exact.cells.find((item) => item.loadout === cell.loadout);
      if (exactCell?.ok !== true) throw new Error('expected exact figures');
      const harm = cell.outcomes.harm;
      expect(harm.interval?.low ?? 0).toBeLessThanOrEqual(exactCell.harm + 0.02);
      expect(harm.interval?.high ?? 1).toBeGreaterThanOrEqual(exactCell.harm - 0.02);
      expect(cell.meanCost).toBeGreaterThanOrEqual(0);
    }
  });

  it('stops between chunks when asked, with what it counted', () => {
    let asked = 0;
    const sample = labLevelSample(levelSetup(), level, {
      chunk: 50,
      shouldStop: () => (asked += 1) >= 2,
    });
    expect(sample.complete).toBe(false);
    expect(sample.cells.every((cell) => cell.runs === 100)).toBe(true);
    const steps = [...iterate(labLevelSampleSteps(levelSetup({ runs: 120 }), level))];
    expect(steps.map((step) => step.done)).toEqual([50, 100, 120]);
  });

  it('refuses another subject and bad runs', () => {
    expect(() => labLevelSample(DEFAULT_LAB_SETUP, level)).toThrow(TypeError);
    expect(() => labLevelSample(levelSetup({ runs: 0 }), level)).toThrow(RangeError);
  });
});

function* iterate<T>(generator: Generator<T, unknown, void>): Generator<T> {
  for (let step = generator.next(); step.done !== true; step = generator.next()) {
    yield step.value;
  }
}
