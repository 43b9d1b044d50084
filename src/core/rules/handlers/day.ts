/** Handlers of the commands that run the day: start it, advance it, open an email. */
import type { Level } from '../../model/level';
import { err, ok } from '../../model/result';
import type { GameState } from '../../model/state';
import { nodeOf } from '../conditions';
import { resolveDecision } from '../decision';
import { resolveSplit } from '../split';
import { advanceInbox, enterNode } from '../flow';
import type { Handler } from './handler';
import { emit, andThen, violation } from '../transition';

/** `start-day`: the loadout is locked, the clock set to the day's first moment, the start node entered. */
export const startDay: Handler<'start-day'> = (context, state) => {
  const started: GameState = { ...state, status: 'playing', clock: dayStart(context.level) };
  const event = { kind: 'day-started' as const, time: started.clock, loadout: state.loadout };
  return ok(andThen(emit(started, event), (next) => enterNode(context, next, context.level.start)));
};

/** `advance-clock`: one thing happens: the next email, the next node, or the agent's draw. */
export const advanceClock: Handler<'advance-clock'> = (context, state) => {
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
};

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
