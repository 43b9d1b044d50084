import Phaser from 'phaser';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';

/** Boot: nothing to load of its own; hands over to the preloader at once. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.boot);
  }

  create(): void {
    mountScreen('boot', null);
    this.scene.start(SceneKey.preloader);
  }
}
