import {
  availableCommands,
  checkStateAgainstLevel,
  type Command,
  createGameState,
  type GameState,
  type Level,
  type Result,
  type RuleViolation,
  type SimEvent,
  type StateProblem,
  step,
} from '../core';

/** What a saved level in progress holds: the seed (for the counterfactual) and the state. */
export interface SavedGame {
  readonly seed: number;
  readonly state: GameState;
}

type Listener = (events: readonly SimEvent[], state: GameState) => void;

/** How fast the day plays itself when it is not paused. */
export type DayPace = 'slow' | 'normal' | 'fast';

/** The paces, slowest first, with the time between two steps of the day. */
export const DAY_PACES: Readonly<Record<DayPace, number>> = {
  slow: 4000,
  normal: 2400,
  fast: 1200,
};

/**
 * Whether the day plays itself, and at what pace. It belongs to one play: a new game starts
 * paused at the normal pace, a continued one (after a reload) starts paused as well, so a reload
 * never sets the day running. `waiting` is set when the day paused itself because something new
 * needs the player (core's `attentionNeeded`).
 */
export interface DayClock {
  readonly running: boolean;
  readonly pace: DayPace;
  readonly waiting: boolean;
}

/** Why a saved game cannot continue its level: its seed, or the problems core found in its state. */
export type ResumeProblem = { readonly kind: 'bad-seed' } | StateProblem;

/**
 * Reads a saved game (a value from storage, so anything) for `level`: a whole-number seed and a
 * state that core's `checkStateAgainstLevel` accepts. Never throws.
 */
export function parseSavedGame(level: Level, value: unknown): Result<SavedGame, ResumeProblem[]> {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, error: [{ kind: 'not-an-object' }] };
  }
  const { seed, state } = value as { seed?: unknown; state?: unknown };
  const checked = checkStateAgainstLevel(level, state);
  const problems: ResumeProblem[] = [
    ...(Number.isSafeInteger(seed) ? [] : [{ kind: 'bad-seed' } as const]),
    ...(checked.ok ? [] : checked.error),
  ];
  if (problems.length > 0 || !checked.ok) {
    return { ok: false, error: problems };
  }
  return { ok: true, value: { seed: seed as number, state: checked.value } };
}

/**
 * One level being played. Scenes call {@link dispatch} with commands; the session runs core's
 * `step`, keeps the new state, saves it, and tells listeners which events happened. No game rule
 * lives here.
 */
export class GameSession {
  private _state: GameState;
  private readonly _listeners = new Set<Listener>();
  private _clock: DayClock = { running: false, pace: 'normal', waiting: false };

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

  /**
   * Continues a saved game of `level`, checked first by {@link parseSavedGame}: a save from an
   * older build or edited by hand is refused with its problems, never half-used.
   */
  static resume(
    level: Level,
    saved: unknown,
    save: (saved: SavedGame) => void,
  ): Result<GameSession, ResumeProblem[]> {
    const parsed = parseSavedGame(level, saved);
    if (!parsed.ok) {
      return parsed;
    }
    return { ok: true, value: new GameSession(level, parsed.value.seed, parsed.value.state, save) };
  }

  get state(): GameState {
    return this._state;
  }

  /** Whether the day plays itself, and how fast; see {@link DayClock}. */
  get dayClock(): DayClock {
    return this._clock;
  }

  /** Sets the day running or paused, or its pace; the player's own choice clears `waiting`. */
  setDayClock(change: Partial<Pick<DayClock, 'running' | 'pace'>>): DayClock {
    this._clock = { ...this._clock, ...change, waiting: false };
    return this._clock;
  }

  /** Pauses the day because something new needs the player. */
  waitForPlayer(): DayClock {
    this._clock = { ...this._clock, running: false, waiting: true };
    return this._clock;
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
