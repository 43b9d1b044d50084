import Phaser from 'phaser';
import { ART, type ArtKey } from './art';
import { el } from '../ui/dom';
import { mountScreen } from '../ui/screen';
import { addressOpensBoard } from './board-scene';
import { addressOpensJoin } from './join-scene';
import { addressOpensLab } from './lab-scene';
import { SceneKey } from './scene-keys';
import { earlyTitleShowing, takeEarlyPick } from './title-menu';

const BAR_WIDTH = 420;
const BAR_HEIGHT = 14;

/** Preloader: loads every asset with a progress bar that follows the loader. */
export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.preloader);
  }

  preload(): void {
    const { width, height } = this.scale;
    const label = el('p', { className: 'loading-label', text: { key: 'boot.loading' } });
    const bar = el('div', {
      className: 'sr-only',
      attrs: {
        role: 'progressbar',
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': '0',
      },
    });
    if (earlyTitleShowing()) {
      // The title is already painted and usable (docs/PERFORMANCE.md, "First screen"): load the
      // table's art behind it, with no loading screen and no bar under its text.
      this._loadArt();
      return;
    }
    mountScreen('preloader', el('div', { className: 'loading', children: [label, bar] }));

    const left = width / 2 - BAR_WIDTH / 2;
    const top = height / 2 + 40;
    this.add
      .rectangle(left - 4, top - 4, BAR_WIDTH + 8, BAR_HEIGHT + 8, 0x0b2419)
      .setOrigin(0)
      .setStrokeStyle(2, 0xc99a35);
    const fill = this.add.rectangle(left, top, 1, BAR_HEIGHT, 0xe1b94f).setOrigin(0);

    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill.width = Math.max(1, BAR_WIDTH * progress);
      bar.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
    });

    this._loadArt();
  }

  private _loadArt(): void {
    for (const key of Object.keys(ART) as ArtKey[]) {
      const art = ART[key];
      this.load.svg(key, art.url, { width: art.width, height: art.height });
    }
  }

  create(): void {
    // An entry pressed on the early title while the table loaded opens now, instead of the title.
    const picked = takeEarlyPick();
    if (picked !== undefined) {
      this.scene.start(picked.target, picked.data);
      return;
    }
    // A link to the Lab opens the Lab, a join link the join screen; every other address the title.
    this.scene.start(
      addressOpensLab()
        ? SceneKey.lab
        : addressOpensJoin()
          ? SceneKey.join
          : addressOpensBoard()
            ? SceneKey.board
            : SceneKey.title,
    );
  }
}
