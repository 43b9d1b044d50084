import { app } from '../app';
import {
  type Counterfactual,
  counterfactuals,
  debriefFor,
  type GameState,
  isModelName,
  reviewRecord,
} from '../core';
import { loadCatalog } from '../levels/level-catalog';
import { endGame } from '../session/current-game';
import type { GameSession } from '../session/game-session';
import { buildDebriefPanel, type WorkshopDebrief } from '../ui/screens/debrief-panel';
import { el } from '../ui/dom';
import { nextTask } from '../ui/yield';
import { PlayScene } from './play-scene';
import { SceneKey } from './scene-keys';

/** The debrief of a finished level; finishing it records the level and its badge. */
export class DebriefScene extends PlayScene {
  protected readonly screenName = 'debrief';
  protected override readonly backTo = SceneKey.levelSelect;
  private _nextLevel: string | undefined;
  /** The result code's part when the game was played in a workshop session. */
  private _workshop: WorkshopDebrief | undefined;
  private _workshopAsked = false;
  /** "One card more or less", worked out once per ending: the panel is rebuilt as more is known. */
  private _counterfactuals: { state: GameState; results: readonly Counterfactual[] } | undefined;

  constructor() {
    super(SceneKey.debrief);
  }

  override create(data: object): void {
    this._nextLevel = undefined;
    this._workshop = undefined;
    this._workshopAsked = false;
    this._counterfactuals = undefined;
    super.create(data);
  }

  /**
   * Records the ending, finds the level after this one, and works out the counterfactuals, each
   * before the panel is built: the counterfactuals replay the level several times, and with the
   * building in the same task a slow CPU made one long task of both.
   */
  protected override async prepare(session: GameSession): Promise<void> {
    const { level, state } = session;
    const content = debriefFor(level, state);
    if (content === undefined) {
      return;
    }
    const { store } = app();
    store.completeLevel(level.id, content.ending.debrief.badgeKey);
    store.recordReview(`${level.id}:${String(session.seed)}`, reviewRecord(state));
    await this._findNext(level.id);
    this._counterfactualsOf(session);
    // The panel is built in the next task.
    await nextTask();
  }

  protected buildPlayPanel(session: GameSession): HTMLElement {
    const { level, state } = session;
    const content = debriefFor(level, state);
    if (content === undefined) {
      return el('p', { text: { key: 'day.ended' } });
    }
    const { store } = app();
    void this._findWorkshop(session);
    const results = this._counterfactualsOf(session);
    return buildDebriefPanel(
      level,
      state,
      content,
      results,
      {
        replay: () => {
          endGame();
          this.go(SceneKey.briefing, { levelId: level.id });
        },
        levels: () => {
          endGame();
          this.go(SceneKey.levelSelect);
        },
        lab: isModelName(state.loadout.model)
          ? () => {
              const model = state.loadout.model;
              const { defenses } = state.loadout;
              // The Lab's rules load with the Lab, not with the campaign.
              void import('../ui/lab/lab-screen').then(
                ({ labSetupForLevel, DEFAULT_LAB_SETUP }) => {
                  if (isModelName(model) && this.scene.isActive()) {
                    const setup = labSetupForLevel(level, model, defenses, DEFAULT_LAB_SETUP);
                    endGame();
                    this.go(SceneKey.lab, { setup });
                  }
                },
              );
            }
          : undefined,
        // In a workshop the session, not the campaign, says which level comes next.
        next:
          this._nextLevel === undefined || this._workshop !== undefined
            ? undefined
            : () => {
                endGame();
                this.go(SceneKey.briefing, { levelId: this._nextLevel });
              },
      },
      store.reviewRecord,
      this._workshop,
    );
  }

  /** Asks once whether the game was played in a workshop session; if so, shows its result code. */
  private async _findWorkshop(game: GameSession): Promise<void> {
    if (this._workshopAsked) {
      return;
    }
    this._workshopAsked = true;
    const { sessionDebrief } = await import('../ui/workshop/session-play');
    const part = await sessionDebrief(game);
    // In a task of its own: not in the one that built the debrief first.
    await nextTask();
    if (part === undefined || !this.scene.isActive()) {
      return;
    }
    const { nextLevel } = part;
    this._workshop = {
      team: part.team,
      code: part.code,
      problem: part.problem,
      next:
        nextLevel === undefined
          ? undefined
          : () => {
              endGame();
              this.go(SceneKey.briefing, { levelId: nextLevel });
            },
    };
    this.rebuild();
  }

  /** "One card more or less" for this ending, worked out once (in `prepare`) and kept. */
  private _counterfactualsOf({ level, state, seed }: GameSession): readonly Counterfactual[] {
    if (this._counterfactuals?.state !== state) {
      const results = counterfactuals(level, state, seed, app().store.reviewRecord);
      this._counterfactuals = { state, results };
    }
    return this._counterfactuals.results;
  }

  /** The level after this one in the campaign, if any. */
  private async _findNext(levelId: string): Promise<void> {
    const catalog = await loadCatalog();
    const index = catalog.findIndex((entry) => entry.id === levelId);
    const next = catalog[index + 1];
    this._nextLevel = next?.kind === 'ok' ? next.id : undefined;
  }
}
