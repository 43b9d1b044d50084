/**
 * The model-level odds: how likely the agent is to attempt the harmful act, after the cards of
 * the stages before the attempt (defenses/defense-table.ts): those that switch the study cell,
 * those that scale the attempt, and those that close the harmful path.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DefenseId, ProvenanceTag } from '../model/vocabulary';
import { DEFENSES } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import type { NoPublishedRate } from '../rates/lookup';
import { lookupRate } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import { BASIS_TAG, defenseCard, deployedOfStage } from '../defenses/defense-table';
import type { Basis, Probability } from './probability';
import { combineTags } from './probability';
import { isStructuralZero, measuredProbability } from './steps';

/**
 * The kinds of step in an odds chain: the base rate, the condition switch (every switching card
 * in one step, since together they pick one measured cell), then one step per other card.
 */
export type StepKind = 'base' | 'condition-switch' | DefenseId;

/** One line of the "why this number" panel: the probability of harm after this step. */
export interface OddsStep {
  readonly kind: StepKind;
  /** The defenses this step applies (none for `base`; both switches share one step). */
  readonly defenses: readonly DefenseId[];
  /** The study cell in force after this step. */
  readonly condition: Condition;
  readonly probability: Probability;
  /**
   * The evidence of this step alone (the card's provenance chip): `probability`'s tag is the
   * weakest of the whole chain so far, this one is what the step itself rests on.
   */
  readonly stepTag: ProvenanceTag;
}

/** What to compute: a model in a condition with a set of deployed defenses (order ignored). */
export interface AttemptRequest {
  readonly model: ModelName;
  readonly condition: Condition;
  readonly defenses: readonly DefenseId[];
}

/** The chance of a harmful attempt, with each step that led to it. */
export interface AttemptOdds {
  readonly model: ModelName;
  readonly condition: Condition;
  /** The cell after remove-threat / remove-goal. */
  readonly effectiveCondition: Condition;
  /** Deployed defenses, deduplicated, in {@link DEFENSES} order. */
  readonly defenses: readonly DefenseId[];
  readonly steps: readonly OddsStep[];
  /** P(attempt): the last step's probability. */
  readonly attempt: Probability;
}

/** The deployed defenses, once each, in canonical order. */
export function canonicalDefenses(defenses: readonly DefenseId[]): DefenseId[] {
  return DEFENSES.filter((defense) => defenses.includes(defense));
}

/** The cell after every deployed switching card. */
export function switchedCondition(condition: Condition, defenses: readonly DefenseId[]): Condition {
  return deployedOfStage(defenses, 'switch-condition').reduce(
    (cell, card) => card.switchCondition(cell),
    condition,
  );
}

/** The weakest evidence among the bases a step added. */
export function tagOfBases(bases: readonly Basis[]): ProvenanceTag {
  return combineTags(bases.map((basis) => BASIS_TAG[basis]));
}

/** The switch step, or nothing when no switching card is deployed. */
function switchStep(
  request: AttemptRequest,
  defenses: readonly DefenseId[],
): Result<OddsStep[], NoPublishedRate> {
  const used = deployedOfStage(defenses, 'switch-condition').map((card) => card.id);
  if (used.length === 0) {
    return ok([]);
  }
  const condition = switchedCondition(request.condition, defenses);
  const row = lookupRate(request.model, condition);
  if (!row.ok) {
    return row;
  }
  const probability = measuredProbability(row.value, 'condition-switch');
  return ok([
    { kind: 'condition-switch', defenses: used, condition, probability, stepTag: 'measured' },
  ]);
}

/**
 * Appends the step of a card, computed from the previous step. When the step multiplies a
 * number that another card already changed, the chain treats the two as independent, and the
 * step says so (basis `layers-independent`, an assumption).
 */
export function appendStep(
  steps: readonly OddsStep[],
  defense: DefenseId,
  apply: (previous: OddsStep) => Probability,
): OddsStep[] {
  // Every chain starts with its base step, so the last element always exists.
  const previous = steps[steps.length - 1] as OddsStep;
  const applied = apply(previous);
  const own = applied.provenance.bases.filter((basis) =>
    defenseCard(defense).bases.includes(basis),
  );
  const stacked = steps.some((step) => step.kind !== 'base' && step.kind !== 'condition-switch');
  const independent =
    stacked &&
    !isStructuralZero(applied) &&
    !applied.provenance.bases.includes('layers-independent')
      ? withBasis(applied, 'layers-independent')
      : applied;
  const step: OddsStep = {
    kind: defense,
    defenses: [defense],
    condition: previous.condition,
    probability: independent,
    stepTag: tagOfBases(own),
  };
  return [...steps, step];
}

/** A probability with one more basis (and the assumption tag it brings). */
function withBasis(probability: Probability, basis: Basis): Probability {
  const { provenance } = probability;
  return {
    ...probability,
    provenance: {
      ...provenance,
      tag: combineTags([provenance.tag, BASIS_TAG[basis]]),
      bases: [...provenance.bases, basis],
    },
  };
}

/**
 * P(the agent attempts the harmful act) for a model in a condition under a set of defenses:
 * base rate → condition switch (measured cell) → prohibition (measured or extrapolated) →
 * compartmentalization (structural zero). Oversight and monitor do not change the attempt;
 * {@link computeOdds} applies them. Fails with {@link NoPublishedRate} when the starting cell
 * or the switched cell was not published for this model.
 */
export function attemptProbability(request: AttemptRequest): Result<AttemptOdds, NoPublishedRate> {
  const defenses = canonicalDefenses(request.defenses);
  const base = lookupRate(request.model, request.condition);
  if (!base.ok) {
    return err(base.error);
  }
  const switched = switchStep(request, defenses);
  if (!switched.ok) {
    return switched;
  }
  let steps: OddsStep[] = [
    {
      kind: 'base',
      defenses: [],
      condition: request.condition,
      probability: measuredProbability(base.value, 'published-rate'),
      stepTag: 'measured',
    },
    ...switched.value,
  ];
  for (const card of deployedOfStage(defenses, 'scale-attempt')) {
    steps = appendStep(steps, card.id, (last) =>
      card.scale(last.probability, request.model, last.condition),
    );
  }
  for (const card of deployedOfStage(defenses, 'close-path')) {
    steps = appendStep(steps, card.id, (last) => card.close(last.probability));
  }
  const last = steps[steps.length - 1] as OddsStep;
  return ok({
    model: request.model,
    condition: request.condition,
    effectiveCondition: last.condition,
    defenses,
    steps,
    attempt: last.probability,
  });
}
