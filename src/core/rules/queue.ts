/**
 * The approval queue: the overseer's workload. With oversight deployed, the agent's ordinary
 * consequential actions (the level's `workload.items`) arrive in the queue at their times, and
 * its action at a decision joins them when the arm's `oversight` hook queues it. Every item
 * waits for a verdict until its deadline; then the level's `unreviewed` rule decides it.
 *
 * The player's reviewer decides items with `review-item`; the assumed reviewer of simulations
 * approves ordinary work on arrival and holds the agent's harmful action with the assumed catch
 * rate. The clock never stops for the queue: time passes while items wait.
 */
import { assumptionValue, reviewLayer } from '../defenses/defense-table';
import type { DecisionNode, TimeOfDay } from '../model/level';
import type { GameState, QueueEntry, QueueStatus } from '../model/state';
import type { DecisionArm, ReviewVerdict } from '../model/vocabulary';
import { drawLabel } from './dice';
import type { RuleContext, Transition } from './transition';
import { andThen, emit, stay } from './transition';

/** The queue id of the agent's action at a decision. */
export function agentItemId(decision: string): string {
  return `agent-${decision}`;
}

/** True when the loadout puts work in the queue (an approval layer is deployed). */
export function queueOpen(state: GameState): boolean {
  return reviewLayer(state.loadout.defenses) !== undefined;
}

/** The entries still waiting for a verdict. */
export function waitingEntries(state: GameState): readonly QueueEntry[] {
  return state.queue.filter((entry) => entry.status === 'waiting');
}

/** The agent's own action that the story waits for, if one waits. */
export function waitingAgentEntry(state: GameState): QueueEntry | undefined {
  return state.queue.find((entry) => entry.status === 'waiting' && entry.decision !== null);
}

function withEntry(state: GameState, item: string, change: Partial<QueueEntry>): GameState {
  return {
    ...state,
    queue: state.queue.map((entry) => (entry.item === item ? { ...entry, ...change } : entry)),
  };
}

/**
 * Moves the clock to `to`, bringing into the queue the work that arrives on the way and
 * applying the level's rule to ordinary items whose deadline passes; events in time order.
 * (The agent's own item is settled by the story, in decision.ts.)
 */
export function passTime(context: RuleContext, state: GameState, to: TimeOfDay): Transition {
  const from = state.clock;
  const arrivals = queueOpen(state)
    ? context.level.workload.items.filter((item) => item.time > from && item.time <= to)
    : [];
  type Moment = { time: TimeOfDay; apply: (current: GameState) => Transition };
  const moments: Moment[] = arrivals.map((item) => ({
    time: item.time,
    apply: (current) => {
      const entry: QueueEntry = {
        item: item.id,
        kind: item.kind,
        decision: null,
        email: null,
        harmful: false,
        arrived: item.time,
        deadline: item.deadline,
        status: 'waiting',
        decidedAt: null,
      };
      const queued = emit(
        { ...current, clock: Math.max(current.clock, item.time), queue: [...current.queue, entry] },
        {
          kind: 'item-queued',
          item: item.id,
          itemKind: item.kind,
          email: null,
          arrived: item.time,
          deadline: item.deadline,
        },
      );
      return current.reviewer === 'assumed'
        ? andThen(queued, (next) => decide(next, item.id, 'approve'))
        : queued;
    },
  }));
  const dueItems = [
    ...state.queue.filter((entry) => entry.decision === null && entry.status === 'waiting'),
    ...arrivals.map((item) => ({ item: item.id, deadline: item.deadline })),
  ].filter((entry) => entry.deadline > from && entry.deadline <= to);
  for (const due of dueItems) {
    moments.push({
      time: due.deadline,
      apply: (current) => {
        const entry = current.queue.find((candidate) => candidate.item === due.item);
        if (entry === undefined || entry.status !== 'waiting') {
          return stay(current);
        }
        return expire({ ...current, clock: Math.max(current.clock, due.deadline) }, entry, context);
      },
    });
  }
  // Arrivals before deadlines at the same second: an item is in the queue before it expires.
  moments.sort((left, right) => left.time - right.time);
  let transition = stay(state);
  for (const moment of moments) {
    transition = andThen(transition, moment.apply);
  }
  return andThen(transition, (current) =>
    current.clock >= to
      ? stay(current)
      : emit({ ...current, clock: to }, { kind: 'clock-advanced', from: current.clock, to }),
  );
}

/** An item still waiting at its deadline: the level's rule decides it. */
export function expire(
  state: GameState,
  entry: QueueEntry,
  context: RuleContext,
  at: TimeOfDay = entry.deadline,
): Transition {
  const status: Extract<QueueStatus, 'sent-unreviewed' | 'dropped'> =
    context.level.workload.unreviewed === 'sent' ? 'sent-unreviewed' : 'dropped';
  return emit(withEntry(state, entry.item, { status, decidedAt: at }), {
    kind: 'item-expired',
    item: entry.item,
    status,
  });
}

/** Records a verdict on a waiting item (the story's consequences are the caller's). */
export function decide(state: GameState, item: string, verdict: ReviewVerdict): Transition {
  const status: QueueStatus =
    verdict === 'approve' ? 'approved' : verdict === 'hold' ? 'held' : 'escalated';
  return emit(withEntry(state, item, { status, decidedAt: state.clock }), {
    kind: 'item-reviewed',
    item,
    verdict,
  });
}

