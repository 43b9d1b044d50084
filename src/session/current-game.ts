import type { GameState, Level } from '../core';
import { STATUSES } from '../core';
import type { AppStore } from './app-store';
import { playEvents, silence } from './audio-bridge';
import { freshSeed, GameSession, type SavedGame } from './game-session';

let current: GameSession | undefined;

function saver(store: AppStore, levelId: string): (saved: SavedGame) => void {
  return (saved) => store.saveInProgress({ levelId, state: saved });
}

/** The level being played in this visit, if any. */
export function currentGame(): GameSession | undefined {
  return current;
}

/** Starts a level afresh with a new seed (or the given one, e.g. from a workshop code). */
export function startGame(store: AppStore, level: Level, seed = freshSeed()): GameSession {
  current = GameSession.start(level, seed, saver(store, level.id));
  current.on((events) => playEvents(level, events));
  store.saveInProgress({ levelId: level.id, state: { seed, state: current.state } });
  return current;
}

/** Whether an unknown value looks like a saved game this build can continue. */
function isSavedGame(value: unknown, levelId: string): value is SavedGame {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as { seed?: unknown; state?: Partial<GameState> };
  return (
    typeof candidate.seed === 'number' &&
    typeof candidate.state === 'object' &&
    candidate.state.levelId === levelId &&
    (STATUSES as readonly string[]).includes(String(candidate.state.status))
  );
}

/**
 * Continues the saved level in progress. Returns undefined (and forgets it) when the save does
 * not fit the level any more, so a stale save never blocks the game.
 */
export function resumeGame(store: AppStore, level: Level): GameSession | undefined {
  const saved = store.inProgress?.state;
  if (store.inProgress?.levelId !== level.id || !isSavedGame(saved, level.id)) {
    store.saveInProgress(undefined);
    return undefined;
  }
  current = new GameSession(level, saved.seed, saved.state, saver(store, level.id));
  current.on((events) => playEvents(level, events));
  return current;
}

/** Forgets the current game (after its debrief). */
export function endGame(): void {
  current = undefined;
  silence();
}
