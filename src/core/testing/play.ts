/** Test helpers that play commands through `step` and fail loudly on any refusal. */
import type { LevelFiles } from '../content/parse-level';
import { parseLevel } from '../content/parse-level';
import type { Command } from '../model/command';
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import type { GameState } from '../model/state';
import type { NewGameOptions } from '../rules/initial-state';
import { createGameState } from '../rules/initial-state';
import { step } from '../rules/step';

/** Parses a level or throws with every issue listed. */
export function parseOrThrow(files: LevelFiles): Level {
  const parsed = parseLevel(files);
  if (!parsed.ok) {
    const lines = parsed.error.map(
      (issue) => `${issue.file} ${issue.path}: ${issue.code} ${issue.message}`,
    );
    throw new Error(`Level does not parse:\n${lines.join('\n')}`);
  }
  return parsed.value;
}

/** A state and every event that led to it. */
export interface Played {
  readonly state: GameState;
  readonly events: readonly SimEvent[];
}

/** Applies commands in order from `from`; throws on the first refusal. */
export function playFrom(level: Level, from: GameState, commands: readonly Command[]): Played {
  let state = from;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = step(level, state, command);
    if (!result.ok) {
      throw new Error(`${command.kind} refused: ${result.error.code} ${result.error.message}`);
    }
    state = result.value.state;
    events.push(...result.value.events);
  }
  return { state, events };
}

/** Applies commands from a new game with this seed. */
export function play(level: Level, options: NewGameOptions, commands: readonly Command[]): Played {
  return playFrom(level, createGameState(level, options), commands);
}

/** Advances the clock while the day runs without waiting for the player. */
export function advanceUntilInput(level: Level, from: Played): Played {
  let played = from;
  while (played.state.status === 'playing') {
    const next = playFrom(level, played.state, [{ kind: 'advance-clock' }]);
    played = { state: next.state, events: [...played.events, ...next.events] };
  }
  return played;
}
