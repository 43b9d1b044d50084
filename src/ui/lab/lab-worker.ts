/**
 * The Strategy Lab's Web Worker (a module worker, started by lab-client.ts): the grid, the
 * sweep and the samples run here so the page never freezes. It exposes {@link labWorkerApi}
 * through Comlink; tests call the same object directly.
 *
 * A sample works in chunks and waits for a macrotask between them, so a `cancel()` message (or a
 * newer `sample()` call, which supersedes a running one) is received mid-run; the run then
 * returns what it counted with `complete: false`. A level's sample also stops after its wall-time
 * budget. Only the worker reads the clock; core stays clock-free.
 */
import * as Comlink from 'comlink';
import type { Level } from '../../core';
import type {
  LabGrid,
  LabLevelExact,
  LabLevelSample,
  LabProgress,
  LabSample,
  LabSetup,
  LabSweep,
  LabSweepAssumption,
} from '../../core/lab';
import {
  labGrid,
  labLevelExact,
  labLevelSampleSteps,
  labSampleSteps,
  labSweep,
} from '../../core/lab';

/** Wall time a level's sample may take unless told otherwise, in ms. */
export const LEVEL_SAMPLE_BUDGET_MS = 3000;

/** What the worker offers. */
export interface LabWorkerApi {
  /** Every legal loadout × model with exact harm, cost and frontier (core `labGrid`). */
  grid(setup: LabSetup, level?: Level): LabGrid;
  /** A level's exact figures (core `labLevelExact`): too slow for the page's thread. */
  levelExact(setup: LabSetup, level: Level): LabLevelExact;
  /** One assumption swept over its range (core `labSweep`). */
  sweep(setup: LabSetup, assumption: LabSweepAssumption, level?: Level): LabSweep;
  /**
   * Samples; calls onProgress between chunks; stops early when cancel() was called (returns
   * complete:false). Levels stop after budgetMs of wall time (default 3000). Over Comlink, pass
   * `Comlink.proxy(onProgress)`.
   */
  sample(
    setup: LabSetup,
    onProgress: (p: LabProgress) => void,
    level?: Level,
    budgetMs?: number,
  ): Promise<LabSample | LabLevelSample>;
  /** Stops the running sample (and any started before this call) at its next chunk. */
  cancel(): void;
}

/** Hands control back to the event loop, so that queued messages (a cancel) are received. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The number of the latest sample started, and of the latest one cancelled. */
let started = 0;
let cancelled = 0;

/** Calls onProgress without letting a failed callback (a closed page) stop the run. */
function report(onProgress: (p: LabProgress) => void, progress: LabProgress): void {
  try {
    const result: unknown = onProgress(progress);
    if (result instanceof Promise) {
      result.catch(() => undefined);
    }
  } catch {
    // The page went away or the callback threw; the sample itself goes on.
  }
}

/** The worker's API. */
export const labWorkerApi: LabWorkerApi = {
  grid(setup, level) {
    return labGrid(setup, level);
  },
  levelExact(setup, level) {
    return labLevelExact(setup, level);
  },
  sweep(setup, assumption, level) {
    return labSweep(setup, assumption, level);
  },
  async sample(setup, onProgress, level, budgetMs = LEVEL_SAMPLE_BUDGET_MS) {
    started += 1;
    const mine = started;
    const stopped = (): boolean => cancelled >= mine || started !== mine;
    if (setup.subject.kind === 'level') {
      if (level === undefined) {
        throw new TypeError('a level sample needs the level');
      }
      const began = performance.now();
      const steps = labLevelSampleSteps(setup, level, {
        shouldStop: () => stopped() || performance.now() - began >= budgetMs,
      });
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done === true) {
          return step.value;
        }
        report(onProgress, step.value);
        await macrotask();
      }
    }
    const steps = labSampleSteps(setup);
    let step = steps.next();
    while (step.done !== true) {
      report(onProgress, step.value);
      await macrotask();
      step = steps.next(stopped());
    }
    return step.value;
  },
  cancel() {
    cancelled = started;
  },
};

if ('WorkerGlobalScope' in globalThis) {
  Comlink.expose(labWorkerApi);
}
