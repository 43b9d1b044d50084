/**
 * Changes to a Lab set-up, as the screen makes them: each takes a set-up and returns the next
 * one, always valid (two to four loadouts, at least one model, assumptions in range, runs in
 * 1 … {@link MAX_LAB_RUNS}). The screen never checks a value itself; whatever it sends is
 * clamped or refused here, so a slider or a typed number cannot leave its range.
 */
import type { AssumptionValues } from '../odds/assumptions';
import { MAX_REVIEW_MINUTES } from '../odds/assumptions';
import { canonicalDefenses } from '../odds/attempt';
import { defenseCard } from '../defenses/defense-table';
import type { OfferedCard } from '../defenses/loadout-view';
import { affordable, tokensSpent } from '../defenses/loadout-view';
import type { Level } from '../model/level';
import type { DefenseId } from '../model/vocabulary';
import { DEFENSES } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import type { ModelName } from '../rates/models';
import type { BudgetView, CardView } from '../defenses/loadout-view';
import { budgetView, conditionLoadoutView, levelLoadoutView } from '../defenses/loadout-view';
import type { LabLoadout, LabSetup, LabSubject } from './setup';
import {
  FILL_LOADOUTS,
  labCondition,
  MAX_LAB_LOADOUTS,
  MAX_LAB_RUNS,
  MAX_LAB_TEXT,
  MIN_LAB_LOADOUTS,
  readLabSeed,
} from './setup';

/** The Lab's adjustable assumptions and the largest value each takes. */
export const LAB_ASSUMPTION_LIMITS: Readonly<Record<keyof AssumptionValues, number>> = {
  catchRate: 1,
  detectionRate: 1,
  falseAlarmRate: 1,
  reviewMinutes: MAX_REVIEW_MINUTES,
};

/** A value clamped to [0, max]; anything that is not a finite number keeps `current`. */
function clampTo(value: number, max: number, current: number): number {
  if (!Number.isFinite(value)) {
    return current;
  }
  const clamped = Math.min(max, Math.max(0, value));
  return clamped === 0 ? 0 : clamped;
}

/** Sets one assumption, clamped to its range (a probability to [0, 1]). */
export function withLabAssumption(
  setup: LabSetup,
  name: keyof AssumptionValues,
  value: number,
): LabSetup {
  const next = clampTo(value, LAB_ASSUMPTION_LIMITS[name], setup.assumptions[name]);
  return { ...setup, assumptions: { ...setup.assumptions, [name]: next } };
}

/** Sets the episodes to sample, rounded and clamped to 1 … {@link MAX_LAB_RUNS}. */
export function withLabRuns(setup: LabSetup, runs: number): LabSetup {
  if (!Number.isFinite(runs)) {
    return setup;
  }
  return { ...setup, runs: Math.min(MAX_LAB_RUNS, Math.max(1, Math.round(runs))) };
}

/** Sets the seed from typed text (digits make a number); empty text keeps the current seed. */
export function withLabSeed(setup: LabSetup, text: string): LabSetup {
  const seed = readLabSeed(text);
  return seed === '' ? setup : { ...setup, seed };
}

/**
 * Switches the subject. Loadouts keep their cards; for a level, cards the level does not offer
 * are dropped and a loadout over the level's budget loses its last cards until it fits, and the
 * models become those the level offers that were chosen (or the level's first).
 */
export function withLabSubject(setup: LabSetup, subject: LabSubject, level?: Level): LabSetup {
  if (subject.kind === 'condition') {
    return { ...setup, subject };
  }
  if (level === undefined || level.id !== subject.level) {
    throw new TypeError('withLabSubject needs the level the subject names');
  }
  const offered = level.loadout.defenses;
  const loadouts = setup.loadouts.map((loadout) => {
    const kept = loadout.defenses.filter((id) => offered.some((card) => card.id === id));
    while (tokensSpent(offered, kept) > level.loadout.budget) {
      kept.pop();
    }
    return { ...loadout, defenses: kept };
  });
  const models = setup.models.filter((model) => level.loadout.models.includes(model));
  const first = level.loadout.models[0];
  return {
    ...setup,
    subject,
    loadouts,
    models: models.length > 0 || first === undefined ? models : [first as ModelName],
  };
}

/** Adds or removes a model; the last model cannot be removed. */
export function toggleLabModel(setup: LabSetup, model: ModelName): LabSetup {
  if (setup.models.includes(model)) {
    return setup.models.length <= 1
      ? setup
      : { ...setup, models: setup.models.filter((item) => item !== model) };
  }
  return { ...setup, models: [...setup.models, model] };
}

/** Replaces one loadout. */
function replaceLoadout(setup: LabSetup, index: number, loadout: LabLoadout): LabSetup {
  if (index < 0 || index >= setup.loadouts.length) {
    return setup;
  }
  return { ...setup, loadouts: setup.loadouts.map((item, at) => (at === index ? loadout : item)) };
}

/**
 * Deploys or withdraws a card in one loadout. For a level, only an offered card that fits the
 * budget can be deployed (as in the campaign); a condition has no budget.
 */
