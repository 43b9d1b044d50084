/**
 * The Lab's exact figures: no sampling.
 *
 * A study condition ({@link labExact}): for every loadout × model, {@link computeOdds} gives
 * every outcome's probability with its provenance and interval, or the reason there is none
 * (the study published no rate: which models have the cell, and which cells this model has).
 * Beside it, the expected cost of an episode in hours, on the campaign's scale, from the
 * outcome probabilities and the cards' standard upkeep (docs/ODDS.md §5c):
 *
 *   E[cost] = Σ day cards' standardUpkeep
 *           + monitor's standardUpkeep × (P(caught-by-monitor) + P(false-alarm))   (per flag)
 *           + compartmentalization's standardUpkeep × 1                  (one hidden email)
 *           + reviewMinutes / 60                                   (one review, with oversight)
 *
 * A campaign level ({@link labLevelExact}): the level's own enumerator gives harm, every
 * outcome class and the expected cost of the day exactly, per loadout and model.
 */
import type { DefenseId } from '../model/vocabulary';
import type { Level } from '../model/level';
import type { UpkeepUnit } from '../defenses/defense-table';
import { deployedCards } from '../defenses/defense-table';
import { tokensSpent } from '../defenses/loadout-view';
import type { AssumptionValues, InvalidAssumption } from '../odds/assumptions';
import type { Odds } from '../odds/compute-odds';
import { computeOdds } from '../odds/compute-odds';
import type { Outcome } from '../odds/outcomes';
import type { NoPublishedRate } from '../rates/lookup';
import { conditionsWithRate } from '../rates/lookup';
import { conditionKey } from '../rates/condition';
import type { ModelName } from '../rates/models';
import type { OutcomeClass } from '../model/vocabulary';
import { enumerateEndings } from '../sim/level-enumerate';
import { attemptOdds } from '../rules/odds';
import type { LabLoadout, LabSetup } from './setup';
import { labCondition } from './setup';

/** Hidden emails counted per episode of a study condition: the one thread holding the leverage. */
export const CONDITION_HIDDEN_EMAILS = 1;

/** One line of an episode's expected cost. */
export interface LabCostLine {
  readonly reason: 'upkeep' | 'review-time';
  /** The card whose upkeep this is, or null for review time. */
  readonly defense: DefenseId | null;
  readonly unit: UpkeepUnit | 'review';
  /** Expected units per episode (1 for a day card; P(flag) for the monitor). */
  readonly units: number;
  /** Hours per unit. */
  readonly hoursPerUnit: number;
  /** units × hoursPerUnit. */
  readonly hours: number;
}

/** The expected cost of one episode. */
export interface LabCost {
  readonly lines: readonly LabCostLine[];
  readonly hours: number;
}

/** Why a cell of the grid has no odds: the study's gap, named. */
export interface LabNoRate {
  readonly kind: 'no-published-rate';
  /** What the lookup said (the cell it needed, the models that have it). */
  readonly missing: NoPublishedRate;
  /** Every study cell (condition key) with a baseline rate for this model, in table order. */
  readonly rowsForModel: readonly string[];
}

/** One loadout × model of a study condition. */
export type LabExactCell =
  | {
      readonly ok: true;
      readonly loadout: number;
      readonly model: ModelName;
      readonly odds: Odds;
      readonly cost: LabCost;
    }
  | {
      readonly ok: false;
      readonly loadout: number;
      readonly model: ModelName;
      readonly reason: LabNoRate | InvalidAssumption;
    };

/** The exact figures of a condition set-up: one cell per loadout × model, loadout-major. */
export interface LabExact {
  readonly kind: 'condition';
  readonly conditionKey: string;
  readonly cells: readonly LabExactCell[];
}

/** The expected cost of one episode of a condition, given its odds (see the file comment). */
export function conditionCost(
  defenses: readonly DefenseId[],
  outcomes: Readonly<Record<Outcome, { readonly value: number }>>,
  assumptions: AssumptionValues,
): LabCost {
  const lines: LabCostLine[] = [];
  for (const card of deployedCards(defenses)) {
    const units =
      card.upkeep === 'day'
        ? 1
        : card.upkeep === 'flag'
          ? outcomes['caught-by-monitor'].value + outcomes['false-alarm'].value
          : CONDITION_HIDDEN_EMAILS;
    lines.push({
      reason: 'upkeep',
      defense: card.id,
      unit: card.upkeep,
      units,
      hoursPerUnit: card.standardUpkeep,
      hours: units * card.standardUpkeep,
    });
  }
  if (defenses.includes('oversight')) {
    const hoursPerUnit = assumptions.reviewMinutes / 60;
    lines.push({
      reason: 'review-time',
      defense: null,
      unit: 'review',
      units: 1,
      hoursPerUnit,
      hours: hoursPerUnit,
    });
  }
  return { lines, hours: lines.reduce((sum, line) => sum + line.hours, 0) };
}

/** The cell of one loadout and model. */
function conditionCell(setup: LabSetup, loadout: number, model: ModelName): LabExactCell {
  if (setup.subject.kind !== 'condition') {
    throw new TypeError('conditionCell needs a condition subject');
  }
  const defenses = (setup.loadouts[loadout] as LabLoadout).defenses;
  const odds = computeOdds({
    model,
    condition: labCondition(setup.subject),
    defenses,
    assumptions: setup.assumptions,
  });
  if (!odds.ok) {
    const reason: LabNoRate | InvalidAssumption =
      odds.error.kind === 'no-published-rate'
        ? {
            kind: 'no-published-rate',
            missing: odds.error,
            rowsForModel: conditionsWithRate(model).map(conditionKey),
          }
        : odds.error;
    return { ok: false, loadout, model, reason };
  }
  const cost = conditionCost(odds.value.defenses, odds.value.outcomes, odds.value.assumptions);
  return { ok: true, loadout, model, odds: odds.value, cost };
}

