/**
 * Single steps of the odds chain, each a pure transform of a {@link Probability}.
 * How they combine is documented in compute-odds.ts and docs/ODDS.md.
 */
import type { RateRow } from '../rates/rate-row';
import type { AssumptionName, Basis, Probability } from './probability';
import type { Interval } from './probability';
import { combineTags, mergeAssumptions, mergeIds, scaleInterval } from './probability';
import { wilsonInterval } from './wilson';

/**
 * Measured probabilities already built, per row and basis. Rows are immutable (the shipped
 * table), and so are the probabilities, so reusing one changes no result; it spares the Wilson
 * interval when the Lab's grid asks for the same row hundreds of times.
 */
const measuredCache = new WeakMap<RateRow, Map<Basis, Probability>>();

/** A published rate as a measured probability, with its Wilson interval when n is known. */
export function measuredProbability(row: RateRow, basis: Basis): Probability {
  let byBasis = measuredCache.get(row);
  if (byBasis === undefined) {
    byBasis = new Map();
    measuredCache.set(row, byBasis);
  }
  const known = byBasis.get(basis);
  if (known !== undefined) {
    return known;
  }
  const interval =
    row.n === null
      ? null
      : {
          ...wilsonInterval(row.rate, row.n),
          level: 0.95 as const,
          method: 'wilson' as const,
          fromRateId: row.id,
          n: row.n,
          ratioRateIds: [],
        };
  const probability: Probability = {
    value: row.rate,
    interval,
    provenance: { tag: 'measured', bases: [basis], rateIds: [row.id], assumptions: [] },
  };
  byBasis.set(basis, probability);
  return probability;
}

/** True for a zero that follows from the rules of the table (it overrides every factor). */
export function isStructuralZero(probability: Probability): boolean {
  return probability.provenance.tag === 'structural' && probability.value === 0;
}

/**
 * The interval of a rate times a borrowed ratio `top.rate / bottom.rate`, with `ratioRows` given
 * as [bottom, top]: its low end is the rate's low end times the ratio's lowest (top's low end
 * over bottom's high end), its high end the rate's high end times the ratio's highest, capped
 * at 1. Null, so that no interval is shown,
 * when the ratio rows have no sample size. With no ratio rows (a ratio of 1) it stays as it was.
 */
export function ratioInterval(
  interval: Interval | null,
  ratioRows: readonly RateRow[],
): Interval | null {
  if (interval === null || ratioRows.length === 0) {
    return interval;
  }
  const [bottom, top] = ratioRows;
  if (top?.n == null || bottom?.n == null) {
    return null;
  }
  const topBounds = wilsonInterval(top.rate, top.n);
  const bottomBounds = wilsonInterval(bottom.rate, bottom.n);
  const lowRatio = topBounds.low / bottomBounds.high;
  const highRatio = bottomBounds.low === 0 ? Infinity : topBounds.high / bottomBounds.low;
  return {
    ...interval,
    low: interval.low * lowRatio,
    high: Math.min(1, interval.high * highRatio),
    method: 'wilson-with-ratio',
    ratioRateIds: [bottom.id, top.id],
  };
}

/**
 * Multiplies by a published ratio applied beyond where it was measured: the result is
 * extrapolated and names the rows of the ratio.
 */
export function applyExtrapolatedRatio(
  probability: Probability,
  { ratio, ratioRows, basis }: { ratio: number; ratioRows: readonly RateRow[]; basis: Basis },
): Probability {
  const { provenance } = probability;
  return {
    value: probability.value * ratio,
    interval: ratioInterval(probability.interval, ratioRows),
    provenance: {
      ...provenance,
      tag: isStructuralZero(probability)
        ? 'structural'
        : combineTags([provenance.tag, 'extrapolated']),
      bases: [...provenance.bases, basis],
      rateIds: mergeIds(
        provenance.rateIds,
        ratioRows.map((row) => row.id),
      ),
    },
  };
}

/**
 * Multiplies by `1 − rate` for an assumption `rate` (a catch or a detection): the chance the
 * harmful action gets past this defense. A structural zero stays a structural zero.
 * @throws RangeError when rate is outside [0, 1] (callers validate assumptions first)
 */
export function applyAssumedStop(
  probability: Probability,
  { name, rate, basis }: { name: AssumptionName; rate: number; basis: Basis },
): Probability {
  if (!(rate >= 0 && rate <= 1)) {
    throw new RangeError(`${name} must be in [0, 1], got ${rate}`);
  }
  const { provenance } = probability;
  return {
    value: probability.value * (1 - rate),
    interval: scaleInterval(probability.interval, 1 - rate),
    provenance: {
      tag: isStructuralZero(probability)
        ? 'structural'
        : combineTags([provenance.tag, 'assumption']),
      bases: [...provenance.bases, basis],
      rateIds: provenance.rateIds,
      assumptions: mergeAssumptions(provenance.assumptions, [{ name, value: rate }]),
    },
  };
}

/**
 * Compartmentalization: the leverage (personal mail, the confidential spec, the alert-cancel
 * privilege) is out of the agent's reach, so the harmful path does not exist. Structural zero;
 * the rows of the overridden chain stay listed.
 */
export function applyCompartmentalization(probability: Probability): Probability {
  const { provenance } = probability;
  return {
    value: 0,
    interval: null,
    provenance: {
      ...provenance,
      tag: 'structural',
      bases: [...provenance.bases, 'leverage-path-closed'],
    },
  };
}

/**
 * Human oversight of consequential actions: the harmful action waits for approval and the
 * reviewer stops it with probability `catchRate` (an assumption).
 */
export function applyOversight(probability: Probability, catchRate: number): Probability {
  return applyAssumedStop(probability, {
    name: 'catch-rate',
    rate: catchRate,
    basis: 'reviewer-catch',
  });
}

/**
 * A runtime monitor on the agent's reasoning: it flags an attempt with probability
 * `detectionRate` (an assumption, untested at scale) and the attempt is stopped.
 */
export function applyMonitor(probability: Probability, detectionRate: number): Probability {
  return applyAssumedStop(probability, {
    name: 'detection-rate',
    rate: detectionRate,
    basis: 'monitor-detection',
  });
}
