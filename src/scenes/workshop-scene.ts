import { loadStrings } from '../i18n/i18n';
import { currentLanguage } from '../i18n/language';
import { loadCatalog } from '../levels/level-catalog';
import { freshSeed } from '../session/game-session';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/**
 * The facilitator's workshop screen (DESIGN.md §7): a session's set-up, its code for the room,
 * and the ways to the board and the printables. Its screen, strings and part of core load when
 * it opens; the set-up is kept for the next visit.
 */
export class WorkshopScene extends TableScene {
  protected readonly screenName = 'workshop';
  protected override readonly backTo = SceneKey.title;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.workshop);
  }

  protected buildPanel(): HTMLElement {
    void this._fill();
    return buildLoadingPanel();
  }

  private async _fill(): Promise<void> {
    const [catalog, screen] = await Promise.all([
      loadCatalog(),
      import('../ui/workshop/workshop-screen'),
      loadStrings('workshop'),
    ]);
    if (!this.scene.isActive()) {
      return;
    }
    // The campaign's levels in the codes' order, as far as this build has them.
    const levels = screen.CAMPAIGN_LEVEL_IDS.flatMap((id) => {
      const entry = catalog.find((candidate) => candidate.id === id);
      return entry?.kind === 'ok' ? [{ id, level: entry.level }] : [];
    });
    const draft =
      screen.loadWorkshopDraft() ??
      screen.defaultDraft(
        levels.map((choice) => choice.id),
        freshSeed(),
        currentLanguage(),
      );
    const view = new screen.WorkshopView(levels, draft, {
      changed: (changed) => screen.saveWorkshopDraft(changed),
      board: (code) => this.go(SceneKey.board, { session: code }),
      print: (sheet, code, level) =>
        this.go(SceneKey.print, {
          sheet,
          session: code,
          ...(level === undefined ? {} : { level }),
        }),
      back: () => this.go(SceneKey.title),
      freshSeed,
      pageAddress: () => window.location.href,
    });
    mountScreen(null, view.root);
    this.markReady(view.root);
  }
}
