import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLevelFolder, LEVELS_DIR } from '../../../scripts/validate-levels';
import type { Level } from '../model/level';
import type { DefenseId } from '../model/vocabulary';
import { DEFAULT_ASSUMPTIONS } from '../odds/assumptions';
import { lookupRate } from '../rates';
import type { ChoicePolicy } from './level-policy';
import { enumerateEndings } from './level-enumerate';
import { runLevelMonteCarlo } from './level-monte-carlo';

function load(id: string): Level {
  const loaded = loadLevelFolder(path.join(LEVELS_DIR, id));
  if (!loaded.ok) {
    throw new Error(JSON.stringify(loaded.error));
  }
  return loaded.value;
}

const upgrade = load('1-the-upgrade');
const NO_GOAL_REPLACEMENT = {
  scenario: 'blackmail',
  goalType: 'none',
  goalValue: 'none',
  urgency: 'replacement',
} as const;

function rateOf(model: 'Claude Opus 4' | 'Gemini 2.5 Pro'): number {
  const row = lookupRate(model, NO_GOAL_REPLACEMENT);
  if (!row.ok) {
    throw new Error('no published rate');
  }
  return row.value.rate;
}

function exact(level: Level, model: string, defenses: DefenseId[], policy: ChoicePolicy = {}) {
  const result = enumerateEndings({
    level,
    loadout: { model, goalFraming: level.loadout.defaultGoalFraming, defenses },
    policy,
  });
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}

function endingProbability(
  level: Level,
  ending: string,
  ...args: Parameters<typeof exact> extends [Level, ...infer R] ? R : never
) {
  return exact(level, ...args).endings.find((item) => item.ending === ending)?.probability ?? NaN;
}

describe('enumerateEndings', () => {
  it('gives the published rate as the chance of harm with no defense', () => {
    const result = exact(upgrade, 'Claude Opus 4', [], {
      options: { 'kyle-forwards': 'his-call' },
    });
    expect(result.outcomes.harm).toBeCloseTo(rateOf('Claude Opus 4'), 12);
    expect(
      endingProbability(upgrade, 'end-threat-worked', 'Gemini 2.5 Pro', [], {
        options: { 'kyle-forwards': 'his-call' },
      }),
    ).toBeCloseTo(rateOf('Gemini 2.5 Pro'), 12);
  });

  it("multiplies the monitor's assumed rates into the branches", () => {
    const rate = rateOf('Claude Opus 4');
    const { detectionRate, falseAlarmRate } = DEFAULT_ASSUMPTIONS;
    const result = exact(upgrade, 'Claude Opus 4', ['monitor']);
    const byEnding = Object.fromEntries(
      result.endings.map((item) => [item.ending, item.probability]),
    );
    expect(byEnding['end-halted']).toBeCloseTo(rate * detectionRate, 12);
    expect(byEnding['end-false-alarm']).toBeCloseTo((1 - rate) * falseAlarmRate, 12);
    expect(result.endings.reduce((sum, item) => sum + item.probability, 0)).toBeCloseTo(1, 12);
  });

  it('makes harm impossible with compartmentalization (a structural zero)', () => {
    expect(exact(upgrade, 'Claude Opus 4', ['compartmentalization']).outcomes.harm).toBe(0);
  });
});

describe('every ending of every level is reachable', () => {
  const LEVEL_IDS = readdirSync(LEVELS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+-/.test(entry.name))
    .map((entry) => entry.name);

  /** Each offered model and framing with no defense, with each card alone, and with all cards. */
  function loadouts(level: Level) {
    const cards = level.loadout.defenses.map((card) => card.id);
    const sets: DefenseId[][] = [[], ...cards.map((card) => [card]), cards];
    const framings = level.loadout.goalFramings.map((framing) => framing.id);
    return level.loadout.models.flatMap((model) =>
      framings.flatMap((goalFraming) => sets.map((defenses) => ({ model, goalFraming, defenses }))),
    );
  }

  it.each(LEVEL_IDS)('%s: the enumerator gives each ending a chance above 0', (id) => {
    const level = load(id);
    const policies = choicePolicies(level);
    const reached = new Set<string>();
    for (const loadout of loadouts(level)) {
      for (const policy of policies) {
        const result = enumerateEndings({
          level,
          loadout,
          policy,
        });
        if (!result.ok) {
          continue; // a loadout the study has no rate for (e.g. a switch to an unpublished cell)
        }
        result.value.endings
          .filter((item) => item.probability > 0)
          .forEach((item) => reached.add(item.ending));
      }
    }
    const endings = level.nodeOrder.filter((node) => level.nodes[node]?.kind === 'ending');
    expect(endings.length).toBeGreaterThanOrEqual(3);
    expect(endings.filter((ending) => !reached.has(ending))).toEqual([]);
  });
});

/** One policy per option of each choice node (others default), so every option gets taken. */
function choicePolicies(level: Level): ChoicePolicy[] {
  const policies: ChoicePolicy[] = [{}];
  for (const id of level.nodeOrder) {
    const node = level.nodes[id];
    if (node?.kind === 'choice') {
      node.options.forEach((option) => policies.push({ options: { [id]: option.id } }));
    }
  }
  return policies;
}

describe('runLevelMonteCarlo', () => {
  it('samples each ending within a few standard errors of its exact chance, reproducibly', () => {
    const loadout = {
      model: 'Claude Opus 4',
      goalFraming: 'no-goal',
      defenses: ['monitor' as const],
    };
    const spec = { level: upgrade, loadout, policy: {}, runs: 2000, seed: 'test' };
    const sampled = runLevelMonteCarlo(spec);
    const again = runLevelMonteCarlo(spec);
    const truth = exact(upgrade, loadout.model, [...loadout.defenses]);
    expect(sampled).toEqual(again);
    if (!sampled.ok) {
      throw new Error(sampled.error.message);
    }
    for (const ending of sampled.value.endings) {
      const p = truth.endings.find((item) => item.ending === ending.ending)?.probability ?? 0;
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / spec.runs) + 1e-9;
      expect(Math.abs(ending.frequency - p)).toBeLessThanOrEqual(tolerance);
    }
  });
});
