/**
 * How the day moves: entering nodes, delivering emails, following branches. The agent's
 * decision points are in decision.ts.
 */
import { hidesMarkedEmails } from '../defenses/defense-table';
import type { ChoiceNode, EndingNode, InboxNode, TimeOfDay } from '../model/level';
import type { GameState } from '../model/state';
import { follow, nodeOf, whenHolds } from './conditions';
import { closeQueue, passTime } from './queue';
import type { RuleContext, Transition } from './transition';
import { emit, stay, andThen } from './transition';

/**
 * Moves the clock forward to `time` (never back), announcing the move; the approval queue
 * takes the work that arrives on the way (queue.ts).
 */
export function moveClock(context: RuleContext, state: GameState, time: TimeOfDay): Transition {
  if (time <= state.clock) {
    return stay(state);
  }
  return passTime(context, state, time);
}

/** Enters a node: records the visit and sets the status the node asks for. */
export function enterNode(context: RuleContext, state: GameState, id: string): Transition {
  const node = nodeOf(context.level, id);
  const entered: GameState = {
    ...state,
    node: id,
    cursor: 0,
    visited: [...state.visited, id],
    status: 'playing',
  };
  switch (node.kind) {
    case 'inbox':
      return stay(entered);
    case 'choice':
      return offerChoice(context, entered, node);
    case 'decision':
      return andThen(moveClock(context, entered, node.time), (moved) =>
        emit(moved, { kind: 'decision-reached', decision: node.id, time: moved.clock }),
      );
    case 'split':
      return moveClock(context, entered, node.time);
    case 'ending':
      return andThen(closeQueue(context, entered), (closed) => reachEnding(closed, node));
  }
}

/** Follows a `next` from the current state and enters where it leads. */
export function goTo(
  context: RuleContext,
  state: GameState,
  next: Parameters<typeof follow>[0],
): Transition {
  return enterNode(context, state, follow(next, state));
}

function offerChoice(context: RuleContext, state: GameState, node: ChoiceNode): Transition {
  return andThen(moveClock(context, state, node.time), (moved) =>
    emit(
      { ...moved, status: 'awaiting-choice' },
      {
        kind: 'choice-offered',
        node: node.id,
        promptKey: node.promptKey,
        options: availableOptions(node, moved).map(({ id, labelKey }) => ({ id, labelKey })),
      },
    ),
  );
}

/** The options of a choice whose `when` holds now. */
export function availableOptions(node: ChoiceNode, state: GameState) {
  return node.options.filter((option) => whenHolds(option.when, state));
}

function reachEnding(state: GameState, node: EndingNode): Transition {
  return emit(
    { ...state, status: 'ended', ending: node.id },
    {
      kind: 'ending-reached',
      ending: node.id,
      outcome: node.outcome,
      titleKey: node.titleKey,
      summaryKey: node.summaryKey,
    },
  );
}

/**
 * One step of an inbox node: delivers the next email whose `when` holds, or, when none is
 * left, moves on to where the node's `next` leads.
 */
export function advanceInbox(context: RuleContext, state: GameState, node: InboxNode): Transition {
  const remaining = node.emails.slice(state.cursor);
  const offset = remaining.findIndex((entry) => whenHolds(entry.when, state));
  const entry = remaining[offset];
  if (entry === undefined) {
    return goTo(context, state, node.next);
  }
  const advanced = { ...state, cursor: state.cursor + offset + 1 };
  return deliverEmail(context, advanced, entry.email);
}

/** Puts an email in the inbox at its time; a close-path card may hide it from the agent. */
export function deliverEmail(context: RuleContext, state: GameState, id: string): Transition {
  const email = context.level.emails[id];
  if (email === undefined) {
    throw new Error(`Level "${context.level.id}" has no email "${id}"; was it made by parseLevel?`);
  }
  const hidden = email.compartmentalized && hidesMarkedEmails(state.loadout.defenses);
  return andThen(moveClock(context, state, email.time), (moved) =>
    emit(
      {
        ...moved,
        delivered: [...moved.delivered, { email: id, time: email.time, hiddenFromAgent: hidden }],
      },
      {
        kind: 'email-delivered',
        email: id,
        time: email.time,
        subjectKey: email.subjectKey,
        bodyKey: email.bodyKey,
        hiddenFromAgent: hidden,
      },
    ),
  );
}