export function toggleLabDefense(
  setup: LabSetup,
  index: number,
  defense: DefenseId,
  level?: Level,
): LabSetup {
  const loadout = setup.loadouts[index];
  if (loadout === undefined) {
    return setup;
  }
  if (loadout.defenses.includes(defense)) {
    const defenses = loadout.defenses.filter((id) => id !== defense);
    return replaceLoadout(setup, index, { ...loadout, defenses });
  }
  if (setup.subject.kind === 'level') {
    if (level === undefined || level.id !== setup.subject.level) {
      throw new TypeError('toggleLabDefense needs the level the set-up names');
    }
    if (!affordable(level.loadout.defenses, level.loadout.budget, loadout.defenses, defense)) {
      return setup;
    }
  }
  const defenses = canonicalDefenses([...loadout.defenses, defense]);
  return replaceLoadout(setup, index, { ...loadout, defenses });
}

/** Names a loadout (trimmed, at most {@link MAX_LAB_TEXT} characters; empty removes the name). */
export function renameLabLoadout(setup: LabSetup, index: number, name: string): LabSetup {
  const loadout = setup.loadouts[index];
  if (loadout === undefined) {
    return setup;
  }
  const trimmed = name.trim().slice(0, MAX_LAB_TEXT);
  return replaceLoadout(
    setup,
    index,
    trimmed === '' ? { defenses: loadout.defenses } : { defenses: loadout.defenses, name: trimmed },
  );
}

/** Adds a loadout (up to four): the first of the fill loadouts not yet compared, else no cards. */
export function addLabLoadout(setup: LabSetup): LabSetup {
  if (setup.loadouts.length >= MAX_LAB_LOADOUTS) {
    return setup;
  }
  const taken = new Set(setup.loadouts.map((loadout) => loadout.defenses.join('.')));
  const fill = FILL_LOADOUTS.find((loadout) => !taken.has(loadout.defenses.join('.')));
  return { ...setup, loadouts: [...setup.loadouts, { defenses: [...(fill?.defenses ?? [])] }] };
}

/** Removes a loadout, keeping at least two. */
export function removeLabLoadout(setup: LabSetup, index: number): LabSetup {
  if (setup.loadouts.length <= MIN_LAB_LOADOUTS || index < 0 || index >= setup.loadouts.length) {
    return setup;
  }
  return { ...setup, loadouts: setup.loadouts.filter((_, at) => at !== index) };
}

/** The cards one loadout of the Lab shows: the campaign's card view, and a budget for a level. */
export interface LabLoadoutView {
  /** The level's budget line; null for a study condition, which has no budget. */
  readonly budget: BudgetView | null;
  readonly cards: readonly CardView[];
}

/** Every card at its standard price and upkeep: what a study condition offers in the Lab. */
const ALL_CARDS: readonly OfferedCard[] = DEFENSES.map((id) => ({
  id,
  cost: defenseCard(id).cost,
  upkeep: defenseCard(id).standardUpkeep,
}));

/**
 * One loadout's cards as the Lab shows them: for a level, the level's offer and budget; for a
 * condition, every card of the table (chips for the set-up's first model). In the Lab the
 * reviewer is the assumed one, so every card's effect is decided by a rate.
 */
export function labLoadoutView(setup: LabSetup, index: number, level?: Level): LabLoadoutView {
  const loadout = setup.loadouts[index];
  const model = setup.models[0];
  if (loadout === undefined || model === undefined) {
    throw new RangeError(`no loadout ${index} or no model in the set-up`);
  }
  if (setup.subject.kind === 'level') {
    if (level === undefined || level.id !== setup.subject.level) {
      throw new TypeError('labLoadoutView needs the level the set-up names');
    }
    const view = levelLoadoutView(level, {
      model,
      goalFraming: level.loadout.defaultGoalFraming,
      defenses: loadout.defenses,
    });
    return {
      budget: budgetView(level.loadout.defenses, level.loadout.budget, loadout.defenses),
      cards: view.cards.map((card) => ({ ...card, decidedBy: 'rate' })),
    };
  }
  const condition: Condition = labCondition(setup.subject);
  const budget = ALL_CARDS.reduce((sum, card) => sum + card.cost, 0);
  const view = conditionLoadoutView({
    model,
    condition,
    offered: ALL_CARDS,
    budget,
    defenses: loadout.defenses,
    assumptions: setup.assumptions,
  });
  return { budget: null, cards: view.cards };
}

/**
 * The set-up a debrief opens the Lab with: the level, the model played, the loadout played
 * beside the level with no cards (or, when no card was played, beside the level's first offered
 * card), at the default assumptions.
 */
export function labSetupForLevel(
  level: Level,
  model: ModelName,
  defenses: readonly DefenseId[],
  base: LabSetup,
): LabSetup {
  const played = canonicalDefenses(defenses.filter((id) => DEFENSES.includes(id)));
  const first = level.loadout.defenses.find(
    (card) => card.cost <= level.loadout.budget && !played.includes(card.id),
  );
  const other: DefenseId[] = played.length > 0 || first === undefined ? [] : [first.id];
  return {
    ...base,
    subject: { kind: 'level', level: level.id },
    models: [model],
    loadouts: [{ defenses: played }, { defenses: other }],
  };
}
