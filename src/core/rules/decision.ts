/**
 * The agent's decision point, in the order things happen at the table:
 *
 * 1. The d100 decides the attempt: harmful with the odds core's probability (structural zero
 *    if compartmentalization hides all the leverage), benign otherwise.
 * 2. A deployed monitor reads the arm's reasoning and flags it with its assumed detection rate
 *    (harmful arm) or false-alarm rate (benign arm); a flag waits for `act-on-flag`.
 * 3. Deployed oversight queues the arm's action among the day's work if the level hooks it
 *    (queue.ts); the story waits for its verdict or its deadline.
 * 4. Otherwise the agent acts: its email (if any) is delivered and the arm's `next` is followed.
 */
import type { DecisionArmSpec, DecisionNode } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { RuleViolation } from '../model/command';
import type { GameState } from '../model/state';
import type { DecisionArm } from '../model/vocabulary';
import { nodeOf } from './conditions';
import { drawLabel } from './dice';
import { deliverEmail, goTo } from './flow';
import { attemptOdds, flagOdds, leverageVisible } from './odds';
import { deployedLayerWithHook } from '../defenses/defense-table';
import type { ReviewVerdict } from '../model/vocabulary';
import {
  agentItemId,
  assumedVerdict,
  decide,
  expire,
  queueAgentAction,
  queueOpen,
  waitingAgentEntry,
} from './queue';
import type { RuleContext, Transition } from './transition';
import { emit, andThen, stay, violation } from './transition';

/** Rolls the attempt at the current decision and plays the arm as far as it goes. */
export function resolveDecision(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
): Result<Transition, RuleViolation> {
  const odds = attemptOdds(
    context.level,
    decision,
    state.loadout,
    leverageVisible(decision, state),
  );
  if (!odds.ok) {
    const message = `no published rate for ${state.loadout.model} at decision "${decision.id}"`;
    return err(violation('ERR_NO_PUBLISHED_RATE', { kind: 'advance-clock' }, message));
  }
  const probability = odds.value;
  const draw = context.dice.draw(state, drawLabel(decision.id, 'attempt'), probability.value);
  const arm: DecisionArm = draw.happened ? 'harmful' : 'benign';
  const rolled: GameState = {
    ...state,
    decisions: { ...state.decisions, [decision.id]: { arm, attempt: draw } },
    pending: { decision: decision.id, arm },
  };
  const harmfulArm = decision.harmful;
  const event = {
    kind: 'outcome-rolled' as const,
    decision: decision.id,
    arm,
    draw: { ...draw, probability },
    concealed:
      state.reviewer === 'player' &&
      queueOpen(state) &&
      harmfulArm.oversight &&
      harmfulArm.action !== undefined,
  };
  return ok(andThen(emit(rolled, event), (next) => readReasoning(context, next, decision, arm)));
}

/** Step 2: the monitor, if deployed. */
function readReasoning(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
  arm: DecisionArm,
): Transition {
  const monitor = deployedLayerWithHook(state.loadout.defenses, 'flag');
  if (monitor === undefined) {
    return reviewOrAct(context, state, decision, arm);
  }
  const probability = flagOdds(monitor, arm, state.assumptions);
  const draw = context.dice.draw(state, drawLabel(decision.id, 'monitor'), probability.value);
  const record = state.decisions[decision.id];
  const withDraw: GameState =
    record === undefined
      ? state
      : {
          ...state,
          decisions: { ...state.decisions, [decision.id]: { ...record, monitor: draw } },
        };
  const drawEvent = { ...draw, probability };
  if (draw.happened) {
    const readout = decision[arm].monitor ?? null;
    return emit(
      { ...withDraw, status: 'awaiting-flag' },
      { kind: 'monitor-flagged', decision: decision.id, readout, draw: drawEvent },
    );
  }
  const cleared = emit(withDraw, {
    kind: 'monitor-cleared',
    decision: decision.id,
    draw: drawEvent,
  });
  return andThen(cleared, (next) => reviewOrAct(context, next, decision, arm));
}

