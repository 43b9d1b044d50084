import {
  availableCommands,
  type Command,
  createGameState,
  type GameState,
  type Level,
  type Result,
  type RuleViolation,
  type SimEvent,
  step,
} from '../core';

/** What a saved level in progress holds: the seed (for the counterfactual) and the state. */
export interface SavedGame {
  readonly seed: number;
  readonly state: GameState;
}

type Listener = (events: readonly SimEvent[], state: GameState) => void;

/**
 * One level being played. Scenes call {@link dispatch} with commands; the session runs core's
 * `step`, keeps the new state, saves it, and tells listeners which events happened. No game rule
 * lives here.
 */
export class GameSession {
  private _state: GameState;
  private readonly _listeners = new Set<Listener>();

  constructor(
    readonly level: Level,
    readonly seed: number,
    state: GameState | undefined,
    private readonly _save: (saved: SavedGame) => void,
  ) {
    this._state = state ?? createGameState(level, { seed });
  }

  /** A new game of a level with a fresh seed. */
  static start(level: Level, seed: number, save: (saved: SavedGame) => void): GameSession {
    return new GameSession(level, seed, undefined, save);
  }

  get state(): GameState {
    return this._state;
  }

  /** The commands the rules accept now. */
  availableCommands(): Command[] {
    return availableCommands(this.level, this._state);
  }

  /** Applies a command; on success the listeners hear the events and the game is saved. */
  dispatch(command: Command): Result<readonly SimEvent[], RuleViolation> {
    const stepped = step(this.level, this._state, command);
    if (!stepped.ok) {
      return stepped;
    }
    this._state = stepped.value.state;
    this._save({ seed: this.seed, state: this._state });
    for (const listener of this._listeners) {
      listener(stepped.value.events, this._state);
    }
    return { ok: true, value: stepped.value.events };
  }

  /** Subscribes to events; returns the function that unsubscribes (call it on scene shutdown). */
  on(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }
}

/** A seed for a new game, from the browser's cryptographic generator (never Math.random). */
export function freshSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 1;
}
