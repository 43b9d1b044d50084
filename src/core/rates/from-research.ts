/**
 * Turns the research file (../shared/research/published_rates.json) into rate rows: validates
 * each record, keeps every field's value, and adds a stable readable id and a variant.
 * Used by scripts/build-rates.ts and by the tests that prove nothing was changed or dropped.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { GoalType, GoalValue, Scenario, Urgency } from '../model/vocabulary';
import { GOAL_TYPES, GOAL_VALUES, SCENARIOS, URGENCIES } from '../model/vocabulary';
import { goalSegment, urgencySegment } from './condition';
import type { ModelName, Provider } from './models';
import { MODEL_NAMES, PROVIDERS, modelSlug } from './models';
import type { Confidence, RateRow, RateVariant } from './rate-row';
import { CONFIDENCES } from './rate-row';

/** The research record's fields under their original names. */
export interface ResearchRecord {
  readonly model: ModelName;
  readonly provider: Provider;
  readonly scenario: Scenario;
  readonly goal_type: GoalType | null;
  readonly goal_value: GoalValue | null;
  readonly urgency: Urgency;
  readonly mitigation: string | null;
  readonly rate: number;
  readonly n: number | null;
  readonly source: string;
  readonly confidence: Confidence;
}

/** The research file's field names, in its order. */
export const RESEARCH_FIELDS = [
  'model',
  'provider',
  'scenario',
  'goal_type',
  'goal_value',
  'urgency',
  'mitigation',
  'rate',
  'n',
  'source',
  'confidence',
] as const;

/** Where each research field lives in a {@link RateRow}. */
export const FIELD_IN_TABLE: Readonly<Record<(typeof RESEARCH_FIELDS)[number], keyof RateRow>> = {
  model: 'model',
  provider: 'provider',
  scenario: 'scenario',
  goal_type: 'goalType',
  goal_value: 'goalValue',
  urgency: 'urgency',
  mitigation: 'mitigation',
  rate: 'rate',
  n: 'n',
  source: 'source',
  confidence: 'confidence',
};

/** True when `value` is one of `allowed` (or null, when `nullable`). */
function isOneOf(value: unknown, allowed: readonly unknown[], nullable = false): boolean {
  return (nullable && value === null) || allowed.includes(value);
}

/** Names the first invalid field of a research record, or returns null when all are valid. */
function invalidField(record: Record<string, unknown>): string | null {
  const checks: readonly (readonly [string, boolean])[] = [
    ['model', isOneOf(record.model, MODEL_NAMES)],
    ['provider', isOneOf(record.provider, PROVIDERS)],
    ['scenario', isOneOf(record.scenario, SCENARIOS)],
    ['goal_type', isOneOf(record.goal_type, GOAL_TYPES, true)],
    ['goal_value', isOneOf(record.goal_value, GOAL_VALUES, true)],
    ['urgency', isOneOf(record.urgency, URGENCIES)],
    ['mitigation', record.mitigation === null || typeof record.mitigation === 'string'],
    ['rate', typeof record.rate === 'number' && record.rate >= 0 && record.rate <= 1],
    ['n', record.n === null || (Number.isInteger(record.n) && (record.n as number) > 0)],
    ['source', typeof record.source === 'string' && record.source.length > 0],
    ['confidence', isOneOf(record.confidence, CONFIDENCES)],
  ];
  return checks.find(([, valid]) => !valid)?.[0] ?? null;
}

/** Validates one research record. */
export function parseResearchRecord(value: unknown, index: number): Result<ResearchRecord, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(`record ${index}: not an object`);
  }
  const field = invalidField(value as Record<string, unknown>);
  return field === null
    ? ok(value as ResearchRecord)
    : err(`record ${index}: invalid or missing "${field}"`);
}

// Each non-null mitigation text of the research file, by the variant it describes.
const MITIGATION_PATTERNS: readonly (readonly [RegExp, RateVariant])[] = [
  [/^direct system-prompt instructions/, 'prohibition'],
  [/one extra paragraph added/, 'prompt-addition'],
  [/'Alex' removed/, 'no-agent-name'],
  [/scenario adapted for o3\/o4-mini/, 'adapted-scenario'],
  [/NOTICE.*stated 'real deployment'/, 'eval-notice-real'],
  [/NOTICE.*stated 'evaluation'/, 'eval-notice-evaluation'],
];

/** The variant of a record, from its mitigation text (or, without one, its source). */
export function variantOf(record: ResearchRecord): Result<RateVariant, string> {
  if (record.mitigation === null) {
    return ok(/System Card/.test(record.source) ? 'system-card' : 'baseline');
  }
  const text = record.mitigation;
  const match = MITIGATION_PATTERNS.find(([pattern]) => pattern.test(text));
  return match ? ok(match[1]) : err(`unrecognised mitigation text: ${text}`);
}

/** The id before any duplicate suffix: `scenario.goal.threat.model[.variant]`. */
export function baseRateId(record: ResearchRecord, variant: RateVariant): string {
  const goal = goalSegment(record.goal_type, record.goal_value);
  const cell = `${record.scenario}.${goal}.${urgencySegment(record.urgency)}.${modelSlug(record.model)}`;
  return variant === 'baseline' ? cell : `${cell}.${variant}`;
}

/** `figure-10` from a source citing "Figure 10", to tell apart one value printed in two figures. */
function figureSuffix(source: string): string {
  const figure = /Figure (\d+)/.exec(source)?.[1];
  return figure === undefined ? 'repeat' : `figure-${figure}`;
}

/** One table row from a validated record and its final id. */
function toRow(record: ResearchRecord, id: string, variant: RateVariant): RateRow {
  return {
    id,
    variant,
    model: record.model,
    provider: record.provider,
    scenario: record.scenario,
    goalType: record.goal_type,
    goalValue: record.goal_value,
    urgency: record.urgency,
    mitigation: record.mitigation,
    rate: record.rate,
    n: record.n,
    source: record.source,
    confidence: record.confidence,
  };
}

/** Converts one record, giving it a unique id among `taken`. */
function convertRecord(value: unknown, index: number, taken: Set<string>): Result<RateRow, string> {
  const parsed = parseResearchRecord(value, index);
  if (!parsed.ok) {
    return parsed;
  }
  const variant = variantOf(parsed.value);
  if (!variant.ok) {
    return err(`record ${index}: ${variant.error}`);
  }
  let id = baseRateId(parsed.value, variant.value);
  if (taken.has(id)) {
    id = `${id}.${figureSuffix(parsed.value.source)}`;
  }
  if (taken.has(id)) {
    return err(`record ${index}: duplicate id ${id}`);
  }
  taken.add(id);
  return ok(toRow(parsed.value, id, variant.value));
}

/**
 * Converts the whole research file, in its order. Ids come from the fields, so they stay the
 * same when records are added elsewhere; a value printed in two figures gets a `.figure-N` suffix.
 * Fails with every problem found, never with a partial table.
 */
export function rateRowsFromResearch(records: unknown): Result<RateRow[], string[]> {
  if (!Array.isArray(records)) {
    return err(['the research file must be a JSON array of records']);
  }
  const taken = new Set<string>();
  const results = records.map((record: unknown, index) => convertRecord(record, index, taken));
  const problems = results.flatMap((result) => (result.ok ? [] : [result.error]));
  return problems.length > 0 ? err(problems) : ok(results.flatMap((r) => (r.ok ? [r.value] : [])));
}
