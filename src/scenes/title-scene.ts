import Phaser from 'phaser';
import { app } from '../app';
import { endGame } from '../session/current-game';
import { el, type UiKey } from '../ui/dom';
import { languageSwitch } from '../ui/language-switch';
import { SceneKey } from './scene-keys';
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

interface MenuItem {
  action: string;
  key: UiKey;
  target: SceneKey;
}

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
    const resumable = app().store.inProgress !== undefined;
    const items: MenuItem[] = [
      resumable
        ? { action: 'continue', key: 'title.continue', target: SceneKey.day }
        : { action: 'play', key: 'title.play', target: SceneKey.levelSelect },
      { action: 'levels', key: 'title.levels', target: SceneKey.levelSelect },
      { action: 'lab', key: 'title.lab', target: SceneKey.lab },
      { action: 'join', key: 'title.join', target: SceneKey.join },
      { action: 'workshop', key: 'title.workshop', target: SceneKey.workshop },
      { action: 'sources', key: 'title.sources', target: SceneKey.sources },
      { action: 'settings', key: 'title.settings', target: SceneKey.settings },
    ];
    const buttons = items.map((item, index) =>
      el('button', {
        className: index === 0 ? 'primary-button' : 'menu-button',
        text: { key: item.key },
        attrs: {
          type: 'button',
          'data-action': item.action,
          ...(index === 0 ? { 'data-autofocus': '' } : {}),
        },
        onClick: () => this.go(item.target, item.action === 'continue' ? { resume: true } : {}),
      }),
    );
    const menu = el('nav', { className: 'menu', children: buttons });
    if (resumable) {
      menu.append(this._abandon());
    }
    return el('section', {
      className: 'title-panel',
      attrs: { 'aria-labelledby': 'game-title' },
      children: [
        el('h1', { text: { key: 'app.title' }, attrs: { id: 'game-title' } }),
        el('p', { className: 'subtitle', text: { key: 'app.subtitle' } }),
        el('p', { className: 'tagline', text: { key: 'app.tagline' } }),
        menu,
        languageSwitch(),
      ],
    });
  }

  /**
   * The way to give up a level in progress: a button, then a question that names what is lost.
   * Yes forgets the saved day; No (or Escape) puts the button back and focuses it.
   */
  private _abandon(): HTMLElement {
    const ask = el('button', {
      className: 'menu-button',
      text: { key: 'title.abandon' },
      attrs: { type: 'button', 'data-action': 'abandon' },
    });
    const cancel = (): void => {
      confirm.replaceWith(ask);
      ask.focus();
    };
    const confirm = el('div', {
      className: 'abandon-confirm',
      attrs: { role: 'group', 'aria-labelledby': 'abandon-question' },
      children: [
        el('p', { text: { key: 'title.abandonConfirm' }, attrs: { id: 'abandon-question' } }),
        el('button', {
          className: 'menu-button',
          text: { key: 'title.abandonYes' },
          attrs: { type: 'button', 'data-action': 'abandon-confirm' },
          onClick: () => {
            app().store.saveInProgress(undefined);
            endGame();
            // A restart waits for a frame: wake the loop, which sleeps while the table is still.
            drawFor(this.game, 1400);
            this.scene.restart();
          },
        }),
        el('button', {
          className: 'primary-button',
          text: { key: 'title.abandonNo' },
          attrs: { type: 'button', 'data-action': 'abandon-cancel' },
          onClick: cancel,
        }),
      ],
    });
    confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
      }
    });
    ask.addEventListener('click', () => {
      ask.replaceWith(confirm);
      confirm.querySelector<HTMLElement>('[data-action="abandon-cancel"]')?.focus();
    });
    return ask;
  }
}
