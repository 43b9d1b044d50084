import Phaser from 'phaser';
import { app } from '../app';
import { endGame } from '../session/current-game';
import { buildTitlePanel } from '../ui/screens/title-panel';
import { SceneKey } from './scene-keys';
import { adoptEarlyTitle, titleMenu, titleTarget } from './title-menu';
import { TableScene } from './table-scene';
import { prefersReducedMotion } from './table';
import { drawFor } from './render-gate';

interface Prop {
  key: 'mailCard' | 'defenseCard' | 'token';
  x: number;
  y: number;
  angle: number;
  scale: number;
}

// Positions as fractions of the canvas, so the props frame the title at any size.
const PROPS: readonly Prop[] = [
  { key: 'mailCard', x: 0.14, y: 0.28, angle: -9, scale: 0.8 },
  { key: 'mailCard', x: 0.18, y: 0.36, angle: 4, scale: 0.8 },
  { key: 'defenseCard', x: 0.86, y: 0.32, angle: 8, scale: 0.78 },
  { key: 'defenseCard', x: 0.81, y: 0.4, angle: -5, scale: 0.78 },
  { key: 'token', x: 0.8, y: 0.78, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.85, y: 0.75, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.83, y: 0.84, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.17, y: 0.8, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.22, y: 0.77, angle: 0, scale: 0.6 },
];

/** Title: the tabletop, the game's name, the menu and the language switch. */
export class TitleScene extends TableScene {
  protected readonly screenName = 'title';

  constructor() {
    super(SceneKey.title);
  }

  protected override decorate(): void {
    const props = PROPS.map((prop) =>
      this.add.image(0, 0, prop.key).setAngle(prop.angle).setScale(prop.scale),
    );
    const place = (): void => {
      const { width, height } = this.scale;
      const shrink = Math.min(1, width / 1440);
      props.forEach((image, index) => {
        const prop = PROPS[index];
        if (prop !== undefined) {
          image.setPosition(prop.x * width, prop.y * height).setScale(prop.scale * shrink);
        }
      });
    };
    place();
    drawFor(this.game, 1400);
    this.scale.on(Phaser.Scale.Events.RESIZE, place);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, place);
    });
    if (!prefersReducedMotion()) {
      props.forEach((image, index) => {
        image.setAlpha(0);
        this.tweens.add({ targets: image, alpha: 1, duration: 300, delay: 60 * index });
      });
    }
  }

  protected buildPanel(): HTMLElement {
    const open = (target: { target: SceneKey; data: object }): void =>
      this.go(target.target, target.data);
    const adopted = adoptEarlyTitle(open);
    if (adopted !== undefined) {
      return adopted;
    }
    const resumable = app().store.inProgress !== undefined;
    return buildTitlePanel({
      entries: titleMenu(resumable),
      resumable,
      onPick: (action) => {
        const target = titleTarget(action, resumable);
        if (target !== undefined) {
          open(target);
        }
      },
      onAbandon: () => {
        app().store.saveInProgress(undefined);
        endGame();
        // A restart waits for a frame: wake the loop, which sleeps while the table is still.
        drawFor(this.game, 1400);
        this.scene.restart();
      },
    });
  }
}
