/**
 * The table: Phaser, its scenes and the sound. Loaded by the entry script (main.ts) behind the
 * first screen, so the title is painted and usable before this chunk has arrived.
 */
import Phaser from 'phaser';
import type { DebugHandle } from './app';
import { drawOnResize } from './scenes/render-gate';
import { SCENES } from './scenes/scenes';
import type { AppStore } from './session/app-store';
import { connectAudio } from './session/audio-bridge';
import { captionView } from './ui/captions';

/** Starts the game on the page's `#game` element and hands it to the page's debug handle. */
export function startTable(store: AppStore, handle: DebugHandle): Phaser.Game {
  connectAudio(store, captionView());
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    // The felt is the page's CSS background: a still image the browser composites for free.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // A tabletop needs no more: half the frames leaves the CPU to the page's text on slow laptops.
    fps: { limit: 30 },
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: window.innerWidth,
      height: window.innerHeight,
    },
    scene: [...SCENES],
  });
  drawOnResize(game);
  handle.game = game;
  return game;
}
