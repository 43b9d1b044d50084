/**
 * Renders a scenario simulation: a readable table, or the same content as JSON.
 * Numbers are printed to 4 decimals for reading; the JSON keeps them unrounded.
 */
import type {
  AssumptionValues,
  Interval,
  RateRow,
  ScenarioSimulation,
  WilsonBounds,
} from '../../src/core';
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_NAMES,
  OUTCOMES,
  conditionKey,
  formatGoal,
  rateById,
} from '../../src/core';
import { ASSUMPTION_TEXT, BASIS_TEXT, TAG_TEXT } from './describe';

/** A probability for reading. */
export function formatProbability(value: number): string {
  return value.toFixed(4);
}

/** `[low, high]` for reading, or a dash. */
function formatBounds(bounds: WilsonBounds | Interval | null): string {
  return bounds === null
    ? '—'
    : `[${formatProbability(bounds.low)}, ${formatProbability(bounds.high)}]`;
}

/** Every rate row named anywhere in the result, in first-seen order. */
export function rowsUsed(simulation: ScenarioSimulation): RateRow[] {
  const probabilities = [
    ...simulation.odds.steps.map((step) => step.probability),
    ...Object.values(simulation.odds.outcomes),
  ];
  const ids = [...new Set(probabilities.flatMap((item) => item.provenance.rateIds))];
  return ids.flatMap((id) => rateById(id) ?? []);
}

/** Header lines: what was simulated. */
function header(simulation: ScenarioSimulation): string[] {
  const { odds } = simulation;
  const { condition } = odds;
  const defenses = odds.defenses.length > 0 ? odds.defenses.join(', ') : 'none';
  return [
    `${odds.model} · ${condition.scenario} · goal ${formatGoal(condition)} · threat ${condition.urgency}`,
    `Study cell: ${conditionKey(condition)}${conditionKey(odds.effectiveCondition) === conditionKey(condition) ? '' : ` → ${conditionKey(odds.effectiveCondition)} after the defenses`}`,
    `Defenses: ${defenses} · ${simulation.runs} episodes · seed ${String(simulation.seed)}`,
  ];
}

/** The outcome table: exact, tag, exact interval, sampled count, rate and interval. */
function outcomeTable(simulation: ScenarioSimulation): string[] {
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd([19, 8, 13, 18, 7, 8, 0][index] ?? 0))
      .join(' ')
      .trimEnd();
  return [
    row(['Outcome', 'Exact', 'Tag', '95 % (from n)', 'Count', 'Sampled', '95 % Wilson (sample)']),
    ...OUTCOMES.map((outcome) => {
      const line = simulation.outcomes[outcome];
      return row([
        outcome,
        formatProbability(line.exact.value),
        line.exact.provenance.tag,
        formatBounds(line.exact.interval),
        String(line.count),
        formatProbability(line.sampledRate),
        formatBounds(line.sampledInterval),
      ]);
    }),
  ];
}

/** The "why this number" chain of P(harm). */
function whyHarm(simulation: ScenarioSimulation): string[] {
  const { steps } = simulation.odds;
  return [
    `Why P(harm) = ${formatProbability(simulation.odds.harm.value)}:`,
    ...steps.map((step, index) => {
      const { probability } = step;
      const basis = probability.provenance.bases[probability.provenance.bases.length - 1];
      const label = step.kind === 'base' ? 'base' : step.defenses.join(' + ');
      return `  ${index + 1}. ${label.padEnd(28)} ${formatProbability(probability.value)}  ${probability.provenance.tag.padEnd(12)} ${formatBounds(probability.interval)}  ${basis === undefined ? '' : BASIS_TEXT[basis]}`;
    }),
  ];
}

/** The rate rows with their sources. */
function sources(rows: readonly RateRow[]): string[] {
  return [
    'Rate rows used:',
    ...rows.map(
      (row) =>
        `  ${row.id}: ${row.rate} (n = ${row.n ?? 'not stated'}, ${row.confidence})\n      ${row.source}`,
    ),
  ];
}

/** The assumptions in force and where each came from. */
function assumptionLines(values: AssumptionValues, given: Partial<AssumptionValues>): string[] {
  return [
    'Assumptions (used only by the defenses that need them):',
    ...ASSUMPTION_NAMES.map((name) => {
      const field = ASSUMPTION_FIELDS[name];
      const origin = given[field] === undefined ? 'default' : 'from the command line';
      return `  ${name} = ${values[field]} (${origin}): ${ASSUMPTION_TEXT[name]}`;
    }),
  ];
}

/** The tags legend. */
function legend(): string[] {
  return ['Tags:', ...Object.entries(TAG_TEXT).map(([tag, text]) => `  ${tag.padEnd(12)} ${text}`)];
}

/** The readable report. */
export function renderTable(
  simulation: ScenarioSimulation,
  given: Partial<AssumptionValues>,
): string {
  const sections = [
    header(simulation),
    outcomeTable(simulation),
    whyHarm(simulation),
    sources(rowsUsed(simulation)),
    assumptionLines(simulation.odds.assumptions, given),
    legend(),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** The same content as JSON. */
export function renderJson(
  simulation: ScenarioSimulation,
  given: Partial<AssumptionValues>,
): string {
  const { odds } = simulation;
  const json = {
    model: odds.model,
    condition: odds.condition,
    conditionKey: conditionKey(odds.condition),
    effectiveCondition: odds.effectiveCondition,
    defenses: odds.defenses,
    runs: simulation.runs,
    seed: simulation.seed,
    assumptions: { values: odds.assumptions, fromCommandLine: given },
    harm: odds.harm,
    steps: odds.steps,
    outcomes: OUTCOMES.map((outcome) => {
      const line = simulation.outcomes[outcome];
      return {
        outcome,
        exact: line.exact,
        count: line.count,
        sampledRate: line.sampledRate,
        sampledInterval: line.sampledInterval,
      };
    }),
    rateRows: rowsUsed(simulation),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
