/** A level's state before the briefing is read. */
import type { AssumptionValues } from '../odds/assumptions';
import { DEFAULT_ASSUMPTIONS } from '../odds/assumptions';
import type { Level } from '../model/level';
import type { GameState, Reviewer } from '../model/state';
import { GAME_STATE_VERSION } from '../model/state';
import type { RngSeed } from '../rng';
import { STREAMS, seedRng } from '../rng';

/** Options of {@link createGameState}. */
export interface NewGameOptions {
  /** Fixes every draw of the level: same seed and same commands give the same game. */
  readonly seed: RngSeed;
  /**
   * Game-design assumptions (monitor rates, …), kept in the state so a replay uses the same.
   * @defaultValue the odds core's `DEFAULT_ASSUMPTIONS`
   */
  readonly assumptions?: AssumptionValues;
  /**
   * Who decides the approval queue.
   * @defaultValue `'player'`
   */
  readonly reviewer?: Reviewer;
}

/** The state at the briefing, with the level's default loadout and no defenses deployed. */
export function createGameState(level: Level, options: NewGameOptions): GameState {
  return {
    stateVersion: GAME_STATE_VERSION,
    levelId: level.id,
    status: 'briefing',
    loadout: {
      model: level.loadout.defaultModel,
      goalFraming: level.loadout.defaultGoalFraming,
      defenses: [],
    },
    clock: 0,
    node: null,
    cursor: 0,
    delivered: [],
    read: [],
    visited: [],
    choices: {},
    decisions: {},
    pending: null,
    reviewer: options.reviewer ?? 'player',
    queue: [],
    ending: null,
    rng: { world: seedRng(options.seed, STREAMS.world) },
    assumptions: options.assumptions ?? DEFAULT_ASSUMPTIONS,
    log: [],
  };
}
