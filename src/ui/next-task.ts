/**
 * Yielding the main thread: work that would hold the page for longer than a frame is cut into
 * tasks, and between them the browser paints and handles input.
 */

/** Resolves in a new task, after the browser has had its turn (input, rendering). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
