import Phaser from 'phaser';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { earlyTitleShowing } from './title-menu';

/** Boot: nothing to load of its own; hands over to the preloader at once. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.boot);
  }

  create(): void {
    // The title painted by the page itself stays on screen while the table loads behind it.
    if (!earlyTitleShowing()) {
      mountScreen('boot', null);
    }
    this.scene.start(SceneKey.preloader);
  }
}
