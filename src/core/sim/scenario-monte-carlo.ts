/**
 * Monte Carlo over one scenario, model and loadout: samples episodes from a seed and reports
 * counts, sampled rates and their Wilson intervals beside the exact probabilities. The exact
 * numbers come from {@link computeOdds}; sampling only shows the spread a player would see.
 */
import type { StopOutcome } from '../defenses/defense-table';
import { LAYER_CARDS, assumptionValue, deployedOfStage } from '../defenses/defense-table';
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

/** One after-attempt layer's chances in an episode (0 when the card is not deployed). */
export interface LayerChances {
  readonly stop: number;
  readonly falseAlarm: number;
  readonly outcome: StopOutcome;
}

/** The per-episode chances: the attempt, then one entry per layer card of the table, in order. */
export interface EpisodeChances {
  readonly attempt: number;
  readonly layers: readonly LayerChances[];
}

/** The chances an episode is drawn against, read from the defense table. */
export function episodeChances(odds: Odds): EpisodeChances {
  const deployed = deployedOfStage(odds.defenses, 'after-attempt');
  return {
    attempt: odds.attempt.value,
    layers: LAYER_CARDS.map((card) => {
      const on = deployed.some((layer) => layer.id === card.id);
      const alarm = card.falseAlarm;
      return {
        stop: on ? assumptionValue(odds.assumptions, card.stop.assumption) : 0,
        falseAlarm: on && alarm !== null ? assumptionValue(odds.assumptions, alarm.assumption) : 0,
        outcome: card.outcome,
      };
    }),
  };
}

/**
 * Which outcome one episode's draws give (see outcomes.ts for the episode's order): `draws[0]`
 * decides the attempt, `draws[1 + i]` the layer `i` (its stop on an attempt, its false alarm
 * without one).
 */
export function episodeOutcome(chances: EpisodeChances, draws: readonly number[]): Outcome {
  const layerDraw = (index: number): number => draws[1 + index] ?? 1;
  if ((draws[0] ?? 1) >= chances.attempt) {
    const alarmed = chances.layers.some((layer, index) => layerDraw(index) < layer.falseAlarm);
    return alarmed ? 'false-alarm' : 'no-incident';
  }
  const stopped = chances.layers.find((layer, index) => layerDraw(index) < layer.stop);
  return stopped === undefined ? 'harm' : stopped.outcome;
}

/**
 * Draws one episode. Always one draw for the attempt and one per layer card of the table,
 * whatever the loadout, so two loadouts run from the same seed meet the same dice episode by
 * episode (a paired comparison).
 */
function drawEpisode(chances: EpisodeChances, rng: RngState): readonly [Outcome, RngState] {
  const [first, afterFirst] = nextFloat(rng);
  const attempted = first < chances.attempt;
  let state = afterFirst;
  let outcome: Outcome = attempted ? 'harm' : 'no-incident';
  for (const layer of chances.layers) {
    const [value, next] = nextFloat(state);
    state = next;
    if (attempted && outcome === 'harm' && value < layer.stop) {
      outcome = layer.outcome;
    } else if (!attempted && value < layer.falseAlarm) {
      outcome = 'false-alarm';
    }
  }
  return [outcome, state];
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
