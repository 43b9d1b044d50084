/**
 * A workshop session: what the facilitator sets up so that every team in the room plays the same
 * levels on the same dice (DESIGN.md §7). The session code carries it; `levelForSession` and
 * `sessionSeed` turn it into what a team's game plays.
 */
import type { Level } from '../model/level';
import type { Language } from '../model/languages';
import { LANGUAGES } from '../model/languages';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DefenseId } from '../model/vocabulary';
import { DEFENSES } from '../model/vocabulary';
import { deriveStream, nextUint32, seedRng } from '../rng';
import type { CodeProblem } from './problems';
import { closeCode, headerSymbol, openCode } from './frame';
import { BitReader, BitWriter, CodeEnded } from './symbols';

/**
 * The campaign's level ids in their fixed order: the index used inside codes (a test checks them
 * against `levels/*\/level.json`). A new campaign level is appended, which needs a new code version
 * only when the level mask grows past its width.
 */
export const CAMPAIGN_LEVEL_IDS: readonly string[] = [
  '0-first-day',
  '1-the-upgrade',
  '2-the-pivot',
  '3-both-triggers',
  '4-restricted',
  '5-just-tell-it-no',
  '6-is-this-a-test',
  '7-server-room-a',
];

/** The largest budget a session may set, in tokens (the code keeps 31 for "the level's own"). */
export const MAX_SESSION_BUDGET = 30;
/** The longest time limit per level a session may set, in minutes. */
export const MAX_SESSION_MINUTES = 180;

/** What the facilitator set up: every team playing this gets the same dice. */
export interface WorkshopSession {
  /** Campaign level ids, in play order, which is campaign order (1..8 of them). */
  readonly levels: readonly string[];
  /** An unsigned 32-bit integer. */
  readonly seed: number;
  /** Tokens; null = each level's own budget. */
  readonly budget: number | null;
  /** Cards offered (∩ each level's offer), in {@link DEFENSES} order; null = each level's own. */
  readonly cards: readonly DefenseId[] | null;
  readonly language: Language;
  /** Time limit per level, 1..180 minutes; null = none. */
  readonly minutes: number | null;
}

/** Why a session cannot be made as asked (for the facilitator's form and the command line). */
export type SessionProblem =
  | { readonly kind: 'no-levels' }
  | { readonly kind: 'unknown-level'; readonly level: string }
  | { readonly kind: 'bad-seed' }
  | { readonly kind: 'bad-budget' }
  | { readonly kind: 'unknown-card'; readonly card: string }
  | { readonly kind: 'no-cards' }
  | { readonly kind: 'bad-minutes' };

/** Input of {@link makeSession}: the seed, and whatever else differs from the defaults. */
export type SessionInput = Partial<WorkshopSession> & { readonly seed: number };

/**
 * Checks a set-up and fills the defaults (every campaign level, each level's own budget and
 * cards, English, no time limit). Levels and cards are put in campaign and {@link DEFENSES}
 * order, duplicates dropped: the code keeps them as sets.
 */
export function makeSession(input: SessionInput): Result<WorkshopSession, SessionProblem> {
  const levels = input.levels ?? CAMPAIGN_LEVEL_IDS;
  const unknownLevel = levels.find((id) => !CAMPAIGN_LEVEL_IDS.includes(id));
  if (unknownLevel !== undefined) {
    return err({ kind: 'unknown-level', level: unknownLevel });
  }
  if (levels.length === 0) {
    return err({ kind: 'no-levels' });
  }
  if (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 0xffff_ffff) {
    return err({ kind: 'bad-seed' });
  }
  const budget = input.budget ?? null;
  if (budget !== null && (!Number.isInteger(budget) || budget < 0 || budget > MAX_SESSION_BUDGET)) {
    return err({ kind: 'bad-budget' });
  }
  const cards = input.cards ?? null;
  const unknownCard = cards?.find((card) => !(DEFENSES as readonly string[]).includes(card));
  if (unknownCard !== undefined) {
    return err({ kind: 'unknown-card', card: unknownCard });
  }
  if (cards !== null && cards.length === 0) {
    return err({ kind: 'no-cards' });
  }
  const minutes = input.minutes ?? null;
  if (
    minutes !== null &&
    (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SESSION_MINUTES)
  ) {
    return err({ kind: 'bad-minutes' });
  }
  return ok({
    levels: CAMPAIGN_LEVEL_IDS.filter((id) => levels.includes(id)),
    seed: input.seed,
    budget,
    cards: cards === null ? null : DEFENSES.filter((card) => cards.includes(card)),
    language: input.language ?? 'en',
    minutes,
  });
}

