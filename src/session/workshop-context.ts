import { DEFENSES, type DefenseId, isLanguage, type Language, type Level } from '../core';
import {
  decodeSession,
  levelForSession,
  MAX_SESSION_MINUTES,
  sessionSeed,
  teamName,
  type WorkshopSession,
} from '../core/workshop';
import type { StorageLike } from './storage';

/**
 * What the browser remembers of a workshop, beside the save: the facilitator's set-up on the
 * workshop screen, and the session a team joined (its code, the team's name and when it started
 * each level, for the time limit). Each lives under its own key; a value this build cannot read
 * is set aside under `<key>.corrupt.<n>` (never deleted, never overwritten) and the screen starts
 * afresh. Nothing here throws: storage that is blocked or full only means nothing is kept.
 */

/** The localStorage key of the facilitator's set-up. */
export const WORKSHOP_SETUP_KEY = 'overseer.workshop.setup';
/** The localStorage key of the session this browser's team joined. */
export const WORKSHOP_TEAM_KEY = 'overseer.workshop.team';

/** Where this module reads and writes; tests hand in their own. */
export interface WorkshopStorageOptions {
  readonly storage?: StorageLike | undefined;
}

/**
 * The facilitator's set-up as edited on the workshop screen: the fields of a session, which
 * core's `newSession` checks before it becomes a code (it may have no level chosen yet).
 */
export interface WorkshopDraft {
  readonly levels: readonly string[];
  readonly seed: number;
  readonly budget: number | null;
  readonly cards: readonly DefenseId[] | null;
  readonly language: Language;
  readonly minutes: number | null;
}

/** A team in a workshop: the session (decoded from its code) and the team's name. */
export interface TeamContext {
  /** The session code as the team entered it, in core's canonical spelling. */
  readonly code: string;
  readonly session: WorkshopSession;
  readonly team: string;
  /** When the team first started each level of the session (ms since 1970), for the time limit. */
  readonly started: Readonly<Record<string, number>>;
}

function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function storageOf(options: WorkshopStorageOptions): StorageLike | undefined {
  return 'storage' in options ? options.storage : browserStorage();
}

function read(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | undefined, key: string, value: string | null): void {
  try {
    if (value === null) {
      storage?.removeItem(key);
    } else {
      storage?.setItem(key, value);
    }
  } catch {
    // Blocked or full: the workshop goes on from memory for this visit.
  }
}

/** The most backups of one key kept; past it the value is dropped rather than piling up. */
const MAX_BACKUPS = 20;

/**
 * Keeps an unreadable value under the first free `<key>.corrupt.<n>` and clears the key.
 * @returns the backup key, or undefined when none was free or storage refused.
 */
