import type { Level } from '../core';
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
  store.saveInProgress({ levelId: level.id, state: current.saved });
  return current;
}

/**
 * Continues the saved level in progress. A saved game of another level is forgotten. A saved
 * game of this level that does not fit it (an older build's, or one edited by hand: see core's
 * `checkStateAgainstLevel`) is set aside with a notice (the stored save is kept under a corrupt
 * key). Either way this returns undefined and the caller starts the level afresh; it never throws.
 */
export function resumeGame(store: AppStore, level: Level): GameSession | undefined {
  const inProgress = store.inProgress;
  if (inProgress?.levelId !== level.id) {
    store.saveInProgress(undefined);
    return undefined;
  }
  const resumed = GameSession.resume(level, inProgress.state, saver(store, level.id));
  if (!resumed.ok) {
    store.setAsideInProgress();
    return undefined;
  }
  current = resumed.value;
  current.on((events) => playEvents(level, events));
  return current;
}

/** Forgets the current game (after its debrief). */
export function endGame(): void {
  current = undefined;
  silence();
}
