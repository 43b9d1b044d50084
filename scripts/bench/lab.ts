/**
 * The Strategy Lab core in Node: the full exact grid of a study condition (every defense subset
 * × the 16 headline models) and a paired sample of 1 000 000 episodes (two loadouts, one model).
 * Part of `npm run bench`; alone: `npx tsx scripts/bench/lab.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { LabSetup } from '../../src/core';
import { DEFAULT_LAB_SETUP, DEFENSES, MODELS, labExact, labSample } from '../../src/core';

export interface LabThroughput {
  readonly gridCells: number;
  readonly medianGridMs: number;
  readonly fastestGridMs: number;
  readonly sampleEpisodes: number;
  readonly sampleMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function measureLab(): LabThroughput {
  const grid: LabSetup = {
    ...DEFAULT_LAB_SETUP,
    models: MODELS.filter((model) => model.headline).map((model) => model.name),
    loadouts: Array.from({ length: 1 << DEFENSES.length }, (_, mask) => ({
      defenses: DEFENSES.filter((_, bit) => (mask & (1 << bit)) !== 0),
    })),
  };
  let cells = labExact(grid).cells.length; // warm-up
  const times: number[] = [];
  for (let pass = 0; pass < 9; pass += 1) {
    const started = performance.now();
    cells = labExact(grid).cells.length;
    times.push(performance.now() - started);
  }
  const pair: LabSetup = {
    ...DEFAULT_LAB_SETUP,
    loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
  };
  labSample(pair, { runs: 50_000 }); // warm-up
  const started = performance.now();
  labSample(pair, { runs: 1_000_000, seed: 7 });
  const sampleMs = performance.now() - started;
  return {
    gridCells: cells,
    medianGridMs: median(times),
    fastestGridMs: Math.min(...times),
    sampleEpisodes: 1_000_000,
    sampleMs,
  };
}

/** The report lines. */
export function labLines(lab: LabThroughput): string[] {
  return [
    `  Lab exact grid, ${lab.gridCells} loadout × model cells: ${lab.medianGridMs.toFixed(1)} ms median (fastest ${lab.fastestGridMs.toFixed(1)} ms); target < 100 ms`,
    `  Lab paired sample, ${lab.sampleEpisodes} episodes × 2 loadouts × 1 model: ${lab.sampleMs.toFixed(0)} ms`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(labLines(measureLab()).join('\n'));
}
