/**
 * How a team's game meets the workshop session it joined: a level of the session starts under the
 * session's budget, cards and dice (core's `levelForSession` and `sessionSeed`), shows the time
 * limit as a countdown, and ends with a result code. The play scenes load this module when a
 * level opens, so none of it weighs on the first screen.
 */
import type { Level } from '../../core';
import { encodeResult, sessionSeed } from '../../core/workshop';
import { loadStrings } from '../../i18n/i18n';
import type { AppStore } from '../../session/app-store';
import { resumeGame, startGame } from '../../session/current-game';
import type { GameSession } from '../../session/game-session';
import {
  levelDeadline,
  markLevelStarted,
  nextSessionLevel,
  sessionPlay,
  teamContext,
  type TeamContext,
} from '../../session/workshop-context';
import { showCountdown } from './countdown';

/**
 * Starts a level afresh, or continues the saved game of it (`resume`). A level of the joined
 * session plays as the session sets it up; a saved game of it that was not played on the
 * session's dice (started before the team joined) is not continued but started anew.
 */
export function openLevel(store: AppStore, level: Level, resume: boolean): GameSession {
  const play = sessionPlay(level);
  if (resume) {
    const resumed = resumeGame(store, play?.level ?? level);
    if (resumed !== undefined && (play === undefined || resumed.seed === play.seed)) {
      return resumed;
    }
  }
  if (play === undefined) {
    return startGame(store, level);
  }
  markLevelStarted(level.id, Date.now());
  return startGame(store, play.level, play.seed);
}

/** The joined session's context when `game` is played under it (its level and its dice). */
export function sessionOfGame(game: GameSession): TeamContext | undefined {
  const context = teamContext();
  if (
    context === undefined ||
    !context.session.levels.includes(game.level.id) ||
    sessionSeed(context.session, game.level.id) !== game.seed
  ) {
    return undefined;
  }
  return context;
}

/**
 * Shows the countdown of the session's time limit while `game` is on screen, when it is a session
 * game with a limit. Resolves to the function that removes it, or undefined when there is none.
 */
export async function countdownFor(game: GameSession): Promise<(() => void) | undefined> {
  if (sessionOfGame(game) === undefined) {
    return undefined;
  }
  const deadline = levelDeadline(game.level.id);
  if (deadline === undefined) {
    return undefined;
  }
  await loadStrings('workshop');
  return showCountdown(deadline, () => Date.now());
}

/** What the debrief of a session level shows: the team, the result code, the next level. */
export interface SessionDebrief {
  readonly team: string;
  /** The result code; null when none can be made (see `problem`). */
  readonly code: string | null;
  /** Why there is no code: an old save's incomplete command log, or core's refusal. */
  readonly problem: 'incomplete-log' | 'refused' | null;
  /** The next level of the session, if there is one. */
  readonly nextLevel: string | undefined;
}

/**
 * The debrief's workshop part for a finished game, or undefined when the game is not a session
 * game. The result code is core's `encodeResult` over every command the game accepted.
 */
export async function sessionDebrief(game: GameSession): Promise<SessionDebrief | undefined> {
  const context = sessionOfGame(game);
  const ending = game.state.ending;
  if (context === undefined || ending === null || ending === undefined) {
    return undefined;
  }
  await loadStrings('workshop');
  const base = { team: context.team, nextLevel: nextSessionLevel(game.level.id) };
  if (!game.commandsComplete) {
    return { ...base, code: null, problem: 'incomplete-log' };
  }
  try {
    const code = encodeResult(
      {
        session: context.session,
        team: context.team,
        levelId: game.level.id,
        commands: game.commands,
        ending,
      },
      game.level,
    );
    return { ...base, code, problem: null };
  } catch {
    return { ...base, code: null, problem: 'refused' };
  }
}
