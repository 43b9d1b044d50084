/**
 * The full odds of a loadout. The cards and their stages are in defenses/defense-table.ts.
 *
 * How defenses combine (also in docs/ODDS.md):
 *
 * 1. Base: the published rate of the model in the level's condition (measured).
 * 2. Switch-condition cards (remove the threat / remove the goal): the study's no-threat / no-goal
 *    cell (measured; both together → the control cell). A cell the study did not publish is an
 *    error, never a guess.
 * 3. Scale-attempt cards (the prohibition): the measured row when one exists for this model and
 *    cell; otherwise P × (Figure 12 ratio) (extrapolated, naming both Figure 12 rows).
 * 4. Close-path cards (compartmentalization): the harmful path is closed, P(attempt) = 0
 *    (structural). It overrides everything else.
 * 5. After-attempt layers (monitor, then oversight) act on an attempt, independently of each
 *    other and of the agent:
 *
 *      P(harm) = P(attempt) × (1 − detection) × (1 − catch)
 *
 *    with a layer that is not deployed stopping nothing (its rates are assumptions).
 *
 * Independence is assumed wherever two defenses combine, and said so in the provenance (basis
 * `layers-independent`). The exact probabilities need no sampling;
 * src/core/sim/scenario-monte-carlo.ts samples them to show the spread.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DefenseId } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import type { NoPublishedRate } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import type { AssumptionValues, InvalidAssumption } from './assumptions';
import { resolveAssumptions } from './assumptions';
import type { AttemptOdds, AttemptRequest, OddsStep } from './attempt';
import { appendStep, attemptProbability, canonicalDefenses } from './attempt';
import type { Outcome } from './outcomes';
import { outcomeProbabilities } from './outcomes';
import type { Probability } from './probability';
import { applyLayer, defenseCard, deployedOfStage } from '../defenses/defense-table';

/** A loadout to evaluate. */
export interface OddsRequest extends AttemptRequest {
  /** Overrides of {@link DEFAULT_ASSUMPTIONS}; missing values take the default. */
  readonly assumptions?: Partial<AssumptionValues>;
}

/** Why odds could not be computed. */
export type OddsError = NoPublishedRate | InvalidAssumption;

/** The odds of a loadout: every step, P(attempt), P(harm) and every outcome, each with provenance. */
export interface Odds {
  readonly model: ModelName;
  readonly condition: Condition;
  readonly effectiveCondition: Condition;
  readonly defenses: readonly DefenseId[];
  /** The assumption values in force (defaults filled in), whether or not a defense used them. */
  readonly assumptions: AssumptionValues;
  /** base, then one step per deployed defense, ending at P(harm). */
  readonly steps: readonly OddsStep[];
  readonly attempt: Probability;
  readonly harm: Probability;
  /** Exact probability of each episode outcome; they sum to 1. */
  readonly outcomes: Readonly<Record<Outcome, Probability>>;
}

/** Adds one step per deployed after-attempt layer, in the order an episode meets them. */
function layerSteps(attempt: AttemptOdds, values: AssumptionValues): OddsStep[] {
  let steps = [...attempt.steps];
  for (const card of deployedOfStage(attempt.defenses, 'after-attempt')) {
    steps = appendStep(steps, card.id, (last) => applyLayer(card, last.probability, values));
  }
  return steps;
}

/**
 * The attempt stage depends only on the model, the cell and the cards before the attempt (never
 * on the after-attempt layers or the assumptions), so it is computed once per such triple and
 * reused: a grid of 64 loadouts has only 16 distinct pre-attempt card sets, and a slider that
 * moves an assumption reuses every attempt. The entries are immutable and the table they read
 * is fixed, so the cache cannot change a result; it is bounded by {@link MAX_ATTEMPT_CACHE}.
 */
const attemptCache = new Map<string, Result<AttemptOdds, NoPublishedRate>>();

/** The most attempt stages kept (models × cells × pre-attempt sets is far below it). */
export const MAX_ATTEMPT_CACHE = 20_000;

/** Empties the attempt cache (for a benchmark of the first, uncached computation). */
export function clearAttemptCache(): void {
  attemptCache.clear();
}

/**
 * {@link attemptProbability}, through the cache: the same result (`defenses` is the request's
 * full canonical set), computed once per model, cell and pre-attempt card set.
 */
export function cachedAttempt(request: AttemptRequest): Result<AttemptOdds, NoPublishedRate> {
  const defenses = canonicalDefenses(request.defenses);
  const before = defenses.filter((id) => defenseCard(id).stage !== 'after-attempt');
  const { scenario, goalType, goalValue, urgency } = request.condition;
  const key = `${request.model}|${scenario}|${goalType}|${goalValue}|${urgency}|${before.join('.')}`;
  let found = attemptCache.get(key);
  if (found === undefined) {
    found = attemptProbability({
      model: request.model,
      condition: request.condition,
      defenses: before,
    });
    if (attemptCache.size >= MAX_ATTEMPT_CACHE) {
      attemptCache.clear();
    }
    attemptCache.set(key, found);
  }
  return found.ok && found.value.defenses.length !== defenses.length
    ? ok({ ...found.value, defenses })
    : found;
}

/**
 * The odds of a model in a condition with a set of defenses and assumptions. Fails with
 * `no-published-rate` when a needed study cell is missing, or `invalid-assumption` when an
 * assumption is outside [0, 1].
 */
export function computeOdds(request: OddsRequest): Result<Odds, OddsError> {
  const values = resolveAssumptions(request.assumptions);
  if (!values.ok) {
    return values;
  }
  const attempt = cachedAttempt(request);
  if (!attempt.ok) {
    return err(attempt.error);
  }
  const steps = layerSteps(attempt.value, values.value);
  const harm = (steps[steps.length - 1] as OddsStep).probability;
  const layers = deployedOfStage(attempt.value.defenses, 'after-attempt');
  const outcomes = { ...outcomeProbabilities(attempt.value.attempt, layers, values.value), harm };
  const { model, condition, effectiveCondition, defenses } = attempt.value;
  return ok({
    model,
    condition,
    effectiveCondition,
    defenses,
    assumptions: values.value,
    steps,
    attempt: attempt.value.attempt,
    harm,
    outcomes,
  });
}