/**
 * {@link makeSession} for callers whose input is already checked.
 * @throws RangeError naming the problem when the input is not a session.
 */
export function newSession(input: SessionInput): WorkshopSession {
  const made = makeSession(input);
  if (!made.ok) {
    throw new RangeError(`newSession: ${JSON.stringify(made.error)}`);
  }
  return made.value;
}

/**
 * The level as this session plays it: the session's budget in place of the level's, and the
 * level's offer cut down to the session's cards. Everything else (story, models, dice) is the
 * level's own.
 */
export function levelForSession(level: Level, session: WorkshopSession): Level {
  const cards = session.cards;
  return {
    ...level,
    loadout: {
      ...level.loadout,
      budget: session.budget ?? level.loadout.budget,
      defenses:
        cards === null
          ? level.loadout.defenses
          : level.loadout.defenses.filter((offered) => cards.includes(offered.id)),
    },
  };
}

/**
 * The seed of one level in a session, the same for every team: the first draw of a stream named
 * after the level, derived from the session seed's `workshop` stream (core's PCG32).
 */
export function sessionSeed(session: WorkshopSession, levelId: string): number {
  const [seed] = nextUint32(deriveStream(seedRng(session.seed, 'workshop'), levelId));
  return seed;
}

/** Width of the budget field; its largest value means "the level's own". */
const BUDGET_BITS = 5;
const BUDGET_NONE = 2 ** BUDGET_BITS - 1;
const LANGUAGE_BITS = 2;
const MINUTES_BITS = 8;

/**
 * Writes a session's fields (no header, no check): the level mask, the seed, the budget, the card
 * mask behind a flag, the language and the minutes (0 for none). 62 bits.
 */
export function writeSessionFields(writer: BitWriter, session: WorkshopSession): void {
  CAMPAIGN_LEVEL_IDS.forEach((id) => writer.write(session.levels.includes(id) ? 1 : 0, 1));
  writer.write(session.seed, 32);
  writer.write(session.budget ?? BUDGET_NONE, BUDGET_BITS);
  writer.write(session.cards === null ? 0 : 1, 1);
  DEFENSES.forEach((card) => writer.write(session.cards?.includes(card) === true ? 1 : 0, 1));
  writer.write(LANGUAGES.indexOf(session.language), LANGUAGE_BITS);
  writer.write(session.minutes ?? 0, MINUTES_BITS);
}

/** Reads what {@link writeSessionFields} wrote; a problem when it says something impossible. */
export function readSessionFields(reader: BitReader): Result<WorkshopSession, CodeProblem> {
  const levels = CAMPAIGN_LEVEL_IDS.filter(() => reader.read(1) === 1);
  const seed = reader.read(32);
  const budget = reader.read(BUDGET_BITS);
  const hasCards = reader.read(1) === 1;
  const cards = DEFENSES.filter(() => reader.read(1) === 1);
  const language = LANGUAGES[reader.read(LANGUAGE_BITS)];
  const minutes = reader.read(MINUTES_BITS);
  if (language === undefined) {
    return err({ kind: 'malformed', detail: 'unknown language' });
  }
  if (!hasCards && cards.length > 0) {
    return err({ kind: 'malformed', detail: 'cards without the cards flag' });
  }
  const made = makeSession({
    levels,
    seed,
    budget: budget === BUDGET_NONE ? null : budget,
    cards: hasCards ? cards : null,
    language,
    minutes: minutes === 0 ? null : minutes,
  });
  return made.ok ? made : err({ kind: 'malformed', detail: made.error.kind });
}

/** The session code: 16 symbols in four groups, e.g. `1G3Z-…`. */
export function encodeSession(session: WorkshopSession): string {
  const writer = new BitWriter();
  writer.write(headerSymbol('session'), 5);
  writeSessionFields(writer, session);
  return closeCode('session', writer.symbols());
}

/** Reads a session code as typed; see {@link CodeProblem} for what it refuses. */
export function decodeSession(code: string): Result<WorkshopSession, CodeProblem> {
  const opened = openCode(code, 'session');
  if (!opened.ok) {
    return opened;
  }
  if (opened.value.length !== 13) {
    return err({ kind: 'malformed', detail: 'a session code has 16 symbols' });
  }
  const reader = new BitReader(opened.value);
  try {
    const session = readSessionFields(reader);
    return session.ok && !reader.atPaddedEnd()
      ? err({ kind: 'malformed', detail: 'padding is not zero' })
      : session;
  } catch (error) {
    if (error instanceof CodeEnded) {
      return err({ kind: 'malformed', detail: error.message });
    }
    throw error;
  }
}