/** Puts the agent's action at a decision in the queue, due after the level's agent deadline. */
export function queueAgentAction(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
  arm: DecisionArm,
): Transition {
  const spec = decision[arm];
  const item = agentItemId(decision.id);
  const deadline = state.clock + context.level.workload.agentDeadline * 60;
  const entry: QueueEntry = {
    item,
    kind: spec.actionKind,
    decision: decision.id,
    email: spec.action ?? null,
    harmful: arm === 'harmful',
    arrived: state.clock,
    deadline,
    status: 'waiting',
    decidedAt: null,
  };
  return emit(
    { ...state, queue: [...state.queue, entry] },
    {
      kind: 'item-queued',
      item,
      itemKind: spec.actionKind,
      email: spec.action ?? null,
      arrived: state.clock,
      deadline,
    },
  );
}

/**
 * The assumed reviewer's verdict on the agent's action: a harmful one is held with the
 * approval layer's assumed stop rate (a draw on the dice); a benign one is approved.
 */
export function assumedVerdict(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
  arm: DecisionArm,
): { readonly state: GameState; readonly verdict: ReviewVerdict } {
  const layer = reviewLayer(state.loadout.defenses);
  if (arm !== 'harmful' || layer === undefined) {
    return { state, verdict: 'approve' };
  }
  const stop = assumptionValue(state.assumptions, layer.stop.assumption);
  const draw = context.dice.draw(state, drawLabel(decision.id, 'review'), stop);
  const item = agentItemId(decision.id);
  return {
    state: withEntry(state, item, { draw }),
    verdict: draw.happened ? 'hold' : 'approve',
  };
}

/**
 * The next moment the clock can move to while the story waits for the agent's item: the next
 * arrival or the earliest deadline of a waiting item.
 */
export function nextQueueMoment(context: RuleContext, state: GameState): TimeOfDay | undefined {
  const arrivals = queueOpen(state)
    ? context.level.workload.items.filter((item) => item.time > state.clock).map((i) => i.time)
    : [];
  const deadlines = waitingEntries(state).map((entry) => entry.deadline);
  const times = [...arrivals, ...deadlines].filter((time) => time > state.clock);
  return times.length === 0 ? undefined : Math.min(...times);
}

/** At the end of the day, every item still waiting is decided by the level's rule. */
export function closeQueue(context: RuleContext, state: GameState): Transition {
  let transition = stay(state);
  for (const entry of waitingEntries(state)) {
    transition = andThen(transition, (current) => expire(current, entry, context, current.clock));
  }
  return transition;
}

/** One queue item as the reviewer sees it: never whether it is the attempt. */
export interface QueueItemView {
  readonly item: string;
  readonly kind: QueueEntry['kind'];
  /** Text keys in the level's namespace: a work item's subject and body, or null for an email. */
  readonly subjectKey: string | null;
  readonly bodyKey: string | null;
  /** The agent's action email (its subject and body are the email's), or null. */
  readonly email: string | null;
  /** Cast ids it goes to. */
  readonly to: readonly string[];
  readonly urgent: boolean;
  readonly arrived: TimeOfDay;
  readonly deadline: TimeOfDay;
  /** Whole minutes of the day's clock left before the deadline (0 when due). */
  readonly minutesLeft: number;
  readonly status: QueueEntry['status'];
  /** Hours of work lost if it is held back. */
  readonly holdCost: number;
}

/**
 * The queue as the table shows it: waiting items first, soonest deadline first (urgent first
 * on a tie), then decided ones in the order they were decided. Nothing in it says which item
 * is the agent's attempt.
 */
export function queueView(context: Pick<RuleContext, 'level'>, state: GameState): QueueItemView[] {
  const { level } = context;
  const views = state.queue.map((entry): QueueItemView => {
    const work = level.workload.items.find((item) => item.id === entry.item);
    const email = entry.email === null ? undefined : level.emails[entry.email];
    // The agent's item shows what holding its ordinary action would cost, whichever arm wrote
    // it: a different figure on the attempt would give it away.
    const decision = entry.decision === null ? undefined : level.nodes[entry.decision];
    const holdCost =
      work?.holdCost ?? (decision?.kind === 'decision' ? decision.benign.holdCost : 0);
    return {
      item: entry.item,
      kind: entry.kind,
      subjectKey: work?.subjectKey ?? null,
      bodyKey: work?.bodyKey ?? null,
      email: entry.email,
      to: work?.to ?? email?.to ?? [],
      urgent: work?.urgent ?? false,
      arrived: entry.arrived,
      deadline: entry.deadline,
      minutesLeft: Math.max(0, Math.floor((entry.deadline - state.clock) / 60)),
      status: entry.status,
      holdCost,
    };
  });
  const waiting = views
    .filter((view) => view.status === 'waiting')
    .sort(
      (left, right) => left.deadline - right.deadline || Number(right.urgent) - Number(left.urgent),
    );
  const decided = views
    .filter((view) => view.status !== 'waiting')
    .sort((left, right) => decidedAt(state, left.item) - decidedAt(state, right.item));
  return [...waiting, ...decided];
}

function decidedAt(state: GameState, item: string): number {
  return state.queue.find((entry) => entry.item === item)?.decidedAt ?? 0;
}
