import { type DecisionNode, type Level, rateById } from '../../core';
import type { TextParams } from '../dom';
import { formatClock } from './time';

/** What tells one decision's figure from another: its scenario, time and study condition. */
export function decisionLabel(level: Level, node: DecisionNode): TextParams {
  const time = formatClock(node.time);
  if ('row' in node.rate) {
    const row = rateById(node.rate.row);
    return {
      scenario: { key: `scenario.${row?.scenario ?? level.scenario}` as const },
      time,
      condition: { key: `sources.variant.${row?.variant ?? 'baseline'}` as const },
    };
  }
  // The threat tells the figures of one level apart; the goal is shown by the framing above.
  return {
    scenario: { key: `scenario.${node.rate.scenario}` as const },
    time,
    condition: { key: `urgency.${node.rate.urgency}` as const },
  };
}
