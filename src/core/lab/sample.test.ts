import { describe, expect, it } from 'vitest';
import { computeOdds } from '../odds/compute-odds';
import { OUTCOMES } from '../odds/outcomes';
import { simulateScenario } from '../sim/scenario-monte-carlo';
import type { LabSetup } from './setup';
import { DEFAULT_LAB_SETUP } from './setup';
import { labExact } from './exact';
import { labCsv, labJson } from './export';
import { labSample, labSampleSteps, pairedInterval } from './sample';

const SETUP: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  models: ['Claude Opus 4', 'GPT-4.1'],
  loadouts: [
    { defenses: ['prohibition', 'oversight'] },
    { defenses: ['monitor'] },
    { defenses: [] },
  ],
};
const CONDITION = {
  scenario: 'blackmail',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
} as const;

describe('labSample', () => {
  it('gives each loadout the counts simulateScenario gives at the same seed (same dice)', () => {
    const sample = labSample(SETUP, { runs: 20_000, seed: 42 });
    for (const cell of sample.cells) {
      const odds = computeOdds({
        model: cell.model,
        condition: CONDITION,
        defenses: SETUP.loadouts[cell.loadout]?.defenses ?? [],
      });
      if (!odds.ok) {
        throw new Error('published cell');
      }
      const alone = simulateScenario(odds.value, { runs: 20_000, seed: 42 });
      for (const outcome of OUTCOMES) {
        expect(cell.outcomes[outcome].count).toBe(alone.outcomes[outcome].count);
      }
    }
  });

  it('is the same whatever the chunk size, and reports progress between chunks', () => {
    const progress: number[] = [];
    const small = labSample(SETUP, {
      runs: 5_000,
      seed: 3,
      chunk: 700,
      onProgress: ({ done }) => progress.push(done),
    });
    const large = labSample(SETUP, { runs: 5_000, seed: 3 });
    expect(small).toEqual(large);
    expect(progress[0]).toBe(700);
    expect(progress[progress.length - 1]).toBe(10_000);
  });

  it('pairs: the difference in harm is read from the same episodes, with a narrow interval', () => {
    const sample = labSample(SETUP, { runs: 100_000, seed: 9 });
    const pair = sample.differences.find(
      (item) => item.a === 1 && item.b === 2 && item.model === 'Claude Opus 4',
    );
    const harm = (loadout: number) =>
      sample.cells.find((cell) => cell.loadout === loadout && cell.model === 'Claude Opus 4')
        ?.outcomes.harm.rate ?? Number.NaN;
    expect(pair?.difference).toBeCloseTo(harm(1) - harm(2), 12);
    // The monitor only ever removes harm: with the same dice, no episode is harmed only with it.
    expect(pair?.onlyA).toBe(0);
    expect(pair?.interval?.low).toBeLessThanOrEqual(pair?.exact ?? 0);
    expect(pair?.interval?.high).toBeGreaterThanOrEqual(pair?.exact ?? 0);
    expect((pair?.interval?.high ?? 1) - (pair?.interval?.low ?? 0)).toBeLessThan(0.01);
  });

  it('stops between chunks and keeps what it counted', () => {
    let calls = 0;
    const sample = labSample(SETUP, {
      runs: 10_000,
      chunk: 1_000,
      shouldStop: () => (calls += 1) >= 3,
    });
    expect(sample.complete).toBe(false);
    expect(sample.cells[0]?.runs).toBe(3_000);
  });

  it('yields progress from its generator', () => {
    const steps = labSampleSteps(SETUP, { runs: 2_000, chunk: 1_000 });
    expect(steps.next().value).toEqual({ done: 1_000, total: 4_000 });
  });

  it('refuses runs outside 1 … 1 000 000', () => {
    expect(() => labSample(SETUP, { runs: 0 })).toThrow(RangeError);
    expect(() => labSample(SETUP, { runs: 1_000_001 })).toThrow(RangeError);
  });

  it('pairedInterval: all-zero differences give a zero-width interval', () => {
    expect(pairedInterval(0, 0, 10)).toEqual({ difference: 0, interval: { low: 0, high: 0 } });
    expect(pairedInterval(1, 0, 1).interval).toBeNull();
  });
});

describe('exports', () => {
  it('name the rate rows and the assumptions', () => {
    const exact = labExact(SETUP);
    const sample = labSample(SETUP, { runs: 1_000 });
    const csv = labCsv(SETUP, exact, sample);
    expect(csv).toContain('# rate blackmail.explicit-america.replacement.claude-opus-4 = ');
    expect(csv).toContain('catch-rate=0.9');
    const rows = csv.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(rows).toHaveLength(1 + 3 * 2 * OUTCOMES.length);
    const json = labJson(SETUP, exact, sample);
    expect(json.rateRows.map((row) => row.id)).toContain(
      'blackmail.explicit-america.replacement.claude-opus-4',
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
