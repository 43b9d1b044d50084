/** Handlers of the commands that run the day: start it, advance it, open an email. */
import type { Level } from '../../model/level';
import { err, ok } from '../../model/result';
import type { GameState } from '../../model/state';
import { nodeOf } from '../conditions';
import { expireAgentItem, resolveDecision } from '../decision';
import { nextQueueMoment, passTime, waitingAgentEntry } from '../queue';
import { resolveSplit } from '../split';
import { advanceInbox, enterNode } from '../flow';
import type { Handler } from './handler';
import type { RuleContext, Transition } from '../transition';
import { emit, andThen, stay, violation } from '../transition';

/** `start-day`: the loadout is locked, the clock set to the day's first moment, the start node entered. */
export const startDay: Handler<'start-day'> = (context, state) => {
  const started: GameState = { ...state, status: 'playing', clock: dayStart(context.level) };
  const event = { kind: 'day-started' as const, time: started.clock, loadout: state.loadout };
  return ok(andThen(emit(started, event), (next) => enterNode(context, next, context.level.start)));
};

/**
 * `advance-clock`: one thing happens: the next email, the next node, or the agent's draw.
 * While the story waits for the agent's queued action, the clock moves on to the queue's next
 * moment (an arrival or a deadline); at the item's deadline the level's rule settles it.
 */
export const advanceClock: Handler<'advance-clock'> = (context, state) => {
  if (state.status === 'awaiting-approval') {
    return ok(waitForReview(context, state));
  }
  const moved = advanceStory(context, state);
  // The queue's moments are steps of their own: an item arrives, or meets its deadline, on a
  // step the player can see, never inside a jump of the clock to the next email.
  const moment = nextQueueMoment(context, state);
  if (moved.ok && moment !== undefined && moved.value.state.clock > moment) {
    return ok(passTime(context, state, moment));
  }
  return moved;
};

/** The story's next step: the next email, the next node, or the agent's draw. */
function advanceStory(context: RuleContext, state: GameState) {
  const node = nodeOf(context.level, state.node ?? context.level.start);
  switch (node.kind) {
    case 'inbox':
      return ok(advanceInbox(context, state, node));
    case 'decision':
      return resolveDecision(context, state, node);
    case 'split':
      return ok(resolveSplit(context, state, node));
    case 'choice':
    case 'ending':
      // The status guard in step.ts keeps these out: a choice waits, an ending has ended.
      return err(violation('ERR_WRONG_STATUS', { kind: 'advance-clock' }, `at ${node.kind}`));
  }
}

/** `open-email`: the player reads an email that has arrived. */
export const openEmail: Handler<'open-email'> = (_context, state, command) => {
  if (!state.delivered.some((item) => item.email === command.email)) {
    const message = `email "${command.email}" has not arrived`;
    return err(violation('ERR_EMAIL_NOT_DELIVERED', command, message));
  }
  const read = state.read.includes(command.email) ? state.read : [...state.read, command.email];
  return ok(emit({ ...state, read }, { kind: 'email-opened', email: command.email }));
};

/** The day's first moment: the earliest time of any email or timed node. */
export function dayStart(level: Level): number {
  const emailTimes = Object.values(level.emails).map((email) => email.time);
  const nodeTimes = Object.values(level.nodes).flatMap((node) =>
    node.kind === 'choice' || node.kind === 'decision' || node.kind === 'split' ? [node.time] : [],
  );
  const times = [...emailTimes, ...nodeTimes];
  return times.length === 0 ? 0 : Math.min(...times);
}

function waitForReview(context: RuleContext, state: GameState): Transition {
  const moment = nextQueueMoment(context, state);
  const moved = moment === undefined ? stay(state) : passTime(context, state, moment);
  return andThen(moved, (next) => {
    const agent = waitingAgentEntry(next);
    return agent !== undefined && agent.deadline <= next.clock
      ? expireAgentItem(context, next)
      : stay(next);
  });
}