function setAside(storage: StorageLike | undefined, key: string, raw: string): string | undefined {
  let backup: string | undefined;
  for (let n = 1; n <= MAX_BACKUPS && backup === undefined; n += 1) {
    const candidate = `${key}.corrupt.${String(n)}`;
    if (read(storage, candidate) === null) {
      write(storage, candidate, raw);
      backup = read(storage, candidate) === raw ? candidate : undefined;
      if (backup === undefined) {
        break;
      }
    }
  }
  write(storage, key, null);
  return backup;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUint32(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isDefenseId(value: unknown): value is DefenseId {
  return typeof value === 'string' && (DEFENSES as readonly string[]).includes(value);
}

/** Reads a stored set-up (anything) field by field; undefined when any field is not a set-up's. */
export function parseWorkshopDraft(value: unknown): WorkshopDraft | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { levels, seed, budget, cards, language, minutes } = value;
  const budgetOk = budget === null || (Number.isInteger(budget) && (budget as number) >= 0);
  const cardsOk = cards === null || (Array.isArray(cards) && cards.every(isDefenseId));
  const minutesOk =
    minutes === null ||
    (Number.isInteger(minutes) &&
      (minutes as number) >= 1 &&
      (minutes as number) <= MAX_SESSION_MINUTES);
  if (
    !isStringList(levels) ||
    !isUint32(seed) ||
    !budgetOk ||
    !cardsOk ||
    !isLanguage(language) ||
    !minutesOk
  ) {
    return undefined;
  }
  return {
    levels: [...levels],
    seed,
    budget: budget as number | null,
    cards: cards === null ? null : [...cards],
    language,
    minutes: minutes as number | null,
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The facilitator's last set-up, or undefined (none, or an unreadable one, now set aside). */
export function loadWorkshopDraft(options: WorkshopStorageOptions = {}): WorkshopDraft | undefined {
  const storage = storageOf(options);
  const raw = read(storage, WORKSHOP_SETUP_KEY);
  if (raw === null) {
    return undefined;
  }
  const draft = parseWorkshopDraft(parseJson(raw));
  if (draft === undefined) {
    setAside(storage, WORKSHOP_SETUP_KEY, raw);
  }
  return draft;
}

/** Keeps the facilitator's set-up for the next visit. */
export function saveWorkshopDraft(
  draft: WorkshopDraft,
  options: WorkshopStorageOptions = {},
): void {
  write(storageOf(options), WORKSHOP_SETUP_KEY, JSON.stringify(draft));
}

/** Reads a stored team context (anything); undefined when it is not one or its code is refused. */
export function parseTeamContext(value: unknown): TeamContext | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const { code, team, started } = value;
  if (typeof code !== 'string' || typeof team !== 'string' || !isRecord(started)) {
    return undefined;
  }
  const name = teamName(team);
  if (name === null) {
    return undefined;
  }
  const decoded = decodeSession(code);
  if (!decoded.ok) {
    return undefined;
  }
  const times: Record<string, number> = {};
  for (const [levelId, time] of Object.entries(started)) {
    if (!decoded.value.levels.includes(levelId) || !Number.isFinite(time)) {
      return undefined;
    }
    times[levelId] = time as number;
  }
  return { code, session: decoded.value, team: name, started: times };
}

let cachedTeam: { context: TeamContext | undefined } | undefined;

/**
 * The session this browser's team joined, or undefined. A stored context this build cannot read
 * (or whose code it refuses) is set aside and forgotten. Read from storage once per visit.
 */
export function teamContext(options: WorkshopStorageOptions = {}): TeamContext | undefined {
  if (cachedTeam !== undefined && !('storage' in options)) {
    return cachedTeam.context;
  }
  const storage = storageOf(options);
  const raw = read(storage, WORKSHOP_TEAM_KEY);
  let context: TeamContext | undefined;
  if (raw !== null) {
    context = parseTeamContext(parseJson(raw));
    if (context === undefined) {
      setAside(storage, WORKSHOP_TEAM_KEY, raw);
    }
  }
  if (!('storage' in options)) {
    cachedTeam = { context };
  }
  return context;
}

function keepTeam(context: TeamContext | undefined, options: WorkshopStorageOptions): void {
  const { code, team, started } = context ?? {};
  write(
    storageOf(options),
    WORKSHOP_TEAM_KEY,
    context === undefined ? null : JSON.stringify({ code, team, started }),
  );
  if (!('storage' in options)) {
    cachedTeam = { context };
  }
}

/**
 * Joins a session as a team: the code must be one core reads as a session code (the join screen
 * checks it first and shows core's reason otherwise) and the name a usable team name.
 * @returns the new context, or undefined when the code or the name is refused.
 */
export function joinWorkshop(
  code: string,
  team: string,
  options: WorkshopStorageOptions = {},
): TeamContext | undefined {
  const context = parseTeamContext({ code, team, started: {} });
  if (context !== undefined) {
    keepTeam(context, options);
  }
  return context;
}

/** Leaves the workshop: levels play as the campaign's again. */
export function leaveWorkshop(options: WorkshopStorageOptions = {}): void {
  keepTeam(undefined, options);
}

/** True when `levelId` is a level of the joined session. */
export function isSessionLevel(levelId: string, options: WorkshopStorageOptions = {}): boolean {
  return teamContext(options)?.session.levels.includes(levelId) ?? false;
}

/** A level as the joined session plays it, with the session's seed for it. */
export interface SessionPlay {
  readonly level: Level;
  readonly seed: number;
  readonly context: TeamContext;
}

/**
 * How to play `level` now: under the joined session (core's `levelForSession` and `sessionSeed`)
 * when it is one of the session's levels, else undefined (the campaign's own level, a fresh seed).
 */
export function sessionPlay(
  level: Level,
  options: WorkshopStorageOptions = {},
): SessionPlay | undefined {
  const context = teamContext(options);
  if (context === undefined || !context.session.levels.includes(level.id)) {
    return undefined;
  }
  return {
    level: levelForSession(level, context.session),
    seed: sessionSeed(context.session, level.id),
    context,
  };
}

/**
 * Records that the team started a level of the session at `now` (ms since 1970); the first start
 * counts, so playing it again or reloading keeps the round's clock.
 */
export function markLevelStarted(
  levelId: string,
  now: number,
  options: WorkshopStorageOptions = {},
): void {
  const context = teamContext(options);
  if (
    context === undefined ||
    !context.session.levels.includes(levelId) ||
    context.started[levelId] !== undefined
  ) {
    return;
  }
  keepTeam({ ...context, started: { ...context.started, [levelId]: now } }, options);
}

/**
 * When the time limit of a session level runs out (ms since 1970), or undefined when the session
 * has no limit or the level has not been started.
 */
export function levelDeadline(
  levelId: string,
  options: WorkshopStorageOptions = {},
): number | undefined {
  const context = teamContext(options);
  const started = context?.started[levelId];
  const minutes = context?.session.minutes ?? null;
  return started === undefined || minutes === null ? undefined : started + minutes * 60_000;
}

/** The session level after `levelId`, or undefined at the last one (or outside the session). */
export function nextSessionLevel(
  levelId: string,
  options: WorkshopStorageOptions = {},
): string | undefined {
  const levels = teamContext(options)?.session.levels ?? [];
  const index = levels.indexOf(levelId);
  return index < 0 ? undefined : levels[index + 1];
}
