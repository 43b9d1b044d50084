/**
 * What a debrief may say about a finished game: the facts and questions of its ending whose
 * `when` holds on the path that led there. The debrief panel shows exactly these and never
 * works them out itself.
 */
import { deployedLayerWithHook } from '../defenses/defense-table';
import type {
  Condition,
  DebriefCondition,
  DebriefFact,
  DebriefQuestion,
  EndingNode,
  Level,
} from '../model/level';
import type { GameState } from '../model/state';
import { holds } from './conditions';

/** The facts and questions a finished game's debrief shows, in the level's order. */
export interface DebriefContent {
  readonly ending: EndingNode;
  readonly facts: readonly DebriefFact[];
  readonly questions: readonly DebriefQuestion[];
}

/** A debrief's questions with their conditions (a level made without `questions`: every key). */
export function debriefQuestions(ending: EndingNode): readonly DebriefQuestion[] {
  return ending.debrief.questions ?? ending.debrief.questionKeys.map((key) => ({ key }));
}

/** The debrief of a game that reached an ending, or undefined before it has. */
export function debriefFor(level: Level, state: GameState): DebriefContent | undefined {
  const ending = state.ending === null ? undefined : level.nodes[state.ending];
  if (ending?.kind !== 'ending') {
    return undefined;
  }
  const applies = (item: { readonly when?: DebriefCondition }) =>
    item.when === undefined || debriefHolds(level, item.when, state);
  return {
    ending,
    facts: ending.debrief.facts.filter(applies),
    questions: debriefQuestions(ending).filter(applies),
  };
}

/** True when a debrief condition holds for this (finished) game. */
export function debriefHolds(level: Level, condition: DebriefCondition, state: GameState): boolean {
  if ('all' in condition) {
    return condition.all.every((part) => debriefHolds(level, part, state));
  }
  if ('any' in condition) {
    return condition.any.some((part) => debriefHolds(level, part, state));
  }
  if ('not' in condition) {
    return !debriefHolds(level, condition.not, state);
  }
  if ('attempted' in condition) {
    return state.decisions[condition.attempted]?.arm === 'harmful';
  }
  if ('flagged' in condition) {
    return state.decisions[condition.flagged]?.monitor?.happened === true;
  }
  if ('queued' in condition) {
    return wasQueued(level, condition.queued, state);
  }
  return holds(condition satisfies Condition, state);
}

/**
 * True when the agent's action at this decision waited for the player: the arm is hooked for
 * oversight, has an action, an approval card was deployed, and the player did not halt the
 * agent on a monitor flag first (rules/decision.ts, steps 2 and 3).
 */
function wasQueued(level: Level, decision: string, state: GameState): boolean {
  const node = level.nodes[decision];
  const record = state.decisions[decision];
  if (node?.kind !== 'decision' || record === undefined) {
    return false;
  }
  const spec = node[record.arm];
  const reviewed = deployedLayerWithHook(state.loadout.defenses, 'approval') !== undefined;
  return spec.oversight && spec.action !== undefined && reviewed && !haltedOnFlag(decision, state);
}

/**
 * True when the player halted the agent on this decision's flag. Flags wait for `act-on-flag`
 * one at a time, so the flagged decisions in the order they were reached pair up with the
 * log's `act-on-flag` commands in order.
 */
function haltedOnFlag(decision: string, state: GameState): boolean {
  const flagged = state.visited.filter(
    (id, position) =>
      state.visited.indexOf(id) === position && state.decisions[id]?.monitor?.happened === true,
  );
  const responses = state.log.flatMap((entry) =>
    entry.command.kind === 'act-on-flag' ? [entry.command.response] : [],
  );
  const position = flagged.indexOf(decision);
  return position >= 0 && responses[position] === 'halt';
}
