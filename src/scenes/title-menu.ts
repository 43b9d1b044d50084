/**
 * The title menu and the hand-over of the first screen (docs/PERFORMANCE.md, "First screen"):
 * the page's entry script paints the title panel before Phaser has loaded; a menu entry pressed
 * meanwhile is remembered and opened once the game can; the title scene then adopts the panel
 * already on screen instead of building another. No Phaser here: the entry script imports it.
 */
import { app } from '../app';
import { focusInView } from '../ui/dom';
import { mountScreen } from '../ui/screen';
import { buildTitlePanel, showTitleLoading, type TitleMenuEntry } from '../ui/screens/title-panel';
import { SceneKey } from './scene-keys';

/** Where a title menu entry goes, with what. */
interface TitleTarget {
  readonly target: SceneKey;
  readonly data: object;
}

/** The entries of the title menu, in order, and where each leads. */
export function titleMenu(resumable: boolean): (TitleMenuEntry & TitleTarget)[] {
  return [
    resumable
      ? { action: 'continue', key: 'title.continue', target: SceneKey.day, data: { resume: true } }
      : { action: 'play', key: 'title.play', target: SceneKey.levelSelect, data: {} },
    { action: 'levels', key: 'title.levels', target: SceneKey.levelSelect, data: {} },
    { action: 'lab', key: 'title.lab', target: SceneKey.lab, data: {} },
    { action: 'join', key: 'title.join', target: SceneKey.join, data: {} },
    { action: 'workshop', key: 'title.workshop', target: SceneKey.workshop, data: {} },
    { action: 'sources', key: 'title.sources', target: SceneKey.sources, data: {} },
    { action: 'settings', key: 'title.settings', target: SceneKey.settings, data: {} },
  ];
}

/** Where the entry named `action` leads (undefined for an unknown one). */
export function titleTarget(action: string, resumable: boolean): TitleTarget | undefined {
  return titleMenu(resumable).find((entry) => entry.action === action);
}

/** The first screen, while the game loads: its panel and what was pressed on it. */
let early: { panel: HTMLElement; picked: TitleTarget | undefined } | undefined;
/** Set when the title scene adopts the early panel: opens a screen from the running game. */
let opener: ((target: TitleTarget) => void) | undefined;

/** True when the address asks for the title (no `#lab?`, `#join?`, … link to follow). */
export function addressShowsTitle(): boolean {
  return window.location.hash.length <= 1;
}

/**
 * Paints the title panel from the page itself, before Phaser has loaded. Pressing an entry now
 * remembers it (and says the table is loading); the game opens it as soon as it can.
 */
export function showEarlyTitle(): void {
  opener = undefined;
  const resumable = app().store.inProgress !== undefined;
  const panel = buildTitlePanel({
    entries: titleMenu(resumable),
    resumable,
    onPick: (action) => {
      const target = titleTarget(action, resumable);
      if (target === undefined) {
        return;
      }
      if (opener !== undefined) {
        opener(target);
      } else if (early !== undefined) {
        early.picked = target;
        showTitleLoading(early.panel);
      }
    },
    onAbandon: () => {
      app().store.saveInProgress(undefined);
      // The game in memory, if the table has loaded one, ends too. The entry script does not
      // load the engine for this: before the table loads, no game is in memory.
      void import('../session/current-game').then(({ endGame }) => endGame());
      if (opener !== undefined) {
        // The game runs: the title scene starts again, as after any other abandon.
        opener({ target: SceneKey.title, data: {} });
      } else {
        showEarlyTitle();
      }
    },
  });
  early = { panel, picked: undefined };
  mountScreen('title', panel);
  const first = panel.querySelector<HTMLElement>('[data-autofocus]');
  if (first !== null) {
    focusInView(first);
  }
}

/** True while the early title is the screen (the game has not taken it over yet). */
export function earlyTitleShowing(): boolean {
  return early !== undefined && early.panel.isConnected;
}

/**
 * The entry pressed on the early title while the game loaded, if any: the game opens it instead
 * of the title (the early panel is then replaced like any screen).
 */
export function takeEarlyPick(): TitleTarget | undefined {
  const picked = early?.picked;
  if (early !== undefined) {
    early.picked = undefined;
  }
  return picked;
}

/**
 * The early title's panel, for the title scene to adopt once (undefined when there is none);
 * from now on its entries open their screens through `open`.
 */
export function adoptEarlyTitle(open: (target: TitleTarget) => void): HTMLElement | undefined {
  const panel = early?.panel;
  const picked = early?.picked;
  early = undefined;
  if (panel?.isConnected !== true) {
    return undefined;
  }
  opener = open;
  if (picked !== undefined) {
    // Pressed after the preloader had looked and before the title took over: open it now that
    // the scene runs (after its create, so the title's own start has finished).
    window.setTimeout(() => open(picked), 0);
  }
  return panel;
}
