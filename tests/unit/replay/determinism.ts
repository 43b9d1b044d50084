/**
 * Deterministic replay: the same seed and the same commands give the same events, for every
 * level on disk (levels/<id>/) and core's minimal level, over at least 1 000 seeds each.
 *
 * For each seed a random player (its own PRNG stream, separate from the world's dice) picks
 * commands from `availableCommands` until the level ends. The recorded commands are then
 * replayed twice: once from a new game, once from a save taken half-way (the state through a
 * JSON round trip, as the save layer stores it). All three must emit the same events.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  availableCommands,
  createGameState,
  nextBelow,
  parseLevelFolder,
  seedRng,
  step,
  STREAMS,
  type Command,
  type GameState,
  type Level,
  type RngState,
  type SimEvent,
} from '../../../src/core';
import { minimalLevel } from '../../../src/core/testing/minimal-level';
import { readLevelFolder } from '../../../scripts/validate-levels';

export const SEEDS = 1_000;
/** More commands than any level needs; a run that reaches it is a bug the test reports. */
const MAX_COMMANDS = 2_000;
/** The random player changes its loadout at most this often before it starts the day. */
const MAX_LOADOUT_CHANGES = 4;

export interface NamedLevel {
  readonly name: string;
  /** Parses the level, or throws with every issue listed. */
  readonly load: () => Level;
}

/** Reads and parses one level folder as the game does, through the one loader for a folder. */
function loadLevelFolder(root: string, name: string): Level {
  const parsed = parseLevelFolder(readLevelFolder(join(root, name), resolve('.')));
  if (!parsed.ok) {
    const lines = parsed.error.map((issue) => `${issue.file} ${issue.path}: ${issue.message}`);
    throw new Error(`${root}/${name} does not parse:\n${lines.join('\n')}`);
  }
  return parsed.value;
}

/** Every level folder in levels/ (a folder holding a level.json), in the game's order. */
function levelsOnDisk(root = 'levels'): NamedLevel[] {
  if (!existsSync(root)) {
    return [];
  }
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .filter((name) => existsSync(join(root, name, 'level.json')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => ({ name: `${root}/${name}`, load: () => loadLevelFolder(root, name) }));
}

export const LEVELS: readonly NamedLevel[] = [
  { name: 'minimal-level (core/testing)', load: minimalLevel },
  ...levelsOnDisk(),
];

/** A random pick from a list, drawn from the player's own stream. */
function pick<T>(items: readonly T[], rng: RngState): readonly [T, RngState] {
  const [index, next] = nextBelow(rng, items.length);
  const item = items[index];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return [item, next];
}

/** What the random player does next, or null when the level has ended. */
function chooseCommand(
  level: Level,
  state: GameState,
  rng: RngState,
  loadoutChanges: number,
): readonly [Command, RngState] | null {
  const commands = availableCommands(level, state);
  if (state.status === 'ended' || commands.length === 0) {
    return null;
  }
  if (state.status === 'loadout' && loadoutChanges >= MAX_LOADOUT_CHANGES) {
    return [{ kind: 'start-day' }, rng];
  }
  return pick(commands, rng);
}

interface Recorded {
  readonly commands: readonly Command[];
  readonly events: readonly SimEvent[];
  /** The state after the first half of the commands, through JSON as a save keeps it. */
  readonly savedHalfway: {
    /** How many commands had been played when the state was saved. */
    readonly at: number;
    /** How many events those commands emitted. */
    readonly eventsBefore: number;
    readonly json: string;
  };
}

function applyOrThrow(level: Level, state: GameState, command: Command) {
  const result = step(level, state, command);
  if (!result.ok) {
    throw new Error(`${command.kind} refused: ${result.error.code} ${result.error.message}`);
  }
  return result.value;
}

/** Plays one game with a random player and records its commands and events. */
function playRandomly(level: Level, seed: number): Recorded {
  let state = createGameState(level, { seed });
  let rng = seedRng(seed, STREAMS.strategy);
  const commands: Command[] = [];
  const events: SimEvent[] = [];
  const saves: { json: string; eventsBefore: number }[] = [];
  let loadoutChanges = 0;
  for (;;) {
    saves.push({ json: JSON.stringify(state), eventsBefore: events.length });
    const chosen = chooseCommand(level, state, rng, loadoutChanges);
    if (chosen === null) {
      break;
    }
    const [command, next] = chosen;
    rng = next;
    if (state.status === 'loadout' && command.kind !== 'start-day') {
      loadoutChanges += 1;
    }
    const stepped = applyOrThrow(level, state, command);
    commands.push(command);
    events.push(...stepped.events);
    state = stepped.state;
    if (commands.length > MAX_COMMANDS) {
      throw new Error(`${level.id} seed ${seed}: no ending after ${MAX_COMMANDS} commands`);
    }
  }
  const at = Math.floor(commands.length / 2);
  const save = saves[at];
  if (save === undefined) {
    throw new Error('no state was saved half-way');
  }
  return { commands, events, savedHalfway: { at, ...save } };
}

/** Replays commands from a state and returns the events. */
function replay(level: Level, from: GameState, commands: readonly Command[]): SimEvent[] {
  let state = from;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const stepped = applyOrThrow(level, state, command);
    events.push(...stepped.events);
    state = stepped.state;
  }
  return events;
}

