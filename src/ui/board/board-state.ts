/**
 * What the facilitator's board keeps in the browser: the session it is for, the result codes it
 * accepted (in the order they came in), the notes of the hot wash and the improvement plan. One
 * record per session, so a board reopened for the same session finds its codes and notes again.
 *
 * Only the codes are kept, never what they say: on opening, every code is decoded and replayed
 * again by core, so a stored value cannot slip a result past the check.
 */

/** Format of a stored board; a value of another version is set aside like a corrupt one. */
export const BOARD_STORE_VERSION = 1;

/** The key of the session the board showed last. */
export const BOARD_CURRENT_KEY = 'overseer.board.current';
/** The prefix of a session's board: `overseer.board.session.<code>`. */
export const BOARD_SESSION_PREFIX = 'overseer.board.session.';
/** The prefix of a value set aside because it could not be read: `overseer.board.corrupt.<n>`. */
export const BOARD_CORRUPT_PREFIX = 'overseer.board.corrupt.';

/** The three questions of the hot wash, as the facilitator's notes answer them. */
export interface HotWashNotes {
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly surprises: string;
}

/** The hot wash's fields, in the order the report shows them. */
export const HOT_WASH_FIELDS = [
  'wentWell',
  'wentBadly',
  'surprises',
] as const satisfies readonly (keyof HotWashNotes)[];

/** One row of the improvement plan. */
export interface PlanRow {
  readonly issue: string;
  readonly recommendation: string;
  readonly owner: string;
  /** A date as the facilitator typed it (an `<input type="date">` value, or empty). */
  readonly date: string;
}

/** The improvement plan's columns, in order. */
export const PLAN_FIELDS = [
  'issue',
  'recommendation',
  'owner',
  'date',
] as const satisfies readonly (keyof PlanRow)[];

/** A board as stored: everything the facilitator entered for one session. */
export interface BoardRecord {
  /** The session's code, as core writes it. */
  readonly session: string;
  /** Accepted result codes, oldest first. */
  readonly codes: readonly string[];
  readonly notes: HotWashNotes;
  readonly plan: readonly PlanRow[];
}

/** A board with nothing in it yet. */
export function emptyBoard(session: string): BoardRecord {
  return {
    session,
    codes: [],
    notes: { wentWell: '', wentBadly: '', surprises: '' },
    plan: [],
  };
}

/** An empty improvement-plan row. */
export const EMPTY_PLAN_ROW: PlanRow = { issue: '', recommendation: '', owner: '', date: '' };

/** What reading the store found: a board (or none), and the key a bad value was moved to. */
export interface BoardLoad {
  readonly board: BoardRecord | null;
  /** Set when a stored value could not be read and was set aside under this key. */
  readonly setAside?: string;
}

/** The storage the board uses (localStorage in the page; a map in tests). */
export type BoardStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Reads a stored board's shape; null when anything is off. */
export function parseBoardRecord(value: unknown): BoardRecord | null {
  if (!isRecord(value) || value.version !== BOARD_STORE_VERSION || !isRecord(value.board)) {
    return null;
  }
  const { session, codes, notes, plan } = value.board;
  if (
    !isString(session) ||
    !Array.isArray(codes) ||
    !codes.every(isString) ||
    !isRecord(notes) ||
    !HOT_WASH_FIELDS.every((field) => isString(notes[field])) ||
    !Array.isArray(plan) ||
    !plan.every((row) => isRecord(row) && PLAN_FIELDS.every((field) => isString(row[field])))
  ) {
    return null;
  }
  return {
    session,
    codes: [...codes],
    notes: {
      wentWell: notes.wentWell as string,
      wentBadly: notes.wentBadly as string,
      surprises: notes.surprises as string,
    },
    plan: (plan as Record<string, string>[]).map((row) => ({
      issue: row.issue ?? '',
      recommendation: row.recommendation ?? '',
      owner: row.owner ?? '',
      date: row.date ?? '',
    })),
  };
}

/** The key a session's board is stored under. */
export function boardKey(session: string): string {
  return `${BOARD_SESSION_PREFIX}${session}`;
}

/** Moves an unreadable value to the next free `overseer.board.corrupt.<n>` key; returns it. */
function setAside(storage: BoardStorage, key: string, raw: string): string {
  let slot = 1;
  while (storage.getItem(`${BOARD_CORRUPT_PREFIX}${slot}`) !== null) {
    slot += 1;
  }
  const backup = `${BOARD_CORRUPT_PREFIX}${slot}`;
  storage.setItem(backup, raw);
  storage.removeItem(key);
  return backup;
}

/**
 * Reads the board of a session (or, without one, of the session shown last). A value that does
 * not parse is set aside under a corrupt key and reported; the board then opens empty. Never
 * throws: storage that cannot be read gives no board.
 */
export function loadBoard(storage: BoardStorage, session?: string): BoardLoad {
  try {
    const which = session ?? storage.getItem(BOARD_CURRENT_KEY);
    if (which === null || which === '') {
      return { board: null };
    }
    const key = boardKey(which);
    const raw = storage.getItem(key);
    if (raw === null) {
      return { board: session === undefined ? null : emptyBoard(session) };
    }
    let parsed: BoardRecord | null = null;
    try {
      parsed = parseBoardRecord(JSON.parse(raw) as unknown);
    } catch {
      parsed = null;
    }
    if (parsed === null || parsed.session !== which) {
      const backup = setAside(storage, key, raw);
      return { board: session === undefined ? null : emptyBoard(session), setAside: backup };
    }
    return { board: parsed };
  } catch {
    return { board: session === undefined ? null : emptyBoard(session) };
  }
}

/** Stores a board and remembers its session as the one shown last. False when storage refused. */
export function saveBoard(storage: BoardStorage, board: BoardRecord): boolean {
  try {
    storage.setItem(
      boardKey(board.session),
      JSON.stringify({ version: BOARD_STORE_VERSION, board }),
    );
    storage.setItem(BOARD_CURRENT_KEY, board.session);
    return true;
  } catch {
    return false;
  }
}

/** The page's localStorage, or null where it cannot be used (a locked-down browser). */
export function pageStorage(): BoardStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
