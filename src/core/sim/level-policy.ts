/**
 * A choice policy: how a simulated player answers every question the level asks, so a run
 * can be played without a person. The enumerator and the Monte Carlo runner both use it.
 */
import type { Command, FlagResponse } from '../model/command';
import type { Level } from '../model/level';
import type { GameState, Loadout } from '../model/state';
import type { DecisionArm } from '../model/vocabulary';
import { nodeOf } from '../rules/conditions';
import { availableOptions } from '../rules/flow';

/** What the reviewer does with a queued action. */
export type ReviewResponse = 'approve' | 'hold' | 'escalate';

/** How a simulated player answers; anything left out takes the documented default. */
export interface ChoicePolicy {
  /**
   * Choice node id → option id. A node not listed, or whose listed option is not available,
   * takes its first available option.
   */
  readonly options?: Readonly<Record<string, string>>;
  /**
   * A player reviewer's answer to the agent's queued action, by the arm it came from (runs
   * with `reviewer: 'player'` only; the assumed reviewer draws its catch rate instead).
   * @defaultValue `{ harmful: 'hold', benign: 'approve' }`
   */
  readonly review?: Readonly<Record<DecisionArm, ReviewResponse>>;
  /**
   * The answer to a monitor flag. The player cannot tell a true flag from a false alarm.
   * @defaultValue `'halt'`
   */
  readonly onFlag?: FlagResponse;
}

const DEFAULT_REVIEW: Readonly<Record<DecisionArm, ReviewResponse>> = {
  harmful: 'hold',
  benign: 'approve',
};

/** The command the policy gives in this state, or null once the level has ended. */
export function policyCommand(
  level: Level,
  state: GameState,
  loadout: Loadout,
  policy: ChoicePolicy,
): Command | null {
  switch (state.status) {
    case 'briefing':
      return { kind: 'set-loadout', loadout };
    case 'loadout':
      return { kind: 'start-day' };
    case 'playing':
      return workCommand(state) ?? { kind: 'advance-clock' };
    case 'awaiting-choice':
      return { kind: 'choose-option', option: chosenOption(level, state, policy) };
    case 'awaiting-flag':
      return { kind: 'act-on-flag', response: policy.onFlag ?? 'halt' };
    case 'awaiting-approval':
      return workCommand(state) ?? reviewCommand(state, policy);
    case 'ended':
      return null;
  }
}

function chosenOption(level: Level, state: GameState, policy: ChoicePolicy): string {
  const node = nodeOf(level, state.node ?? level.start);
  const options = node.kind === 'choice' ? availableOptions(node, state) : [];
  const wanted = policy.options?.[node.id];
  const option = options.find((item) => item.id === wanted) ?? options[0];
  return option?.id ?? '';
}

/**
 * A simulated player approves ordinary work as it arrives (the assumed reviewer does so
 * itself): legitimate items go out and cost their review time.
 */
function workCommand(state: GameState): Command | undefined {
  const waiting = state.queue.find(
    (entry) => entry.status === 'waiting' && entry.decision === null,
  );
  return waiting === undefined
    ? undefined
    : { kind: 'review-item', item: waiting.item, verdict: 'approve' };
}

function reviewCommand(state: GameState, policy: ChoicePolicy): Command {
  const arm = state.pending?.arm ?? 'harmful';
  const response = (policy.review ?? DEFAULT_REVIEW)[arm];
  const item = state.queue.find((entry) => entry.status === 'waiting' && entry.decision !== null);
  if (item === undefined) {
    return { kind: 'advance-clock' };
  }
  return { kind: 'review-item', item: item.item, verdict: response };
}
