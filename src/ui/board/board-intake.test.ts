import { describe, expect, it } from 'vitest';
import {
  availableCommands,
  type Command,
  createGameState,
  type Level,
  parseLevelFolder,
  step,
} from '../../core';
import {
  encodeResult,
  encodeSession,
  levelForSession,
  newSession,
  sessionSeed,
  type WorkshopSession,
} from '../../core/workshop';
import { readLevelFolder } from '../../../scripts/validate-levels';
import { codeLines, takeIn } from './board-intake';

const LEVEL_ID = '0-first-day';

function loadLevel(): Level {
  const parsed = parseLevelFolder(readLevelFolder(`levels/${LEVEL_ID}`));
  if (!parsed.ok) {
    throw new Error('the level does not parse');
  }
  return parsed.value;
}

/** A team's result code: its cards, then the first thing on offer until the day ends. */
function teamCode(session: WorkshopSession, level: Level, team: string, cards: string[]): string {
  const played = levelForSession(level, session);
  let state = createGameState(played, { seed: sessionSeed(session, level.id) });
  const commands: Command[] = [];
  const apply = (command: Command): void => {
    const stepped = step(played, state, command);
    if (!stepped.ok) {
      throw new Error(stepped.error.code);
    }
    state = stepped.value.state;
    commands.push(command);
  };
  apply({ kind: 'open-loadout' });
  cards.forEach((defense) => apply({ kind: 'toggle-defense', defense } as Command));
  apply({ kind: 'start-day' });
  while (state.ending === null) {
    const offered = availableCommands(played, state).filter((c) => c.kind !== 'open-email');
    const next = offered.find((c) => c.kind === 'advance-clock') ?? offered[0];
    if (next === undefined) {
      throw new Error('stuck');
    }
    apply(next);
  }
  return encodeResult({ session, team, levelId: level.id, commands, ending: state.ending }, level);
}

const level = loadLevel();
const session = newSession({ seed: 77, levels: [LEVEL_ID] });
const board = { session, code: encodeSession(session) };
const card = level.loadout.defenses[0]?.id ?? 'prohibition';

describe('taking result codes onto the board', () => {
  it('replaces a team’s older result for a level, and takes the same code twice only once', () => {
    const first = teamCode(session, level, 'Ravens', []);
    const second = teamCode(session, level, 'Ravens', [card]);
    const other = teamCode(session, level, 'Owls', []);
    const once = takeIn([], codeLines(`${first}\n\n${other}\n`), board, [level]);
    expect(once.accepted.map((entry) => entry.row.team)).toEqual(['Ravens', 'Owls']);
    const again = takeIn(once.entries, [second, other.toLowerCase()], board, [level]);
    expect(again.replaced.map((entry) => entry.code)).toEqual([first]);
    expect(again.repeated.map((entry) => entry.row.team)).toEqual(['Owls']);
    expect(again.entries.map((entry) => [entry.row.team, entry.row.defenses])).toEqual([
      ['Owls', []],
      ['Ravens', [card]],
    ]);
  });

  it('refuses a result of another session and keeps the rest', () => {
    const elsewhere = newSession({ seed: 78, levels: [LEVEL_ID] });
    const foreign = teamCode(elsewhere, level, 'Foxes', []);
    const ours = teamCode(session, level, 'Owls', []);
    const intake = takeIn([], [foreign, ours], board, [level]);
    expect(intake.entries.map((entry) => entry.row.team)).toEqual(['Owls']);
    expect(intake.refused).toEqual([
      {
        code: foreign,
        reason: { kind: 'wrong-session', code: encodeSession(elsewhere) },
        levelId: LEVEL_ID,
      },
    ]);
  });
});
