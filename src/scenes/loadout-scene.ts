import type { Command } from '../core';
import type { GameSession } from '../session/game-session';
import { showNotice } from '../ui/notices';
import {
  buildLoadoutPanel,
  buildLoadoutPanelInSteps,
  type LoadoutActions,
  updateLoadoutPanel,
} from '../ui/screens/loadout-panel';
import { nextTask } from '../ui/yield';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';

/** The loadout: model, goal framing and defense cards, with the live odds track. */
export class LoadoutScene extends PlayScene {
  protected readonly screenName = 'loadout';
  protected override readonly backTo = SceneKey.levelSelect;

  constructor() {
    super(SceneKey.loadout);
  }

  /** The panel on screen, brought up to date in place after each command. */
  private _panel: HTMLElement | undefined;

  protected buildPlayPanel(session: GameSession): HTMLElement {
    this._panel = buildLoadoutPanel(session.level, session.state, this._actions(session));
    return this._panel;
  }

  /** The first build, a part per task (the loadout is the largest panel of a level). */
  protected override async buildFirstPanel(session: GameSession): Promise<HTMLElement> {
    const panel = await buildLoadoutPanelInSteps(
      session.level,
      session.state,
      this._actions(session),
      nextTask,
    );
    this._panel = panel;
    return panel;
  }

  private _actions(session: GameSession): LoadoutActions {
    const send = (command: Command, focus?: string): void => {
      const result = session.dispatch(command);
      if (!result.ok) {
        showNotice(
          `violation.${result.error.code === 'ERR_OVER_BUDGET' ? 'ERR_OVER_BUDGET' : 'generic'}`,
        );
        return;
      }
      const panel = this._panel;
      if (panel?.isConnected !== true) {
        this.rebuild();
      } else {
        // Only what the command changed is touched: the control keeps its element and the focus.
        updateLoadoutPanel(panel, session.level, session.state, actions);
      }
      const target = focus === undefined ? null : document.querySelector<HTMLElement>(focus);
      if (target !== null && document.activeElement !== target) {
        target.focus();
      }
    };
    const actions: LoadoutActions = {
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
    };
    return actions;
  }
}
