import { app } from '../app';
import type { Level } from '../core';
import { loadStrings } from '../i18n/i18n';
import { loadCatalog } from '../levels/level-catalog';
import { endGame } from '../session/current-game';
import { setLanguage } from '../ui/language-switch';
import { addressOpensJoin as isJoinAddress } from '../ui/workshop/code-text';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { mountScreen } from '../ui/screen';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** What opens the join screen: a session code (from a join link), or nothing. */
export interface JoinSceneData {
  readonly code?: string;
}

/** True when the page was opened with a join link (`#join?code=…`, or a bare `#join`). */
export function addressOpensJoin(hash: string = window.location.hash): boolean {
  return isJoinAddress(hash);
}

/** Takes the join link out of the address once it has been read, without a history entry. */
function clearAddress(): void {
  if (addressOpensJoin()) {
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}`);
  }
}

/**
 * A team joins a workshop session: its code (typed, or from a join link) and the team's name.
 * Joining switches the game to the session's language and opens its first level; once joined,
 * the screen lists the session's levels and the way out of the workshop.
 */
export class JoinScene extends TableScene<JoinSceneData> {
  protected readonly screenName = 'join';
  protected override readonly backTo = SceneKey.title;
  protected override readonly loadsAsync = true;

  constructor() {
    super(SceneKey.join);
  }

  protected buildPanel(data: JoinSceneData): HTMLElement {
    void this._fill(data);
    return buildLoadingPanel();
  }

  private async _fill(data: JoinSceneData): Promise<void> {
    const [catalog, screen] = await Promise.all([
      loadCatalog(),
      import('../ui/workshop/workshop-screen'),
      loadStrings('workshop'),
    ]);
    if (!this.scene.isActive()) {
      return;
    }
    const code = data.code ?? screen.codeInAddress(window.location.hash);
    clearAddress();
    const levels = new Map<string, Level>(
      catalog.flatMap((entry) => (entry.kind === 'ok' ? [[entry.id, entry.level] as const] : [])),
    );
    const view = new screen.JoinView(levels, screen.teamContext(), code, {
      join: (joinedCode, session, team) => {
        screen.joinWorkshop(joinedCode, team);
        void setLanguage(session.language).then(() => this._play(session.levels[0]));
      },
      play: (levelId) => this._play(levelId),
      leave: () => {
        // A level of the session in progress was played on the session's dice: it ends here.
        const inProgress = app().store.inProgress;
        if (
          inProgress !== undefined &&
          screen.teamContext()?.session.levels.includes(inProgress.levelId) === true
        ) {
          app().store.saveInProgress(undefined);
          endGame();
        }
        screen.leaveWorkshop();
        void this._fill({});
      },
      back: () => this.go(SceneKey.title),
    });
    mountScreen(null, view.root);
    this.markReady(view.root);
  }

  private _play(levelId: string | undefined): void {
    if (levelId !== undefined && this.scene.isActive()) {
      endGame();
      this.go(SceneKey.briefing, { levelId });
    }
  }
}
