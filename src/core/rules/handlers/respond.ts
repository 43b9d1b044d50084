/** Handlers of the player's answers: a choice, a queued action, a monitor flag. */
import { err, ok } from '../../model/result';
import type { GameState } from '../../model/state';
import { nodeOf } from '../conditions';
import { exitThrough, pendingOf, reviewOrAct, settleAgentItem } from '../decision';
import { decide } from '../queue';
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

/** `approve-action`: the agent's queued action goes out. */
export const approveAction: Handler<'approve-action'> = (context, state) =>
  ok(settleAgentItem(context, state, 'approve'));

/** `hold-action`: the agent's queued action never goes out; the arm's `held` exit is taken. */
export const holdAction: Handler<'hold-action'> = (context, state) =>
  ok(settleAgentItem(context, state, 'hold'));

/**
 * `review-item`: a verdict on one waiting item of the queue. On the agent's own item it
 * settles the story (see `settleAgentItem`); on ordinary work it only records the verdict.
 */
export const reviewItem: Handler<'review-item'> = (context, state, command) => {
  const entry = state.queue.find((item) => item.item === command.item);
  if (entry === undefined || entry.status !== 'waiting') {
    const message = `item "${command.item}" is not waiting in the queue`;
    return err(violation('ERR_ITEM_NOT_WAITING', command, message));
  }
  if (entry.decision !== null) {
    return ok(settleAgentItem(context, state, command.verdict));
  }
  return ok(decide(state, entry.item, command.verdict));
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
