/**
 * What the bench installs in every page before the page's own scripts run: a record of each
 * `body[data-screen]` change with its time, and every long task (over 50 ms) the browser reports.
 *
 * It is a string, not a function: tsx compiles this file with esbuild's keepNames, which wraps
 * named functions in a `__name` helper that does not exist in the page.
 */
import type { BrowserContext } from 'playwright-core';

export const PROBES_SCRIPT = `(() => {
  const probes = { screens: [], longTasks: [], longTaskSupported: false };
  window.__bench = probes;
  const record = () => {
    const name = document.body ? document.body.dataset.screen : undefined;
    const last = probes.screens[probes.screens.length - 1];
    if (name !== undefined && (last === undefined || last.name !== name)) {
      probes.screens.push({ name, at: performance.now() });
    }
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-screen'],
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    probes.longTaskSupported = true;
  } catch (error) {
    probes.longTaskSupported = false;
  }
})();`;

/** Installs the probes in every page of a context (see {@link PROBES_SCRIPT}). */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBES_SCRIPT });
}

/** The probes' record, read back from the page. */
export interface Probes {
  readonly screens: readonly { readonly name: string; readonly at: number }[];
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
  readonly longTaskSupported: boolean;
}

declare global {
  interface Window {
    /** The bench's probes ({@link PROBES_SCRIPT}); set in the page by the bench, never by the game. */
    __bench?: Probes;
  }
}