/**
 * Step 3: oversight queues a hooked action among the day's work; the story waits for its
 * verdict (the player's, or the assumed reviewer's at once). Otherwise the agent acts.
 */
export function reviewOrAct(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
  arm: DecisionArm,
): Transition {
  const spec = decision[arm];
  if (!spec.oversight || spec.action === undefined || !queueOpen(state)) {
    return act(context, state, decision, arm);
  }
  const queued = andThen(queueAgentAction(context, state, decision, arm), (next) =>
    emit(
      { ...next, status: 'awaiting-approval' },
      { kind: 'action-queued', decision: decision.id, email: spec.action ?? '' },
    ),
  );
  if (state.reviewer === 'player') {
    return queued;
  }
  return andThen(queued, (next) => {
    const assumed = assumedVerdict(context, next, decision, arm);
    return settleAgentItem(context, assumed.state, assumed.verdict);
  });
}

/**
 * The verdict on the agent's own item and what the story does with it: approved, the agent
 * acts; held, the arm's `held` exit; escalated, its `halted` exit (the agent is stopped and
 * the matter reported), or `held` where the arm has no `halted`.
 */
export function settleAgentItem(
  context: RuleContext,
  state: GameState,
  verdict: ReviewVerdict,
): Transition {
  const { decision, arm } = pendingOf(context, state);
  const email = decision[arm].action ?? '';
  const decided = decide(state, agentItemId(decision.id), verdict);
  if (verdict === 'approve') {
    return andThen(decided, (next) =>
      andThen(emit(next, { kind: 'action-approved', decision: decision.id, email }), (after) =>
        act(context, after, decision, arm),
      ),
    );
  }
  const exit = verdict === 'escalate' && decision[arm].halted !== undefined ? 'halted' : 'held';
  return andThen(decided, (next) =>
    andThen(emit(next, { kind: 'action-held', decision: decision.id, email }), (after) =>
      exitThrough(context, after, exit),
    ),
  );
}

/**
 * The agent's item passed its deadline unreviewed: the level's rule sends it (the agent acts)
 * or drops it (the arm's `held` exit).
 */
export function expireAgentItem(context: RuleContext, state: GameState): Transition {
  const { decision, arm } = pendingOf(context, state);
  const entry = waitingAgentEntry(state);
  if (entry === undefined) {
    return stay(state);
  }
  const expired = expire(state, entry, context);
  return andThen(expired, (next) =>
    context.level.workload.unreviewed === 'sent'
      ? act(context, next, decision, arm)
      : exitThrough(context, next, 'held'),
  );
}

/** Step 4: the agent's action goes out and the story follows the arm. */
export function act(
  context: RuleContext,
  state: GameState,
  decision: DecisionNode,
  arm: DecisionArm,
): Transition {
  const spec = decision[arm];
  const done: GameState = { ...state, pending: null, status: 'playing' };
  const acted = emit(done, {
    kind: 'agent-acted',
    decision: decision.id,
    arm,
    email: spec.action ?? null,
    reasoningKeys: spec.reasoning,
  });
  const sent =
    spec.action === undefined
      ? acted
      : andThen(acted, (next) => deliverEmail(context, next, spec.action as string));
  return andThen(sent, (next) => goTo(context, next, spec.next));
}

/** Leaves the pending decision through one of its arm's hook exits (`held` or `halted`). */
export function exitThrough(
  context: RuleContext,
  state: GameState,
  exit: 'held' | 'halted',
): Transition {
  const { decision, arm } = pendingOf(context, state);
  const spec: DecisionArmSpec = decision[arm];
  const target = spec[exit] ?? spec.next;
  return goTo(context, { ...state, pending: null, status: 'playing' }, target);
}

/** The decision waiting for the player; only called in a status that has one. */
export function pendingOf(context: RuleContext, state: GameState) {
  if (state.pending === null) {
    throw new Error(`No pending decision in status "${state.status}".`);
  }
  const node = nodeOf(context.level, state.pending.decision);
  if (node.kind !== 'decision') {
    throw new Error(`Pending node "${node.id}" is not a decision.`);
  }
  return { decision: node, arm: state.pending.arm };
}
