/**
 * The Lab's paired sample of a campaign level: episode i of every loadout and model plays the
 * level through the engine (`playRun`: the game's own rules, the assumed reviewer, the default
 * choice policy and goal framing) with the same run seed `runSeed(seed, i)` — the seed the
 * level's Monte Carlo uses for run i — so the loadouts meet the same dice and the difference in
 * harm between two of them is estimated from per-episode differences, as in sample.ts.
 *
 * Episodes are counted in order, each one for every cell, in small chunks: between chunks the
 * generator yields progress and asks `shouldStop`, so a worker can stop after a few seconds of
 * wall time. A stopped sample returns what it counted (`complete: false`), with `runs` of each
 * cell the episodes counted. `kind: 'level'` tells it from a condition's {@link LabSample}.
 */
import type { Level } from '../model/level';
import type { OutcomeClass } from '../model/vocabulary';
import { OUTCOME_CLASSES } from '../model/vocabulary';
import type { ModelName } from '../rates/models';
import type { RngSeed } from '../rng/rng';
import { objectiveResult } from '../rules/costs';
import { LIVE_DICE } from '../rules/dice';
import { runSeed } from '../sim/level-monte-carlo';
import { playRun } from '../sim/level-run';
import type { LabLevelExact } from './exact';
import { labLevelExact } from './exact';
import type {
  LabPairedDifference,
  LabProgress,
  LabSampleOptions,
  LabSampledOutcome,
} from './sample';
import { pairedInterval, sampledOutcome } from './sample';
import type { LabSetup } from './setup';
import { MAX_LAB_RUNS } from './setup';

/** Episodes per chunk of a level sample unless asked otherwise (a chunk of four loadouts plays in a few ms). */
export const LAB_LEVEL_CHUNK_EPISODES = 50;

/** One loadout × model of a level's sample. */
export interface LabLevelSampleCell {
  readonly loadout: number;
  readonly model: ModelName;
  /** Episodes counted. */
  readonly runs: number;
  readonly outcomes: Readonly<Record<OutcomeClass, LabSampledOutcome>>;
  /** Mean cost of the day in hours over the episodes counted (0 when none). */
  readonly meanCost: number;
}

/** The paired sample of a level. */
export interface LabLevelSample {
  readonly kind: 'level';
  /** Episodes asked for per cell. */
  readonly runs: number;
  readonly seed: RngSeed;
  /** False when `shouldStop` ended the run early; cells then hold the episodes counted. */
  readonly complete: boolean;
  /** The cells with exact figures, loadout-major, models in set-up order. */
  readonly cells: readonly LabLevelSampleCell[];
  readonly differences: readonly LabPairedDifference[];
}

/** One cell while sampling. */
interface CellTally {
  readonly loadout: number;
  readonly model: ModelName;
  readonly counts: number[];
  cost: number;
  harmed: boolean;
}

/**
 * The level sample as a generator: yields progress after each chunk (then asks `shouldStop`)
 * and returns the result. `done`/`total` count episodes per model, as in {@link LabProgress}.
 * @throws RangeError when runs is not an integer in [1, 1 000 000]
 * @throws TypeError when the set-up's subject is not this level
 */
export function* labLevelSampleSteps(
  setup: LabSetup,
  level: Level,
  options: LabSampleOptions = {},
  exact: LabLevelExact = labLevelExact(setup, level),
): Generator<LabProgress, LabLevelSample, void> {
  const runs = options.runs ?? setup.runs;
  const seed = options.seed ?? setup.seed;
  const chunk = Math.max(1, Math.floor(options.chunk ?? LAB_LEVEL_CHUNK_EPISODES));
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_LAB_RUNS) {
    throw new RangeError(`runs must be an integer from 1 to ${MAX_LAB_RUNS}, got ${runs}`);
  }
  const tallies: CellTally[] = exact.cells.flatMap((cell) =>
    cell.ok
      ? [
          {
            loadout: cell.loadout,
            model: cell.model,
            counts: OUTCOME_CLASSES.map(() => 0),
            cost: 0,
            harmed: false,
          },
        ]
      : [],
  );
  const models = setup.models.filter((model) => tallies.some((cell) => cell.model === model));
  const byModel = models.map((model) => tallies.filter((cell) => cell.model === model));
  const pairs = byModel.map((cells) =>
    cells.flatMap((_, i) => cells.slice(i + 1).map((): [number, number] => [0, 0])),
  );
  const total = runs * models.length;
  // With no cell to play there is nothing to count: the sample is complete and empty.
  let counted = tallies.length === 0 ? runs : 0;
  while (counted < runs) {
    const end = Math.min(runs, counted + chunk);
    for (let episode = counted; episode < end; episode += 1) {
      playEpisode(level, setup, tallies, runSeed(seed, episode));
      byModel.forEach((cells, m) => countPairs(cells, pairs[m] as [number, number][]));
    }
    counted = end;
    yield { done: counted * models.length, total };
    if (counted < runs && options.shouldStop?.() === true) {
      break;
    }
  }
  return summarise(exact, byModel, pairs, { runs, seed, counted });
}

