/**
 * What the player (or a strategy) asks the engine to do: imperative verbs with a kebab-case
 * `kind`. `step` answers each with events or a {@link RuleViolation}.
 */
import type { Loadout } from './state';
import type { DefenseId, ReviewVerdict } from './vocabulary';

/** Every command `step` understands. */
export type Command =
  /** Leave the briefing for the loadout. */
  | { readonly kind: 'open-loadout' }
  | { readonly kind: 'select-model'; readonly model: string }
  | { readonly kind: 'select-goal-framing'; readonly framing: string }
  /** Deploy the card if it is not deployed, withdraw it if it is. */
  | { readonly kind: 'toggle-defense'; readonly defense: DefenseId }
  /** The whole loadout at once (the Lab, workshops, tests). */
  | { readonly kind: 'set-loadout'; readonly loadout: Loadout }
  /** Lock the loadout and start the day at the first node. */
  | { readonly kind: 'start-day' }
  /** Move the day on by one thing: the next email, the next node, or the agent's draw. */
  | { readonly kind: 'advance-clock' }
  | { readonly kind: 'open-email'; readonly email: string }
  | { readonly kind: 'choose-option'; readonly option: string }
  /** Approve the agent's own queued action (the item the story waits for). */
  | { readonly kind: 'approve-action' }
  /** Hold the agent's own queued action. */
  | { readonly kind: 'hold-action' }
  /** Decide one waiting item of the approval queue: approve, hold, or escalate it. */
  | { readonly kind: 'review-item'; readonly item: string; readonly verdict: ReviewVerdict }
  /** Answer a monitor flag: halt the agent, or dismiss the flag and let it go on. */
  | { readonly kind: 'act-on-flag'; readonly response: FlagResponse };

export type CommandKind = Command['kind'];

export const FLAG_RESPONSES = ['halt', 'dismiss'] as const;
export type FlagResponse = (typeof FLAG_RESPONSES)[number];

/** Why `step` refused a command. */
export const RULE_VIOLATION_CODES = [
  'ERR_WRONG_LEVEL',
  'ERR_WRONG_STATUS',
  'ERR_MODEL_NOT_OFFERED',
  'ERR_FRAMING_NOT_OFFERED',
  'ERR_DEFENSE_NOT_OFFERED',
  'ERR_OVER_BUDGET',
  'ERR_DUPLICATE_DEFENSE',
  'ERR_EMAIL_NOT_DELIVERED',
  'ERR_OPTION_UNAVAILABLE',
  'ERR_NO_PUBLISHED_RATE',
  'ERR_ITEM_NOT_WAITING',
  'ERR_UNKNOWN_COMMAND',
] as const;
export type RuleViolationCode = (typeof RULE_VIOLATION_CODES)[number];

/** A refused command, as a value (not an exception). */
export interface RuleViolation {
  readonly code: RuleViolationCode;
  readonly command: string;
  /** For developers and logs; the UI translates `code`. */
  readonly message: string;
}
