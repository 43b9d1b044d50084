/** The unit the rules pass around: a new state and the events that led to it. */
import type { RuleViolation } from '../model/command';
import type { Command } from '../model/command';
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import type { GameState } from '../model/state';
import type { Dice } from './dice';

/** What one command did: the next state and what happened, in order. */
export interface Transition {
  readonly state: GameState;
  readonly events: readonly SimEvent[];
}

/** What every rule needs besides the state: the level, and the dice to draw with. */
export interface RuleContext {
  readonly level: Level;
  readonly dice: Dice;
}

/** A transition with no events yet. */
export function stay(state: GameState): Transition {
  return { state, events: [] };
}

/**
 * Applies `next` to the transition's state and appends its events. (Not named `then`: a
 * module exporting `then` is a thenable, and `await import()` of it never settles.)
 */
export function andThen(first: Transition, next: (state: GameState) => Transition): Transition {
  const second = next(first.state);
  return { state: second.state, events: [...first.events, ...second.events] };
}

/** A transition that only emits events. */
export function emit(state: GameState, ...events: SimEvent[]): Transition {
  return { state, events };
}

/** Builds a refusal. */
export function violation(
  code: RuleViolation['code'],
  command: Command | { kind: string },
  message: string,
): RuleViolation {
  return { code, command: command.kind, message };
}
