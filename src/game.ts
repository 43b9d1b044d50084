/**
 * The table: Phaser, its scenes and the sound. Loaded by the entry script (main.ts) behind the
 * first screen, so the title is painted and usable before this chunk has arrived.
 */
import Phaser from 'phaser';
import type { DebugHandle } from './app';
import { initAudio } from './audio';
import { addDieFacesInTurn } from './scenes/dice-faces';
import { rasteriseImageTextures } from './scenes/raster-textures';
import { drawOnResize, primeCanvas } from './scenes/render-gate';
import { addScenesLazily, splitScenes } from './scenes/scene-loader';
import { SCENES } from './scenes/scenes';
import type { AppStore } from './session/app-store';
import { connectAudio } from './session/audio-bridge';
import { captionView } from './ui/captions';
import { prepareNumberFormats } from './ui/components/format';
import { strikesInSheets, warmStrikes } from './ui/font-strikes';
import { nextTask, whenIdle } from './ui/yield';

/** The table made ready to start: its sound connected to the store, its scenes made. */
export interface PreparedTable {
  readonly atBoot: Phaser.Scene[];
  readonly later: Map<string, Phaser.Scene>;
}

/**
 * Connects the sound to the store and makes the scenes: the first half of the table's start, in a
 * task before the game's own boot (both in one task were one long task behind the title).
 */
export function prepareTable(store: AppStore): PreparedTable {
  connectAudio(store, captionView());
  // The first screen's scenes boot with the game; the others are added in idle moments after it.
  return splitScenes(SCENES);
}

/** Starts the game on the page's `#game` element and hands it to the page's debug handle. */
export function startTable({ atBoot, later }: PreparedTable, handle: DebugHandle): Phaser.Game {
  const game = new Phaser.Game({
    // A canvas 2D renderer: the table draws a handful of images, and only while they move. WebGL
    // cost a context, shader compiles and ~100 ms frames on software GPUs (blocklisted school
    // laptops, headless browsers): long tasks behind the title for nothing the table needs.
    type: Phaser.CANVAS,
    parent: 'game',
    // The felt is the page's CSS background: a still image the browser composites for free.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // Every control is on the page (HTML), none on the canvas: Phaser listens for no input.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // A tabletop needs no more: half the frames leaves the CPU to the page's text on slow laptops.
    fps: { limit: 30 },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: window.innerWidth,
      height: window.innerHeight,
    },
    scene: atBoot,
  });
  // In a task of its own: the canvas's first drawing call sets up its drawing surface.
  void nextTask().then(() => primeCanvas(game.canvas));
  addScenesLazily(game, later);
  startAudioAfterGesture();
  rasteriseImageTextures(game);
  drawOnResize(game);
  // The number formatters of a language the game does not write itself, ready before the first
  // screen that writes a figure (a shipped language needs none: number-notation.ts).
  whenIdle(() => void prepareNumberFormats());
  // The font sizes the screens use, ready before the first layout of each (ui/font-strikes.ts).
  whenIdle(
    () =>
      void warmStrikes(
        strikesInSheets(document.styleSheets),
        () => new Promise((resolve) => whenIdle(resolve, 1_000)),
      ),
  );
  // The dice's faces, ready before the day's table; the day's scene loads any still missing.
  whenIdle(() => void addDieFacesInTurn(game).catch(() => undefined), 4_000);
  handle.game = game;
  return game;
}

/** The gestures after which a browser lets a page's sound start. */
const GESTURES = ['pointerdown', 'keydown'] as const;

/**
 * The screens of a level, where sound is near: the game's sounds come only from a level's events
 * (from the loadout's cards on). The Strategy Lab, the workshop's screens, the title and the
 * settings play none.
 */
const SCREENS_NEAR_SOUND: ReadonlySet<string> = new Set([
  'level-select',
  'briefing',
  'loadout',
  'day',
  'debrief',
]);

/**
 * Makes the sound ready (the audio library, its `AudioContext`, every cue decoded) in an idle
 * moment after the player's first gesture on a level's screens: not before it (a context made
 * earlier would only wait suspended), not on a screen without sound (the Lab has no use for it,
 * and its creation would be a long task there), and not in the gesture's own task, where
 * creating the context (tens of milliseconds of native code) would hold the frame the player is
 * waiting on. A loop asked for before then starts once ready; a one-shot is dropped, its caption
 * still shown (src/audio/audio-engine.ts).
 */
function startAudioAfterGesture(): void {
  const start = (): void => {
    if (!SCREENS_NEAR_SOUND.has(document.body.dataset.screen ?? '')) {
      return;
    }
    for (const type of GESTURES) {
      document.removeEventListener(type, start, { capture: true });
    }
    whenIdle(() => void initAudio(), 5_000);
  };
  for (const type of GESTURES) {
    document.addEventListener(type, start, { capture: true });
  }
}
