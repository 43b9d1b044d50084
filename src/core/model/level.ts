/**
 * A validated level: what `parseLevel` makes from `level.json` and the locale files once every
 * check has passed. Every id in it resolves (nodes, emails, cast, options, framings); times are
 * seconds since midnight; all text is behind keys into {@link Level.strings}.
 */
import type {
  DefenseId,
  EmailTag,
  GoalType,
  GoalValue,
  MonitorCategory,
  OutcomeClass,
  Scenario,
  UnreviewedRule,
  Urgency,
  WorkItemKind,
} from './vocabulary';

/** Seconds since midnight of the level's day. */
export type TimeOfDay = number;

/** A condition on the loadout and on what happened earlier (see docs/AUTHORING.md). */
export type Condition =
  | { readonly defense: DefenseId }
  | { readonly model: string }
  | { readonly goalFraming: string }
  | { readonly chose: { readonly node: string; readonly option: string } }
  | { readonly visited: string }
  | { readonly read: string }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** One branch of a `next`: taken if `when` holds (or has none); the first match wins. */
export interface Branch {
  readonly when?: Condition;
  readonly to: string;
}

/** Where the story goes; the last branch never has a `when`, so one always matches. */
export type Next = readonly Branch[];

export interface CastMember {
  readonly id: string;
  readonly nameKey: string;
  readonly roleKey: string;
  readonly address: string;
}

export interface Email {
  readonly id: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly time: TimeOfDay;
  readonly subjectKey: string;
  readonly bodyKey: string;
  readonly tags: readonly EmailTag[];
  readonly attachment?: { readonly nameKey: string };
  /** True if compartmentalization, when deployed, hides this email from the agent. */
  readonly compartmentalized: boolean;
}

/** A goal as the study spells it ("goal_type" and "goal_value"). */
export interface Goal {
  readonly type: GoalType;
  readonly value: GoalValue;
}

export interface GoalFraming {
  readonly id: string;
  readonly labelKey: string;
  readonly goal: Goal;
}

export interface LoadoutOptions {
  readonly defaultModel: string;
  readonly models: readonly string[];
  readonly defaultGoalFraming: string;
  readonly goalFramings: readonly GoalFraming[];
  /** Tokens the player may spend on defense cards. */
  readonly budget: number;
  readonly defenses: readonly OfferedDefense[];
}

/**
 * A card a level offers: its price in tokens, and its business cost in hours of work per unit
 * of the card's upkeep (per flag, per hidden email, per day: see the defense table's `upkeep`).
 */
export interface OfferedDefense {
  readonly id: DefenseId;
  readonly cost: number;
  /** Hours per unit; 0 when the level gives none. */
  readonly upkeep: number;
}

/** One consequential action of the agent's ordinary day that waits for review (oversight). */
export interface WorkItem {
  readonly id: string;
  readonly kind: WorkItemKind;
  /** When it reaches the queue. */
  readonly time: TimeOfDay;
  /** When the level's `unreviewed` rule applies to it if it still waits. */
  readonly deadline: TimeOfDay;
  /** Cast ids it is addressed to. */
  readonly to: readonly string[];
  readonly subjectKey: string;
  readonly bodyKey: string;
  readonly urgent: boolean;
  /** Hours of work delayed or lost if it is held, escalated or dropped. */
  readonly holdCost: number;
}

/**
 * The overseer's side of the day: the queue's workload and its rules, and the cost limit of the
 * level's objective. Every hour is an hour of someone's work.
 */
export interface Workload {
  /** The objective's limit on the day's cost, in hours. */
  readonly costLimit: number;
  /** What becomes of an item still waiting at its deadline. */
  readonly unreviewed: UnreviewedRule;
  /** Minutes the agent's own consequential action waits for review before `unreviewed` applies. */
  readonly agentDeadline: number;
  /** Hours of a security lead's time per escalated item. */
  readonly escalateCost: number;
  /** The queue's ordinary items, in arrival order. */
  readonly items: readonly WorkItem[];
}

/** What a runtime monitor shows when it flags an arm's reasoning: a category and an excerpt. */
export interface MonitorReadout {
  readonly category: MonitorCategory;
  readonly excerptKey: string;
}

export interface InboxNode {
  readonly id: string;
  readonly kind: 'inbox';
  /** Emails in delivery order (sorted by time, stable), each possibly conditional. */
  readonly emails: readonly { readonly email: string; readonly when?: Condition }[];
  readonly next: Next;
}

export interface ChoiceOption {
  readonly id: string;
  readonly labelKey: string;
  /** Hours of work the choice costs when made (an emergency change, a blocked domain); 0 if none. */
  readonly cost: number;
  readonly when?: Condition;
  readonly next: Next;
}

export interface ChoiceNode {
  readonly id: string;
  readonly kind: 'choice';
  readonly time: TimeOfDay;
  readonly promptKey: string;
  readonly options: readonly ChoiceOption[];
}

