/**
 * The rates pass: every model offered is one of the study's, every decision's rate is published
 * for every model that can reach it, every split's shares are rows that sum to 1, and every rate
 * id a debrief or summary cites exists. A level can therefore never ask the odds core for a
 * number the study did not publish.
 */
import type { Goal } from '../model/level';
import type { Condition } from '../rates';
import { isModelName, modelsWithCondition, rateById } from '../rates';
import { defenseCard, deployedOfStage } from '../defenses/defense-table';
import type { CheckContext } from './level-index';
import type { PathSegment } from './issue-path';
import { modelsReaching } from './model-reach';
import type { DecisionFile, SplitFile } from './schema';

/** How far the shares of a split may be from 1 (the published shares are given to 0.1 %). */
export const SHARE_SUM_TOLERANCE = 1e-9;

/** Runs the rate checks. */
export function checkRates(context: CheckContext): void {
  checkModels(context);
  const reach = modelsReaching(context.level);
  context.level.nodes.forEach((node, position) => {
    const path: PathSegment[] = ['nodes', position];
    const models = reach.get(node.id) ?? [];
    if (node.kind === 'decision') {
      checkDecisionRates(node, path, models, context);
    }
    if (node.kind === 'split') {
      checkSplit(node, path, models, context);
    }
    if (node.kind === 'ending') {
      checkCitations(node.debrief.facts, [...path, 'debrief'], context);
    }
  });
  const summary = context.level.briefing.summary;
  if (summary !== undefined) {
    checkCitations(summary.facts, ['briefing', 'summary'], context);
  }
}

function checkModels({ level, file, issues }: CheckContext): void {
  level.loadout.models.forEach((model, position) => {
    if (!isModelName(model)) {
      const message = `"${model}" is not a model of the study (see src/core/rates/models.ts)`;
      issues.add('ERR_UNKNOWN_REFERENCE', file, ['loadout', 'models', position], message);
    }
  });
}

/** The conditions a decision can draw on: one per goal framing if it takes the loadout's goal. */
export function decisionConditions(
  node: DecisionFile,
  framings: readonly { id: string; goal: Goal }[],
): { condition: Condition; framing?: string }[] {
  const spec = node.rate;
  if ('row' in spec) {
    return [];
  }
  const make = (goal: Goal): Condition => ({
    scenario: spec.scenario,
    goalType: goal.type,
    goalValue: goal.value,
    urgency: spec.urgency,
  });
  if (spec.goal !== 'loadout') {
    return [{ condition: make(spec.goal) }];
  }
  return framings.map((framing) => ({ condition: make(framing.goal), framing: framing.id }));
}

function checkDecisionRates(
  node: DecisionFile,
  path: PathSegment[],
  models: readonly string[],
  context: CheckContext,
): void {
  const { level, file, issues } = context;
  if ('row' in node.rate) {
    checkRowDecision(node.rate.row, [...path, 'rate', 'row'], models, context);
    return;
  }
  for (const { condition, framing } of decisionConditions(node, level.loadout.goalFramings)) {
    const published = modelsWithCondition(condition);
    const where = framing === undefined ? '' : ` (goal framing "${framing}")`;
    const cell = `${condition.scenario} / ${condition.goalType}-${condition.goalValue} / ${condition.urgency}`;
    if (published.length === 0) {
      const message = `the rates table has no row for ${cell}${where}`;
      issues.add('ERR_UNKNOWN_RATE_CONDITION', file, [...path, 'rate'], message);
      continue;
    }
    for (const model of models) {
      if (isModelName(model) && !published.includes(model)) {
        const message = `no published rate for ${model} in ${cell}${where}; offer only models with one, or let only those reach this decision`;
        issues.add('ERR_NO_RATE_FOR_MODEL', file, [...path, 'rate'], message);
      }
    }
    checkSwitchCards(condition, where, models, context);
  }
}

/**
 * Every offered card that switches the study cell must lead, for every model that can reach the
 * decision, to a cell the study published: otherwise deploying it would ask for a rate that
 * does not exist.
 */
function checkSwitchCards(
  condition: Condition,
  where: string,
  models: readonly string[],
  { level, file, issues }: CheckContext,
): void {
  level.loadout.defenses.forEach((offered, position) => {
    const [card] = deployedOfStage([offered.id], 'switch-condition');
    if (card === undefined) {
      return;
    }
    const switched = card.switchCondition(condition);
    const published = modelsWithCondition(switched);
    const missing = models.filter((model) => isModelName(model) && !published.includes(model));
    if (missing.length > 0) {
      const cell = `${switched.scenario} / ${switched.goalType}-${switched.goalValue} / ${switched.urgency}`;
      const message = `"${offered.id}" leads to ${cell}${where}, which the study did not publish for ${missing.join(', ')}; offer it only where every model has that cell`;
      issues.add('ERR_NO_RATE_FOR_MODEL', file, ['loadout', 'defenses', position, 'id'], message);
    }
  });
}

/** A named row: it exists, it measures every model that reaches it, no prompt defense is offered. */
function checkRowDecision(
  id: string,
  path: PathSegment[],
  models: readonly string[],
  context: CheckContext,
): void {
  const { level, file, issues } = context;
  const row = checkRowFor(id, path, models, context);
  if (row === undefined) {
    return;
  }
  level.loadout.defenses.forEach((card, position) => {
    if (defenseCard(card.id).changesPrompt) {
      const message = `"${card.id}" was never measured on the row "${id}"; do not offer it in a level that draws on a named row`;
      issues.add('ERR_RATE_ROW_DEFENSE', file, ['loadout', 'defenses', position, 'id'], message);
    }
  });
}

/** Reports an unknown row, or a reaching model it did not measure; returns the row if known. */
function checkRowFor(
  id: string,
  path: PathSegment[],
  models: readonly string[],
  { file, issues }: CheckContext,
) {
  const row = rateById(id);
  if (row === undefined) {
    issues.add('ERR_UNKNOWN_RATE_ID', file, path, `no row of the rates table has id "${id}"`);
    return undefined;
  }
  for (const model of models) {
    if (model !== row.model) {
      const message = `the row "${id}" measures ${row.model}, not ${model}; let only ${row.model} reach it`;
      issues.add('ERR_NO_RATE_FOR_MODEL', file, path, message);
    }
  }
  return row;
}

function checkSplit(
  node: SplitFile,
  path: PathSegment[],
  models: readonly string[],
  context: CheckContext,
): void {
  const rows = node.branches.map((branch, position) =>
    checkRowFor(branch.rate, [...path, 'branches', position, 'rate'], models, context),
  );
  if (rows.some((row) => row === undefined)) {
    return;
  }
  const sum = rows.reduce((total, row) => total + (row?.rate ?? 0), 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    const message = `the shares of a split must sum to 1; these sum to ${sum}`;
    context.issues.add('ERR_SPLIT_SHARES', context.file, [...path, 'branches'], message);
  }
}

function checkCitations(
  facts: readonly { rates: readonly string[] }[],
  path: PathSegment[],
  { file, issues }: CheckContext,
): void {
  facts.forEach((fact, factPosition) => {
    fact.rates.forEach((id, position) => {
      if (rateById(id) === undefined) {
        const at = [...path, 'facts', factPosition, 'rates', position];
        issues.add('ERR_UNKNOWN_RATE_ID', file, at, `no row of the rates table has id "${id}"`);
      }
    });
  });
}
