import type Phaser from 'phaser';
import type { DrawRecord, SplitDrawRecord } from '../core';
import { drawFaces, facesInBand, type DiceFaces } from '../ui/components/dice-reading';
import { dieTexture } from './dice-faces';
import { drawFor } from './render-gate';

/**
 * The faces for a draw on the table: a yes/no draw reads at most its threshold exactly when it
 * happened; a split's reads inside the band it landed in (see ui/components/dice-reading.ts).
 */
export function facesForDraw(draw: DrawRecord | SplitDrawRecord): DiceFaces {
  return 'lower' in draw
    ? facesInBand(draw.roll, { lower: draw.lower, upper: draw.threshold })
    : drawFaces(draw);
}

/** An ivory die showing a face; each face is its own texture (see dice-faces.ts). */
export function makeDie(
  scene: Phaser.Scene,
  x: number,
  y: number,
  face = '0',
): Phaser.GameObjects.Image {
  return scene.add.image(x, y, dieTexture(face)).setDepth(10);
}

/** Shows a face on a die; the blank die for no face, or if the faces are still loading. */
function setFace(die: Phaser.GameObjects.Image, face: string): void {
  const key = dieTexture(face);
  die.setTexture(die.scene.textures.exists(key) ? key : 'die');
}

/**
 * The d100 pair on the table. `roll` tumbles the dice for under a second (or not at all with
 * reduced motion) and lands them on the draw's faces. The canvas carries the faces it shows in
 * `data-dice` ("tens units"), so the browser suite can check them against the written draw, and
 * where they come to rest in `data-dice-box` ("left top width height" in game pixels, both dice,
 * tilt included), so it can check that nothing on the page covers them.
 */
export class DicePair {
  private readonly _tens: Phaser.GameObjects.Image;
  private readonly _units: Phaser.GameObjects.Image;

  constructor(private readonly _scene: Phaser.Scene) {
    this._tens = makeDie(_scene, 0, 0, '00').setVisible(false);
    this._units = makeDie(_scene, 0, 0, '0').setVisible(false);
  }

  roll(draw: DrawRecord | SplitDrawRecord, reducedMotion: boolean): void {
    drawFor(this._scene.game, 1200);
    const { width, height } = this._scene.scale;
    const faces = facesForDraw(draw);
    const canvas = this._scene.game.canvas;
    canvas.dataset.dice = `${faces.tens} ${faces.units}`;
    const targets = [
      { die: this._tens, face: faces.tens, x: width * 0.5 - 70, y: height * 0.82 },
      { die: this._units, face: faces.units, x: width * 0.5 + 70, y: height * 0.82 },
    ];
    // The pair's box at rest; a die tilted by up to 10° reaches about 0.58 of its size out.
    const reach = Math.ceil(Math.max(this._tens.displayWidth, this._tens.displayHeight) * 0.58);
    const box = [width * 0.5 - 70 - reach, height * 0.82 - reach, 140 + 2 * reach, 2 * reach];
    canvas.dataset.diceBox = box.map((value) => Math.round(value)).join(' ');
    for (const [index, target] of targets.entries()) {
      target.die.setVisible(true).setAlpha(1);
      if (reducedMotion) {
        target.die.setPosition(target.x, target.y).setAngle(index === 0 ? -8 : 10);
        setFace(target.die, target.face);
        continue;
      }
      this._tumble(target.die, target.x, target.y, target.face, index);
    }
  }

  private _tumble(
    die: Phaser.GameObjects.Image,
    x: number,
    y: number,
    face: string,
    index: number,
  ): void {
    let tick = 0;
    die.setPosition(x - 260 + index * 40, y + 60).setAngle(0);
    this._scene.tweens.add({
      targets: die,
      x,
      y,
      angle: 360 * 2 + (index === 0 ? -8 : 10),
      duration: 800,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        tick += 1;
        // The faces flicker while the die turns; the sequence is for show only, not a draw.
        const digit = (tick * 7 + index * 3) % 10;
        die.setTexture(
          dieTexture(index === 0 ? String(digit * 10).padStart(2, '0') : String(digit)),
        );
      },
      onComplete: () => setFace(die, face),
    });
  }

  hide(): void {
    delete this._scene.game.canvas.dataset.dice;
    delete this._scene.game.canvas.dataset.diceBox;
    this._tens.setVisible(false);
    this._units.setVisible(false);
    drawFor(this._scene.game, 100);
  }
}
