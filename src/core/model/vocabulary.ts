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
