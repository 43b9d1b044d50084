import { whenQuiet } from '../ui/yield';

/**
 * Starts offline play: registers the service worker that vite.config.ts builds (it precaches
 * the whole game) and offers each new version with the prompt of ./update-prompt.ts. Does
 * nothing in `vite` dev, in the single-file build, on a file:// page, or where the browser has
 * no service workers (an insecure http:// address other than localhost).
 *
 * Registration waits for a quiet page: the load event, the table's start and any Lab sample
 * over, and an idle moment. The precache fetches and compiles every file of the game (about
 * 3 MB) off the main thread, but on a two-core laptop it takes the CPU that the first screen, the
 * table's start or a Lab sample need (docs/PERFORMANCE.md, "Offline build").
 */
export function startOfflineGame(): void {
  if (
    import.meta.env.SERVICE_WORKER !== true ||
    !('serviceWorker' in navigator) ||
    !/^https?:$/.test(location.protocol)
  ) {
    return;
  }
  registerWorker().catch((error: unknown) => {
    console.warn('Offline play is not available:', error);
  });
}

async function registerWorker(): Promise<void> {
  await pageLoaded();
  await whenQuiet();
  // Chunks of their own, not in the first screen's script, nor in the single-file build.
  const [{ Workbox }, { showUpdatePrompt }, { offerUpdates }] = await Promise.all([
    import('workbox-window'),
    import('./update-prompt'),
    import('./updates'),
  ]);
  // Next to index.html, whatever folder the game is served from.
  const workbox = new Workbox('./sw.js', { scope: './' });
  offerUpdates(workbox, showUpdatePrompt, () => window.location.reload());
  await workbox.register();
}

/** Resolves once the page's load event has fired. */
function pageLoaded(): Promise<void> {
  return document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
