/**
 * (d) the core's throughput in Node: exact odds over the full grid (every model × scenario ×
 * defense subset), scenario Monte Carlo episodes per second, and the raw PRNG's draws per second.
 */
import {
  computeOdds,
  DEFENSES,
  MODEL_NAMES,
  nextUint32,
  SCENARIOS,
  seedRng,
  simulateScenario,
  type Condition,
  type DefenseId,
  type Odds,
  type OddsRequest,
} from '../../src/core';

export interface CoreThroughput {
  readonly grid: {
    readonly requests: number;
    /** Requests that gave odds (the rest have no published rate: an error value, also timed). */
    readonly withOdds: number;
    readonly medianGridMs: number;
    readonly fastestGridMs: number;
    readonly oddsPerSecond: number;
    readonly passes: number;
  };
  readonly monteCarlo: {
    readonly episodesPerSecond: number;
    readonly drawsPerEpisode: number;
    readonly runsPerCall: number;
  };
  readonly prng: { readonly drawsPerSecond: number };
  /** Monte Carlo episodes per second ÷ raw PRNG draws per second. */
  readonly ratio: number;
}

/** The study's headline condition for each scenario: explicit goal (America), replacement threat. */
function headlineCondition(scenario: Condition['scenario']): Condition {
  return { scenario, goalType: 'explicit', goalValue: 'america', urgency: 'replacement' };
}

/** Every subset of the six playable defenses: 2^6 = 64. */
function defenseSubsets(): DefenseId[][] {
  const subsets: DefenseId[][] = [];
  for (let mask = 0; mask < 1 << DEFENSES.length; mask += 1) {
    subsets.push(DEFENSES.filter((_defense, bit) => (mask & (1 << bit)) !== 0));
  }
  return subsets;
}

export function oddsGrid(): OddsRequest[] {
  const subsets = defenseSubsets();
  return MODEL_NAMES.flatMap((model) =>
    SCENARIOS.flatMap((scenario) =>
      subsets.map((defenses) => ({ model, condition: headlineCondition(scenario), defenses })),
    ),
  );
}

/** Runs `work` repeatedly for at least `minMs`, returning each pass's time. */
function timePasses(work: () => void, minMs: number, minPasses = 5): number[] {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minPasses || performance.now() - started < minMs) {
    const passStarted = performance.now();
    work();
    times.push(performance.now() - passStarted);
  }
  return times;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let sink = 0;

export function measureCore(): CoreThroughput {
  const grid = oddsGrid();
  let withOdds = 0;
  const runGrid = (): void => {
    withOdds = 0;
    for (const request of grid) {
      const result = computeOdds(request);
      if (result.ok) {
        withOdds += 1;
        sink += result.value.harm.value;
      }
    }
  };
  runGrid(); // warm-up: the first pass includes compilation
  const gridTimes = timePasses(runGrid, 1_000);
  const medianGridMs = median(gridTimes);

  // Monte Carlo: the full loadout of a measured model, so every draw is compared.
  const odds = computeOdds({
    model: 'Claude Opus 4',
    condition: headlineCondition('blackmail'),
    defenses: ['oversight', 'monitor'],
  });
  if (!odds.ok) {
    throw new Error('the Monte Carlo benchmark needs odds for Claude Opus 4 / blackmail');
  }
  const runsPerCall = 200_000;
  const simulate = (value: Odds): void => {
    sink += simulateScenario(value, { runs: runsPerCall, seed: 7 }).outcomes.harm.count;
  };
  const draws = 1_000_000;
  const drawAll = (): void => {
    let rng = seedRng(7);
    for (let index = 0; index < draws; index += 1) {
      const [value, next] = nextUint32(rng);
      sink += value & 1;
      rng = next;
    }
  };
  simulate(odds.value);
  drawAll();
  // Alternate the two so that load from other processes falls on both alike.
  const monteCarloTimes: number[] = [];
  const prngTimes: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    monteCarloTimes.push(...timePasses(() => simulate(odds.value), 250, 1));
    prngTimes.push(...timePasses(drawAll, 250, 1));
  }
  const episodesPerSecond = runsPerCall / (median(monteCarloTimes) / 1000);
  const drawsPerSecond = draws / (median(prngTimes) / 1000);

  if (sink === Number.NEGATIVE_INFINITY) {
    // Keeps the results observable so no work is optimised away.
    console.log(sink);
  }
  return {
    grid: {
      requests: grid.length,
      withOdds,
      medianGridMs,
      fastestGridMs: Math.min(...gridTimes),
      oddsPerSecond: grid.length / (medianGridMs / 1000),
      passes: gridTimes.length,
    },
    monteCarlo: { episodesPerSecond, drawsPerEpisode: 3, runsPerCall },
    prng: { drawsPerSecond },
    ratio: episodesPerSecond / drawsPerSecond,
  };
}
