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
