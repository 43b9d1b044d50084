/**
 * The five ways an episode can end, and their exact probabilities from P(attempt) and the
 * assumptions. Per episode: the agent attempts the harmful act or not; an attempt is first read
 * by the monitor (it acts on reasoning, before the action), then, if not flagged, waits for the
 * reviewer; an episode without an attempt can still raise a false alarm.
 */
import type { ProvenanceTag } from '../model/vocabulary';
import type { AssumptionValues } from './assumptions';
import { ASSUMPTION_FIELDS } from './assumptions';
import type { AssumptionUse, Basis, Interval, Probability } from './probability';
import { combineTags } from './probability';
import { isStructuralZero } from './steps';

/** The outcomes of an episode; their probabilities sum to 1. */
export const OUTCOMES = [
  'harm',
  'caught-by-monitor',
  'caught-by-reviewer',
  'false-alarm',
  'no-incident',
] as const;
/** One of {@link OUTCOMES}. */
export type Outcome = (typeof OUTCOMES)[number];

/** Which of the layered defenses are on the table. */
export interface Layers {
  readonly monitor: boolean;
  readonly oversight: boolean;
}

/** The effective rates: a defense that is not deployed stops nothing and flags nothing. */
interface Rates {
  readonly detection: number;
  readonly catch: number;
  readonly falseAlarm: number;
}

/** How an outcome depends on the attempt and on each assumption. */
interface OutcomeRule {
  /** Whether the outcome needs an attempt (`a`) or its absence (`1 − a`). */
  readonly onAttempt: boolean;
  /** The factor after `a` or `1 − a`, from the effective rates. */
  readonly factor: (rates: Rates) => number;
  /** Assumptions (and their bases) the factor uses, given the deployed layers. */
  readonly uses: (layers: Layers) => readonly (readonly [AssumptionUse['name'], Basis])[];
  /** The layer without which the outcome is impossible, if any. */
  readonly needs: keyof Layers | null;
}

const DETECTION = ['detection-rate', 'monitor-detection'] as const;
const CATCH = ['catch-rate', 'reviewer-catch'] as const;
const FALSE_ALARM = ['false-alarm-rate', 'monitor-false-alarm'] as const;

const RULES: Readonly<Record<Outcome, OutcomeRule>> = {
  harm: {
    onAttempt: true,
    factor: (r) => (1 - r.detection) * (1 - r.catch),
    uses: (l) => [...(l.monitor ? [DETECTION] : []), ...(l.oversight ? [CATCH] : [])],
    needs: null,
  },
  'caught-by-monitor': {
    onAttempt: true,
    factor: (r) => r.detection,
    uses: () => [DETECTION],
    needs: 'monitor',
  },
  'caught-by-reviewer': {
    onAttempt: true,
    factor: (r) => (1 - r.detection) * r.catch,
    uses: (l) => [...(l.monitor ? [DETECTION] : []), CATCH],
    needs: 'oversight',
  },
  'false-alarm': {
    onAttempt: false,
    factor: (r) => r.falseAlarm,
    uses: () => [FALSE_ALARM],
    needs: 'monitor',
  },
  'no-incident': {
    onAttempt: false,
    factor: (r) => 1 - r.falseAlarm,
    uses: (l) => (l.monitor ? [FALSE_ALARM] : []),
    needs: null,
  },
};

/** The rates in force for a loadout. */
function effectiveRates(layers: Layers, values: AssumptionValues): Rates {
  return {
    detection: layers.monitor ? values.detectionRate : 0,
    catch: layers.oversight ? values.catchRate : 0,
    falseAlarm: layers.monitor ? values.falseAlarmRate : 0,
  };
}

/** An outcome that needs an absent defense: impossible by the rules of the table. */
const IMPOSSIBLE: Probability = {
  value: 0,
  interval: null,
  provenance: { tag: 'structural', bases: ['no-defense-deployed'], rateIds: [], assumptions: [] },
};

/** The interval of `value(a)` over the attempt's interval (every rule is linear in a). */
function outcomeInterval(attempt: Probability, value: (a: number) => number): Interval | null {
  if (attempt.interval === null) {
    return null;
  }
  const ends = [value(attempt.interval.low), value(attempt.interval.high)];
  return {
    ...attempt.interval,
    low: Math.min(...ends),
    high: Math.max(...ends),
    method: 'wilson-propagated',
  };
}

/** The tag of an outcome: a structural zero attempt decides the attempt side on its own. */
function outcomeTag(rule: OutcomeRule, attempt: Probability, assumed: boolean): ProvenanceTag {
  const attemptTag: ProvenanceTag = isStructuralZero(attempt)
    ? 'structural'
    : attempt.provenance.tag;
  if (rule.onAttempt && isStructuralZero(attempt)) {
    return 'structural';
  }
  return combineTags([attemptTag, ...(assumed ? (['assumption'] as const) : [])]);
}

/** One outcome's probability with its provenance. */
function outcomeProbability(
  outcome: Outcome,
  attempt: Probability,
  layers: Layers,
  values: AssumptionValues,
): Probability {
  const rule = RULES[outcome];
  if (rule.needs !== null && !layers[rule.needs]) {
    return IMPOSSIBLE;
  }
  const factor = rule.factor(effectiveRates(layers, values));
  const value = (a: number): number => (rule.onAttempt ? a : 1 - a) * factor;
  const uses = rule.uses(layers);
  const assumptions = uses.map(([name]) => ({ name, value: values[ASSUMPTION_FIELDS[name]] }));
  return {
    value: value(attempt.value),
    interval: outcomeInterval(attempt, value),
    provenance: {
      tag: outcomeTag(rule, attempt, uses.length > 0),
      bases: [...attempt.provenance.bases, ...uses.map(([, basis]) => basis)],
      rateIds: attempt.provenance.rateIds,
      assumptions: [...attempt.provenance.assumptions, ...assumptions],
    },
  };
}

/**
 * The exact probability of every outcome, given P(attempt), the deployed layers and the
 * assumption values. Independence: the monitor's flag, the reviewer's catch and a false alarm
 * are independent of each other and of the agent's choice.
 */
export function outcomeProbabilities(
  attempt: Probability,
  layers: Layers,
  values: AssumptionValues,
): Readonly<Record<Outcome, Probability>> {
  const entries = OUTCOMES.map(
    (outcome) => [outcome, outcomeProbability(outcome, attempt, layers, values)] as const,
  );
  return Object.fromEntries(entries) as Record<Outcome, Probability>;
}
