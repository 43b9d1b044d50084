/**
 * How result codes join the board: each line is one code, decoded and replayed by core
 * (`decodeResult`, `verifyResult`). An accepted code becomes a row; a refused one keeps its text
 * and its reason. A team that sends a level again replaces its earlier result. Nothing here
 * reads a code or judges a replay itself.
 */
import type { Level } from '../../core';
import {
  type BoardRow,
  decodeResult,
  encodeResult,
  encodeSession,
  type TeamResult,
  verifyResult,
  type WorkshopSession,
} from '../../core/workshop';
import type { RefusalReason } from './board-problems';

/** A result on the board: its code (as core writes it), what it says, and core's row for it. */
export interface BoardEntry {
  readonly code: string;
  readonly result: TeamResult;
  readonly row: BoardRow;
}

/** A code the board did not take, with the reason. */
export interface Refusal {
  readonly code: string;
  readonly reason: RefusalReason;
  /** The level the code is for, when it could be read. */
  readonly levelId?: string;
}

/** The session a board is for: what core decoded and its code as core writes it. */
export interface BoardSession {
  readonly session: WorkshopSession;
  readonly code: string;
}

/** What one code gave: an entry, or a refusal. */
export type CodeCheck =
  | { readonly ok: true; readonly entry: BoardEntry }
  | { readonly ok: false; readonly refusal: Refusal };

/** The lines of a pasted text that hold something (trimmed). */
export function codeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Checks one result code against the board's session: decode, same session, level, replay. */
export function checkCode(code: string, board: BoardSession, levels: readonly Level[]): CodeCheck {
  const levelOf = (id: string): Level | undefined =>
    levels.find((candidate) => candidate.id === id);
  const decoded = decodeResult(code, levelOf);
  if (!decoded.ok) {
    return { ok: false, refusal: { code, reason: decoded.error } };
  }
  const result = decoded.value;
  const resultSession = encodeSession(result.session);
  if (resultSession !== board.code) {
    return {
      ok: false,
      refusal: {
        code,
        reason: { kind: 'wrong-session', code: resultSession },
        levelId: result.levelId,
      },
    };
  }
  const level = levelOf(result.levelId);
  if (level === undefined || !board.session.levels.includes(result.levelId)) {
    return {
      ok: false,
      refusal: {
        code,
        reason: { kind: 'other-level', levelId: result.levelId },
        levelId: result.levelId,
      },
    };
  }
  const verified = verifyResult(result, level);
  if (!verified.ok) {
    return { ok: false, refusal: { code, reason: verified.error, levelId: result.levelId } };
  }
  // Kept as core writes it, so the same result typed another way is the same code.
  return { ok: true, entry: { code: encodeResult(result, level), result, row: verified.value } };
}

/** Two entries are the same team's result for the same level. */
export function sameSlot(a: BoardEntry, b: BoardEntry): boolean {
  return a.row.levelId === b.row.levelId && a.row.team === b.row.team;
}

/** What taking in a batch of codes did. */
export interface Intake {
  /** Every entry on the board afterwards, in the order they arrived. */
  readonly entries: readonly BoardEntry[];
  /** The codes taken in this batch. */
  readonly accepted: readonly BoardEntry[];
  readonly refused: readonly Refusal[];
  /** Entries a newer result of the same team and level replaced. */
  readonly replaced: readonly BoardEntry[];
  /** Codes already on the board, exactly as they are (nothing changes). */
  readonly repeated: readonly BoardEntry[];
}

/**
 * Takes in the codes of a text, one per line, in order. A newer result of a team for a level
 * replaces the older one (listed in `replaced`); the same code again changes nothing.
 */
export function takeIn(
  entries: readonly BoardEntry[],
  codes: readonly string[],
  board: BoardSession,
  levels: readonly Level[],
): Intake {
  let current = [...entries];
  const accepted: BoardEntry[] = [];
  const refused: Refusal[] = [];
  const replaced: BoardEntry[] = [];
  const repeated: BoardEntry[] = [];
  for (const code of codes) {
    const checked = checkCode(code, board, levels);
    if (!checked.ok) {
      refused.push(checked.refusal);
      continue;
    }
    const { entry } = checked;
    const older = current.find((candidate) => sameSlot(candidate, entry));
    if (older !== undefined && older.code === entry.code) {
      repeated.push(older);
      continue;
    }
    if (older !== undefined) {
      replaced.push(older);
      current = current.filter((candidate) => candidate !== older);
    }
    current.push(entry);
    accepted.push(entry);
  }
  return { entries: current, accepted, refused, replaced, repeated };
}
