/**
 * The Lab's paired sample of a study condition: N seeded episodes, where every loadout meets the
 * same dice. Each episode draws 1 + LAYER_CARDS.length uniforms from the world stream of the
 * seed, exactly as sim/scenario-monte-carlo.ts does (so one loadout's counts equal
 * `simulateScenario`'s at the same seed), and every loadout's outcome is read off those same
 * draws ({@link episodeOutcome}). Every model uses the same stream too.
 *
 * For each pair of loadouts the difference in harm is estimated from the per-episode
 * differences d = harm(A) − harm(B) ∈ {−1, 0, 1}: mean d̄, sample variance s², and the 95 %
 * normal interval d̄ ± z·s/√n (clamped to [−1, 1]). Pairing removes the shared noise, so the
 * interval is narrower than one built from two independent samples.
 *
 * Work is done in chunks; between chunks `onProgress` and `shouldStop` are called (a worker can
 * post progress and poll a cancel flag), and {@link labSampleSteps} yields so a caller can hand
 * control back to its event loop. A stopped run returns what it counted so far (`complete:
 * false`).
 */
import { LAYER_CARDS } from '../defenses/defense-table';
import type { Outcome } from '../odds/outcomes';
import { OUTCOMES } from '../odds/outcomes';
import type { WilsonBounds } from '../odds/wilson';
import { Z_95, wilsonInterval } from '../odds/wilson';
import type { ModelName } from '../rates/models';
import type { RngSeed } from '../rng/rng';
import { STREAMS, seedRng } from '../rng/rng';
import type { EpisodeChances } from '../sim/scenario-monte-carlo';
import { episodeChances } from '../sim/scenario-monte-carlo';
import { LabDice } from './dice';
import type { LabExact } from './exact';
import { labExact } from './exact';
import type { LabSetup } from './setup';
import { MAX_LAB_RUNS } from './setup';

/** Draws per episode: one for the attempt, one per after-attempt layer of the table. */
export const LAB_DRAWS_PER_EPISODE = 1 + LAYER_CARDS.length;

/** Episodes per chunk unless asked otherwise. */
export const LAB_CHUNK_EPISODES = 50_000;

/** Progress between chunks. */
export interface LabProgress {
  /** Episodes done so far (of every model). */
  readonly done: number;
  /** Episodes asked for (runs × models with at least one loadout with odds). */
  readonly total: number;
}

/** Options of {@link labSample}; missing runs and seed take the set-up's. */
export interface LabSampleOptions {
  readonly runs?: number;
  readonly seed?: RngSeed;
  /** Episodes per chunk. @defaultValue {@link LAB_CHUNK_EPISODES} */
  readonly chunk?: number;
  readonly onProgress?: (progress: LabProgress) => void;
  /** Asked between chunks; true stops the run with what it has. */
  readonly shouldStop?: () => boolean;
}

/** One outcome's sampled frequency. */
export interface LabSampledOutcome {
  readonly count: number;
  /** count / runs (0 when no episode ran). */
  readonly rate: number;
  /** 95 % Wilson interval of the rate, or null when no episode ran. */
  readonly interval: WilsonBounds | null;
}

/** One loadout × model's sample (only cells with odds are sampled). */
export interface LabSampleCell {
  readonly loadout: number;
  readonly model: ModelName;
  /** Episodes counted. */
  readonly runs: number;
  readonly outcomes: Readonly<Record<Outcome, LabSampledOutcome>>;
}

/** The paired difference in harm of loadout `a` minus loadout `b` for one model. */
export interface LabPairedDifference {
  readonly a: number;
  readonly b: number;
  readonly model: ModelName;
  readonly runs: number;
  /** Sampled P(harm | a) − P(harm | b): the mean per-episode difference. */
  readonly difference: number;
  /** 95 % interval of the difference from the per-episode differences, or null below 2 runs. */
  readonly interval: { readonly low: number; readonly high: number } | null;
  /** The exact difference from the odds. */
  readonly exact: number;
  /** Episodes where a ended in harm and b did not, and the reverse. */
  readonly onlyA: number;
  readonly onlyB: number;
}

/**
 * The whole sample of a study condition. `kind` tells it from a level's sample
 * ({@link LabLevelSample}, kind `'level'`), e.g. in what the Lab's worker returns.
 */
export interface LabSample {
  readonly kind: 'condition';
  /** Episodes asked for per model. */
  readonly runs: number;
  readonly seed: RngSeed;
  /** False when `shouldStop` ended the run early; cells then hold the episodes counted. */
  readonly complete: boolean;
  readonly cells: readonly LabSampleCell[];
  readonly differences: readonly LabPairedDifference[];
}

