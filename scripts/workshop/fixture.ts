/**
 * A playthrough fixture played under a workshop session: the fixture's commands (its
 * `advance-until-input` expanded into the `advance-clock` commands it stands for) on the level as
 * the session plays it, from the session's seed for that level instead of the fixture's own.
 */
import type { Command, Level, Result, RuleViolation, Status } from '../../src/core';
import { createGameState, err, ok, step } from '../../src/core';
import type { TeamResult, WorkshopSession } from '../../src/core/workshop';
import { levelForSession, sessionSeed } from '../../src/core/workshop';

/** The part of a fixture file this tool reads (src/core/testing/playthrough.ts has the schema). */
export interface FixtureScript {
  readonly commands: readonly { readonly kind: string }[];
}

/** Why a fixture gives no result under a session. */
export type FixtureProblem =
  | { readonly kind: 'not-a-fixture'; readonly detail: string }
  | {
      readonly kind: 'refused';
      /** The index of the command in the fixture's script. */
      readonly index: number;
      readonly command: string;
      readonly violation: RuleViolation;
    }
  | { readonly kind: 'unfinished'; readonly status: Status };

/** Reads a fixture file's JSON far enough to play it. */
export function readFixture(json: unknown): Result<FixtureScript, FixtureProblem> {
  if (typeof json !== 'object' || json === null || !('commands' in json)) {
    return err({ kind: 'not-a-fixture', detail: 'no "commands" list' });
  }
  const { commands } = json;
  if (
    !Array.isArray(commands) ||
    !commands.every(
      (command: unknown) =>
        typeof command === 'object' &&
        command !== null &&
        typeof (command as { kind?: unknown }).kind === 'string',
    )
  ) {
    return err({ kind: 'not-a-fixture', detail: '"commands" is not a list of commands' });
  }
  return ok({ commands: commands as FixtureScript['commands'] });
}

/**
 * Plays a fixture's script under a session and makes the team's result: every command the game
 * accepted, in order, and the ending reached.
 */
export function fixtureResult(
  level: Level,
  session: WorkshopSession,
  fixture: FixtureScript,
  team: string,
): Result<TeamResult, FixtureProblem> {
  const played = levelForSession(level, session);
  let state = createGameState(played, { seed: sessionSeed(session, level.id) });
  const commands: Command[] = [];
  const apply = (command: Command, index: number): FixtureProblem | null => {
    const stepped = step(played, state, command);
    if (!stepped.ok) {
      return { kind: 'refused', index, command: command.kind, violation: stepped.error };
    }
    state = stepped.value.state;
    commands.push(command);
    return null;
  };
  for (const [index, scripted] of fixture.commands.entries()) {
    if (scripted.kind === 'advance-until-input') {
      while (state.status === 'playing') {
        const problem = apply({ kind: 'advance-clock' }, index);
        if (problem !== null) {
          return err(problem);
        }
      }
      continue;
    }
    const problem = apply(scripted as Command, index);
    if (problem !== null) {
      return err(problem);
    }
  }
  if (state.status !== 'ended' || state.ending === null) {
    return err({ kind: 'unfinished', status: state.status });
  }
  return ok({ session, team, levelId: level.id, commands, ending: state.ending });
}
