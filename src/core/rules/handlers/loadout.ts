/**
 * Handlers of the briefing and loadout commands. Every loadout change re-announces the odds,
 * so the odds track moves at once.
 */
import type { Command, RuleViolation } from '../../model/command';
import type { Level } from '../../model/level';
import type { Result } from '../../model/result';
import { err, ok } from '../../model/result';
import type { GameState, Loadout } from '../../model/state';
import type { DefenseId } from '../../model/vocabulary';
import { loadoutOdds } from '../loadout-odds';
import { tokensSpent } from '../../defenses/loadout-view';
import type { Transition } from '../transition';
import type { Handler } from './handler';
import { emit, violation } from '../transition';

/** `open-loadout`: from the briefing to the loadout. */
export const openLoadout: Handler<'open-loadout'> = ({ level }, state) =>
  ok(
    emit(
      { ...state, status: 'loadout' },
      { kind: 'loadout-opened' },
      { kind: 'odds-updated', odds: loadoutOdds(level, state.loadout) },
    ),
  );

/** `select-model`: one of the models the level offers. */
export const selectModel: Handler<'select-model'> = ({ level }, state, command) => {
  const next = { ...state.loadout, model: command.model };
  const checked = checkLoadout(level, next, command);
  return checked.ok
    ? ok(changeLoadout(level, state, next, { kind: 'model-selected', model: command.model }))
    : checked;
};

/** `select-goal-framing`: one of the framings the level offers. */
export const selectGoalFraming: Handler<'select-goal-framing'> = ({ level }, state, command) => {
  const framing = level.loadout.goalFramings.find((item) => item.id === command.framing);
  if (framing === undefined) {
    return err(violation('ERR_FRAMING_NOT_OFFERED', command, `no framing "${command.framing}"`));
  }
  const next = { ...state.loadout, goalFraming: framing.id };
  const event = {
    kind: 'goal-framing-selected' as const,
    framing: framing.id,
    labelKey: framing.labelKey,
  };
  return ok(changeLoadout(level, state, next, event));
};

/** `toggle-defense`: deploys an offered card within budget, or withdraws a deployed one. */
export const toggleDefense: Handler<'toggle-defense'> = ({ level }, state, command) => {
  const deployed = state.loadout.defenses.includes(command.defense);
  const defenses = deployed
    ? state.loadout.defenses.filter((defense) => defense !== command.defense)
    : [...state.loadout.defenses, command.defense];
  const next = { ...state.loadout, defenses };
  const checked = checkLoadout(level, next, command);
  if (!checked.ok) {
    return checked;
  }
  const cost = cardCost(level, command.defense);
  const event = deployed
    ? { kind: 'defense-withdrawn' as const, defense: command.defense, cost }
    : { kind: 'defense-deployed' as const, defense: command.defense, cost };
  return ok(changeLoadout(level, state, next, event));
};

/** `set-loadout`: the whole loadout at once, checked like the single changes. */
export const setLoadout: Handler<'set-loadout'> = ({ level }, state, command) => {
  const checked = checkLoadout(level, command.loadout, command);
  if (!checked.ok) {
    return checked;
  }
  const loadout = { ...command.loadout, defenses: [...command.loadout.defenses] };
  // Allowed from the briefing too (the Lab skips it), so it always lands on the loadout screen.
  const atLoadout: GameState = { ...state, status: 'loadout' };
  return ok(changeLoadout(level, atLoadout, loadout, { kind: 'loadout-set', loadout }));
};

function changeLoadout(
  level: Level,
  state: GameState,
  loadout: Loadout,
  event: Transition['events'][number],
): Transition {
  return emit({ ...state, loadout }, event, {
    kind: 'odds-updated',
    odds: loadoutOdds(level, loadout),
  });
}

/** Checks a loadout against what the level offers: model, framing, cards, budget. */
export function checkLoadout(
  level: Level,
  loadout: Loadout,
  command: Command,
): Result<Loadout, RuleViolation> {
  const problem = loadoutProblem(level, loadout, command);
  return problem === undefined ? ok(loadout) : err(problem);
}

/** The first problem of a loadout, if any. */
function loadoutProblem(
  level: Level,
  loadout: Loadout,
  command: Command,
): RuleViolation | undefined {
  const offered = level.loadout;
  if (!offered.models.includes(loadout.model)) {
    return violation('ERR_MODEL_NOT_OFFERED', command, `model "${loadout.model}" is not offered`);
  }
  if (!offered.goalFramings.some((framing) => framing.id === loadout.goalFraming)) {
    return violation('ERR_FRAMING_NOT_OFFERED', command, `no framing "${loadout.goalFraming}"`);
  }
  const unknown = loadout.defenses.find(
    (defense) => !offered.defenses.some((card) => card.id === defense),
  );
  if (unknown !== undefined) {
    return violation('ERR_DEFENSE_NOT_OFFERED', command, `card "${unknown}" is not offered`);
  }
  if (new Set(loadout.defenses).size !== loadout.defenses.length) {
    return violation('ERR_DUPLICATE_DEFENSE', command, 'a card is deployed twice');
  }
  const spent = tokensSpent(offered.defenses, loadout.defenses);
  if (spent > offered.budget) {
    return violation(
      'ERR_OVER_BUDGET',
      command,
      `cards cost ${spent}, budget is ${offered.budget}`,
    );
  }
  return undefined;
}

/** The token cost of a card the level offers (0 if it is not offered). */
export function cardCost(level: Level, defense: DefenseId): number {
  return level.loadout.defenses.find((card) => card.id === defense)?.cost ?? 0;
}
