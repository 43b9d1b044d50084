/**
 * A team's result: the session, the team's name, the level, every command its game accepted and
 * the ending it reached, as a result code. The code holds the commands as indices into the
 * level's own lists (models, framings, emails, options, queue items), so it is short and needs
 * the level to be read; the facilitator's board replays it (verify.ts).
 */
import type { Command } from '../model/command';
import { FLAG_RESPONSES } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import { DEFENSES, REVIEW_VERDICTS } from '../model/vocabulary';
import { agentItemId } from '../rules/queue';
import type { CodeProblem } from './problems';
import type { WorkshopSession } from './session';
import { CAMPAIGN_LEVEL_IDS, readSessionFields, writeSessionFields } from './session';
import { closeCode, headerSymbol, openCode } from './frame';
import { utf8Bytes, utf8Text } from '../rng/utf8';
import { BitReader, BitWriter, bitsFor, CodeEnded } from './symbols';

/** The longest team name, in characters (code points). */
export const MAX_TEAM_NAME = 24;

/** What a team sends the facilitator after finishing one level. */
export interface TeamResult {
  readonly session: WorkshopSession;
  /** 1..24 characters, trimmed, any script. */
  readonly team: string;
  readonly levelId: string;
  /** Every command the team's game accepted, in order. */
  readonly commands: readonly Command[];
  /** The ending node id the team reached. */
  readonly ending: string;
}

/** A team name as codes keep it: trimmed; null when it is empty or longer than 24 characters. */
export function teamName(text: string): string | null {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  return length >= 1 && length <= MAX_TEAM_NAME ? trimmed : null;
}

/** The command kinds in code order; the next value ends the list. */
const COMMAND_KINDS = [
  'open-loadout',
  'select-model',
  'select-goal-framing',
  'toggle-defense',
  'set-loadout',
  'start-day',
  'advance-clock',
  'open-email',
  'choose-option',
  'approve-action',
  'hold-action',
  'review-item',
  'act-on-flag',
] as const satisfies readonly Command['kind'][];
const KIND_BITS = 4;
const END_OF_COMMANDS = COMMAND_KINDS.length;
const TEAM_BYTES_BITS = 7;

/** The level's lists a command's indices point into. */
interface LevelLists {
  readonly models: readonly string[];
  readonly framings: readonly string[];
  readonly emails: readonly string[];
  readonly options: readonly string[];
  readonly items: readonly string[];
  readonly endings: readonly string[];
}

/**
 * The lists of a level in code order: models and framings as the loadout offers them, emails and
 * options sorted by id, queue items as the workload lists them and then each decision's agent
 * item in file order, endings in file order. A session changes none of them.
 */
function levelLists(level: Level): LevelLists {
  const nodes = level.nodeOrder.flatMap((id) => level.nodes[id] ?? []);
  const options = new Set(
    nodes.flatMap((node) =>
      node.kind === 'choice' ? node.options.map((option) => option.id) : [],
    ),
  );
  return {
    models: level.loadout.models,
    framings: level.loadout.goalFramings.map((framing) => framing.id),
    emails: Object.keys(level.emails).sort(),
    options: [...options].sort(),
    items: [
      ...level.workload.items.map((item) => item.id),
      ...nodes.flatMap((node) => (node.kind === 'decision' ? [agentItemId(node.id)] : [])),
    ],
    endings: nodes.flatMap((node) => (node.kind === 'ending' ? [node.id] : [])),
  };
}

/** Writes the index of `value` in `list`; a value not in it cannot be coded. */
function writeIndex(writer: BitWriter, list: readonly string[], value: string, what: string): void {
  const index = list.indexOf(value);
  if (index < 0) {
    throw new RangeError(`encodeResult: ${what} ${JSON.stringify(value)} is not in the level`);
  }
  writer.write(index, bitsFor(list.length));
}

function writeCommand(writer: BitWriter, lists: LevelLists, command: Command): void {
  writer.write(COMMAND_KINDS.indexOf(command.kind), KIND_BITS);
  switch (command.kind) {
    case 'select-model':
      return writeIndex(writer, lists.models, command.model, 'model');
    case 'select-goal-framing':
      return writeIndex(writer, lists.framings, command.framing, 'framing');
    case 'toggle-defense':
      return writeIndex(writer, DEFENSES, command.defense, 'defense');
    case 'set-loadout':
      writeIndex(writer, lists.models, command.loadout.model, 'model');
      writeIndex(writer, lists.framings, command.loadout.goalFraming, 'framing');
      writer.write(command.loadout.defenses.length, bitsFor(DEFENSES.length + 1));
      command.loadout.defenses.forEach((card) => writeIndex(writer, DEFENSES, card, 'defense'));
      return;
    case 'open-email':
      return writeIndex(writer, lists.emails, command.email, 'email');
    case 'choose-option':
      return writeIndex(writer, lists.options, command.option, 'option');
    case 'review-item':
      writeIndex(writer, lists.items, command.item, 'queue item');
      return writeIndex(writer, REVIEW_VERDICTS, command.verdict, 'verdict');
    case 'act-on-flag':
      return writeIndex(writer, FLAG_RESPONSES, command.response, 'flag response');
    default:
      return;
  }
}

/**
 * The result code: header, the session's fields, the team's name (UTF-8 behind its byte count),
 * the level's index in the campaign, the commands (runs of `advance-clock` as one entry with a
 * count), an end mark, the ending's index, and a CRC-32 in seven symbols.
 * @throws RangeError when the result cannot be coded: a bad team name, a level outside the
 *   session, or a command naming something the level does not have.
 */