/** Counts of one model while sampling. */
interface ModelTally {
  readonly model: ModelName;
  /** Loadout indices with odds, and their chances. */
  readonly loadouts: readonly number[];
  readonly chances: readonly EpisodeChances[];
  /** Per sampled loadout, counts per outcome index. */
  readonly counts: number[][];
  /** Per pair (i < j of `loadouts`): [only i harmed, only j harmed]. */
  readonly pairs: [number, number][];
  runs: number;
}

const HARM = OUTCOMES.indexOf('harm');
const FALSE_ALARM = OUTCOMES.indexOf('false-alarm');
const NO_INCIDENT = OUTCOMES.indexOf('no-incident');

/** Validates runs. */
function checkRuns(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_LAB_RUNS) {
    throw new RangeError(`runs must be an integer from 1 to ${MAX_LAB_RUNS}, got ${runs}`);
  }
}

/** The tallies to fill: one per model with at least one loadout with odds. */
function tallies(exact: LabExact, models: readonly ModelName[]): ModelTally[] {
  return models.flatMap((model) => {
    const cells = exact.cells.filter((cell) => cell.model === model && cell.ok);
    const loadouts = cells.map((cell) => cell.loadout);
    const chances = cells.flatMap((cell) => (cell.ok ? [episodeChances(cell.odds)] : []));
    if (loadouts.length === 0) {
      return [];
    }
    const pairCount = (loadouts.length * (loadouts.length - 1)) / 2;
    return [
      {
        model,
        loadouts,
        chances,
        counts: loadouts.map(() => OUTCOMES.map(() => 0)),
        pairs: Array.from({ length: pairCount }, (): [number, number] => [0, 0]),
        runs: 0,
      },
    ];
  });
}

/** The outcome index of one episode's draws: the same rule as `episodeOutcome` (sim/scenario-monte-carlo.ts), inlined. */
function outcomeIndexOf(chances: EpisodeChances, draws: readonly number[]): number {
  const layers = chances.layers;
  if ((draws[0] as number) >= chances.attempt) {
    for (let index = 0; index < layers.length; index += 1) {
      if (
        (draws[1 + index] as number) <
        (layers[index] as EpisodeChances['layers'][number]).falseAlarm
      ) {
        return FALSE_ALARM;
      }
    }
    return NO_INCIDENT;
  }
  for (let index = 0; index < layers.length; index += 1) {
    const layer = layers[index] as EpisodeChances['layers'][number];
    if ((draws[1 + index] as number) < layer.stop) {
      return OUTCOMES.indexOf(layer.outcome);
    }
  }
  return HARM;
}

/** Samples `episodes` more episodes of one model, reading on from `dice`. */
function sampleChunk(tally: ModelTally, dice: LabDice, episodes: number): void {
  const draws: number[] = new Array<number>(LAB_DRAWS_PER_EPISODE).fill(0);
  const harmed: boolean[] = tally.loadouts.map(() => false);
  for (let episode = 0; episode < episodes; episode += 1) {
    for (let draw = 0; draw < LAB_DRAWS_PER_EPISODE; draw += 1) {
      draws[draw] = dice.next();
    }
    for (let index = 0; index < tally.chances.length; index += 1) {
      const outcome = outcomeIndexOf(tally.chances[index] as EpisodeChances, draws);
      const counts = tally.counts[index] as number[];
      counts[outcome] = (counts[outcome] as number) + 1;
      harmed[index] = outcome === HARM;
    }
    let pair = 0;
    for (let i = 0; i < harmed.length; i += 1) {
      for (let j = i + 1; j < harmed.length; j += 1) {
        const counts = tally.pairs[pair] as [number, number];
        if (harmed[i] !== harmed[j]) {
          counts[harmed[i] === true ? 0 : 1] += 1;
        }
        pair += 1;
      }
    }
  }
  tally.runs += episodes;
}

/** One sampled outcome: its count, rate and Wilson interval out of `runs`. */
export function sampledOutcome(count: number, runs: number): LabSampledOutcome {
  return runs === 0
    ? { count, rate: 0, interval: null }
    : { count, rate: count / runs, interval: wilsonInterval(count / runs, runs) };
}

/**
 * The paired interval of a mean of differences in {−1, 0, 1}: `onlyA` episodes of +1, `onlyB`
 * of −1, the rest 0.
 */
