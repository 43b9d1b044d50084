/**
 * Ways to let the page breathe between two pieces of start-up work, so that each runs in a task
 * of its own and none holds the main thread long (docs/PERFORMANCE.md, "Long tasks").
 */

/** Resolves in a new task, after the browser has had the chance to handle input and paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    window.setTimeout(resolve, 0);
  });
}

/**
 * Runs `work` when the page is idle (no input to handle, no frame due), or after `timeoutMs` at
 * the latest. Browsers without idle callbacks run it after a short delay.
 */
export function whenIdle(work: () => void, timeoutMs = 2_000): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => work(), { timeout: timeoutMs });
  } else {
    window.setTimeout(work, 200);
  }
}

/** Runs `work` in a task after the next frame has been painted. */
export function afterPaint(work: () => void): void {
  window.requestAnimationFrame(() => {
    window.setTimeout(work, 0);
  });
}

/** Pieces of heavy work under way (the table's start, a Lab sample): see {@link holdBusy}. */
let busyCount = 0;
let quietWaiters: (() => void)[] = [];

/**
 * Marks heavy work under way until the returned function is called (once; later calls do
 * nothing). Work that can wait for a quiet page, such as the offline precache, waits for it with
 * {@link whenQuiet}: on a two-core laptop it would otherwise take the CPU the page needs.
 */
export function holdBusy(): () => void {
  busyCount += 1;
  let released = false;
  return () => {
    if (released) {
      return;
    }
    released = true;
    busyCount -= 1;
    if (busyCount === 0) {
      const waiters = quietWaiters;
      quietWaiters = [];
      waiters.forEach((wake) => wake());
    }
  };
}

/** True while some heavy work holds the page busy. */
export function isBusy(): boolean {
  return busyCount > 0;
}

/**
 * Resolves in an idle moment when no heavy work holds the page busy. If work starts again
 * before the idle moment comes, it waits for that work too.
 */
export function whenQuiet(): Promise<void> {
  return new Promise((resolve) => {
    const tryNow = (): void => {
      if (busyCount > 0) {
        quietWaiters.push(tryNow);
        return;
      }
      whenIdle(() => (busyCount > 0 ? quietWaiters.push(tryNow) : resolve()));
    };
    tryNow();
  });
}
