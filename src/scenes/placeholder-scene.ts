import Phaser from 'phaser';
import { el } from '../ui/dom';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { layTable } from './table';

/** Where Play leads until the level screens exist. */
export class PlaceholderScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.placeholder);
  }

  create(): void {
    layTable(this);
    const back = el('button', {
      className: 'primary-button',
      text: { key: 'placeholder.back' },
      attrs: { type: 'button', 'data-action': 'back' },
      onClick: () => this.scene.start(SceneKey.title),
    });
    mountScreen(
      'placeholder',
      el('section', {
        className: 'paper-panel',
        children: [
          el('h2', { text: { key: 'placeholder.heading' } }),
          el('p', { text: { key: 'placeholder.body' } }),
          back,
        ],
      }),
    );
    back.focus();
  }
}
