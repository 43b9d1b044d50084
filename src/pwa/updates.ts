/**
 * The part of workbox-window's `Workbox` the update flow uses; tests pass a fake.
 * `waiting`: a new version is installed and waits. `controlling`: a new version took over.
 */
export interface WorkerUpdates {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
}

/**
 * Offers each new version of the game to the player and never swaps it in on its own.
 *
 * When a new service worker waits, `ask` is called with an `accept` callback (the prompt's
 * "Reload to update"). Only after `accept` is the worker told to take over, and only when it
 * has taken over is the page reloaded: it then loads the new version whole, never half of each.
 * A takeover the player did not ask for here (another tab of the game accepted) reloads nothing:
 * the page keeps running the version it started with.
 */
export function offerUpdates(
  worker: WorkerUpdates,
  ask: (accept: () => void) => void,
  reload: () => void,
): void {
  let accepted = false;
  worker.addEventListener('controlling', () => {
    if (accepted) {
      reload();
    }
  });
  worker.addEventListener('waiting', () => {
    ask(() => {
      if (!accepted) {
        accepted = true;
        worker.messageSkipWaiting();
      }
    });
  });
}
