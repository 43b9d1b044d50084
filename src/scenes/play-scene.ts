import { app } from '../app';
import type { Level } from '../core';
import { findLevel } from '../levels/level-catalog';
import { currentGame } from '../session/current-game';
import type { GameSession } from '../session/game-session';
import { mountScreen } from '../ui/screen';
import { buildLoadingPanel } from '../ui/screens/level-select-panel';
import { nextTask } from '../ui/yield';
import { SceneKey } from './scene-keys';
import { TableScene } from './table-scene';

/** What a play screen is started with. */
export interface PlayData {
  /** The level to play; absent means the level in progress. */
  readonly levelId?: string;
  /** True to continue the saved game rather than start anew. */
  readonly resume?: boolean;
}

/** The screen that shows a game in a given status. */
export function sceneForStatus(status: string): SceneKey {
  switch (status) {
    case 'briefing':
      return SceneKey.briefing;
    case 'loadout':
      return SceneKey.loadout;
    case 'ended':
      return SceneKey.debrief;
    default:
      return SceneKey.day;
  }
}

/**
 * A screen of a level in play. It finds (or starts, or resumes) the game session, then builds
 * its panel from the session's state. With no playable level it goes back to the level select.
 */
export abstract class PlayScene extends TableScene<PlayData> {
  protected override readonly loadsAsync = true;
  protected session!: GameSession;

  /** Builds the panel once the session is known. */
  protected abstract buildPlayPanel(session: GameSession): HTMLElement;

  protected buildPanel(data: PlayData): HTMLElement {
    void this._open(data);
    return buildLoadingPanel();
  }

  /**
   * Work a screen does before its panel is first built, in the task after the scene started
   * (the debrief works out its counterfactuals here, so that building its panel is a task of its
   * own). The default has none.
   */
  protected prepare(_session: GameSession): Promise<void> | void {}

  /**
   * Builds the panel the first time the screen opens; a screen whose panel is large builds it
   * over several tasks here. The default is {@link buildPlayPanel}.
   */
  protected buildFirstPanel(session: GameSession): HTMLElement | Promise<HTMLElement> {
    return this.buildPlayPanel(session);
  }

  /** Rebuilds the panel from the session's current state (after a command). */
  protected rebuild(): void {
    this._mount(this.buildPlayPanel(this.session));
  }

  private _mount(panel: HTMLElement): void {
    mountScreen(null, panel);
    this.markReady(panel);
  }

  private async _open(data: PlayData): Promise<void> {
    const session = await this._session(data);
    if (!this.scene.isActive()) {
      return;
    }
    if (session === undefined) {
      this.go(SceneKey.levelSelect);
      return;
    }
    this.session = session;
    const wanted = sceneForStatus(session.state.status);
    if (wanted !== this.scene.key) {
      this.go(wanted);
      return;
    }
    // The scene starts inside the table's frame. Built there, the panel would be laid out and
    // painted in that same frame: one long task where a task to build it and a frame to lay it
    // out are two short ones (docs/PERFORMANCE.md, "Long tasks").
    await nextTask();
    if (!this.scene.isActive()) {
      return;
    }
    await this.prepare(session);
    if (!this.scene.isActive()) {
      return;
    }
    const panel = await this.buildFirstPanel(session);
    if (!this.scene.isActive()) {
      return;
    }
    // Put on the page in a task of its own: taking the screen before off the page (a day's
    // inbox, say) costs as much as building the next, and on a slow CPU the two together would
    // be one long task. The screen before stays in view, inert, meanwhile.
    await nextTask();
    if (!this.scene.isActive()) {
      return;
    }
    this._mount(panel);
    if (wanted !== SceneKey.debrief) {
      void this._showCountdown(session);
    }
  }

  /** A workshop level's time limit, as a countdown while the level is on screen. */
  private async _showCountdown(session: GameSession): Promise<void> {
    const { countdownFor } = await import('../ui/workshop/session-play');
    const remove = await countdownFor(session);
    if (remove === undefined) {
      return;
    }
    if (!this.scene.isActive()) {
      remove();
      return;
    }
    this.events.once('shutdown', remove);
  }

  private async _session(data: PlayData): Promise<GameSession | undefined> {
    const store = app().store;
    const levelId = data.levelId ?? store.inProgress?.levelId ?? currentGame()?.level.id;
    if (levelId === undefined) {
      return undefined;
    }
    const existing = currentGame();
    if (existing?.level.id === levelId && data.levelId === undefined) {
      return existing;
    }
    const level: Level | undefined = await findLevel(levelId);
    if (level === undefined) {
      return undefined;
    }
    // A level of a joined workshop session plays on the session's set-up and dice.
    const { openLevel } = await import('../ui/workshop/session-play');
    return openLevel(
      store,
      level,
      data.resume === true || (data.levelId === undefined && store.inProgress?.levelId === levelId),
    );
  }
}
