import type { GameSession } from '../session/game-session';
import { mountScreen } from '../ui/screen';
import { buildBriefingPanel, buildSummaryPanel } from '../ui/screens/briefing-panel';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';

/** The briefing card of a level. */
export class BriefingScene extends PlayScene {
  protected readonly screenName = 'briefing';
  protected override readonly backTo = SceneKey.levelSelect;

  constructor() {
    super(SceneKey.briefing);
  }

  protected buildPlayPanel(session: GameSession): HTMLElement {
    const play = (): void => {
      const result = session.dispatch({ kind: 'open-loadout' });
      if (result.ok) {
        this.go(SceneKey.loadout);
      }
    };
    const briefing = (): HTMLElement =>
      buildBriefingPanel(
        session.level,
        play,
        () => this.go(SceneKey.levelSelect),
        () => this._show(buildSummaryPanel(session.level, play, () => this._show(briefing()))),
      );
    return briefing();
  }

  private _show(panel: HTMLElement): void {
    mountScreen(null, panel);
    this.markReady(panel);
  }
}
