/**
 * The state of one level in play: plain, readonly, JSON-serialisable data. `JSON.parse(
 * JSON.stringify(state))` is an equal state that continues the same way, dice included.
 */
import type { AssumptionValues } from '../odds/assumptions';
import type { RngState } from '../rng';
import type { Command } from './command';
import type { TimeOfDay } from './level';
import type { DecisionArm, DefenseId, WorkItemKind } from './vocabulary';

/**
 * Where the level stands; the UI switches on it and never infers it.
 * - `briefing`: the briefing card is shown.
 * - `loadout`: the player picks model, goal framing and defense cards.
 * - `playing`: the day runs; `advance-clock` delivers the next email or moves the story on.
 * - `awaiting-choice`: a choice node waits for `choose-option`.
 * - `awaiting-flag`: the monitor flagged the agent's reasoning; `act-on-flag` decides.
 * - `awaiting-approval`: oversight queued the agent's own action and the story waits for it; the
 *   clock still runs (`advance-clock`) and the queue takes `review-item` (or `approve-action` /
 *   `hold-action` for the agent's item) until the item is decided or its deadline passes.
 * - `ended`: an ending was reached.
 */
export const STATUSES = [
  'briefing',
  'loadout',
  'playing',
  'awaiting-choice',
  'awaiting-flag',
  'awaiting-approval',
  'ended',
] as const;
export type Status = (typeof STATUSES)[number];

/** What the player brought to the table. */
export interface Loadout {
  readonly model: string;
  readonly goalFraming: string;
  /** Deployed defense cards, in the order deployed. */
  readonly defenses: readonly DefenseId[];
}

/** An email that has arrived in the inbox. */
export interface DeliveredEmail {
  readonly email: string;
  readonly time: TimeOfDay;
  /** True when compartmentalization kept this email from the agent. */
  readonly hiddenFromAgent: boolean;
}

/** A d100 draw: `happened` is `roll ≤ threshold` (see rules/dice.ts for the exact rule). */
export interface DrawRecord {
  readonly roll: number;
  /** `probability × 100`, never rounded. */
  readonly threshold: number;
  readonly happened: boolean;
}

/**
 * A split's d100 draw: the roll landed in branch `branch` (an index into the node's branches),
 * whose band on the d100 is `lower < roll ≤ threshold`. `happened` is always true: the branch
 * the roll lands in is the one that happens.
 */
export interface SplitDrawRecord extends DrawRecord {
  readonly branch: number;
  /** The band's lower bound (exclusive), `100 × the shares before this branch`. */
  readonly lower: number;
}

/** How an agent's decision point went. */
export interface DecisionRecord {
  readonly arm: DecisionArm;
  readonly attempt: DrawRecord;
  readonly monitor?: DrawRecord;
}

/** A decision whose arm waits for the player (a monitor flag or a queued action). */
export interface PendingDecision {
  readonly decision: string;
  readonly arm: DecisionArm;
}

/**
 * Who decides the approval queue: the `player` (the campaign: items wait for `review-item`) or
 * the `assumed` reviewer of the odds (simulations, the Lab): it approves ordinary work at once
 * and holds the agent's harmful action with the assumed catch rate, drawn on the dice.
 */
export const REVIEWERS = ['player', 'assumed'] as const;
export type Reviewer = (typeof REVIEWERS)[number];

/** Where a queued item stands. `sent-unreviewed` and `dropped` are the level's deadline rule. */
export const QUEUE_STATUSES = [
  'waiting',
  'approved',
  'held',
  'escalated',
  'sent-unreviewed',
  'dropped',
] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** One item in the approval queue: ordinary work, or the agent's action at a decision. */
export interface QueueEntry {
  /** A work item's id, or `agent-<decision id>` for the agent's action at a decision. */
  readonly item: string;
  readonly kind: WorkItemKind;
  /** The decision whose action this is; null for ordinary work. */
  readonly decision: string | null;
  /** The action's email (agent items); null for ordinary work. */
  readonly email: string | null;
  /**
   * True only for the agent's harmful action. The queue never shows it: the reviewer has to
   * read the item. The debrief counts with it.
   */
  readonly harmful: boolean;
  readonly arrived: TimeOfDay;
  readonly deadline: TimeOfDay;
  readonly status: QueueStatus;
  /** When it left `waiting`; null while it waits. */
  readonly decidedAt: TimeOfDay | null;
  /** The assumed reviewer's draw on the agent's harmful action (simulations only). */
  readonly draw?: DrawRecord;
}

/** One applied command, with the clock when it was applied. */
export interface LogEntry {
  readonly at: TimeOfDay;
  readonly command: Command;
}

/** The state of a level in play. */
export interface GameState {
  /** Version of this state's shape; saves compare it (see {@link GAME_STATE_VERSION}). */
  readonly stateVersion: number;
  readonly levelId: string;
  readonly status: Status;
  readonly loadout: Loadout;
  /** The level's clock, seconds since midnight. */
  readonly clock: TimeOfDay;
  /** The node the story is at; null before the day starts. */
  readonly node: string | null;
  /** In an inbox node: the index of the next email entry to consider. */
  readonly cursor: number;
  readonly delivered: readonly DeliveredEmail[];
  /** Emails the player has opened. */
  readonly read: readonly string[];
  /** Nodes entered, in order. */
  readonly visited: readonly string[];
  /** Choice node id → option id chosen. */
  readonly choices: Readonly<Record<string, string>>;
  /** Decision node id → how it went. */
  readonly decisions: Readonly<Record<string, DecisionRecord>>;
  readonly pending: PendingDecision | null;
  /** Who decides the approval queue. */
  readonly reviewer: Reviewer;
  /** The approval queue, in arrival order (empty without oversight). */
  readonly queue: readonly QueueEntry[];
  readonly ending: string | null;
  /**
   * The world's dice. The stream is never advanced: each draw uses a child stream named after
   * its decision and purpose, so a draw depends only on the seed, never on what was drawn
   * before it. Changing one defense changes thresholds, not dice (DESIGN.md §2, the counterfactual).
   */
  readonly rng: { readonly world: RngState };
  /** The game-design parameters in force (monitor detection and false-alarm rates, …). */
  readonly assumptions: AssumptionValues;
  readonly log: readonly LogEntry[];
}

/**
 * Version history of {@link GameState}'s shape:
 * - 1 — first version.
 * - 2 — the approval queue (`queue`, `reviewer`) and the review time assumption.
 */
export const GAME_STATE_VERSION = 2;
