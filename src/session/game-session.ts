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

/**
 * What a saved level in progress holds: the seed (for the counterfactual), the state, and the
 * day as the player left it (its clock and the email in the reader). `day` is missing in saves
 * from builds before it was kept: such a day continues paused, at the normal pace.
 */
export interface SavedGame {
  readonly seed: number;
  readonly state: GameState;
  readonly day?: DayClock;
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
 * The day's own state beside the rules': whether it plays itself, at what pace, and which email
 * the reader shows. It belongs to one play and is saved with it: a new game (Play again too)
 * starts paused at the normal pace with the reader empty; a continued one (after Menu or a
 * reload) is as the player left it, running or paused. `waiting` is set when the day paused
 * itself because something new needs the player (core's `attentionNeeded`). `reading` is an
 * email already read (reopening one is the player's, not a rule's, so core does not keep it).
 */
export interface DayClock {
  readonly running: boolean;
  readonly pace: DayPace;
  readonly waiting: boolean;
  readonly reading: string | null;
}

/** What the player sets of the day: running or paused, the pace, the email in the reader. */
export type DayClockChange = Partial<Pick<DayClock, 'running' | 'pace' | 'reading'>>;

/** The day of a new game: paused, at the normal pace, nothing in the reader. */
export const NEW_DAY: DayClock = { running: false, pace: 'normal', waiting: false, reading: null };

function isPace(value: unknown): value is DayPace {
  return typeof value === 'string' && Object.hasOwn(DAY_PACES, value);
}

/**
 * Reads a saved day (anything) against the state it belongs to. What is missing or does not fit
 * falls back to a new day's value, field by field: the day is the player's comfort, not a rule,
 * so an odd value in it never sets the game aside.
 */
function parseDay(value: unknown, state: GameState): DayClock {
  if (typeof value !== 'object' || value === null) {
    return NEW_DAY;
  }
  const { running, pace, waiting, reading } = value as Record<string, unknown>;
  const isRunning = running === true;
  return {
    running: isRunning,
    pace: isPace(pace) ? pace : NEW_DAY.pace,
    waiting: !isRunning && waiting === true,
    reading: typeof reading === 'string' && state.read.includes(reading) ? reading : null,
  };
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
  const { seed, state, day } = value as { seed?: unknown; state?: unknown; day?: unknown };
  const checked = checkStateAgainstLevel(level, state);
  const problems: ResumeProblem[] = [
    ...(Number.isSafeInteger(seed) ? [] : [{ kind: 'bad-seed' } as const]),
    ...(checked.ok ? [] : checked.error),
  ];
  if (problems.length > 0 || !checked.ok) {
    return { ok: false, error: problems };
  }
  return {
    ok: true,
    value: { seed: seed as number, state: checked.value, day: parseDay(day, checked.value) },
  };
}

/**
 * One level being played. Scenes call {@link dispatch} with commands; the session runs core's
 * `step`, keeps the new state, saves it, and tells listeners which events happened. No game rule
 * lives here.
 */
export class GameSession {
  private _state: GameState;
  private readonly _listeners = new Set<Listener>();
  private _clock: DayClock;
  private readonly _logComplete: boolean;

  constructor(
    readonly level: Level,
    readonly seed: number,
    state: GameState | undefined,
    private readonly _save: (saved: SavedGame) => void,
    day: DayClock = NEW_DAY,
  ) {
    this._state = state ?? createGameState(level, { seed });
    this._clock = day;
    this._logComplete = state === undefined || replaysTo(level, seed, state);
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
    const { seed, state, day } = parsed.value;
    return { ok: true, value: new GameSession(level, seed, state, save, day) };
  }

  get state(): GameState {
    return this._state;
  }

  /** Whether the day plays itself, and how fast; see {@link DayClock}. */
  get dayClock(): DayClock {
    return this._clock;
  }

  /**
   * Every command this game accepted, in order. Core's `step` keeps them in the state's `log`,
   * which is saved with the state, so a resumed game has them too; a workshop result code is
   * made from them.
   */
  get commands(): readonly Command[] {
    return this._state.log.map((entry) => entry.command);
  }

  /**
   * True when {@link commands} replays, from this game's seed, to the state it holds: always
   * for a game started in this build, and for a resumed save whose log is whole. False for a
   * resumed save whose log does not lead to its state (from another build, or edited by hand):
   * the game goes on, but no result code can be made from it.
   */
  get commandsComplete(): boolean {
    return this._logComplete;
  }

  /** What is saved of this game now. */
  get saved(): SavedGame {
    return { seed: this.seed, state: this._state, day: this._clock };
  }

  /**
   * Sets the day running or paused, its pace, or the email in the reader, and saves it. The
   * player's own choice of running or pace clears `waiting`; opening an email does not.
   */
  setDayClock(change: DayClockChange): DayClock {
    const clears = change.running !== undefined || change.pace !== undefined;
    this._clock = { ...this._clock, ...change, ...(clears ? { waiting: false } : {}) };
    this._save(this.saved);
    return this._clock;
  }

  /** Pauses the day because something new needs the player, and saves it. */
  waitForPlayer(): DayClock {
    this._clock = { ...this._clock, running: false, waiting: true };
    this._save(this.saved);
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
    this._save(this.saved);
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

/** The parts of a state a replay of its log must reach for the log to be whole. */
function replayKey(state: GameState): string {
  const { status, clock, node, ending, visited, choices, decisions, queue, loadout } = state;
  return JSON.stringify({
    status,
    clock,
    node,
    ending,
    visited,
    choices,
    decisions,
    queue,
    loadout,
  });
}

/**
 * True when the state's log, replayed by `step` from a new game with `seed`, reaches the state.
 * A saved log is only known to be an array (core's state check), so an entry that is no command
 * at all makes it false too.
 */
function replaysTo(level: Level, seed: number, state: GameState): boolean {
  try {
    let replayed = createGameState(level, { seed });
    for (const entry of state.log) {
      const stepped = step(level, replayed, entry.command);
      if (!stepped.ok) {
        return false;
      }
      replayed = stepped.value.state;
    }
    return replayKey(replayed) === replayKey(state);
  } catch {
    return false;
  }
}

/** A seed for a new game, from the browser's cryptographic generator (never Math.random). */
export function freshSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 1;
}
