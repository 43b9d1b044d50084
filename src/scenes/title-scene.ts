import Phaser from 'phaser';
import { el } from '../ui/dom';
import { languageSwitch } from '../ui/language-switch';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { layTable, prefersReducedMotion } from './table';

interface Prop {
  key: 'mailCard' | 'defenseCard' | 'die' | 'token';
  x: number;
  y: number;
  angle: number;
  scale: number;
}

// Positions as fractions of the canvas, so the props frame the title at any size.
const PROPS: readonly Prop[] = [
  { key: 'mailCard', x: 0.16, y: 0.3, angle: -9, scale: 0.8 },
  { key: 'mailCard', x: 0.2, y: 0.36, angle: 4, scale: 0.8 },
  { key: 'defenseCard', x: 0.84, y: 0.34, angle: 8, scale: 0.78 },
  { key: 'defenseCard', x: 0.79, y: 0.4, angle: -5, scale: 0.78 },
  { key: 'die', x: 0.2, y: 0.76, angle: 12, scale: 0.55 },
  { key: 'die', x: 0.27, y: 0.8, angle: -18, scale: 0.55 },
  { key: 'token', x: 0.76, y: 0.78, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.81, y: 0.75, angle: 0, scale: 0.6 },
  { key: 'token', x: 0.79, y: 0.83, angle: 0, scale: 0.6 },
];

/** Title: the tabletop, the game's name, Play and the language switch. */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.title);
  }

  create(): void {
    layTable(this);
    const props = PROPS.map((prop) =>
      this.add.image(0, 0, prop.key).setAngle(prop.angle).setScale(prop.scale),
    );
    const place = (): void => {
      const { width, height } = this.scale;
      const shrink = Math.min(1, width / 1280);
      props.forEach((image, index) => {
        const prop = PROPS[index];
        if (prop !== undefined) {
          image.setPosition(prop.x * width, prop.y * height).setScale(prop.scale * shrink);
        }
      });
    };
    place();
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
    this._mountPanel();
  }

  private _mountPanel(): void {
    const play = el('button', {
      className: 'primary-button',
      text: { key: 'title.play' },
      attrs: { type: 'button', 'data-action': 'play' },
      onClick: () => this.scene.start(SceneKey.placeholder),
    });
    const panel = el('section', {
      className: 'title-panel',
      attrs: { 'aria-labelledby': 'game-title' },
      children: [
        el('h1', { text: { key: 'app.title' }, attrs: { id: 'game-title' } }),
        el('p', { className: 'subtitle', text: { key: 'app.subtitle' } }),
        el('p', { className: 'tagline', text: { key: 'app.tagline' } }),
        el('nav', {
          className: 'menu',
          children: [play],
        }),
        languageSwitch(),
      ],
    });
    mountScreen('title', panel);
    play.focus();
  }
}
