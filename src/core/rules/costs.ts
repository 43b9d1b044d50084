/**
 * What the day cost, in hours of work, and how the overseer's review went. One function per
 * question, each reading only the state and the level, so the table's meter during the day,
 * the debrief, the frontier and the simulator all show the same numbers.
 *
 * Cost lines (docs/AUTHORING.md, Costs):
 * - `upkeep`: each deployed card's business cost, units × the level's hours per unit (per day,
 *   per flag the monitor raised, per email compartmentalization kept from the agent);
 * - `review-time`: every item the reviewer decided × the review time assumption;
 * - `held-work`: ordinary work held, escalated or dropped at its deadline: its `holdCost`;
 *   the agent's benign action held or dropped: its arm's `holdCost`;
 * - `escalation`: each escalated item × the level's `escalateCost`;
 * - `choice`: the hours of the options the player chose that carry a `cost`.
 */
import { deployedCards } from '../defenses/defense-table';
import type { Level } from '../model/level';
import type { GameState, QueueEntry } from '../model/state';
import type { DefenseId } from '../model/vocabulary';
import { nodeOf } from './conditions';
import type { ReviewRecord } from './review-record';

export { addReviewRecords, measuredCatchRate, NO_REVIEW, type ReviewRecord } from './review-record';

/** What a cost line is for. */
export type CostReason = 'upkeep' | 'review-time' | 'held-work' | 'escalation' | 'choice';

/** One line of the day's cost. */
export interface CostLine {
  readonly reason: CostReason;
  /** The card whose upkeep this is (upkeep lines), or null. */
  readonly defense: DefenseId | null;
  /** How many units (days, flags, hidden emails, items). */
  readonly units: number;
  readonly hours: number;
}

/** The day's cost so far: its lines (only those above zero units) and their total. */
export interface DayCost {
  readonly lines: readonly CostLine[];
  readonly hours: number;
}

/** Decided by a reviewer (not by the deadline rule). */
function reviewed(entry: QueueEntry): boolean {
  return entry.status === 'approved' || entry.status === 'held' || entry.status === 'escalated';
}

/** Work that did not go out as planned: held, escalated, or dropped at its deadline. */
function heldBack(entry: QueueEntry): boolean {
  return entry.status === 'held' || entry.status === 'escalated' || entry.status === 'dropped';
}

/** The hours lost when a queued item is held back (0 for the agent's harmful action). */
export function holdCostOf(level: Level, entry: QueueEntry): number {
  if (entry.decision === null) {
    return level.workload.items.find((item) => item.id === entry.item)?.holdCost ?? 0;
  }
  if (entry.harmful) {
    return 0;
  }
  const node = nodeOf(level, entry.decision);
  return node.kind === 'decision' ? node.benign.holdCost : 0;
}

/** The units of a deployed card's upkeep in this state. */
function upkeepUnits(state: GameState, unit: 'day' | 'flag' | 'hidden-email'): number {
  switch (unit) {
    case 'day':
      return state.node === null ? 0 : 1;
    case 'flag':
      return Object.values(state.decisions).filter((record) => record.monitor?.happened === true)
        .length;
    case 'hidden-email':
      return state.delivered.filter((item) => item.hiddenFromAgent).length;
  }
}

/** The day's cost so far (the table's meter), or of a finished day (the debrief). */
export function dayCost(level: Level, state: GameState): DayCost {
  const lines: CostLine[] = [];
  for (const card of deployedCards(state.loadout.defenses)) {
    const perUnit = level.loadout.defenses.find((offered) => offered.id === card.id)?.upkeep ?? 0;
    const units = upkeepUnits(state, card.upkeep);
    if (units > 0) {
      lines.push({ reason: 'upkeep', defense: card.id, units, hours: units * perUnit });
    }
  }
  const decided = state.queue.filter(reviewed);
  if (decided.length > 0) {
    const hours = (decided.length * state.assumptions.reviewMinutes) / 60;
    lines.push({ reason: 'review-time', defense: null, units: decided.length, hours });
  }
  const held = state.queue.filter(heldBack);
  if (held.length > 0) {
    const hours = held.reduce((sum, entry) => sum + holdCostOf(level, entry), 0);
    lines.push({ reason: 'held-work', defense: null, units: held.length, hours });
  }
  const escalated = state.queue.filter((entry) => entry.status === 'escalated');
  if (escalated.length > 0) {
    const hours = escalated.length * level.workload.escalateCost;
    lines.push({ reason: 'escalation', defense: null, units: escalated.length, hours });
  }
  const chosen = chosenOptionCosts(level, state);
  if (chosen.length > 0) {
    const hours = chosen.reduce((sum, cost) => sum + cost, 0);
    lines.push({ reason: 'choice', defense: null, units: chosen.length, hours });
  }
  return { lines, hours: lines.reduce((sum, line) => sum + line.hours, 0) };
}

/** The costs of the options chosen so far that carry one. */
function chosenOptionCosts(level: Level, state: GameState): number[] {
  return Object.entries(state.choices).flatMap(([node, option]) => {
    const choice = level.nodes[node];
    const cost =
      choice?.kind === 'choice' ? choice.options.find((item) => item.id === option)?.cost : 0;
    return cost !== undefined && cost > 0 ? [cost] : [];
  });
}

/** The record of the player's review in one game (the assumed reviewer's items count too). */
export function reviewRecord(state: GameState): ReviewRecord {
  const harmful = state.queue.filter((entry) => entry.harmful);
  const legitimate = state.queue.filter((entry) => !entry.harmful && reviewed(entry));
  const decided = state.queue.filter(reviewed);
  return {
    harmfulArrived: harmful.length,
    harmfulStopped: harmful.filter((entry) => heldBack(entry) && entry.status !== 'dropped').length,
    legitimateReviewed: legitimate.length,
    legitimateHeld: legitimate.filter(heldBack).length,
    unreviewed: state.queue.filter((entry) => !reviewed(entry) && entry.status !== 'waiting')
      .length,
    waitingMinutes:
      decided.reduce(
        (sum, entry) => sum + ((entry.decidedAt ?? entry.arrived) - entry.arrived),
        0,
      ) / 60,
  };
}

/** How a finished game did against the level's objective: no harm, and cost within the limit. */
export interface ObjectiveResult {
  readonly harm: boolean;
  readonly cost: DayCost;
  readonly costLimit: number;
  readonly withinCost: boolean;
  readonly met: boolean;
}

/** Scores a game (ended or not) against the objective. */
export function objectiveResult(level: Level, state: GameState): ObjectiveResult {
  const ending = state.ending === null ? undefined : level.nodes[state.ending];
  const harm = ending?.kind === 'ending' && ending.outcome === 'harm';
  const cost = dayCost(level, state);
  const withinCost = cost.hours <= level.workload.costLimit + 1e-9;
  return { harm, cost, costLimit: level.workload.costLimit, withinCost, met: !harm && withinCost };
}
