/**
 * Starts offline play: registers the service worker that vite.config.ts builds (it precaches
 * the whole game) and offers each new version with the prompt of ./update-prompt.ts. Does
 * nothing in `vite` dev, in the single-file build, on a file:// page, or where the browser has
 * no service workers (an insecure http:// address other than localhost). Registration waits
 * for the page's load event, so the precache never competes with the first screen.
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
