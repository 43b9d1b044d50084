/**
 * The Strategy Lab core in Node: the full grid of a study condition through `labGrid` (every
 * defense subset × the 16 headline models), a paired sample of 1 000 000 episodes (two loadouts,
 * one model), and a level's paired sample played through the engine (episodes per second).
 * Part of `npm run bench`; alone: `npx tsx scripts/bench/lab.ts`.
 *
 * The grid is timed as the Lab meets it while a slider moves: each pass has a new catch rate,
 * so nothing of the previous pass's figures can be reused except `computeOdds`'s attempt stage
 * (which no assumption changes). The first grid after emptying that cache is timed apart.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LabSetup } from '../../src/core/lab';
import { MODELS, parseModelName } from '../../src/core';
import {
  DEFAULT_LAB_SETUP,
  clearLabCaches,
  labGrid,
  labLevelSample,
  labSample,
} from '../../src/core/lab';
import { LEVELS_DIR, loadLevelFolder } from '../validate-levels';

export interface LabThroughput {
  /** Points (loadout × model cells with figures) and all cells of the grid. */
  readonly gridPoints: number;
  readonly gridCells: number;
  readonly medianGridMs: number;
  readonly fastestGridMs: number;
  /** The grid with an empty attempt cache (median of a few passes). */
  readonly uncachedGridMs: number;
  readonly sampleEpisodes: number;
  readonly sampleMs: number;
  /** The level sampled, its loadouts, and the played days (episodes × loadouts) per second. */
  readonly level: string;
  readonly levelLoadouts: number;
  readonly levelEpisodes: number;
  readonly levelEpisodesPerSecond: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const LEVEL = '1-the-upgrade';

export function measureLab(): LabThroughput {
  const grid: LabSetup = {
    ...DEFAULT_LAB_SETUP,
    models: MODELS.filter((model) => model.headline).map((model) => model.name),
  };
  const at = (pass: number): LabSetup => ({
    ...grid,
    assumptions: { ...grid.assumptions, catchRate: 0.5 + pass / 100 },
  });
  let result = labGrid(grid); // warm-up
  for (let pass = 0; pass < 5; pass += 1) {
    labGrid(at(pass));
  }
  const times: number[] = [];
  for (let pass = 0; pass < 21; pass += 1) {
    const setup = at(pass + 10);
    const started = performance.now();
    result = labGrid(setup);
    times.push(performance.now() - started);
  }
  const uncached: number[] = [];
  for (let pass = 0; pass < 5; pass += 1) {
    clearLabCaches();
    const started = performance.now();
    labGrid(at(pass + 40));
    uncached.push(performance.now() - started);
  }
  const pair: LabSetup = {
    ...DEFAULT_LAB_SETUP,
    loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
  };
  labSample(pair, { runs: 50_000 }); // warm-up
  const started = performance.now();
  labSample(pair, { runs: 1_000_000, seed: 7 });
  const sampleMs = performance.now() - started;
  const level = loadLevelFolder(path.join(LEVELS_DIR, LEVEL));
  if (!level.ok) {
    throw new Error(`level ${LEVEL} does not load`);
  }
  const model = parseModelName(level.value.loadout.defaultModel);
  const levelSetup: LabSetup = {
    ...DEFAULT_LAB_SETUP,
    subject: { kind: 'level', level: LEVEL },
    models: [model.ok ? model.value : 'Claude Opus 4'],
    loadouts: [{ defenses: [] }, { defenses: ['monitor'] }],
    runs: 2000,
  };
  labLevelSample(levelSetup, level.value, { runs: 200 }); // warm-up
  const levelStarted = performance.now();
  labLevelSample(levelSetup, level.value);
  const levelMs = performance.now() - levelStarted;
  const levelEpisodes = levelSetup.runs * levelSetup.loadouts.length;
  return {
    gridPoints: result.points.length,
    gridCells: result.loadouts * grid.models.length,
    medianGridMs: median(times),
    fastestGridMs: Math.min(...times),
    uncachedGridMs: median(uncached),
    sampleEpisodes: 1_000_000,
    sampleMs,
    level: LEVEL,
    levelLoadouts: levelSetup.loadouts.length,
    levelEpisodes,
    levelEpisodesPerSecond: levelEpisodes / (levelMs / 1000),
  };
}

/** The report lines. */
export function labLines(lab: LabThroughput): string[] {
  return [
    `  Lab grid (labGrid), ${lab.gridCells} loadout × model cells (${lab.gridPoints} with figures), a new catch rate each pass: ${lab.medianGridMs.toFixed(1)} ms median (fastest ${lab.fastestGridMs.toFixed(1)} ms); target < 100 ms`,
    `  Lab grid with the attempt cache emptied first: ${lab.uncachedGridMs.toFixed(1)} ms median`,
    `  Lab paired sample, ${lab.sampleEpisodes} episodes × 2 loadouts × 1 model: ${lab.sampleMs.toFixed(0)} ms`,
    `  Lab level sample (${lab.level}, ${lab.levelLoadouts} loadouts, ${lab.levelEpisodes} days played through the engine): ${lab.levelEpisodesPerSecond.toFixed(0)} days per second`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(labLines(measureLab()).join('\n'));
}