/**
 * The exact figures of a study-condition set-up: for each loadout (in order), each model (in
 * order), its odds and expected cost, or why there are none.
 * @throws TypeError for a level subject (use {@link labLevelExact}, which needs the level)
 */
export function labExact(setup: LabSetup): LabExact {
  if (setup.subject.kind !== 'condition') {
    throw new TypeError('labExact takes a study condition; a level needs labLevelExact');
  }
  const cells = setup.loadouts.flatMap((_, loadout) =>
    setup.models.map((model) => conditionCell(setup, loadout, model)),
  );
  return { kind: 'condition', conditionKey: conditionKey(labCondition(setup.subject)), cells };
}

/** Why a level cell has no figures. */
export type LabLevelProblem =
  | { readonly kind: 'not-offered'; readonly defenses: readonly DefenseId[] }
  | { readonly kind: 'over-budget'; readonly tokens: number; readonly budget: number }
  | { readonly kind: 'model-not-offered'; readonly models: readonly string[] }
  | { readonly kind: 'rule-violation'; readonly detail: string };

/** One loadout × model of a level. */
export type LabLevelCell =
  | {
      readonly ok: true;
      readonly loadout: number;
      readonly model: ModelName;
      readonly tokens: number;
      readonly harm: number;
      readonly outcomes: Readonly<Record<OutcomeClass, number>>;
      /** Expected cost of the day in hours (rules/costs.ts). */
      readonly expectedCost: number;
      /** Probability the level's objective is met. */
      readonly objective: number;
    }
  | {
      readonly ok: false;
      readonly loadout: number;
      readonly model: ModelName;
      readonly reason: LabLevelProblem;
    };

/** The exact figures of a level set-up. */
export interface LabLevelExact {
  readonly kind: 'level';
  readonly level: string;
  readonly cells: readonly LabLevelCell[];
  /**
   * The rate rows the level draws on under the loadouts with figures: each decision's attempt
   * (leverage seen or hidden) and each split's shares, in first-seen order (the exports' sources).
   */
  readonly rateIds: readonly string[];
}

/** The rate rows a level draws on under the cells with figures (see {@link LabLevelExact.rateIds}). */
function levelRateIds(setup: LabSetup, level: Level, cells: readonly LabLevelCell[]): string[] {
  const ids = new Set<string>();
  for (const cell of cells) {
    if (!cell.ok) {
      continue;
    }
    const loadout = {
      model: cell.model,
      goalFraming: level.loadout.defaultGoalFraming,
      defenses: (setup.loadouts[cell.loadout] as LabLoadout).defenses,
    };
    for (const id of level.nodeOrder) {
      const node = level.nodes[id];
      if (node?.kind === 'decision') {
        for (const visible of [true, false]) {
          const odds = attemptOdds(level, node, loadout, visible);
          if (odds.ok) {
            odds.value.provenance.rateIds.forEach((rateId) => ids.add(rateId));
          }
        }
      } else if (node?.kind === 'split') {
        node.branches.forEach((branch) => ids.add(branch.rate));
      }
    }
  }
  return [...ids];
}

/** One loadout × model of a level, through the level's enumerator. */
function levelCell(level: Level, setup: LabSetup, loadout: number, model: ModelName): LabLevelCell {
  const defenses = (setup.loadouts[loadout] as LabLoadout).defenses;
  const offered = level.loadout.defenses;
  const missing = defenses.filter((id) => !offered.some((card) => card.id === id));
  if (missing.length > 0) {
    return { ok: false, loadout, model, reason: { kind: 'not-offered', defenses: missing } };
  }
  const tokens = tokensSpent(offered, defenses);
  if (tokens > level.loadout.budget) {
    const reason = { kind: 'over-budget', tokens, budget: level.loadout.budget } as const;
    return { ok: false, loadout, model, reason };
  }
  if (!level.loadout.models.includes(model)) {
    const reason = { kind: 'model-not-offered', models: level.loadout.models } as const;
    return { ok: false, loadout, model, reason };
  }
  const enumeration = enumerateEndings({
    level,
    loadout: { model, goalFraming: level.loadout.defaultGoalFraming, defenses },
    policy: {},
    assumptions: setup.assumptions,
  });
  if (!enumeration.ok) {
    const detail = JSON.stringify(enumeration.error);
    return { ok: false, loadout, model, reason: { kind: 'rule-violation', detail } };
  }
  const { outcomes, expectedCost, objective } = enumeration.value;
  return {
    ok: true,
    loadout,
    model,
    tokens,
    harm: outcomes.harm,
    outcomes,
    expectedCost,
    objective,
  };
}

/**
 * The exact figures of a level set-up: the level's enumerator (the engine's rules, the assumed
 * reviewer) per loadout × model, with the level's default goal framing and choice policy.
 * @throws TypeError when the set-up's subject is not this level
 */
export function labLevelExact(setup: LabSetup, level: Level): LabLevelExact {
  if (setup.subject.kind !== 'level' || setup.subject.level !== level.id) {
    throw new TypeError('labLevelExact needs the level the set-up names');
  }
  const cells = setup.loadouts.flatMap((_, loadout) =>
    setup.models.map((model) => levelCell(level, setup, loadout, model)),
  );
  return { kind: 'level', level: level.id, cells, rateIds: levelRateIds(setup, level, cells) };
}
