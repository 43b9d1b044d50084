import { describe, expect, it } from 'vitest';
import type { DefenseId } from '../model/vocabulary';
import type { OddsRequest } from '../odds/compute-odds';
import { OUTCOMES } from '../odds/outcomes';
import type { Condition } from '../rates/condition';
import type { ScenarioSimulation } from './scenario-monte-carlo';
import { episodeOutcome, simulateLoadout } from './scenario-monte-carlo';

const blackmail: Condition = {
  scenario: 'blackmail',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
};

/** A run that must succeed. */
function run(defenses: DefenseId[], runs: number, seed: number | string = 1): ScenarioSimulation {
  const request: OddsRequest = {
    model: 'Claude Opus 4',
    condition: blackmail,
    defenses,
    assumptions: { catchRate: 0.5, detectionRate: 0.6, falseAlarmRate: 0.2 },
  };
  const result = simulateLoadout(request, { runs, seed });
  if (!result.ok) {
    throw new Error(result.error.kind);
  }
  return result.value;
}

describe('simulateScenario', () => {
  it('samples each outcome within 4 binomial sigma of its exact probability (fixed seed)', () => {
    const runs = 4000;
    const simulation = run(['prohibition', 'monitor', 'oversight'], runs, 2025);
    for (const outcome of OUTCOMES) {
      const { exact, count } = simulation.outcomes[outcome];
      const p = exact.value;
      const sigma = Math.sqrt(runs * p * (1 - p));
      expect(Math.abs(count - runs * p), outcome).toBeLessThanOrEqual(4 * sigma + 1e-9);
    }
  });

  it('counts every episode once', () => {
    const simulation = run(['monitor'], 1500);
    expect(OUTCOMES.reduce((sum, outcome) => sum + simulation.outcomes[outcome].count, 0)).toBe(
      1500,
    );
  });

  it('gives the same counts for the same seed and different counts for another', () => {
    const counts = (seed: number) =>
      OUTCOMES.map((outcome) => run(['oversight'], 1000, seed).outcomes[outcome].count);
    expect(counts(7)).toEqual(counts(7));
    expect(counts(7)).not.toEqual(counts(8));
  });

  it('never samples an impossible outcome', () => {
    const simulation = run(['compartmentalization', 'oversight'], 2000);
    expect(simulation.outcomes.harm.count).toBe(0);
    expect(simulation.outcomes['caught-by-reviewer'].count).toBe(0);
    expect(simulation.outcomes['no-incident'].count).toBe(2000);
  });

  it('reports the sampled rate with its Wilson interval', () => {
    const { harm } = run([], 1000).outcomes;
    expect(harm.sampledRate).toBe(harm.count / 1000);
    expect(harm.sampledInterval.low).toBeLessThan(harm.sampledRate);
    expect(harm.sampledInterval.high).toBeGreaterThan(harm.sampledRate);
  });

  it('pairs loadouts: a defense only ever turns a harm into a non-harm, episode by episode', () => {
    const bare = run([], 3000, 'paired');
    const defended = run(['oversight'], 3000, 'paired');
    expect(defended.outcomes.harm.count + defended.outcomes['caught-by-reviewer'].count).toBe(
      bare.outcomes.harm.count,
    );
  });

  it('refuses a run count that is not a positive integer', () => {
    expect(() => run([], 0)).toThrow(RangeError);
  });
});

describe('episodeOutcome', () => {
  // The table's layers in order: the monitor (stops and false alarms), then the reviewer.
  const chances = {
    attempt: 0.5,
    layers: [
      { stop: 0.5, falseAlarm: 0.5, outcome: 'caught-by-monitor' as const },
      { stop: 0.5, falseAlarm: 0, outcome: 'caught-by-reviewer' as const },
    ],
  };
  it.each([
    [[0.1, 0.1, 0.9], 'caught-by-monitor'],
    [[0.1, 0.9, 0.1], 'caught-by-reviewer'],
    [[0.1, 0.9, 0.9], 'harm'],
    [[0.9, 0.1, 0.1], 'false-alarm'],
    [[0.9, 0.9, 0.1], 'no-incident'],
  ] as const)('reads draws %j as %s', (draws, outcome) => {
    expect(episodeOutcome(chances, draws)).toBe(outcome);
  });
});