/** Plays one episode of every cell with the same run seed. */
function playEpisode(
  level: Level,
  setup: LabSetup,
  tallies: readonly CellTally[],
  seed: string,
): void {
  for (const cell of tallies) {
    const run = playRun(
      {
        level,
        loadout: {
          model: cell.model,
          goalFraming: level.loadout.defaultGoalFraming,
          defenses: setup.loadouts[cell.loadout]?.defenses ?? [],
        },
        policy: {},
        seed,
        assumptions: setup.assumptions,
        reviewer: 'assumed',
      },
      LIVE_DICE,
    );
    if (!run.ok) {
      // The enumerator played the same loadout without a violation, so this is a bug.
      throw new Error(`level ${level.id} refused a sampled run: ${JSON.stringify(run.error)}`);
    }
    const { state } = run.value;
    const ending = state.ending === null ? undefined : level.nodes[state.ending];
    const outcome = ending?.kind === 'ending' ? ending.outcome : 'no-harm';
    const index = OUTCOME_CLASSES.indexOf(outcome);
    cell.counts[index] = (cell.counts[index] as number) + 1;
    cell.cost += objectiveResult(level, state).cost.hours;
    cell.harmed = outcome === 'harm';
  }
}

/** Counts, for each pair of a model's cells, the episode where only one was harmed. */
function countPairs(cells: readonly CellTally[], pairs: [number, number][]): void {
  let pair = 0;
  for (let i = 0; i < cells.length; i += 1) {
    for (let j = i + 1; j < cells.length; j += 1) {
      const left = (cells[i] as CellTally).harmed;
      const right = (cells[j] as CellTally).harmed;
      if (left !== right) {
        (pairs[pair] as [number, number])[left ? 0 : 1] += 1;
      }
      pair += 1;
    }
  }
}

/** Builds the result. */
function summarise(
  exact: LabLevelExact,
  byModel: readonly (readonly CellTally[])[],
  pairs: readonly (readonly [number, number][])[],
  { runs, seed, counted }: { runs: number; seed: RngSeed; counted: number },
): LabLevelSample {
  const harmOf = (loadout: number, model: ModelName): number => {
    const cell = exact.cells.find((item) => item.loadout === loadout && item.model === model);
    return cell?.ok === true ? cell.harm : 0;
  };
  const cells: LabLevelSampleCell[] = byModel
    .flat()
    .map((cell) => ({
      loadout: cell.loadout,
      model: cell.model,
      runs: counted,
      outcomes: Object.fromEntries(
        OUTCOME_CLASSES.map((outcome, o) => [
          outcome,
          sampledOutcome(cell.counts[o] ?? 0, counted),
        ]),
      ) as Record<OutcomeClass, LabSampledOutcome>,
      meanCost: counted === 0 ? 0 : cell.cost / counted,
    }))
    .sort(
      (left, right) =>
        left.loadout - right.loadout ||
        exact.cells.findIndex((item) => item.model === left.model) -
          exact.cells.findIndex((item) => item.model === right.model),
    );
  const differences: LabPairedDifference[] = byModel.flatMap((modelCells, m) => {
    const list: LabPairedDifference[] = [];
    let pair = 0;
    for (let i = 0; i < modelCells.length; i += 1) {
      for (let j = i + 1; j < modelCells.length; j += 1) {
        const [onlyA, onlyB] = (pairs[m] as readonly [number, number][])[pair] as [number, number];
        const a = (modelCells[i] as CellTally).loadout;
        const b = (modelCells[j] as CellTally).loadout;
        const model = (modelCells[i] as CellTally).model;
        list.push({
          a,
          b,
          model,
          runs: counted,
          ...pairedInterval(onlyA, onlyB, counted),
          exact: harmOf(a, model) - harmOf(b, model),
          onlyA,
          onlyB,
        });
        pair += 1;
      }
    }
    return list;
  });
  return { kind: 'level', runs, seed, complete: counted >= runs, cells, differences };
}

/**
 * The paired sample of a level set-up: per loadout × model the sampled frequency of each outcome
 * class with its Wilson interval and the mean cost, and per pair of loadouts (same model) the
 * paired difference in harm. Same set-up, runs and seed → the same numbers, whatever the chunk.
 * @throws RangeError when runs is not an integer in [1, 1 000 000]
 * @throws TypeError when the set-up's subject is not this level
 */
export function labLevelSample(
  setup: LabSetup,
  level: Level,
  options: LabSampleOptions = {},
): LabLevelSample {
  const steps = labLevelSampleSteps(setup, level, options);
  let step = steps.next();
  while (step.done !== true) {
    options.onProgress?.(step.value);
    step = steps.next();
  }
  return step.value;
}
