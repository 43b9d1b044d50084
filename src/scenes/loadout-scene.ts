import type { Command } from '../core';
import type { GameSession } from '../session/game-session';
import { showNotice } from '../ui/notices';
import { buildLoadoutPanel } from '../ui/screens/loadout-panel';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';

/** The loadout: model, goal framing and defense cards, with the live odds track. */
export class LoadoutScene extends PlayScene {
  protected readonly screenName = 'loadout';
  protected override readonly backTo = SceneKey.levelSelect;

  constructor() {
    super(SceneKey.loadout);
  }

  protected buildPlayPanel(session: GameSession): HTMLElement {
    const send = (command: Command, focus?: string): void => {
      const result = session.dispatch(command);
      if (!result.ok) {
        showNotice(
          `violation.${result.error.code === 'ERR_OVER_BUDGET' ? 'ERR_OVER_BUDGET' : 'generic'}`,
        );
        return;
      }
      this.rebuild();
      if (focus !== undefined) {
        document.querySelector<HTMLElement>(focus)?.focus();
      }
    };
    return buildLoadoutPanel(session.level, session.state, {
      selectModel: (model) => send({ kind: 'select-model', model }, '[data-control="model"]'),
      selectGoalFraming: (framing) =>
        send({ kind: 'select-goal-framing', framing }, `[data-control="goal"][value="${framing}"]`),
      toggleDefense: (defense) =>
        send({ kind: 'toggle-defense', defense }, `[data-defense="${defense}"]`),
      startDay: () => {
        const result = session.dispatch({ kind: 'start-day' });
        if (result.ok) {
          this.go(SceneKey.day);
        }
      },
      back: () => this.go(SceneKey.levelSelect),
    });
  }
}
