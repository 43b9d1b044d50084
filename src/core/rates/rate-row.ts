/**
 * The shape of the project's rates table (levels/rates.json, mirrored in rates-data.ts).
 */
import type { GoalType, GoalValue, Scenario, Urgency } from '../model/vocabulary';
import type { ModelName, Provider } from './models';

/**
 * Format version of levels/rates.json.
 * History:
 * - 1: first version; every record of published_rates.json plus `id` and `variant`. Later
 *   additions that keep it compatible: project rows appended after the research records
 *   (project-rows.ts), with variants of their own.
 */
export const RATES_FORMAT_VERSION = 1;

/** How sure the research file is of a record: read in the paper itself, or second-hand. */
export const CONFIDENCES = ['primary', 'secondary'] as const;
/** One of {@link CONFIDENCES}. */
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * What kind of measurement a row is, beside its grid cell. Only `baseline` rows answer
 * "what is the rate of this model in this condition"; the others are read by name.
 * - `baseline`: the plain condition, no mitigation.
 * - `prohibition`: the Figure 12 direct instructions in the system prompt.
 * - `prompt-addition`: Llama 4 Maverick with one extra paragraph (Appendix 10; not a mitigation).
 * - `no-agent-name`: the agent's name "Alex" removed (Appendix 14; not a mitigation).
 * - `adapted-scenario`: the scenario adapted for o3 / o4-mini (Appendix 9.1).
 * - `eval-notice-real` / `eval-notice-evaluation`: subgroups of the "test or real?" NOTICE run (§4.5.4).
 * - `system-card`: the earlier Claude 4 System Card experiment, a different prompt.
 * - `eval-notice-share-real` / `-evaluation` / `-abstained`: not blackmail rates but the share
 *   of the NOTICE run's 500 samples in each stated belief (§4.5.4); project rows, see
 *   project-rows.ts.
 */
export const RATE_VARIANTS = [
  'baseline',
  'prohibition',
  'prompt-addition',
  'no-agent-name',
  'adapted-scenario',
  'eval-notice-real',
  'eval-notice-evaluation',
  'system-card',
  'eval-notice-share-real',
  'eval-notice-share-evaluation',
  'eval-notice-share-abstained',
] as const;
/** One of {@link RATE_VARIANTS}. */
export type RateVariant = (typeof RATE_VARIANTS)[number];

/**
 * One published rate. Every field but `id` and `variant` is the research record's, unchanged
 * (`goal_type` and `goal_value` renamed to camelCase). `rate` is the published fraction, never
 * rounded; `n` is null where the paper gives no sample size.
 */
export interface RateRow {
  /** Stable readable id, e.g. `blackmail.explicit-america.replacement.claude-opus-4`. */
  readonly id: string;
  readonly variant: RateVariant;
  readonly model: ModelName;
  readonly provider: Provider;
  readonly scenario: Scenario;
  /** Null where the paper does not state the goal. */
  readonly goalType: GoalType | null;
  readonly goalValue: GoalValue | null;
  readonly urgency: Urgency;
  /** The research file's description of any prompt change, or null. */
  readonly mitigation: string | null;
  /** Fraction in [0, 1] exactly as published. */
  readonly rate: number;
  /** Samples behind the rate, or null when not stated. */
  readonly n: number | null;
  /** Full citation text from the research file. */
  readonly source: string;
  readonly confidence: Confidence;
}

/** The whole table as shipped in levels/rates.json. */
export interface RatesFile {
  readonly formatVersion: typeof RATES_FORMAT_VERSION;
  readonly note: string;
  readonly rates: readonly RateRow[];
}