export function encodeResult(result: TeamResult, level: Level): string {
  const team = teamName(result.team);
  if (team === null) {
    throw new RangeError('encodeResult: a team name has 1 to 24 characters');
  }
  const levelIndex = CAMPAIGN_LEVEL_IDS.indexOf(result.levelId);
  if (levelIndex < 0 || !result.session.levels.includes(result.levelId)) {
    throw new RangeError(`encodeResult: ${result.levelId} is not a level of the session`);
  }
  if (level.id !== result.levelId) {
    throw new RangeError(`encodeResult: the level given is ${level.id}, not ${result.levelId}`);
  }
  const lists = levelLists(level);
  const writer = new BitWriter();
  writer.write(headerSymbol('result'), 5);
  writeSessionFields(writer, result.session);
  const bytes = utf8Bytes(team);
  writer.write(bytes.length, TEAM_BYTES_BITS);
  bytes.forEach((byte) => writer.write(byte, 8));
  writer.write(levelIndex, bitsFor(CAMPAIGN_LEVEL_IDS.length));
  const commands = result.commands;
  for (let at = 0; at < commands.length; at += 1) {
    const command = commands[at] as Command;
    writeCommand(writer, lists, command);
    if (command.kind === 'advance-clock') {
      let run = 1;
      while (commands[at + run]?.kind === 'advance-clock') {
        run += 1;
      }
      writer.writeVarint(run - 1);
      at += run - 1;
    }
  }
  writer.write(END_OF_COMMANDS, KIND_BITS);
  writeIndex(writer, lists.endings, result.ending, 'ending');
  return closeCode('result', writer.symbols());
}

/** Reads an index into `list`; an index past its end is malformed. */
function readIndex<T>(reader: BitReader, list: readonly T[], what: string): T {
  const value = list[reader.read(bitsFor(list.length))];
  if (value === undefined) {
    throw new Malformed(`no such ${what}`);
  }
  return value;
}

class Malformed extends Error {}

function readCommand(reader: BitReader, lists: LevelLists, kind: Command['kind']): Command {
  switch (kind) {
    case 'select-model':
      return { kind, model: readIndex(reader, lists.models, 'model') };
    case 'select-goal-framing':
      return { kind, framing: readIndex(reader, lists.framings, 'framing') };
    case 'toggle-defense':
      return { kind, defense: readIndex(reader, DEFENSES, 'defense') };
    case 'set-loadout': {
      const model = readIndex(reader, lists.models, 'model');
      const goalFraming = readIndex(reader, lists.framings, 'framing');
      const count = reader.read(bitsFor(DEFENSES.length + 1));
      const defenses = Array.from({ length: count }, () => readIndex(reader, DEFENSES, 'defense'));
      return { kind, loadout: { model, goalFraming, defenses } };
    }
    case 'open-email':
      return { kind, email: readIndex(reader, lists.emails, 'email') };
    case 'choose-option':
      return { kind, option: readIndex(reader, lists.options, 'option') };
    case 'review-item':
      return {
        kind,
        item: readIndex(reader, lists.items, 'queue item'),
        verdict: readIndex(reader, REVIEW_VERDICTS, 'verdict'),
      };
    case 'act-on-flag':
      return { kind, response: readIndex(reader, FLAG_RESPONSES, 'flag response') };
    default:
      return { kind };
  }
}

/**
 * Reads a result code as typed. `levelOf` gives the level of an id (the code names it by its
 * campaign index); a level the reader does not have is `malformed`.
 */
export function decodeResult(
  code: string,
  levelOf: (id: string) => Level | undefined,
): Result<TeamResult, CodeProblem> {
  const opened = openCode(code, 'result');
  if (!opened.ok) {
    return opened;
  }
  const reader = new BitReader(opened.value);
  try {
    const session = readSessionFields(reader);
    if (!session.ok) {
      return session;
    }
    const bytes = Array.from({ length: reader.read(TEAM_BYTES_BITS) }, () => reader.read(8));
    const text = utf8Text(bytes);
    const team = text === null ? null : teamName(text);
    if (team === null || team !== text) {
      return err({ kind: 'malformed', detail: 'the team name' });
    }
    const levelId = readIndex(reader, CAMPAIGN_LEVEL_IDS, 'level');
    if (!session.value.levels.includes(levelId)) {
      return err({ kind: 'malformed', detail: `${levelId} is not a level of the session` });
    }
    const level = levelOf(levelId);
    if (level === undefined) {
      return err({ kind: 'malformed', detail: `unknown level ${levelId}` });
    }
    const lists = levelLists(level);
    const commands: Command[] = [];
    for (;;) {
      const kind = reader.read(KIND_BITS);
      if (kind === END_OF_COMMANDS) {
        break;
      }
      const commandKind = COMMAND_KINDS[kind];
      if (commandKind === undefined) {
        return err({ kind: 'malformed', detail: 'unknown command' });
      }
      const command = readCommand(reader, lists, commandKind);
      const repeat = command.kind === 'advance-clock' ? 1 + reader.readVarint() : 1;
      for (let count = 0; count < repeat; count += 1) {
        commands.push(command);
      }
    }
    const ending = readIndex(reader, lists.endings, 'ending');
    if (!reader.atPaddedEnd()) {
      return err({ kind: 'malformed', detail: 'more after the ending' });
    }
    return ok({ session: session.value, team, levelId, commands, ending });
  } catch (error) {
    if (error instanceof CodeEnded || error instanceof Malformed) {
      return err({ kind: 'malformed', detail: error.message });
    }
    throw error;
  }
}
