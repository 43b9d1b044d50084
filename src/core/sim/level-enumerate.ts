/**
 * Exact probabilities of every ending of a level under a loadout and a choice policy, by
 * enumerating the branches of its draws: no sampling.
 *
 * The game is replayed through `stepWith` with forced dice: a prefix of outcomes is given, and
 * the first draw beyond it is where the tree branches (happened with its probability p, not
 * with 1 − p). Each branch is replayed from the briefing, which keeps the engine the only
 * place where rules live; levels have a handful of draws, so the replays are cheap. Branches
 * of probability 0 are not explored.
 */
import type { RuleViolation } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DrawRecord, GameState } from '../model/state';
import type { OutcomeClass } from '../model/vocabulary';
import type { Dice } from '../rules/dice';
import { thresholdOf } from '../rules/dice';
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
}

/** What a forced run asked for beyond its prefix. */
interface ForcedDice extends Dice {
  readonly requests: number[];
}

function forcedDice(prefix: readonly boolean[]): ForcedDice {
  const requests: number[] = [];
  return {
    requests,
    draw(_state: GameState, _label: string, probability: number): DrawRecord {
      const happened = prefix[requests.length] ?? false;
      requests.push(probability);
      const threshold = thresholdOf(probability);
      // A forced roll: on the right side of the threshold, never shown to anyone.
      return { roll: happened ? threshold : 100, threshold, happened };
    },
  };
}

/** Exact ending probabilities for a level, loadout and policy (the seed is irrelevant here). */
export function enumerateEndings(spec: Omit<RunSpec, 'seed'>): Result<Enumeration, RuleViolation> {
  const totals = new Map<string, number>();
  let paths = 0;
  const pending: { prefix: boolean[]; weight: number }[] = [{ prefix: [], weight: 1 }];
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
      paths += 1;
      continue;
    }
    pending.push(...children(branch, next));
  }
  return ok(summarise(spec.level, totals, paths));
}

function children(branch: { prefix: boolean[]; weight: number }, probability: number) {
  const options = [
    { prefix: [...branch.prefix, true], weight: branch.weight * probability },
    { prefix: [...branch.prefix, false], weight: branch.weight * (1 - probability) },
  ];
  return options.filter((option) => option.weight > 0);
}

function summarise(level: Level, totals: ReadonlyMap<string, number>, paths: number): Enumeration {
  const endings = level.nodeOrder.flatMap((id): EndingProbability[] => {
    const node = level.nodes[id];
    return node?.kind === 'ending'
      ? [{ ending: id, outcome: node.outcome, probability: totals.get(id) ?? 0 }]
      : [];
  });
  const outcomes: Record<OutcomeClass, number> = { harm: 0, averted: 0, 'no-harm': 0 };
  for (const ending of endings) {
    outcomes[ending.outcome] += ending.probability;
  }
  return { endings, outcomes, paths };
}
