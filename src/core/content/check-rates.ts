/**
 * The rates pass: every model offered is one of the study's, every decision's condition has
 * published rates for every model offered, and every rate id a debrief cites exists. A level
 * can therefore never ask the odds core for a number the study did not publish.
 */
import type { Goal } from '../model/level';
import type { Condition } from '../rates';
import { isModelName, modelsWithCondition, rateById } from '../rates';
import type { CheckContext } from './level-index';
import type { PathSegment } from './issue-path';
import type { NodeFile } from './schema';

/** Runs the rate checks. */
export function checkRates(context: CheckContext): void {
  checkModels(context);
  context.level.nodes.forEach((node, position) => {
    const path: PathSegment[] = ['nodes', position];
    if (node.kind === 'decision') {
      checkDecisionRates(node, path, context);
    }
    if (node.kind === 'ending') {
      checkCitations(node, path, context);
    }
  });
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
  node: Extract<NodeFile, { kind: 'decision' }>,
  framings: readonly { id: string; goal: Goal }[],
): { condition: Condition; framing?: string }[] {
  const make = (goal: Goal): Condition => ({
    scenario: node.rate.scenario,
    goalType: goal.type,
    goalValue: goal.value,
    urgency: node.rate.urgency,
  });
  if (node.rate.goal !== 'loadout') {
    return [{ condition: make(node.rate.goal) }];
  }
  return framings.map((framing) => ({ condition: make(framing.goal), framing: framing.id }));
}

function checkDecisionRates(
  node: Extract<NodeFile, { kind: 'decision' }>,
  path: PathSegment[],
  { level, file, issues }: CheckContext,
): void {
  for (const { condition, framing } of decisionConditions(node, level.loadout.goalFramings)) {
    const published = modelsWithCondition(condition);
    const where = framing === undefined ? '' : ` (goal framing "${framing}")`;
    const cell = `${condition.scenario} / ${condition.goalType}-${condition.goalValue} / ${condition.urgency}`;
    if (published.length === 0) {
      const message = `the rates table has no row for ${cell}${where}`;
      issues.add('ERR_UNKNOWN_RATE_CONDITION', file, [...path, 'rate'], message);
      continue;
    }
    for (const model of level.loadout.models) {
      if (isModelName(model) && !published.includes(model)) {
        const message = `no published rate for ${model} in ${cell}${where}; offer only models with one`;
        issues.add('ERR_NO_RATE_FOR_MODEL', file, [...path, 'rate'], message);
      }
    }
  }
}

function checkCitations(
  node: Extract<NodeFile, { kind: 'ending' }>,
  path: PathSegment[],
  { file, issues }: CheckContext,
): void {
  node.debrief.facts.forEach((fact, factPosition) => {
    fact.rates.forEach((id, position) => {
      if (rateById(id) === undefined) {
        const at = [...path, 'debrief', 'facts', factPosition, 'rates', position];
        issues.add('ERR_UNKNOWN_RATE_ID', file, at, `no row of the rates table has id "${id}"`);
      }
    });
  });
}
