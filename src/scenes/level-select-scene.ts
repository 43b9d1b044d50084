import { app } from '../app';
import { customLevels, loadCatalog, loadLevelFromFiles } from '../levels/level-catalog';
import { levelStatus } from '../session/progress';
import { mountScreen } from '../ui/screen';
import { buildLevelSelectPanel, buildLoadingPanel } from '../ui/screens/level-select-panel';
import { nextTask } from '../ui/yield';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** Level select: locked, open and completed levels, with content warnings marked. */
export class LevelSelectScene extends TableScene {
  protected readonly screenName = 'level-select';
  protected override readonly backTo = SceneKey.title;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.levelSelect);
  }

  protected buildPanel(): HTMLElement {
    void this._fill();
    return buildLoadingPanel();
  }

  private async _fill(): Promise<void> {
    const catalog = await loadCatalog();
    // Built in a task of its own, not in the one that took in the last level (docs/PERFORMANCE.md,
    // "Sixth round").
    await nextTask();
    if (!this.scene.isActive()) {
      return;
    }
    const ids = catalog.map((entry) => entry.id);
    const views = [
      ...catalog.map((entry, index) => ({
        entry,
        number: index,
        status: levelStatus(ids, index, app().store.progress),
      })),
      // A level loaded from files is always open: its author wants to try it now.
      ...customLevels().map((entry, index) => ({
        entry,
        number: catalog.length + index,
        status: 'open' as const,
      })),
    ];
    const panel = buildLevelSelectPanel(
      views,
      (levelId) => this.go(SceneKey.briefing, { levelId }),
      () => this.go(SceneKey.title),
      (files) => {
        void loadLevelFromFiles(files).then(() => {
          if (this.scene.isActive()) {
            void this._fill();
          }
        });
      },
      () => {
        app().store.unlockLevels(ids);
        void this._fill();
      },
    );
    // Put on the page in the next task: on a slow CPU, building and mounting together are long.
    await nextTask();
    if (!this.scene.isActive()) {
      return;
    }
    mountScreen(null, panel);
    this.markReady(panel);
  }
}
