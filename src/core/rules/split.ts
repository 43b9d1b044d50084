/**
 * A split node: one d100 against published shares that sum to 1 (the validator checks the sum
 * and that every row exists). The roll picks the branch; each share is a measured probability
 * citing its rate row. No defense changes a share: they describe what the model believed, not
 * what it did, and the study measured no defense on them.
 */
import type { SplitNode } from '../model/level';
import type { GameState } from '../model/state';
import type { Probability } from '../odds/probability';
import { measuredProbability } from '../odds/steps';
import { rateById } from '../rates';
import { follow } from './conditions';
import { drawLabel, splitBounds } from './dice';
import { enterNode } from './flow';
import type { RuleContext, Transition } from './transition';
import { andThen, emit } from './transition';

/** Each branch's share as a measured probability, in file order. */
export function splitShares(node: SplitNode): Probability[] {
  return node.branches.map((branch) => {
    const row = rateById(branch.rate);
    if (row === undefined) {
      throw new Error(`Split "${node.id}" cites unknown rate "${branch.rate}"; parse it first.`);
    }
    return measuredProbability(row, 'published-rate');
  });
}

/** Rolls the split and enters the branch the roll lands in. */
export function resolveSplit(context: RuleContext, state: GameState, node: SplitNode): Transition {
  const shares = splitShares(node);
  const values = shares.map((share) => share.value);
  const draw = context.dice.split(state, drawLabel(node.id, 'split'), values);
  const bounds = splitBounds(values);
  const branches = node.branches.map((branch, index) => ({
    branch: branch.id,
    labelKey: branch.labelKey,
    probability: shares[index] as Probability,
    lower: bounds[index]?.lower ?? 0,
    upper: bounds[index]?.upper ?? 100,
  }));
  const taken = node.branches[draw.branch] ?? node.branches[node.branches.length - 1];
  if (taken === undefined) {
    throw new Error(`Split "${node.id}" has no branches; parse it first.`);
  }
  const event = {
    kind: 'split-rolled' as const,
    node: node.id,
    branch: taken.id,
    labelKey: taken.labelKey,
    draw: { ...draw, probability: shares[draw.branch] as Probability },
    branches,
  };
  return andThen(emit(state, event), (next) => enterNode(context, next, follow(taken.next, next)));
}
