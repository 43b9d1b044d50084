/** The odds track: every decision point's harmful-attempt probability under a loadout. */
import type { DecisionOdds } from '../model/event';
import type { DecisionNode, Level } from '../model/level';
import type { Loadout } from '../model/state';
import { attemptOdds, leverageVisibleIfDelivered } from './odds';

/**
 * The live odds of each decision point, in file order, as the loadout screen shows them: the
 * leverage counts as delivered (the day has not run yet), so compartmentalization shows its
 * structural zero where it would hide all of it. `probability` is null where the study
 * published no rate (a parsed level offers no such loadout).
 */
export function loadoutOdds(level: Level, loadout: Loadout): DecisionOdds[] {
  return decisionsOf(level).map((decision) => {
    const visible = leverageVisibleIfDelivered(level, decision, loadout);
    const odds = attemptOdds(level, decision, loadout, visible);
    return { decision: decision.id, probability: odds.ok ? odds.value : null };
  });
}

/** The decision nodes of a level, in file order. */
export function decisionsOf(level: Level): DecisionNode[] {
  return level.nodeOrder.flatMap((id) => {
    const node = level.nodes[id];
    return node?.kind === 'decision' ? [node] : [];
  });
}
