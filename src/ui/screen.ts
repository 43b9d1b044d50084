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
  if (name === null) {
    delete document.body.dataset.screen;
  } else {
    markScreen(name);
  }
}

/** Records that a screen (or a phase inside one, like the draw) is ready for input. */
export function markScreen(name: ScreenName): void {
  document.body.dataset.screen = name;
}
