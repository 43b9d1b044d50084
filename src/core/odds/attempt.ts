/**
 * The model-level odds: how likely the agent is to attempt the harmful act, after the defenses
 * that change what the agent is told (remove the threat, remove the goal, the prohibition) and
 * the one that removes the means (compartmentalization).
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DefenseId } from '../model/vocabulary';
import { DEFENSES } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import type { NoPublishedRate } from '../rates/lookup';
import { lookupRate } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import type { Probability } from './probability';
import { applyProhibition } from './prohibition';
import { applyCompartmentalization, measuredProbability } from './steps';

/** The kinds of step in an odds chain, in the order they are applied. */
export const STEP_KINDS = [
  'base',
  'condition-switch',
  'prohibition',
  'compartmentalization',
  'monitor',
  'oversight',
] as const;
/** One of {@link STEP_KINDS}. */
export type StepKind = (typeof STEP_KINDS)[number];

/** One line of the "why this number" panel: the probability of harm after this step. */
export interface OddsStep {
  readonly kind: StepKind;
  /** The defenses this step applies (none for `base`; both switches share one step). */
  readonly defenses: readonly DefenseId[];
  /** The study cell in force after this step. */
  readonly condition: Condition;
  readonly probability: Probability;
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

/**
 * The cell after the switching defenses: remove-threat → no threat; remove-goal → no goal, but
 * only for an explicit goal (a latent or ambiguous goal is not in the system prompt, so there
 * is nothing for the card to remove).
 */
export function switchedCondition(condition: Condition, defenses: readonly DefenseId[]): Condition {
  const noThreat = defenses.includes('remove-threat');
  const noGoal = defenses.includes('remove-goal') && condition.goalType === 'explicit';
  return {
    ...condition,
    urgency: noThreat ? 'none' : condition.urgency,
    goalType: noGoal ? 'none' : condition.goalType,
    goalValue: noGoal ? 'none' : condition.goalValue,
  };
}

/** The switch step, or nothing when no switching defense changes the cell. */
function switchStep(
  request: AttemptRequest,
  defenses: readonly DefenseId[],
): Result<OddsStep[], NoPublishedRate> {
  const condition = switchedCondition(request.condition, defenses);
  const used = defenses.filter(
    (defense) => defense === 'remove-threat' || defense === 'remove-goal',
  );
  if (used.length === 0) {
    return ok([]);
  }
  const row = lookupRate(request.model, condition);
  if (!row.ok) {
    return row;
  }
  const probability = measuredProbability(row.value, 'condition-switch');
  return ok([{ kind: 'condition-switch', defenses: used, condition, probability }]);
}

/** The defenses that act as one multiplicative step each, after the condition switch. */
export type LayerDefense = 'prohibition' | 'compartmentalization' | 'monitor' | 'oversight';

/** Appends the step of `defense`, computed from the previous step. */
export function appendStep(
  steps: readonly OddsStep[],
  defense: LayerDefense,
  apply: (previous: OddsStep) => Probability,
): OddsStep[] {
  // Every chain starts with its base step, so the last element always exists.
  const previous = steps[steps.length - 1] as OddsStep;
  const step: OddsStep = {
    kind: defense,
    defenses: [defense],
    condition: previous.condition,
    probability: apply(previous),
  };
  return [...steps, step];
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
    },
    ...switched.value,
  ];
  if (defenses.includes('prohibition')) {
    steps = appendStep(steps, 'prohibition', (last) =>
      applyProhibition(last.probability, request.model, last.condition),
    );
  }
  if (defenses.includes('compartmentalization')) {
    steps = appendStep(steps, 'compartmentalization', (last) =>
      applyCompartmentalization(last.probability),
    );
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
