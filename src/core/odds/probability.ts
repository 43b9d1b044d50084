/**
 * A probability never leaves core as a bare number: it travels with its provenance
 * (DESIGN.md §4) and, where a sample size is known, its 95 % interval.
 */
import type { ProvenanceTag } from '../model/vocabulary';

/**
 * Why a number has its value: one key per operation, in the order applied. Keys, not prose:
 * the UI translates them (docs/ODDS.md explains each).
 * - `published-rate`: a baseline row of the rates table for the level's condition.
 * - `condition-switch`: a defense moved the agent to another measured cell (no threat, no goal).
 * - `prohibition-measured`: a measured row with the Figure 12 instructions.
 * - `prohibition-extrapolated`: Figure 12's Claude Opus 4 ratio for the same scenario, applied here.
 * - `prohibition-extrapolated-other-scenario`: no measurement for this scenario; the weaker of the
 *   two measured ratios (espionage) applied.
 * - `leverage-path-closed`: compartmentalization; the agent cannot reach the leverage.
 * - `monitor-detection`, `monitor-false-alarm`, `reviewer-catch`: game assumptions.
 * - `no-defense-deployed`: an outcome that needs a defense that is not on the table is impossible.
 * - `layers-independent`: two defenses' effects were multiplied as if independent (an assumption:
 *   the study measured no combination of defenses).
 */
export const BASES = [
  'published-rate',
  'condition-switch',
  'prohibition-measured',
  'prohibition-extrapolated',
  'prohibition-extrapolated-other-scenario',
  'leverage-path-closed',
  'monitor-detection',
  'monitor-false-alarm',
  'reviewer-catch',
  'no-defense-deployed',
  'layers-independent',
] as const;
/** One of {@link BASES}. */
export type Basis = (typeof BASES)[number];

/** The game-design parameters the study has no number for. */
export const ASSUMPTION_NAMES = ['catch-rate', 'detection-rate', 'false-alarm-rate'] as const;
/** One of {@link ASSUMPTION_NAMES}. */
export type AssumptionName = (typeof ASSUMPTION_NAMES)[number];

/** An assumption parameter used in a number, with the value it had. */
export interface AssumptionUse {
  readonly name: AssumptionName;
  readonly value: number;
}

/** Where a number comes from. */
export interface Provenance {
  /** The weakest kind of evidence in the chain (see {@link combineTags}). */
  readonly tag: ProvenanceTag;
  /** Every operation applied, in order. */
  readonly bases: readonly Basis[];
  /**
   * Ids of the rate rows the value was derived from. A structural zero keeps the rows of the
   * chain it overrode, so the "why" panel can say what the odds would have been.
   */
  readonly rateIds: readonly string[];
  /** Every assumption parameter used, with its value. */
  readonly assumptions: readonly AssumptionUse[];
}

/** A 95 % interval for a value, with what it accounts for. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly level: 0.95;
  /**
   * `wilson`: the Wilson score interval of a published rate with known n.
   * `wilson-propagated`: that interval pushed through later steps that hold their factors
   * (assumptions) fixed; it shows the sampling uncertainty of `fromRateId` only.
   * `wilson-with-ratio`: a rate times a ratio borrowed from other rows (an extrapolation); the
   * ends combine the 95 % Wilson ends of the rate and of both ratio rows (`ratioRateIds`), so it
   * is wider than any one of them. It cannot include the doubt that the ratio carries over at
   * all, which no number measures.
   */
  readonly method: 'wilson' | 'wilson-propagated' | 'wilson-with-ratio';
  /** The rate row whose sample the interval comes from. */
  readonly fromRateId: string;
  /** That row's sample size. */
  readonly n: number;
  /** For `wilson-with-ratio`: the two rows of the borrowed ratio; empty otherwise. */
  readonly ratioRateIds: readonly string[];
}

/** A probability in [0, 1] with its provenance and, when a sample size is known, its interval. */
export interface Probability {
  readonly value: number;
  /** Null when no published n stands behind the value (structural or assumption only). */
  readonly interval: Interval | null;
  readonly provenance: Provenance;
}

// Weaker evidence has a higher rank; a combination is only as strong as its weakest part.
const TAG_RANK: Readonly<Record<ProvenanceTag, number>> = {
  structural: 0,
  measured: 1,
  extrapolated: 2,
  assumption: 3,
};

/**
 * The tag of a value computed from parts: the weakest part's tag. A structural part (a fact
 * of the table, certain) never weakens a combination; only when every part is structural is
 * the result structural. (A structural *zero* factor is handled by the caller: it decides the
 * value alone, so the result is structural.)
 */
export function combineTags(tags: readonly ProvenanceTag[]): ProvenanceTag {
  return tags.reduce<ProvenanceTag>(
    (weakest, tag) => (TAG_RANK[tag] > TAG_RANK[weakest] ? tag : weakest),
    'structural',
  );
}

/** Union of two id lists, first-seen order. */
export function mergeIds(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** Union of assumption uses by name (a later use of the same name replaces the earlier). */
export function mergeAssumptions(
  first: readonly AssumptionUse[],
  second: readonly AssumptionUse[],
): AssumptionUse[] {
  const byName = new Map(first.map((use) => [use.name, use]));
  second.forEach((use) => byName.set(use.name, use));
  return [...byName.values()];
}

/** Scales an interval by a constant factor in [0, 1], marking it as propagated. */
export function scaleInterval(interval: Interval | null, factor: number): Interval | null {
  if (interval === null) {
    return null;
  }
  return {
    ...interval,
    low: interval.low * factor,
    high: interval.high * factor,
    method: interval.method === 'wilson' ? 'wilson-propagated' : interval.method,
  };
}
