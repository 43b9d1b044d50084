/** Handlers of the player's answers: a choice, a queued action, a monitor flag. */
import { err, ok } from '../../model/result';
import type { GameState } from '../../model/state';
import { nodeOf } from '../conditions';
import { act, exitThrough, pendingOf, reviewOrAct } from '../decision';
import { availableOptions, goTo } from '../flow';
import type { Handler } from './handler';
import { emit, andThen, violation } from '../transition';

/** `choose-option`: one of the current choice's options whose `when` holds. */
export const chooseOption: Handler<'choose-option'> = (context, state, command) => {
  const node = nodeOf(context.level, state.node ?? '');
  const option =
    node.kind === 'choice'
      ? availableOptions(node, state).find((item) => item.id === command.option)
      : undefined;
  if (option === undefined) {
    const message = `option "${command.option}" is not available at "${node.id}"`;
    return err(violation('ERR_OPTION_UNAVAILABLE', command, message));
  }
  const chosen: GameState = {
    ...state,
    status: 'playing',
    choices: { ...state.choices, [node.id]: option.id },
  };
  const event = {
    kind: 'choice-made' as const,
    node: node.id,
    option: option.id,
    labelKey: option.labelKey,
  };
  return ok(andThen(emit(chosen, event), (next) => goTo(context, next, option.next)));
};

/** `approve-action`: the queued action goes out. */
export const approveAction: Handler<'approve-action'> = (context, state) => {
  const { decision, arm } = pendingOf(context, state);
  const event = {
    kind: 'action-approved' as const,
    decision: decision.id,
    email: decision[arm].action ?? '',
  };
  return ok(andThen(emit(state, event), (next) => act(context, next, decision, arm)));
};

/** `hold-action`: the queued action never goes out; the arm's `held` exit is taken. */
export const holdAction: Handler<'hold-action'> = (context, state) => {
  const { decision, arm } = pendingOf(context, state);
  const event = {
    kind: 'action-held' as const,
    decision: decision.id,
    email: decision[arm].action ?? '',
  };
  return ok(andThen(emit(state, event), (next) => exitThrough(context, next, 'held')));
};

/** `act-on-flag`: halt the agent (the arm's `halted` exit) or dismiss the flag and go on. */
export const actOnFlag: Handler<'act-on-flag'> = (context, state, command) => {
  const { decision, arm } = pendingOf(context, state);
  const event = {
    kind: 'flag-acted-on' as const,
    decision: decision.id,
    response: command.response,
  };
  const answered = emit({ ...state, status: 'playing' }, event);
  return ok(
    andThen(answered, (next) =>
      command.response === 'halt'
        ? exitThrough(context, next, 'halted')
        : reviewOrAct(context, next, decision, arm),
    ),
  );
};
