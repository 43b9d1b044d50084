/**
 * A cell of the study's grid: scenario × goal (type and value) × threat ("urgency").
 * Source of the grid: scenarios-and-rates.md §1.2.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { GoalType, GoalValue, Scenario, Urgency } from '../model/vocabulary';
import { GOAL_TYPES, GOAL_VALUES } from '../model/vocabulary';

/** One experimental condition. A goal type of `none` always pairs with goal value `none`. */
export interface Condition {
  readonly scenario: Scenario;
  readonly goalType: GoalType;
  readonly goalValue: GoalValue;
  readonly urgency: Urgency;
}

/** The goal part of a condition. */
export interface Goal {
  readonly goalType: GoalType;
  readonly goalValue: GoalValue;
}

/**
 * The readable goal segment of an id: `explicit-america`, `latent-america`, `ambiguous`,
 * `no-goal`; `goal-unstated` when the paper does not say (null in the research file).
 */
export function goalSegment(goalType: GoalType | null, goalValue: GoalValue | null): string {
  if (goalType === null) {
    return 'goal-unstated';
  }
  if (goalType === 'none') {
    return 'no-goal';
  }
  return goalValue === null || goalValue === 'none' ? goalType : `${goalType}-${goalValue}`;
}

/** The readable threat segment of an id: `replacement`, `restriction` or `no-threat`. */
export function urgencySegment(urgency: Urgency): string {
  return urgency === 'none' ? 'no-threat' : urgency;
}

/** A stable readable key of a condition, e.g. `blackmail.explicit-america.replacement`. */
export function conditionKey(condition: Condition): string {
  const goal = goalSegment(condition.goalType, condition.goalValue);
  return `${condition.scenario}.${goal}.${urgencySegment(condition.urgency)}`;
}

/** A goal text that does not name a known goal. */
export interface UnknownGoal {
  readonly kind: 'unknown-goal';
  readonly text: string;
}

/**
 * Parses a goal written as `type:value` (`explicit:america`), or a bare type for goals without
 * a value (`none`, `ambiguous`; `latent` needs a value like `latent:america`).
 */
export function parseGoal(text: string): Result<Goal, UnknownGoal> {
  const [typeText = '', valueText] = text.trim().toLowerCase().split(':');
  const goalType = GOAL_TYPES.find((type) => type === typeText);
  const goalValue = GOAL_VALUES.find((value) => value === (valueText ?? 'none'));
  if (goalType === undefined || goalValue === undefined) {
    return err({ kind: 'unknown-goal', text });
  }
  const needsValue = goalType === 'explicit' || goalType === 'latent';
  if (needsValue === (goalValue === 'none')) {
    return err({ kind: 'unknown-goal', text });
  }
  return ok({ goalType, goalValue });
}

/** Writes a goal the way {@link parseGoal} reads it. */
export function formatGoal(goal: Goal): string {
  return goal.goalValue === 'none' ? goal.goalType : `${goal.goalType}:${goal.goalValue}`;
}