/** What the check found for one level. */
export interface LevelReport {
  readonly name: string;
  /** Set when the level could not be parsed or played at all. */
  readonly error?: string;
  readonly seeds: number;
  /** Seeds whose replay from the start or from the half-way save differed. */
  readonly mismatchedSeeds: readonly number[];
  /** How many different event logs the seeds produced (1 would mean the dice never mattered). */
  readonly distinctGames: number;
  /** Seeds whose recorded commands, replayed with another seed, gave other events. */
  readonly seedSensitive: number;
  readonly milliseconds: number;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Plays and replays one level over `seeds` seeds. */
export function checkLevel(entry: NamedLevel, seeds = SEEDS): LevelReport {
  const started = performance.now();
  const distinct = new Set<string>();
  const mismatchedSeeds: number[] = [];
  let seedSensitive = 0;
  let level: Level;
  try {
    level = entry.load();
  } catch (error) {
    return {
      name: entry.name,
      error: describeError(error),
      seeds: 0,
      mismatchedSeeds,
      distinctGames: 0,
      seedSensitive,
      milliseconds: 0,
    };
  }
  for (let seed = 0; seed < seeds; seed += 1) {
    let recorded: Recorded;
    try {
      recorded = playRandomly(level, seed);
    } catch (error) {
      return {
        name: entry.name,
        error: `seed ${seed}: ${describeError(error)}`,
        seeds: seed,
        mismatchedSeeds,
        distinctGames: distinct.size,
        seedSensitive,
        milliseconds: performance.now() - started,
      };
    }
    const expected = JSON.stringify(recorded.events);
    distinct.add(expected);
    const { at, eventsBefore, json } = recorded.savedHalfway;
    let same: boolean;
    try {
      const fromStart = JSON.stringify(
        replay(level, createGameState(level, { seed }), recorded.commands),
      );
      const fromSave = JSON.stringify(
        replay(level, JSON.parse(json) as GameState, recorded.commands.slice(at)),
      );
      same =
        fromStart === expected && fromSave === JSON.stringify(recorded.events.slice(eventsBefore));
    } catch (_refused) {
      same = false;
    }
    if (!same) {
      mismatchedSeeds.push(seed);
    }
    // The same commands under other dice: they must differ somewhere, or nothing was tested.
    if (seed < 100) {
      try {
        const other = replay(
          level,
          createGameState(level, { seed: seed + 1_000_003 }),
          recorded.commands,
        );
        seedSensitive += JSON.stringify(other) === expected ? 0 : 1;
      } catch (_refused) {
        // Other dice took the day down another branch, where a recorded command is refused.
        seedSensitive += 1;
      }
    }
  }
  return {
    name: entry.name,
    seeds,
    mismatchedSeeds,
    distinctGames: distinct.size,
    seedSensitive,
    milliseconds: performance.now() - started,
  };
}

/** Checks every level; run as a script it prints the reports as JSON. */
export function checkAllLevels(seeds = SEEDS): LevelReport[] {
  return LEVELS.map((entry) => checkLevel(entry, seeds));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(checkAllLevels())}\n`);
}