/** One arm of a decision point; `held` and `halted` exist where a defense hook needs them. */
export interface DecisionArmSpec {
  readonly action?: string;
  /** How the queue labels the action when oversight holds it for review. */
  readonly actionKind: WorkItemKind;
  /** What the monitor shows if it flags this arm (every arm of a level that offers a monitor). */
  readonly monitor?: MonitorReadout;
  /** Hours of work lost if the reviewer holds this arm's (legitimate) action; 0 by default. */
  readonly holdCost: number;
  readonly reasoning: readonly string[];
  readonly oversight: boolean;
  readonly next: Next;
  readonly held?: Next;
  readonly halted?: Next;
}

/** The study condition a decision draws on; `goal: 'loadout'` takes the chosen framing's goal. */
export interface RateConditionSpec {
  readonly scenario: Scenario;
  readonly urgency: Urgency;
  readonly goal: 'loadout' | Goal;
}

/** One named row of the rates table, for a measurement that is not a grid cell. */
export interface RateRowSpec {
  readonly row: string;
}

export interface DecisionNode {
  readonly id: string;
  readonly kind: 'decision';
  readonly time: TimeOfDay;
  readonly rate: RateConditionSpec | RateRowSpec;
  readonly leverage: readonly string[];
  readonly harmful: DecisionArmSpec;
  readonly benign: DecisionArmSpec;
}

/** A branch of a split: its share is the rate of row `rate`. */
export interface SplitBranch {
  readonly id: string;
  readonly labelKey: string;
  readonly rate: string;
  readonly next: Next;
}

/** One d100 against published shares that sum to 1; the roll picks the branch. */
export interface SplitNode {
  readonly id: string;
  readonly kind: 'split';
  readonly time: TimeOfDay;
  readonly branches: readonly SplitBranch[];
}

/**
 * A condition on what happened in a finished game, for a debrief's facts and questions: any
 * {@link Condition}, and leaves on how a decision went (see docs/AUTHORING.md, Endings).
 * - `attempted`: at this decision the agent took its harmful arm (the draw said it acts).
 * - `flagged`: at this decision the monitor flagged the agent's reasoning.
 * - `queued`: at this decision the agent's action waited for the player's approval (oversight).
 */
export type DebriefCondition =
  | Exclude<
      Condition,
      { readonly all: unknown } | { readonly any: unknown } | { readonly not: unknown }
    >
  | { readonly attempted: string }
  | { readonly flagged: string }
  | { readonly queued: string }
  | { readonly all: readonly DebriefCondition[] }
  | { readonly any: readonly DebriefCondition[] }
  | { readonly not: DebriefCondition };

/** A research fact in a debrief, with the rate rows it cites; shown only where `when` holds. */
export interface DebriefFact {
  readonly key: string;
  readonly rates: readonly string[];
  readonly when?: DebriefCondition;
}

/** A discussion question of a debrief; shown only where `when` holds. */
export interface DebriefQuestion {
  readonly key: string;
  readonly when?: DebriefCondition;
  /**
   * Talking points for the facilitator (the printed facilitator sheet), never shown to players.
   * Optional: a level without them still prints, with a note that it gives none.
   */
  readonly talkingPointsKey?: string;
}

export interface EndingNode {
  readonly id: string;
  readonly kind: 'ending';
  readonly outcome: OutcomeClass;
  readonly titleKey: string;
  readonly summaryKey: string;
  readonly debrief: {
    readonly facts: readonly DebriefFact[];
    /** Every question's key, in order (conditional or not). */
    readonly questionKeys: readonly string[];
    /** The questions with their conditions; absent, every key of `questionKeys` applies. */
    readonly questions?: readonly DebriefQuestion[];
    readonly badgeKey: string;
  };
}

export type LevelNode = InboxNode | ChoiceNode | DecisionNode | SplitNode | EndingNode;

export interface Briefing {
  readonly titleKey: string;
  readonly paragraphKeys: readonly string[];
  readonly objectiveKey: string;
  readonly contentWarningKey?: string;
  /** A summary to read instead of playing (the server-room level offers one). */
  readonly summary?: {
    readonly paragraphKeys: readonly string[];
    readonly facts: readonly DebriefFact[];
  };
}

/** A level that passed every check. Only `parseLevel` makes one. */
export interface Level {
  readonly formatVersion: number;
  readonly id: string;
  readonly titleKey: string;
  readonly scenario: Scenario;
  readonly date: string;
  readonly briefing: Briefing;
  readonly agent: string;
  readonly cast: Readonly<Record<string, CastMember>>;
  readonly emails: Readonly<Record<string, Email>>;
  readonly loadout: LoadoutOptions;
  /** The queue's workload and the objective's cost limit (a level without one has no queue). */
  readonly workload: Workload;
  readonly start: string;
  readonly nodes: Readonly<Record<string, LevelNode>>;
  /** The node ids in file order (records do not promise an order to readers). */
  readonly nodeOrder: readonly string[];
  /** Every locale's text, flattened to `key → string`, exactly as the files hold it. */
  readonly strings: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
