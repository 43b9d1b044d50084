import { buildSourcesPanel } from '../ui/screens/sources-panel';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** Sources: every rate row with its citation, n, interval and confidence. */
export class SourcesScene extends TableScene {
  protected readonly screenName = 'sources';
  protected override readonly backTo = SceneKey.title;

  constructor() {
    super(SceneKey.sources);
  }

  protected buildPanel(): HTMLElement {
    return buildSourcesPanel(() => this.go(SceneKey.title));
  }
}
