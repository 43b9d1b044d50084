import type Phaser from 'phaser';

/**
 * Draws the canvas only while something on it moves. The table is still most of the time, and on
 * machines without GPU acceleration every WebGL frame costs tens of milliseconds of the main
 * thread (docs/PERFORMANCE.md, figure c). Scenes ask for frames when they change the table; the
 * loop sleeps again once no tween is running.
 */
let sleepTimer: number | undefined;
let wakeFrame: number | undefined;

function tweening(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
}

/** Lets the loop sleep in `ms`, or later while something still moves. */
function sleepIn(game: Phaser.Game, ms: number): void {
  window.clearTimeout(sleepTimer);
  sleepTimer = window.setTimeout(() => {
    sleepTimer = undefined;
    if (tweening(game)) {
      sleepIn(game, 150);
    } else if (wakeFrame === undefined) {
      game.loop.sleep();
    }
  }, ms);
}

/**
 * Keeps the game loop running for at least `ms`, then lets it sleep when nothing moves.
 *
 * A sleeping loop is woken at the next animation frame, not at once: waking steps the game there
 * and then, and Phaser's first step reads the size of the canvas's parent, which makes the
 * browser lay out whatever the caller just changed on the page. Inside a click's task that was
 * the day's whole layout on top of the click's own work (docs/PERFORMANCE.md, "Sixth round").
 */
export function drawFor(game: Phaser.Game, ms: number): void {
  if (!game.loop.running && wakeFrame === undefined) {
    wakeFrame = window.requestAnimationFrame(() => {
      wakeFrame = undefined;
      if (!game.loop.running) {
        game.loop.wake(true);
      }
      // A hidden page delays the frame; the loop must not then run on with no sleep due.
      if (sleepTimer === undefined) {
        sleepIn(game, 150);
      }
    });
  }
  sleepIn(game, ms);
}

/** Redraws after the window changes size, when the loop may be asleep. */
export function drawOnResize(game: Phaser.Game): void {
  window.addEventListener('resize', () => drawFor(game, 400));
}

/**
 * Has the browser make the canvas's frame buffer now, in a frame of its own. The first frame that
 * shows a canvas allocates the buffer it is handed over in (35 ms at 4× CPU on the bench's
 * machine, where later frames take 5); left to the game's first step, it fell in the same frame as
 * the first scenes' boot, one task of 120–136 ms (docs/PERFORMANCE.md, "Seventh round").
 * Clearing one pixel of a canvas that is still empty changes nothing on screen.
 */
export function primeCanvas(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
}
