import { buildSettingsPanel } from '../ui/screens/settings-panel';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** Settings: language, sound, captions, text size, motion, contrast. */
export class SettingsScene extends TableScene {
  protected readonly screenName = 'settings';
  protected override readonly backTo = SceneKey.title;

  constructor() {
    super(SceneKey.settings);
  }

  protected buildPanel(): HTMLElement {
    return buildSettingsPanel(() => this.go(SceneKey.title));
  }
}
