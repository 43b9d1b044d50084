/**
 * `step`: the engine's one entry point. A dispatcher: it checks the command fits the level and
 * the status, hands it to its handler (handlers/), and logs it. Pure: same level, state and
 * command give the same result.
 */
import type { Command, CommandKind, RuleViolation } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { GameState, Status } from '../model/state';
import type { Dice } from './dice';
import { LIVE_DICE } from './dice';
import { advanceClock, openEmail, startDay } from './handlers/day';
import type { Handler } from './handlers/handler';
import {
  openLoadout,
  selectGoalFraming,
  selectModel,
  setLoadout,
  toggleDefense,
} from './handlers/loadout';
import { actOnFlag, approveAction, chooseOption, holdAction, reviewItem } from './handlers/respond';
import type { RuleContext, Transition } from './transition';
import { violation } from './transition';

type AnyHandler = (
  context: RuleContext,
  state: GameState,
  command: Command,
) => Result<Transition, RuleViolation>;

const HANDLERS: { readonly [K in CommandKind]: Handler<K> } = {
  'open-loadout': openLoadout,
  'select-model': selectModel,
  'select-goal-framing': selectGoalFraming,
  'toggle-defense': toggleDefense,
  'set-loadout': setLoadout,
  'start-day': startDay,
  'advance-clock': advanceClock,
  'open-email': openEmail,
  'choose-option': chooseOption,
  'approve-action': approveAction,
  'hold-action': holdAction,
  'review-item': reviewItem,
  'act-on-flag': actOnFlag,
};

const DURING_DAY: readonly Status[] = [
  'playing',
  'awaiting-choice',
  'awaiting-flag',
  'awaiting-approval',
  'ended',
];

/** The statuses in which each command is allowed. */
export const ALLOWED_STATUSES: { readonly [K in CommandKind]: readonly Status[] } = {
  'open-loadout': ['briefing'],
  'select-model': ['loadout'],
  'select-goal-framing': ['loadout'],
  'toggle-defense': ['loadout'],
  'set-loadout': ['briefing', 'loadout'],
  'start-day': ['loadout'],
  'advance-clock': ['playing', 'awaiting-approval'],
  'open-email': DURING_DAY,
  'choose-option': ['awaiting-choice'],
  'approve-action': ['awaiting-approval'],
  'hold-action': ['awaiting-approval'],
  'review-item': ['playing', 'awaiting-choice', 'awaiting-flag', 'awaiting-approval'],
  'act-on-flag': ['awaiting-flag'],
};

/**
 * Applies one command: the next state and the events, or why the command was refused.
 * The state is never changed in place.
 */
export function step(
  level: Level,
  state: GameState,
  command: Command,
): Result<Transition, RuleViolation> {
  return stepWith(level, state, command, LIVE_DICE);
}

/** {@link step} with other dice; the exact enumerator forces each draw's outcome this way. */
export function stepWith(
  level: Level,
  state: GameState,
  command: Command,
  dice: Dice,
): Result<Transition, RuleViolation> {
  const refused = refusal(level, state, command);
  if (refused !== undefined) {
    return err(refused);
  }
  // HANDLERS[kind] takes exactly the commands of that kind; TypeScript cannot link the two.
  const handler = HANDLERS[command.kind] as AnyHandler;
  const result = handler({ level, dice }, state, command);
  if (!result.ok) {
    return result;
  }
  const log = [...result.value.state.log, { at: state.clock, command }];
  return ok({ state: { ...result.value.state, log }, events: result.value.events });
}

function refusal(level: Level, state: GameState, command: Command): RuleViolation | undefined {
  if (state.levelId !== level.id) {
    return violation(
      'ERR_WRONG_LEVEL',
      command,
      `state is for "${state.levelId}", not "${level.id}"`,
    );
  }
  // Commands may come from saves and the network: an unknown kind is refused, not trusted.
  const allowed = Object.hasOwn(ALLOWED_STATUSES, command.kind)
    ? ALLOWED_STATUSES[command.kind]
    : undefined;
  if (allowed === undefined) {
    return violation('ERR_UNKNOWN_COMMAND', command, `unknown command "${String(command.kind)}"`);
  }
  if (!allowed.includes(state.status)) {
    return violation(
      'ERR_WRONG_STATUS',
      command,
      `"${command.kind}" is not allowed in "${state.status}"`,
    );
  }
  return undefined;
}
