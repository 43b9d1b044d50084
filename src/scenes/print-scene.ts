import { loadStrings } from '../i18n/i18n';
import { customLevels, loadCatalog } from '../levels/level-catalog';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** What opens the printables: a sheet, and for the worksheet and facilitator sheet a level. */
export interface PrintSceneData {
  readonly sheet?: 'cards' | 'worksheet' | 'facilitator';
  /** A level id; absent, the sheet covers every level. */
  readonly level?: string;
  /** Where Back goes (the workshop screen that opened it); the title by default. */
  readonly back?: SceneKey;
}

/**
 * The printables (issue 15): the card deck for an unplugged round, the team worksheet and the
 * facilitator sheets, in the current language, printed by the browser. The screen and its
 * strings load only when it opens.
 */
export class PrintScene extends TableScene<PrintSceneData> {
  protected readonly screenName = 'print';
  protected override readonly backTo = SceneKey.title;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.print);
  }

  protected buildPanel(data: PrintSceneData): HTMLElement {
    void this._fill(data);
    return buildLoadingPanel();
  }

  private async _fill(data: PrintSceneData): Promise<void> {
    const [catalog, screen] = await Promise.all([
      loadCatalog(),
      import('../ui/print/print-screen'),
      loadStrings('print'),
    ]);
    if (!this.scene.isActive()) {
      return;
    }
    const levels = [...catalog, ...customLevels()].flatMap((entry) =>
      entry.kind === 'ok' ? [{ id: entry.id, level: entry.level }] : [],
    );
    const back = data.back ?? SceneKey.title;
    const view = new screen.PrintView(
      levels,
      { sheet: screen.isPrintSheet(data.sheet) ? data.sheet : 'cards', level: data.level },
      { back: () => this.go(back), print: () => window.print() },
    );
    mountScreen(null, view.root);
    this.markReady(view.root);
  }
}
