/**
 * Monte Carlo over one scenario, model and loadout: samples episodes from a seed and reports
 * counts, sampled rates and their Wilson intervals beside the exact probabilities. The exact
 * numbers come from {@link computeOdds}; sampling only shows the spread a player would see.
 */
import type { Result } from '../model/result';
import { ok } from '../model/result';
import type { Odds, OddsError, OddsRequest } from '../odds/compute-odds';
import { computeOdds } from '../odds/compute-odds';
import type { Outcome } from '../odds/outcomes';
import { OUTCOMES } from '../odds/outcomes';
import type { Probability } from '../odds/probability';
import type { WilsonBounds } from '../odds/wilson';
import { wilsonInterval } from '../odds/wilson';
import type { RngSeed, RngState } from '../rng/rng';
import { STREAMS, nextFloat, seedRng } from '../rng/rng';

/** How many episodes to sample, from which seed. */
export interface ScenarioRunOptions {
  /** A positive integer. */
  readonly runs: number;
  readonly seed: RngSeed;
}

/** One outcome: what the odds say and what the sample showed. */
export interface SampledOutcome {
  readonly outcome: Outcome;
  readonly exact: Probability;
  readonly count: number;
  /** count / runs */
  readonly sampledRate: number;
  /** 95 % Wilson interval of the sampled rate over `runs` episodes. */
  readonly sampledInterval: WilsonBounds;
}

/** The result of a run: the odds it sampled, and one line per outcome. */
export interface ScenarioSimulation {
  readonly runs: number;
  readonly seed: RngSeed;
  readonly odds: Odds;
  readonly outcomes: Readonly<Record<Outcome, SampledOutcome>>;
}

/** The per-episode chances, with absent defenses at 0. */
interface EpisodeChances {
  readonly attempt: number;
  readonly detection: number;
  readonly catch: number;
  readonly falseAlarm: number;
}

/** The chances an episode is drawn against. */
function episodeChances(odds: Odds): EpisodeChances {
  const monitor = odds.defenses.includes('monitor');
  return {
    attempt: odds.attempt.value,
    detection: monitor ? odds.assumptions.detectionRate : 0,
    catch: odds.defenses.includes('oversight') ? odds.assumptions.catchRate : 0,
    falseAlarm: monitor ? odds.assumptions.falseAlarmRate : 0,
  };
}

/** Which outcome three uniform draws give (see outcomes.ts for the episode's order). */
export function episodeOutcome(
  chances: EpisodeChances,
  draws: readonly [number, number, number],
): Outcome {
  const [attemptDraw, monitorDraw, reviewerDraw] = draws;
  if (attemptDraw >= chances.attempt) {
    return monitorDraw < chances.falseAlarm ? 'false-alarm' : 'no-incident';
  }
  if (monitorDraw < chances.detection) {
    return 'caught-by-monitor';
  }
  return reviewerDraw < chances.catch ? 'caught-by-reviewer' : 'harm';
}

/**
 * Draws one episode. Always three draws, whatever the loadout, so two loadouts run from the
 * same seed meet the same dice episode by episode (a paired comparison).
 */
function drawEpisode(chances: EpisodeChances, rng: RngState): readonly [Outcome, RngState] {
  const [first, afterFirst] = nextFloat(rng);
  const [second, afterSecond] = nextFloat(afterFirst);
  const [third, afterThird] = nextFloat(afterSecond);
  return [episodeOutcome(chances, [first, second, third]), afterThird];
}

/** Counts outcomes over `runs` episodes from the world stream of `seed`. */
function countOutcomes(
  chances: EpisodeChances,
  options: ScenarioRunOptions,
): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    Outcome,
    number
  >;
  let rng = seedRng(options.seed, STREAMS.world);
  for (let run = 0; run < options.runs; run += 1) {
    const [outcome, next] = drawEpisode(chances, rng);
    counts[outcome] += 1;
    rng = next;
  }
  return counts;
}

/**
 * Samples `runs` episodes of the loadout behind `odds`. Same odds and seed → same counts.
 * @throws RangeError when runs is not a positive integer
 */
export function simulateScenario(odds: Odds, options: ScenarioRunOptions): ScenarioSimulation {
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new RangeError(`runs must be a positive integer, got ${options.runs}`);
  }
  const counts = countOutcomes(episodeChances(odds), options);
  const line = (outcome: Outcome): SampledOutcome => ({
    outcome,
    exact: odds.outcomes[outcome],
    count: counts[outcome],
    sampledRate: counts[outcome] / options.runs,
    sampledInterval: wilsonInterval(counts[outcome] / options.runs, options.runs),
  });
  const outcomes = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, line(outcome)]));
  return {
    runs: options.runs,
    seed: options.seed,
    odds,
    outcomes: outcomes as Record<Outcome, SampledOutcome>,
  };
}

/** {@link computeOdds} then {@link simulateScenario}: the whole run from a request. */
export function simulateLoadout(
  request: OddsRequest,
  options: ScenarioRunOptions,
): Result<ScenarioSimulation, OddsError> {
  const odds = computeOdds(request);
  return odds.ok ? ok(simulateScenario(odds.value, options)) : odds;
}
