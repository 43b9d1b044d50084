/** The shape every command handler has. */
import type { Command, RuleViolation } from '../../model/command';
import type { Result } from '../../model/result';
import type { GameState } from '../../model/state';
import type { RuleContext, Transition } from '../transition';

/** Handles one kind of command; `step` has already checked the status allows it. */
export type Handler<K extends Command['kind']> = (
  context: RuleContext,
  state: GameState,
  command: Extract<Command, { kind: K }>,
) => Result<Transition, RuleViolation>;
