/** Names of the screens the browser suite and the skip link can wait for. */
export const SCREENS = [
  'boot',
  'preloader',
  'title',
  'level-select',
  'briefing',
  'loadout',
  'day',
  'draw',
  'debrief',
  'sources',
  'settings',
  'lab',
  'board',
  'workshop',
  'join',
  'print',
] as const;
export type ScreenName = (typeof SCREENS)[number];

function overlay(): HTMLElement {
  const root = document.getElementById('ui');
  if (root === null) {
    throw new Error('index.html must contain <main id="ui">');
  }
  return root;
}

/**
 * Replaces the DOM overlay with a new screen's panel and records the screen's name on <body>,
 * where tests and styles can see it once the screen is ready for input.
 */
export function mountScreen(name: ScreenName | null, panel: HTMLElement | null): void {
  const root = overlay();
  // The panel already on screen (the first screen, painted before the game loaded) stays put:
  // taking it out and back would drop the focus and repaint it.
  const alreadyShown = panel !== null && root.childElementCount === 1 && root.firstChild === panel;
  if (!alreadyShown) {
    root.replaceChildren(...(panel === null ? [] : [panel]));
  }
  if (panel !== null) {
    panel.inert = false;
  }
  if (name === null) {
    delete document.body.dataset.screen;
  } else {
    markScreen(name);
  }
}

/** How long a screen that loads keeps the one before in view before it shows its loading panel. */
export const LOADING_DELAY_MS = 250;

/**
 * Starts a screen that loads before it can show its panel. The panel on screen stays in view,
 * inert, and `loading` takes its place only if the new screen has not mounted its own panel
 * within `delayMs`: a screen that is ready a task later (most play screens) follows the one
 * before with no frame of anything between, and a slow one (a level's files) says it is loading.
 * No screen is named meanwhile. Returns a function that cancels the pending swap.
 */
export function mountWhileLoading(loading: HTMLElement, delayMs = LOADING_DELAY_MS): () => void {
  const root = overlay();
  delete document.body.dataset.screen;
  const previous = root.childElementCount === 1 ? root.firstElementChild : null;
  if (!(previous instanceof HTMLElement) || previous === loading) {
    root.replaceChildren(loading);
    return () => undefined;
  }
  previous.inert = true;
  const timer = window.setTimeout(() => {
    if (root.firstElementChild === previous) {
      root.replaceChildren(loading);
    }
  }, delayMs);
  return () => window.clearTimeout(timer);
}

/** Records that a screen (or a phase inside one, like the draw) is ready for input. */
export function markScreen(name: ScreenName): void {
  document.body.dataset.screen = name;
}
