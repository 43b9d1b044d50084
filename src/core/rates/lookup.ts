/**
 * Reading the rates table: by id, and by model and condition. A cell the study did not publish
 * stays missing: asking for it gives a {@link NoPublishedRate} value, never 0 or a guess.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { Condition } from './condition';
import { conditionKey } from './condition';
import type { ModelName } from './models';
import { MODEL_NAMES } from './models';
import type { RateRow, RateVariant } from './rate-row';
import { RATES_FILE } from './rates-data';

/** Every published rate, in the research file's order. */
export const RATES: readonly RateRow[] = RATES_FILE.rates;

const RATE_BY_ID: ReadonlyMap<string, RateRow> = new Map(RATES.map((row) => [row.id, row]));

/** The row with this id, or undefined. */
export function rateById(id: string): RateRow | undefined {
  return RATE_BY_ID.get(id);
}

/**
 * The study has no rate for this model in this condition (and variant). Carries what a UI
 * needs to explain it: which models do have the condition.
 */
export interface NoPublishedRate {
  readonly kind: 'no-published-rate';
  readonly model: ModelName;
  readonly condition: Condition;
  /** e.g. `murder.explicit-america.replacement`. */
  readonly conditionKey: string;
  readonly variant: RateVariant;
  /** Models with a published rate for this condition and variant, in roster order. */
  readonly modelsWithCondition: readonly ModelName[];
}

/** True when a row measures exactly this condition. */
function rowMatches(row: RateRow, condition: Condition, variant: RateVariant): boolean {
  return (
    row.variant === variant &&
    row.scenario === condition.scenario &&
    row.goalType === condition.goalType &&
    row.goalValue === condition.goalValue &&
    row.urgency === condition.urgency
  );
}

/** All rows of a model in a condition, primary before secondary, then table order. */
function rowsFor(model: ModelName, condition: Condition, variant: RateVariant): RateRow[] {
  const rows = RATES.filter((row) => row.model === model && rowMatches(row, condition, variant));
  return [...rows].sort(
    (a, b) => Number(a.confidence === 'secondary') - Number(b.confidence === 'secondary'),
  );
}

/** Models that have a published rate for this condition and variant. */
export function modelsWithCondition(
  condition: Condition,
  variant: RateVariant = 'baseline',
): ModelName[] {
  return MODEL_NAMES.filter((model) => rowsFor(model, condition, variant).length > 0);
}

/**
 * The published rate of a model in a condition. When a value was printed in two figures the
 * first (primary) row wins; the duplicate holds the same value.
 * @defaultValue variant `'baseline'` (no mitigation)
 */
export function lookupRate(
  model: ModelName,
  condition: Condition,
  variant: RateVariant = 'baseline',
): Result<RateRow, NoPublishedRate> {
  const row = rowsFor(model, condition, variant)[0];
  if (row !== undefined) {
    return ok(row);
  }
  return err({
    kind: 'no-published-rate',
    model,
    condition,
    conditionKey: conditionKey(condition),
    variant,
    modelsWithCondition: modelsWithCondition(condition, variant),
  });
}

/** The condition a row measures, or null when its goal is not stated. */
function conditionOf(row: RateRow): Condition | null {
  if (row.goalType === null || row.goalValue === null) {
    return null;
  }
  const { scenario, goalType, goalValue, urgency } = row;
  return { scenario, goalType, goalValue, urgency };
}

/** Every distinct condition with a baseline rate for `model` (or for any model), in table order. */
export function conditionsWithRate(model?: ModelName): Condition[] {
  const byKey = new Map<string, Condition>();
  for (const row of RATES) {
    const condition = conditionOf(row);
    if (row.variant === 'baseline' && condition && (model === undefined || row.model === model)) {
      byKey.set(conditionKey(condition), condition);
    }
  }
  return [...byKey.values()];
}