export function pairedInterval(
  onlyA: number,
  onlyB: number,
  runs: number,
): { difference: number; interval: { low: number; high: number } | null } {
  if (runs === 0) {
    return { difference: 0, interval: null };
  }
  const difference = (onlyA - onlyB) / runs;
  if (runs < 2) {
    return { difference, interval: null };
  }
  const variance = (onlyA + onlyB - runs * difference * difference) / (runs - 1);
  const half = Z_95 * Math.sqrt(Math.max(0, variance) / runs);
  return {
    difference,
    interval: { low: Math.max(-1, difference - half), high: Math.min(1, difference + half) },
  };
}

/** Builds the result from the tallies. */
function summarise(
  exact: LabExact,
  tallyList: readonly ModelTally[],
  runs: number,
  seed: RngSeed,
  complete: boolean,
): LabSample {
  const cells: LabSampleCell[] = [];
  const differences: LabPairedDifference[] = [];
  for (const tally of tallyList) {
    tally.loadouts.forEach((loadout, index) => {
      const counts = tally.counts[index] as number[];
      const outcomes = Object.fromEntries(
        OUTCOMES.map((outcome, o) => [outcome, sampledOutcome(counts[o] ?? 0, tally.runs)]),
      ) as Record<Outcome, LabSampledOutcome>;
      cells.push({ loadout, model: tally.model, runs: tally.runs, outcomes });
    });
    const harmOf = (loadout: number): number => {
      const cell = exact.cells.find(
        (item) => item.model === tally.model && item.loadout === loadout,
      );
      return cell?.ok === true ? cell.odds.harm.value : 0;
    };
    let pair = 0;
    for (let i = 0; i < tally.loadouts.length; i += 1) {
      for (let j = i + 1; j < tally.loadouts.length; j += 1) {
        const [onlyA, onlyB] = tally.pairs[pair] as [number, number];
        const a = tally.loadouts[i] as number;
        const b = tally.loadouts[j] as number;
        differences.push({
          a,
          b,
          model: tally.model,
          runs: tally.runs,
          ...pairedInterval(onlyA, onlyB, tally.runs),
          exact: harmOf(a) - harmOf(b),
          onlyA,
          onlyB,
        });
        pair += 1;
      }
    }
  }
  const order = (cell: LabSampleCell): number =>
    cell.loadout * 1000 + exact.cells.findIndex((item) => item.model === cell.model);
  cells.sort((left, right) => order(left) - order(right));
  return { kind: 'condition', runs, seed, complete, cells, differences };
}

/**
 * The sample as a generator: yields progress after each chunk and returns the result. Driving
 * it with a pause between `next()` calls keeps a worker responsive to a cancel message; stopping
 * early is `return()` (or use {@link labSample} with `shouldStop`).
 * @throws RangeError when runs is not an integer in [1, 1 000 000]
 * @throws TypeError for a level subject
 */
export function* labSampleSteps(
  setup: LabSetup,
  options: Omit<LabSampleOptions, 'onProgress' | 'shouldStop'> = {},
  exact: LabExact = labExact(setup),
): Generator<LabProgress, LabSample, boolean | undefined> {
  const runs = options.runs ?? setup.runs;
  const seed = options.seed ?? setup.seed;
  const chunk = Math.max(1, Math.floor(options.chunk ?? LAB_CHUNK_EPISODES));
  checkRuns(runs);
  const tallyList = tallies(exact, setup.models);
  const total = runs * tallyList.length;
  let done = 0;
  for (const tally of tallyList) {
    const dice = new LabDice(seedRng(seed, STREAMS.world));
    while (tally.runs < runs) {
      const episodes = Math.min(chunk, runs - tally.runs);
      sampleChunk(tally, dice, episodes);
      done += episodes;
      const stop = yield { done, total };
      if (stop === true) {
        return summarise(exact, tallyList, runs, seed, false);
      }
    }
  }
  return summarise(exact, tallyList, runs, seed, true);
}

/**
 * The paired sample of a condition set-up: per loadout × model the sampled frequency of each
 * outcome with its Wilson interval, and per pair of loadouts the paired difference in harm.
 * Same set-up, runs and seed → the same numbers, whatever the chunk size.
 * @throws RangeError when runs is not an integer in [1, 1 000 000]
 * @throws TypeError for a level subject
 */
export function labSample(
  setup: LabSetup,
  options: LabSampleOptions = {},
  exact: LabExact = labExact(setup),
): LabSample {
  const steps = labSampleSteps(setup, options, exact);
  let step = steps.next();
  while (step.done !== true) {
    options.onProgress?.(step.value);
    step = steps.next(options.shouldStop?.() === true);
  }
  return step.value;
}
