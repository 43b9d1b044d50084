import { el } from '../ui/dom';
import { paperPanel } from '../ui/components/panel';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** The Strategy Lab's place on the menu until it is built. */
export class LabScene extends TableScene {
  protected readonly screenName = 'lab';
  protected override readonly backTo = SceneKey.title;

  constructor() {
    super(SceneKey.lab);
  }

  protected buildPanel(): HTMLElement {
    return paperPanel({
      headingKey: 'lab.heading',
      onBack: () => this.go(SceneKey.title),
      children: [el('p', { text: { key: 'lab.body' } })],
    });
  }
}
