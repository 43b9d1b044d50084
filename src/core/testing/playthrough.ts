/**
 * Playthrough fixtures (`levels/<id>/playthroughs/*.json`): a seed, a script of commands, the
 * events that must happen in that order, and the ending. One table-driven test runs them all.
 *
 * Besides the engine's commands a script may use `{ "kind": "advance-until-input" }`, a
 * fixture-only shorthand for "advance the clock until the level waits for the player".
 */
import * as v from 'valibot';
import type { Command } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { Played } from './play';
import { advanceUntilInput, playFrom } from './play';
import { createGameState } from '../rules/initial-state';

const PlaythroughSchema = v.strictObject({
  formatVersion: v.literal(1),
  description: v.string(),
  seed: v.union([v.pipe(v.number(), v.integer()), v.string()]),
  commands: v.array(v.looseObject({ kind: v.string() })),
  expectedEvents: v.array(v.string()),
  expectedEnding: v.string(),
});

/** A fixture as its file says. */
export type Playthrough = v.InferOutput<typeof PlaythroughSchema>;

/** Checks a fixture's shape. */
export function parsePlaythrough(json: unknown): Result<Playthrough, string> {
  const parsed = v.safeParse(PlaythroughSchema, json);
  return parsed.success
    ? ok(parsed.output)
    : err(
        parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`).join('; '),
      );
}

/** Plays a fixture's script; throws on a refused command (the test reports it). */
export function runPlaythrough(level: Level, fixture: Playthrough): Played {
  let played: Played = { state: createGameState(level, { seed: fixture.seed }), events: [] };
  for (const command of fixture.commands) {
    const next =
      command.kind === 'advance-until-input'
        ? advanceUntilInput(level, { state: played.state, events: [] })
        : playFrom(level, played.state, [command as unknown as Command]);
    played = { state: next.state, events: [...played.events, ...next.events] };
  }
  return played;
}

/** The expected kinds not found in order in `actual` (empty when all were). */
export function missingInOrder(expected: readonly string[], actual: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const kind of expected) {
    const at = actual.indexOf(kind, from);
    if (at < 0) {
      missing.push(kind);
    } else {
      from = at + 1;
    }
  }
  return missing;
}
