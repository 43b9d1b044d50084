/**
 * Odds with provenance. API:
 *
 * - {@link computeOdds}`({ model, condition, defenses, assumptions? })` → `Result<Odds, OddsError>`:
 *   the full combination, every step, P(attempt), P(harm) and every {@link Outcome}.
 * - {@link attemptProbability}`({ model, condition, defenses })` → `Result<AttemptOdds, NoPublishedRate>`:
 *   condition switches, prohibition and compartmentalization only.
 * - {@link applyOversight}`(p, catchRate)`, {@link applyMonitor}`(p, detectionRate)`,
 *   {@link applyCompartmentalization}`(p)`, {@link applyProhibition}`(p, model, condition)`:
 *   single steps, each `Probability → Probability`.
 * - {@link outcomeProbabilities}`(attempt, layers, assumptions)`: the five outcomes of an episode.
 * - {@link wilsonInterval}`(rate, n)` → `{ low, high }` (95 % by default).
 * - {@link DEFAULT_ASSUMPTIONS}, {@link resolveAssumptions}`(overrides)`.
 * - Types: {@link Probability}, {@link Provenance}, {@link Interval}, {@link AssumptionValues},
 *   {@link OddsStep}, {@link Odds}.
 *
 * Every probability is a {@link Probability}: value, interval (where n is known) and provenance
 * (tag, bases, rate ids, assumptions). How defenses combine: compute-odds.ts and docs/ODDS.md.
 */
export type { AssumptionValues, InvalidAssumption } from './assumptions';
export { ASSUMPTION_FIELDS, DEFAULT_ASSUMPTIONS, resolveAssumptions } from './assumptions';
export type { AttemptOdds, AttemptRequest, OddsStep, StepKind } from './attempt';
export { attemptProbability, canonicalDefenses, switchedCondition } from './attempt';
export type { Odds, OddsError, OddsRequest } from './compute-odds';
export { computeOdds } from './compute-odds';
export type { Layers, Outcome } from './outcomes';
export { OUTCOMES, outcomeProbabilities } from './outcomes';
export type {
  AssumptionName,
  AssumptionUse,
  Basis,
  Interval,
  Probability,
  Provenance,
} from './probability';
export { ASSUMPTION_NAMES, BASES, combineTags } from './probability';
export type { ProhibitionPair } from './prohibition';
export { applyProhibition, borrowedPair, prohibitionPair } from './prohibition';
export {
  applyCompartmentalization,
  ratioInterval,
  applyMonitor,
  applyOversight,
  isStructuralZero,
  measuredProbability,
} from './steps';
export type { WilsonBounds } from './wilson';
export { Z_95, wilsonInterval } from './wilson';
