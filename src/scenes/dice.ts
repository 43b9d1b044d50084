import type Phaser from 'phaser';

/**
 * The faces a d100 roll shows on its two dice: tens (00–90) and units (0–9) of the roll's whole
 * part; 100 is 00 + 0. The decimals of the roll are written beside the dice.
 */
export function diceFaces(roll: number): { tens: string; units: string } {
  const value = Math.floor(roll) % 100;
  return { tens: String(Math.floor(value / 10) * 10).padStart(2, '0'), units: String(value % 10) };
}

const FACE_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'Atkinson Hyperlegible, sans-serif',
  fontSize: '44px',
  fontStyle: 'bold',
  color: '#1d3557',
};

/** An ivory die with a number on it. */
function makeDie(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Container {
  const body = scene.add.image(0, 0, 'die').setScale(0.7);
  const face = scene.add.text(0, 4, '', FACE_STYLE).setOrigin(0.5);
  return scene.add.container(x, y, [body, face]).setDepth(10).setVisible(false);
}

function faceOf(die: Phaser.GameObjects.Container): Phaser.GameObjects.Text {
  return die.getAt<Phaser.GameObjects.Text>(1);
}

/**
 * The d100 pair on the table. `roll` tumbles the dice for under a second (or not at all with
 * reduced motion) and lands them on the roll's faces.
 */
export class DicePair {
  private readonly _tens: Phaser.GameObjects.Container;
  private readonly _units: Phaser.GameObjects.Container;

  constructor(private readonly _scene: Phaser.Scene) {
    this._tens = makeDie(_scene, 0, 0);
    this._units = makeDie(_scene, 0, 0);
  }

  roll(roll: number, reducedMotion: boolean): void {
    const { width, height } = this._scene.scale;
    const faces = diceFaces(roll);
    const targets = [
      { die: this._tens, face: faces.tens, x: width * 0.5 - 70, y: height * 0.82 },
      { die: this._units, face: faces.units, x: width * 0.5 + 70, y: height * 0.82 },
    ];
    for (const [index, target] of targets.entries()) {
      target.die.setVisible(true).setAlpha(1);
      if (reducedMotion) {
        target.die.setPosition(target.x, target.y).setAngle(index === 0 ? -8 : 10);
        faceOf(target.die).setText(target.face);
        continue;
      }
      this._tumble(target.die, target.x, target.y, target.face, index);
    }
  }

  private _tumble(
    die: Phaser.GameObjects.Container,
    x: number,
    y: number,
    face: string,
    index: number,
  ): void {
    const text = faceOf(die);
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
        text.setText(
          String(((tick * 7 + index * 3) % 10) * (index === 0 ? 10 : 1)).padStart(
            index === 0 ? 2 : 1,
            '0',
          ),
        );
      },
      onComplete: () => text.setText(face),
    });
  }

  hide(): void {
    this._tens.setVisible(false);
    this._units.setVisible(false);
  }
}
