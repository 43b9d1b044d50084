import type Phaser from 'phaser';

/**
 * Draws the canvas only while something on it moves. The table is still most of the time, and on
 * machines without GPU acceleration every WebGL frame costs tens of milliseconds of the main
 * thread (docs/PERFORMANCE.md, figure c). Scenes ask for frames when they change the table; the
 * loop sleeps again once no tween is running.
 */
let sleepTimer: number | undefined;

function tweening(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
}

/** Keeps the game loop running for at least `ms`, then lets it sleep when nothing moves. */
export function drawFor(game: Phaser.Game, ms: number): void {
  if (!game.loop.running) {
    game.loop.wake(true);
  }
  window.clearTimeout(sleepTimer);
  sleepTimer = window.setTimeout(() => {
    if (tweening(game)) {
      drawFor(game, 150);
    } else {
      game.loop.sleep();
    }
  }, ms);
}

/** Redraws after the window changes size, when the loop may be asleep. */
export function drawOnResize(game: Phaser.Game): void {
  window.addEventListener('resize', () => drawFor(game, 400));
}
