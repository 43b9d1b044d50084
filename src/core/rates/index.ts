/**
 * The published rates. API:
 *
 * - {@link RATES}: every row of levels/rates.json, typed ({@link RateRow}); {@link rateById}`(id)`.
 * - {@link lookupRate}`(model, condition, variant?)` → `Result<RateRow, NoPublishedRate>`.
 * - {@link modelsWithCondition}`(condition)`, {@link conditionsWithRate}`(model?)`: what was published.
 * - {@link MODELS} / {@link MODEL_NAMES}: the roster (16 headline models plus o3 and o4-mini),
 *   {@link parseModelName}`(text)`, {@link modelInfoOf}`(name)`.
 * - {@link Condition}, {@link conditionKey}, {@link parseGoal}, {@link formatGoal}.
 * - {@link rateRowsFromResearch}`(json)`: the conversion used by scripts/build-rates.ts.
 */
export type { Condition, Goal, UnknownGoal } from './condition';
export { conditionKey, formatGoal, goalSegment, parseGoal, urgencySegment } from './condition';
export type { HeadlineExclusion, ModelInfo, ModelName, Provider, UnknownModel } from './models';
export {
  MODELS,
  MODEL_NAMES,
  PROVIDERS,
  isModelName,
  modelInfoOf,
  modelSlug,
  parseModelName,
} from './models';
export type { Confidence, RateRow, RateVariant, RatesFile } from './rate-row';
export { CONFIDENCES, RATES_FORMAT_VERSION, RATE_VARIANTS } from './rate-row';
export type { NoPublishedRate } from './lookup';
export { RATES, conditionsWithRate, lookupRate, modelsWithCondition, rateById } from './lookup';
export type { ResearchRecord } from './from-research';
export { FIELD_IN_TABLE, RESEARCH_FIELDS, rateRowsFromResearch } from './from-research';
