import { describe, expect, it } from 'vitest';
import { DEFENSES } from '../model/vocabulary';
import { computeOdds } from '../odds/compute-odds';
import { MODELS } from '../rates/models';
import { levelFrontier } from '../sim/frontier';
import { minimalLevel } from '../testing/minimal-level';
import { conditionCost } from './exact';
import { allDefenseSets, labGrid } from './grid';
import type { LabConditionSubject, LabSetup } from './setup';
import { DEFAULT_LAB_SETUP, DEFAULT_LAB_SUBJECT, labCondition } from './setup';

const HEADLINE = MODELS.filter((model) => model.headline).map((model) => model.name);

function setupWith(overrides: Partial<LabSetup>): LabSetup {
  return { ...DEFAULT_LAB_SETUP, ...overrides };
}

describe('labGrid (a study condition)', () => {
  it.each([
    DEFAULT_LAB_SETUP.assumptions,
    { catchRate: 0.37, detectionRate: 0.11, falseAlarmRate: 0.93, reviewMinutes: 17 },
    { catchRate: 0, detectionRate: 1, falseAlarmRate: 0, reviewMinutes: 0 },
    { catchRate: 1, detectionRate: 0, falseAlarmRate: 1, reviewMinutes: 240 },
  ])('equals computeOdds and conditionCost to the last bit in every cell (%o)', (assumptions) => {
    const subjects: LabConditionSubject[] = [
      DEFAULT_LAB_SUBJECT,
      {
        kind: 'condition',
        scenario: 'murder',
        goal: { type: 'none', value: 'none' },
        urgency: 'none',
      },
    ];
    for (const subject of subjects) {
      const setup = setupWith({ subject, models: HEADLINE, assumptions });
      const grid = labGrid(setup);
      expect(grid.loadouts).toBe(1 << DEFENSES.length);
      let cells = 0;
      let missing = 0;
      for (const defenses of allDefenseSets()) {
        for (const model of HEADLINE) {
          const odds = computeOdds({
            model,
            condition: labCondition(subject),
            defenses,
            assumptions,
          });
          const point = grid.points.find(
            (item) => item.model === model && item.defenses.join('.') === defenses.join('.'),
          );
          if (!odds.ok) {
            expect(point).toBeUndefined();
            missing += 1;
            continue;
          }
          cells += 1;
          expect(point?.harm).toBe(odds.value.harm.value);
          expect(point?.cost).toBe(
            conditionCost(odds.value.defenses, odds.value.outcomes, odds.value.assumptions).hours,
          );
        }
      }
      expect(grid.points).toHaveLength(cells);
      expect(grid.missing).toBe(missing);
    }
  });

  it('marks the frontier per model and the set-up loadouts', () => {
    const setup = setupWith({
      models: ['Claude Opus 4', 'GPT-4.1'],
      loadouts: [{ defenses: ['oversight', 'prohibition'] }, { defenses: [] }, { defenses: [] }],
    });
    const grid = labGrid(setup);
    for (const point of grid.points) {
      const dominated = grid.points.some(
        (other) =>
          other.model === point.model &&
          other.harm <= point.harm &&
          other.cost <= point.cost &&
          (other.harm < point.harm || other.cost < point.cost),
      );
      expect(point.frontier).toBe(!dominated);
    }
    const free = grid.points.find((p) => p.model === 'GPT-4.1' && p.defenses.length === 0);
    expect(free?.chosen).toEqual([1, 2]);
    const pair = grid.points.find(
      (p) => p.model === 'Claude Opus 4' && p.defenses.join('.') === 'prohibition.oversight',
    );
    expect(pair?.chosen).toEqual([0]);
  });
});

describe('labGrid (a campaign level)', () => {
  it("gives levelFrontier's rows for each model the level offers, and needs the level", () => {
    const level = minimalLevel();
    const model = level.loadout.defaultModel as LabSetup['models'][number];
    const other = HEADLINE.find((name) => !level.loadout.models.includes(name));
    const setup = setupWith({
      subject: { kind: 'level', level: level.id },
      models: other === undefined ? [model] : [model, other],
    });
    const grid = labGrid(setup, level);
    const rows = levelFrontier(level, { model });
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(grid.loadouts).toBe(rows.value.length);
    expect(grid.missing).toBe(other === undefined ? 0 : rows.value.length);
    expect(grid.points.map((p) => [p.harm, p.cost, p.frontier])).toEqual(
      rows.value.map((row) => [row.harm, row.expectedCost, row.onFrontier]),
    );
    expect(() => labGrid(setup)).toThrow(TypeError);
  });
});
