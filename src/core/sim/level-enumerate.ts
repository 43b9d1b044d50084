/**
 * Exact probabilities of every ending of a level under a loadout and a choice policy, by
 * enumerating the branches of its draws: no sampling.
 *
 * The game is replayed through `stepWith` with forced dice: a prefix of outcomes is given, and
 * the first draw beyond it is where the tree branches: a yes/no draw into happened (p) and not
 * (1 − p), a split into one child per branch (its share). Each branch is replayed from the briefing, which keeps the engine the only
 * place where rules live; levels have a handful of draws, so the replays are cheap. Branches
 * of probability 0 are not explored.
 */
import type { RuleViolation } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DrawRecord, GameState, SplitDrawRecord } from '../model/state';
import type { OutcomeClass } from '../model/vocabulary';
import type { Dice } from '../rules/dice';
import { splitBounds, thresholdOf } from '../rules/dice';
import { objectiveResult } from '../rules/costs';
import type { RunSpec } from './level-run';
import { playRun } from './level-run';

/** One ending's exact probability. */
export interface EndingProbability {
  readonly ending: string;
  readonly outcome: OutcomeClass;
  readonly probability: number;
}

/** The enumeration: every ending of the level (0 where unreachable) and the paths explored. */
export interface Enumeration {
  /** Every ending node, in file order. */
  readonly endings: readonly EndingProbability[];
  /** Probability of each outcome class (harm, averted, no-harm). */
  readonly outcomes: Readonly<Record<OutcomeClass, number>>;
  /** Complete paths with probability above 0. */
  readonly paths: number;
  /** The day's expected cost in hours (rules/costs.ts), over the same paths. */
  readonly expectedCost: number;
  /** Probability that the level's objective is met: no harm, cost within its limit. */
  readonly objective: number;
}

/**
 * What a forced run asked for: the chances of each draw's outcomes, in order. An outcome is an
 * index: 0 = happened and 1 = not for a yes/no draw; the branch for a split.
 */
interface ForcedDice extends Dice {
  readonly requests: (readonly number[])[];
}

function forcedDice(prefix: readonly number[]): ForcedDice {
  const requests: (readonly number[])[] = [];
  return {
    requests,
    draw(_state: GameState, _label: string, probability: number): DrawRecord {
      const happened = (prefix[requests.length] ?? 1) === 0;
      requests.push([probability, 1 - probability]);
      const threshold = thresholdOf(probability);
      // A forced roll: on the right side of the threshold, never shown to anyone.
      return { roll: happened ? threshold : 100, threshold, happened };
    },
    split(_state: GameState, _label: string, shares: readonly number[]): SplitDrawRecord {
      const branch = prefix[requests.length] ?? 0;
      requests.push(shares);
      const bound = splitBounds(shares)[branch] ?? { lower: 0, upper: 100 };
      return {
        roll: bound.upper,
        branch,
        lower: bound.lower,
        threshold: bound.upper,
        happened: true,
      };
    },
  };
}

/** Exact ending probabilities for a level, loadout and policy (the seed is irrelevant here). */
export function enumerateEndings(spec: Omit<RunSpec, 'seed'>): Result<Enumeration, RuleViolation> {
  const totals = new Map<string, number>();
  let paths = 0;
  let expectedCost = 0;
  let objective = 0;
  const pending: { prefix: number[]; weight: number }[] = [{ prefix: [], weight: 1 }];
  for (let branch = pending.pop(); branch !== undefined; branch = pending.pop()) {
    const dice = forcedDice(branch.prefix);
    const run = playRun({ ...spec, seed: 0 }, dice);
    if (!run.ok) {
      return err(run.error);
    }
    const next = dice.requests[branch.prefix.length];
    if (next === undefined) {
      const ending = run.value.state.ending ?? '';
      totals.set(ending, (totals.get(ending) ?? 0) + branch.weight);
      const scored = objectiveResult(spec.level, run.value.state);
      expectedCost += branch.weight * scored.cost.hours;
      objective += scored.met ? branch.weight : 0;
      paths += 1;
      continue;
    }
    pending.push(...children(branch, next));
  }
  return ok({ ...summarise(spec.level, totals, paths), expectedCost, objective });
}

function children(branch: { prefix: number[]; weight: number }, chances: readonly number[]) {
  const options = chances.map((chance, outcome) => ({
    prefix: [...branch.prefix, outcome],
    weight: branch.weight * chance,
  }));
  return options.filter((option) => option.weight > 0);
}

function summarise(
  level: Level,
  totals: ReadonlyMap<string, number>,
  paths: number,
): Omit<Enumeration, 'expectedCost' | 'objective'> {
  const endings = level.nodeOrder.flatMap((id): EndingProbability[] => {
    const node = level.nodes[id];
    return node?.kind === 'ending'
      ? [{ ending: id, outcome: node.outcome, probability: totals.get(id) ?? 0 }]
      : [];
  });
  const outcomes: Record<OutcomeClass, number> = {
    harm: 0,
    averted: 0,
    'no-harm': 0,
    unreported: 0,
  };
  for (const ending of endings) {
    outcomes[ending.outcome] += ending.probability;
  }
  return { endings, outcomes, paths };
}
