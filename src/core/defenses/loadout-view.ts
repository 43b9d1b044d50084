/**
 * The loadout as a screen shows it, computed once in core: the budget, each offered card's cost,
 * whether it is deployed or affordable, its provenance chip for this model and study cell, and
 * the odds. The campaign's loadout screen, the simulator and (later) the Lab and workshops read
 * this view and derive nothing themselves.
 */
import type { DecisionOdds } from '../model/event';
import type { Level } from '../model/level';
import type { Loadout } from '../model/state';
import type { DefenseId, ProvenanceTag } from '../model/vocabulary';
import type { AssumptionValues } from '../odds/assumptions';
import type { OddsStep } from '../odds/attempt';
import { tagOfBases } from '../odds/attempt';
import type { Odds, OddsError } from '../odds/compute-odds';
import { computeOdds } from '../odds/compute-odds';
import type { Probability } from '../odds/probability';
import { combineTags } from '../odds/probability';
import type { Condition } from '../rates/condition';
import { lookupRate, rateById } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import { isModelName } from '../rates/models';
import type { Result } from '../model/result';
import { decisionCondition } from '../rules/odds';
import { decisionsOf, loadoutOdds } from '../rules/loadout-odds';
import type { DefenseStage, UpkeepUnit } from './defense-table';
import { defenseCard } from './defense-table';

/** A card on offer at a price. */
export interface OfferedCard {
  readonly id: DefenseId;
  readonly cost: number;
  /** Hours of work per unit of the card's upkeep; absent, none is priced. */
  readonly upkeep?: number;
}

/** What a provenance chip shows: the kind of evidence, and whether a measured row is second-hand. */
export interface Chip {
  readonly tag: ProvenanceTag;
  /** True when the tag is `measured` and a row behind it is one the research marks secondary. */
  readonly secondHand: boolean;
}

/** The tokens the deployed cards cost at the offered prices (a card not on offer costs 0). */
export function tokensSpent(
  offered: readonly OfferedCard[],
  deployed: readonly DefenseId[],
): number {
  return offered
    .filter((card) => deployed.includes(card.id))
    .reduce((sum, card) => sum + card.cost, 0);
}

/** Every set of the offered cards that fits the budget, the empty set first. */
export function legalDefenseSets(offered: readonly OfferedCard[], budget: number): DefenseId[][] {
  const sets: DefenseId[][] = [];
  for (let mask = 0; mask < 1 << offered.length; mask += 1) {
    const chosen = offered.filter((_, index) => (mask & (1 << index)) !== 0).map((card) => card.id);
    if (tokensSpent(offered, chosen) <= budget) {
      sets.push(chosen);
    }
  }
  return sets;
}

/**
 * Whether a card can be in the loadout at this budget: a deployed card always can (it can be
 * withdrawn), another one if its price fits in what is left.
 */
export function affordable(
  offered: readonly OfferedCard[],
  budget: number,
  deployed: readonly DefenseId[],
  id: DefenseId,
): boolean {
  if (deployed.includes(id)) {
    return true;
  }
  const card = offered.find((item) => item.id === id);
  return card !== undefined && tokensSpent(offered, deployed) + card.cost <= budget;
}

/** The chip of a probability, or of one step's own evidence when `tag` is given. */
export function chipOf(
  probability: Probability,
  tag: ProvenanceTag = probability.provenance.tag,
): Chip {
  const secondHand =
    tag === 'measured' &&
    probability.provenance.rateIds.some((id) => rateById(id)?.confidence === 'secondary');
  return { tag, secondHand };
}

/** The chip of a step in an odds chain: the step's own evidence. */
export function stepChip(step: OddsStep): Chip {
  return chipOf(step.probability, step.stepTag);
}

/** The weakest of several chips (second-hand if any measured one is). */
export function weakestChip(chips: readonly Chip[]): Chip | null {
  if (chips.length === 0) {
    return null;
  }
  const tag = combineTags(chips.map((chip) => chip.tag));
  return { tag, secondHand: tag === 'measured' && chips.some((chip) => chip.secondHand) };
}

/** The step a card contributes to a chain (switching cards share one step). */
function stepOfCard(steps: readonly OddsStep[], id: DefenseId): OddsStep | undefined {
  return steps.find((step) => step.kind === id || step.defenses.includes(id));
}

/**
 * A card's chip for a model in a study cell, next to the rest of the loadout: the evidence of
 * the step the card adds when deployed with the other cards. Null when the card cannot be
 * computed there (the study published no rate for the cell it leads to).
 */
export function cardChip(
  id: DefenseId,
  model: ModelName,
  condition: Condition,
  deployed: readonly DefenseId[],
): Chip | null {
  // A close-path card overrides whatever follows; leave the others' close-path cards out so
  // that the card's own step is computed on an open path.
  const others = deployed.filter(
    (other) => other !== id && defenseCard(other).stage !== 'close-path',
  );
  const odds = computeOdds({ model, condition, defenses: [...others, id] });
  if (!odds.ok) {
    return null;
  }
  const step = stepOfCard(odds.value.steps, id);
  return step === undefined ? null : stepChip(step);
}

/**
 * A card's chip where no study cell is computed (a decision on a named rate row): what its own
 * bases rest on. Only cards that change nothing the agent is told are offered there.
 */
export function fixedChip(id: DefenseId): Chip {
  const card = defenseCard(id);
  const bases = card.stage === 'after-attempt' ? [card.stop.basis] : card.bases;
  return { tag: tagOfBases(bases), secondHand: false };
}

