/**
 * Monte Carlo over a level: many seeded runs through `step`, counted by ending, with the
 * observed frequency of each decision's harmful attempt beside the probability it was drawn
 * against. Run i uses the seed `"<baseSeed>:run-<i>"`, so the same base seed gives the same
 * table, and run i of two loadouts shares its dice (a paired comparison).
 */
import type { RuleViolation } from '../model/command';
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { ok } from '../model/result';
import type { OutcomeClass } from '../model/vocabulary';
import type { Probability } from '../odds/probability';
import { wilsonInterval } from '../odds/wilson';
import type { WilsonBounds } from '../odds/wilson';
import { LIVE_DICE } from '../rules/dice';
import type { RngSeed } from '../rng';
import type { RunSpec } from './level-run';
import { playRun } from './level-run';

/** The seed of run `runIndex` under `baseSeed`. */
export function runSeed(baseSeed: RngSeed, runIndex: number): string {
  return `${String(baseSeed)}:run-${runIndex}`;
}

/** Options of {@link runLevelMonteCarlo}. */
export interface MonteCarloSpec extends Omit<RunSpec, 'seed'> {
  readonly runs: number;
  readonly seed: RngSeed;
}

/** How often an ending came up, with the 95 % Wilson interval of its frequency. */
export interface SampledEnding {
  readonly ending: string;
  readonly outcome: OutcomeClass;
  readonly count: number;
  readonly frequency: number;
  readonly interval: WilsonBounds;
}

/** A decision's sampled attempts beside the probabilities they were drawn against. */
export interface SampledDecision {
  readonly decision: string;
  readonly draws: number;
  readonly harmful: number;
  readonly frequency: number;
  /** The distinct probabilities used (one unless leverage visibility differed between runs). */
  readonly probabilities: readonly Probability[];
}

/** A split's sampled branches beside their published shares. */
export interface SampledSplit {
  readonly node: string;
  readonly draws: number;
  readonly branches: readonly {
    readonly branch: string;
    readonly count: number;
    readonly frequency: number;
    /** The share it was drawn against. */
    readonly probability: Probability;
  }[];
}

/** The Monte Carlo table. */
export interface MonteCarloResult {
  readonly runs: number;
  readonly seed: RngSeed;
  readonly endings: readonly SampledEnding[];
  readonly decisions: readonly SampledDecision[];
  /** One line per split node met, in the order first met. */
  readonly splits: readonly SampledSplit[];
}

interface Tally {
  readonly endings: Map<string, number>;
  readonly decisions: Map<string, { draws: number; harmful: number; probabilities: Probability[] }>;
  readonly splits: Map<
    string,
    { draws: number; counts: Map<string, number>; shares: Map<string, Probability> }
  >;
}

/**
 * Plays `runs` seeded runs and counts them.
 * @throws RangeError when `runs` is not a whole number ≥ 1 (a caller's mistake, not a game rule)
 */
export function runLevelMonteCarlo(spec: MonteCarloSpec): Result<MonteCarloResult, RuleViolation> {
  if (!Number.isInteger(spec.runs) || spec.runs < 1) {
    throw new RangeError(`runs must be a whole number ≥ 1, got ${spec.runs}`);
  }
  const tally: Tally = { endings: new Map(), decisions: new Map(), splits: new Map() };
  for (let index = 0; index < spec.runs; index += 1) {
    const run = playRun({ ...spec, seed: runSeed(spec.seed, index) }, LIVE_DICE, true);
    if (!run.ok) {
      return run;
    }
    count(tally, run.value.state.ending ?? '', run.value.events);
  }
  return ok({
    runs: spec.runs,
    seed: spec.seed,
    endings: sampledEndings(spec.level, tally, spec.runs),
    decisions: sampledDecisions(tally),
    splits: sampledSplits(tally),
  });
}

function count(tally: Tally, ending: string, events: readonly SimEvent[]): void {
  tally.endings.set(ending, (tally.endings.get(ending) ?? 0) + 1);
  for (const event of events) {
    if (event.kind === 'split-rolled') {
      countSplit(tally, event);
    }
    if (event.kind !== 'outcome-rolled') {
      continue;
    }
    const entry = tally.decisions.get(event.decision) ?? {
      draws: 0,
      harmful: 0,
      probabilities: [],
    };
    entry.draws += 1;
    entry.harmful += event.arm === 'harmful' ? 1 : 0;
    if (!entry.probabilities.some((known) => sameProbability(known, event.draw.probability))) {
      entry.probabilities.push(event.draw.probability);
    }
    tally.decisions.set(event.decision, entry);
  }
}

function countSplit(tally: Tally, event: Extract<SimEvent, { kind: 'split-rolled' }>): void {
  const entry = tally.splits.get(event.node) ?? { draws: 0, counts: new Map(), shares: new Map() };
  entry.draws += 1;
  entry.counts.set(event.branch, (entry.counts.get(event.branch) ?? 0) + 1);
  for (const branch of event.branches) {
    entry.shares.set(branch.branch, branch.probability);
  }
  tally.splits.set(event.node, entry);
}

function sampledSplits(tally: Tally): SampledSplit[] {
  return [...tally.splits].map(([node, entry]) => ({
    node,
    draws: entry.draws,
    branches: [...entry.shares].map(([branch, probability]) => {
      const count = entry.counts.get(branch) ?? 0;
      return { branch, count, frequency: count / entry.draws, probability };
    }),
  }));
}

function sameProbability(left: Probability, right: Probability): boolean {
  return left.value === right.value && left.provenance.tag === right.provenance.tag;
}

function sampledEndings(level: Level, tally: Tally, runs: number): SampledEnding[] {
  return level.nodeOrder.flatMap((id): SampledEnding[] => {
    const node = level.nodes[id];
    if (node?.kind !== 'ending') {
      return [];
    }
    const hits = tally.endings.get(id) ?? 0;
    const frequency = hits / runs;
    return [
      {
        ending: id,
        outcome: node.outcome,
        count: hits,
        frequency,
        interval: wilsonInterval(frequency, runs),
      },
    ];
  });
}

function sampledDecisions(tally: Tally): SampledDecision[] {
  return [...tally.decisions].map(([decision, entry]) => ({
    decision,
    ...entry,
    frequency: entry.draws === 0 ? 0 : entry.harmful / entry.draws,
  }));
}
