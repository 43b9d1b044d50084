import { describe, expect, it } from 'vitest';
import type { LabProgress, LabSetup } from '../../core/lab';
import { DEFAULT_LAB_SETUP, labGrid, labLevelSample, labSample, labSweep } from '../../core/lab';
import { minimalLevel } from '../../core/testing/minimal-level';
import { labWorkerApi } from './lab-worker';

const CONDITION: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  models: ['Claude Opus 4', 'GPT-4.1'],
  loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
  runs: 120_000,
  seed: 'worker',
};

describe('the Lab worker (called directly)', () => {
  it("samples a condition exactly as core's labSample, reporting progress", async () => {
    const progress: LabProgress[] = [];
    const sample = await labWorkerApi.sample(CONDITION, (p) => progress.push(p));
    expect(sample).toEqual(labSample(CONDITION));
    expect(sample.complete).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 240_000, total: 240_000 });
  });

  it('stops at the next chunk when cancelled mid-run', async () => {
    const sample = await labWorkerApi.sample({ ...CONDITION, runs: 1_000_000 }, () =>
      labWorkerApi.cancel(),
    );
    expect(sample.complete).toBe(false);
    expect(sample.cells[0]?.runs).toBeLessThan(1_000_000);
    expect(sample.cells[0]?.runs).toBeGreaterThan(0);
  });

  it('receives a cancel sent as a message while it samples (between chunks)', async () => {
    const running = labWorkerApi.sample({ ...CONDITION, runs: 1_000_000 }, () => undefined);
    setTimeout(() => labWorkerApi.cancel(), 0);
    const sample = await running;
    expect(sample.complete).toBe(false);
  });

  it("samples a level exactly as core's labLevelSample for a small count", async () => {
    const level = minimalLevel();
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: { kind: 'level', level: level.id },
      models: [level.loadout.defaultModel as LabSetup['models'][number]],
      loadouts: [
        { defenses: [] },
        { defenses: level.loadout.defenses.slice(0, 1).map((card) => card.id) },
      ],
      runs: 120,
      seed: 3,
    };
    const sample = await labWorkerApi.sample(setup, () => undefined, level);
    expect(sample).toEqual(labLevelSample(setup, level));
    expect(sample.complete).toBe(true);
    const stopped = await labWorkerApi.sample(
      { ...setup, runs: 100_000 },
      () => undefined,
      level,
      50,
    );
    expect(stopped.complete).toBe(false);
    expect(stopped.cells[0]?.runs).toBeLessThan(100_000);
    expect(labWorkerApi.grid(setup, level)).toEqual(labGrid(setup, level));
    expect(labWorkerApi.sweep(setup, 'catchRate', level)).toEqual(
      labSweep(setup, 'catchRate', level),
    );
  });
});
