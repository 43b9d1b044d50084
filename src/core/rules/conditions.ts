/** Evaluating a level's conditions against the loadout and what has happened so far. */
import type { Condition, Level, LevelNode, Next } from '../model/level';
import type { GameState } from '../model/state';

/** True when the condition holds in this state. */
export function holds(condition: Condition, state: GameState): boolean {
  if ('all' in condition) {
    return condition.all.every((part) => holds(part, state));
  }
  if ('any' in condition) {
    return condition.any.some((part) => holds(part, state));
  }
  if ('not' in condition) {
    return !holds(condition.not, state);
  }
  return leafHolds(condition, state);
}

function leafHolds(condition: Condition, state: GameState): boolean {
  if ('defense' in condition) {
    return state.loadout.defenses.includes(condition.defense);
  }
  if ('model' in condition) {
    return state.loadout.model === condition.model;
  }
  if ('goalFraming' in condition) {
    return state.loadout.goalFraming === condition.goalFraming;
  }
  if ('chose' in condition) {
    return state.choices[condition.chose.node] === condition.chose.option;
  }
  if ('visited' in condition) {
    return state.visited.includes(condition.visited);
  }
  return 'read' in condition && state.read.includes(condition.read);
}

/** True when an optional `when` holds (no `when` always holds). */
export function whenHolds(when: Condition | undefined, state: GameState): boolean {
  return when === undefined || holds(when, state);
}

/**
 * The node a `next` leads to: its first branch whose `when` holds. A parsed level's last branch
 * has no `when`, so one always matches.
 */
export function follow(next: Next, state: GameState): string {
  const branch =
    next.find((candidate) => whenHolds(candidate.when, state)) ?? next[next.length - 1];
  if (branch === undefined) {
    throw new Error('A parsed level never has an empty branch list.');
  }
  return branch.to;
}

/** The node with this id; a parsed level resolves every id, so a miss is a broken invariant. */
export function nodeOf(level: Level, id: string): LevelNode {
  const node = level.nodes[id];
  if (node === undefined) {
    throw new Error(`Level "${level.id}" has no node "${id}"; was it made by parseLevel?`);
  }
  return node;
}