/**
 * True for a card whose effect after an attempt is the player's own review in play (an
 * approval layer): the campaign shows "after the attempt: your review", not its assumed rate.
 */
export function decidedInPlay(id: DefenseId): boolean {
  const card = defenseCard(id);
  return card.stage === 'after-attempt' && card.hook === 'approval';
}

/** One offered card as the loadout shows it. */
export interface CardView {
  readonly id: DefenseId;
  readonly stage: DefenseStage;
  readonly cost: number;
  readonly deployed: boolean;
  /** Deployed, or its price fits in what is left. */
  readonly affordable: boolean;
  /** Null when the study published no rate for the cell the card leads to. */
  readonly chip: Chip | null;
  /**
   * `your-review` when, in play, what the card does after an attempt is decided by the player's
   * own review (the approval queue), so no rate stands for it; `rate` when a rate (measured or
   * assumed) stands for its effect, as in the Lab.
   */
  readonly decidedBy: 'your-review' | 'rate';
  /** The card's business cost: hours of work per unit of its upkeep (0 where none is priced). */
  readonly upkeep: { readonly unit: UpkeepUnit; readonly hours: number };
}

/** The budget line. */
export interface BudgetView {
  readonly budget: number;
  readonly spent: number;
  readonly remaining: number;
}

/** A level's loadout as its screen shows it. */
export interface LevelLoadoutView extends BudgetView {
  readonly cards: readonly CardView[];
  /** Each decision point's harmful-attempt odds, in file order (see `loadoutOdds`). */
  readonly odds: readonly DecisionOdds[];
}

/** The budget line of a set of offered cards. */
export function budgetView(
  offered: readonly OfferedCard[],
  budget: number,
  deployed: readonly DefenseId[],
): BudgetView {
  const spent = tokensSpent(offered, deployed);
  return { budget, spent, remaining: budget - spent };
}

/**
 * The chip of a card across a level's decisions: the weakest of its chip at each decision this
 * model can reach. A decision with no published base rate for the model is one the level does not
 * let it reach (the validator sees to that), so it is left out.
 */
function levelCardChip(level: Level, loadout: Loadout, id: DefenseId): Chip | null {
  if (!isModelName(loadout.model)) {
    return null;
  }
  const model = loadout.model;
  const chips = decisionsOf(level).flatMap((decision): (Chip | null)[] => {
    if ('row' in decision.rate) {
      return [fixedChip(id)];
    }
    const condition = decisionCondition(level, decision, loadout);
    if (!lookupRate(model, condition).ok) {
      return [];
    }
    return [cardChip(id, model, condition, loadout.defenses)];
  });
  if (chips.some((chip) => chip === null)) {
    return null;
  }
  return weakestChip(chips.filter((chip): chip is Chip => chip !== null)) ?? fixedChip(id);
}

/** The loadout screen of a level for a loadout: the budget, every offered card and the odds. */
export function levelLoadoutView(level: Level, loadout: Loadout): LevelLoadoutView {
  const offered = level.loadout.defenses;
  const budget = budgetView(offered, level.loadout.budget, loadout.defenses);
  const cards = offered.map((card): CardView => ({
    id: card.id,
    stage: defenseCard(card.id).stage,
    cost: card.cost,
    deployed: loadout.defenses.includes(card.id),
    affordable: affordable(offered, level.loadout.budget, loadout.defenses, card.id),
    chip: levelCardChip(level, loadout, card.id),
    decidedBy: decidedInPlay(card.id) ? 'your-review' : 'rate',
    upkeep: { unit: defenseCard(card.id).upkeep, hours: card.upkeep },
  }));
  return { ...budget, cards, odds: loadoutOdds(level, loadout) };
}

/** A study condition played without a level: the model, the cell, the cards and the budget. */
export interface ConditionLoadoutRequest {
  readonly model: ModelName;
  readonly condition: Condition;
  readonly offered: readonly OfferedCard[];
  readonly budget: number;
  readonly defenses: readonly DefenseId[];
  readonly assumptions?: Partial<AssumptionValues>;
}

/** A study condition's loadout: the budget, every offered card and the full odds. */
export interface ConditionLoadoutView extends BudgetView {
  readonly cards: readonly CardView[];
  readonly odds: Result<Odds, OddsError>;
}

/** The cards of {@link DEFENSE_TABLE} at their standard prices. */
export function standardOffer(ids: readonly DefenseId[]): OfferedCard[] {
  return ids.map((id) => ({ id, cost: defenseCard(id).cost }));
}

/** The loadout view of a study condition (the Lab, the simulator, a workshop). */
export function conditionLoadoutView(request: ConditionLoadoutRequest): ConditionLoadoutView {
  const { model, condition, offered, defenses } = request;
  const budget = budgetView(offered, request.budget, defenses);
  const cards = offered.map((card): CardView => ({
    id: card.id,
    stage: defenseCard(card.id).stage,
    cost: card.cost,
    deployed: defenses.includes(card.id),
    affordable: affordable(offered, request.budget, defenses, card.id),
    chip: cardChip(card.id, model, condition, defenses),
    decidedBy: 'rate',
    upkeep: { unit: defenseCard(card.id).upkeep, hours: card.upkeep ?? 0 },
  }));
  const odds = computeOdds({
    model,
    condition,
    defenses,
    ...(request.assumptions === undefined ? {} : { assumptions: request.assumptions }),
  });
  return { ...budget, cards, odds };
}
