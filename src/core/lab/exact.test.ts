import { describe, expect, it } from 'vitest';
import { DEFENSES } from '../model/vocabulary';
import { computeOdds } from '../odds/compute-odds';
import { MODELS } from '../rates/models';
import { minimalLevel } from '../testing/minimal-level';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP } from './setup';
import { labExact, labLevelExact } from './exact';

const HEADLINE = MODELS.filter((model) => model.headline).map((model) => model.name);

function setupWith(partial: Partial<LabSetup>): LabSetup {
  return { ...DEFAULT_LAB_SETUP, ...partial };
}

describe('labExact (a study condition)', () => {
  it('gives computeOdds for every loadout × model, loadout-major', () => {
    const setup = setupWith({
      models: ['Claude Opus 4', 'GPT-4.1'],
      loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
    });
    const exact = labExact(setup);
    expect(exact.conditionKey).toBe('blackmail.explicit-america.replacement');
    expect(exact.cells.map((cell) => [cell.loadout, cell.model])).toEqual([
      [0, 'Claude Opus 4'],
      [0, 'GPT-4.1'],
      [1, 'Claude Opus 4'],
      [1, 'GPT-4.1'],
    ]);
    const cell = exact.cells[2];
    const odds = computeOdds({
      model: 'Claude Opus 4',
      condition: {
        scenario: 'blackmail',
        goalType: 'explicit',
        goalValue: 'america',
        urgency: 'replacement',
      },
      defenses: ['monitor'],
      assumptions: setup.assumptions,
    });
    expect(cell?.ok && odds.ok && cell.odds).toEqual(odds.ok && odds.value);
  });

  it('prices an episode: day upkeep once, the monitor per flag, review time with oversight', () => {
    const exact = labExact(
      setupWith({
        loadouts: [{ defenses: ['oversight', 'monitor', 'prohibition'] }, { defenses: [] }],
      }),
    );
    const [full, none] = exact.cells;
    if (full?.ok !== true || none?.ok !== true) {
      throw new Error('Claude Opus 4 has the headline cell');
    }
    const flags =
      full.odds.outcomes['caught-by-monitor'].value + full.odds.outcomes['false-alarm'].value;
    // oversight 1 h/day + monitor 0.25 h/flag + prohibition 0 + 6 min review.
    expect(full.cost.hours).toBeCloseTo(1 + 0.25 * flags + 0 + 6 / 60, 12);
    expect(full.cost.lines.map((line) => line.defense ?? line.reason)).toEqual([
      'prohibition',
      'monitor',
      'oversight',
      'review-time',
    ]);
    expect(none.cost).toEqual({ lines: [], hours: 0 });
  });

  it('says which rows exist when the study has no rate', () => {
    const exact = labExact(
      setupWith({
        subject: {
          kind: 'condition',
          scenario: 'murder',
          goal: { type: 'none', value: 'none' },
          urgency: 'restriction',
        },
        models: ['Claude Opus 4'],
      }),
    );
    const cell = exact.cells[0];
    expect(cell?.ok).toBe(false);
    if (cell?.ok === false && cell.reason.kind === 'no-published-rate') {
      expect(cell.reason.missing.conditionKey).toBe('murder.no-goal.restriction');
      expect(cell.reason.rowsForModel).toContain('blackmail.explicit-america.replacement');
    }
  });

  // Timed by `npm run bench` (scripts/bench/lab.ts), not here: a shared test machine is no clock.
  it('computes the full grid (every loadout × the 16 headline models)', () => {
    const subsets = Array.from({ length: 1 << DEFENSES.length }, (_, mask) => ({
      defenses: DEFENSES.filter((_, bit) => (mask & (1 << bit)) !== 0),
    }));
    const setup = setupWith({ models: HEADLINE, loadouts: subsets });
    const exact = labExact(setup);
    expect(exact.cells).toHaveLength(64 * 16);
    expect(exact.cells.filter((cell) => cell.ok).length).toBeGreaterThan(0);
  });
});

describe('labLevelExact (a campaign level)', () => {
  it('gives the enumerator figures per loadout and names a loadout the level does not offer', () => {
    const level = minimalLevel();
    const offered = level.loadout.defenses.map((card) => card.id);
    const missing = DEFENSES.find((id) => !offered.includes(id));
    const setup = setupWith({
      subject: { kind: 'level', level: level.id },
      models: [level.loadout.defaultModel as LabSetup['models'][number]],
      loadouts: [{ defenses: [] }, { defenses: missing === undefined ? [] : [missing] }],
    });
    const exact = labLevelExact(setup, level);
    const [first, second] = exact.cells;
    expect(first?.ok).toBe(true);
    if (first?.ok === true) {
      expect(
        first.outcomes.harm +
          first.outcomes.averted +
          first.outcomes['no-harm'] +
          first.outcomes.unreported,
      ).toBeCloseTo(1, 12);
    }
    if (missing !== undefined) {
      expect(second?.ok === false && second.reason.kind).toBe('not-offered');
    }
  });
});
