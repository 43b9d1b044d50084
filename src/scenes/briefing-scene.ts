import type { GameSession } from '../session/game-session';
import { buildBriefingPanel } from '../ui/screens/briefing-panel';
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
    return buildBriefingPanel(
      session.level,
      () => {
        const result = session.dispatch({ kind: 'open-loadout' });
        if (result.ok) {
          this.go(SceneKey.loadout);
        }
      },
      () => this.go(SceneKey.levelSelect),
    );
  }
}
