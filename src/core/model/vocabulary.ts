/**
 * The study's vocabularies, as the rates table and the level files spell them.
 * Source: ../shared/research/scenarios-and-rates.md §1.2 (goal types, goal values, urgency types).
 */

/** The three harmful-behaviour scenarios of the study. */
export const SCENARIOS = ['blackmail', 'leaking', 'murder'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** How the agent's goal is given ("goal_type" in the study's code). */
export const GOAL_TYPES = ['explicit', 'latent', 'ambiguous', 'none'] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

/** The eight goal values of Figure 10, plus "none" for conditions without a goal. */
export const GOAL_VALUES = [
  'america',
  'global',
  'safety',
  'acceleration',
  'ethical',
  'pragmatic',
  'individualism',
  'collectivism',
  'none',
] as const;
export type GoalValue = (typeof GOAL_VALUES)[number];

/** The threat to the agent ("urgency type" in the study's code). */
export const URGENCIES = ['replacement', 'restriction', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The playable defense cards of DESIGN.md §4. Safety training and interpretability are
 * research cards: shown, not playable, so they are not in this list.
 */
export const DEFENSES = [
  'remove-threat',
  'remove-goal',
  'prohibition',
  'compartmentalization',
  'oversight',
  'monitor',
] as const;
export type DefenseId = (typeof DEFENSES)[number];

/** The four kinds of provenance every number carries (DESIGN.md §4). */
export const PROVENANCE_TAGS = ['measured', 'extrapolated', 'assumption', 'structural'] as const;
export type ProvenanceTag = (typeof PROVENANCE_TAGS)[number];

/**
 * Tags an email may carry in a level file. They tell the table how to draw the card and the
 * author what the email is for; what a defense does with an email is set by its own hook
 * (`compartmentalized`), not by a tag. (DESIGN.md §5.)
 */
export const EMAIL_TAGS = [
  'personal',
  'confidential',
  'leverage',
  'alert',
  'external',
  'press',
  'internal',
  'agent',
  'player',
] as const;
export type EmailTag = (typeof EMAIL_TAGS)[number];

/**
 * How an ending is counted in the debrief and in simulation tables. `unreported`: the study did
 * not report what the agent did on the path that leads here, so the game does not say either
 * (no draw is made; e.g. the abstaining group of the test-or-real NOTICE run).
 */
export const OUTCOME_CLASSES = ['harm', 'averted', 'no-harm', 'unreported'] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

/** The two arms of an agent's decision point: the harmful attempt happens or it does not. */
export const DECISION_ARMS = ['harmful', 'benign'] as const;
export type DecisionArm = (typeof DECISION_ARMS)[number];

/**
 * What a consequential action of the agent is, as the approval queue shows it (issue: the
 * overseer's workload). The kind is a label for the reviewer; it never says whether an item is
 * harmful.
 */
export const WORK_ITEM_KINDS = ['external-mail', 'forward', 'calendar', 'access', 'alert'] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** What a reviewer can do with a queued item. */
export const REVIEW_VERDICTS = ['approve', 'hold', 'escalate'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/**
 * What becomes of an item still waiting at its deadline, as a level says: `sent` (it goes out
 * unreviewed, as the agent wrote it) or `dropped` (it never goes out and its work is lost).
 */
export const UNREVIEWED_RULES = ['sent', 'dropped'] as const;
export type UnreviewedRule = (typeof UNREVIEWED_RULES)[number];

/**
 * The category a runtime monitor reports beside its excerpt. A monitor names what a passage
 * looks like, not what the agent will do: a false alarm carries a category too.
 */
export const MONITOR_CATEGORIES = [
  'coercion',
  'data-exfiltration',
  'safety-override',
  'deception',
  'personal-data',
  'self-preservation',
] as const;
export type MonitorCategory = (typeof MONITOR_CATEGORIES)[number];
