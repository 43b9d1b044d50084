/**
 * The page's handle on the Lab's worker: created on first use, once, and terminated when the Lab
 * closes. Only the Lab loads this module (through a dynamic import), so neither Comlink nor the
 * worker is part of the title screen's bundle.
 */
import * as Comlink from 'comlink';
import type { LabWorkerApi } from './lab-worker';

let worker: Worker | null = null;
let remote: Comlink.Remote<LabWorkerApi> | null = null;

/** The Lab's worker, started on the first call. Pass callbacks as `Comlink.proxy(fn)`. */
export function labWorker(): Comlink.Remote<LabWorkerApi> {
  if (remote === null) {
    worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    remote = Comlink.wrap<LabWorkerApi>(worker);
  }
  return remote;
}

/** Stops the worker (a running sample ends with it); the next {@link labWorker} starts a new one. */
export function terminateLabWorker(): void {
  remote?.[Comlink.releaseProxy]();
  worker?.terminate();
  worker = null;
  remote = null;
}
