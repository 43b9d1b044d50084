/**
 * The numbers the study does not give: how often a human reviewer catches a harmful action and
 * how well a runtime monitor flags one. They are game-design assumptions, shown as such and
 * adjustable in the Strategy Lab (DESIGN.md §4). docs/ODDS.md gives the reasoning.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { AssumptionName } from './probability';

/** The adjustable assumption parameters, each a probability in [0, 1]. */
export interface AssumptionValues {
  /** Chance that a reviewer who must approve a consequential action stops a harmful one. */
  readonly catchRate: number;
  /** Chance that a monitor reading the agent's reasoning flags an attempt before it acts. */
  readonly detectionRate: number;
  /** Chance that the monitor flags an episode in which the agent attempted nothing harmful. */
  readonly falseAlarmRate: number;
  /** Minutes a reviewer spends on one item of the approval queue (a cost, not a probability). */
  readonly reviewMinutes: number;
}

/**
 * Defaults. None is a published rate of the study.
 * - catchRate 0.9: the only published hint is a different 2025 study (arXiv 2510.05192), where an
 *   externally governed escalation channel cut blackmail from 38.73 % to 1.21 % averaged over
 *   models and conditions. That measured a channel the agent could use, not a reviewer's catch
 *   rate, so it only says review can stop most attempts; 0.9 stays below the ~97 % drop it
 *   implies to leave room for rubber-stamping and fatigue.
 * - detectionRate 0.7, falseAlarmRate 0.05: placeholders for a reasoning monitor, which is
 *   untested at scale on these scenarios; chosen so the monitor helps but is visibly imperfect.
 */
export const DEFAULT_ASSUMPTIONS: AssumptionValues = {
  catchRate: 0.9,
  detectionRate: 0.7,
  falseAlarmRate: 0.05,
  reviewMinutes: 6,
};

/** The largest review time per item the game accepts, in minutes. */
export const MAX_REVIEW_MINUTES = 240;

/** Which field holds each assumption (the probabilities; review time is checked apart). */
export const ASSUMPTION_FIELDS: Readonly<
  Record<AssumptionName, Exclude<keyof AssumptionValues, 'reviewMinutes'>>
> = {
  'catch-rate': 'catchRate',
  'detection-rate': 'detectionRate',
  'false-alarm-rate': 'falseAlarmRate',
};

/** An assumption outside [0, 1] (or not a number). */
export interface InvalidAssumption {
  readonly kind: 'invalid-assumption';
  readonly name: AssumptionName | 'review-minutes';
  readonly value: number;
}

/** True for a finite number in [0, 1]. */
function isProbability(value: number): boolean {
  return value >= 0 && value <= 1;
}

/** Fills missing values from {@link DEFAULT_ASSUMPTIONS} and checks each is in [0, 1]. */
export function resolveAssumptions(
  overrides: Partial<AssumptionValues> = {},
): Result<AssumptionValues, InvalidAssumption> {
  const values: AssumptionValues = { ...DEFAULT_ASSUMPTIONS, ...overrides };
  for (const [name, field] of Object.entries(ASSUMPTION_FIELDS) as [
    AssumptionName,
    Exclude<keyof AssumptionValues, 'reviewMinutes'>,
  ][]) {
    if (!isProbability(values[field])) {
      return err({ kind: 'invalid-assumption', name, value: values[field] });
    }
  }
  if (!(values.reviewMinutes >= 0 && values.reviewMinutes <= MAX_REVIEW_MINUTES)) {
    return err({ kind: 'invalid-assumption', name: 'review-minutes', value: values.reviewMinutes });
  }
  return ok(values);
}
