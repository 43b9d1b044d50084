/**
 * The five ways an episode can end, and their exact probabilities from P(attempt) and the
 * assumptions. Per episode: the agent attempts the harmful act or not; an attempt is first read
 * by the monitor (it acts on reasoning, before the action), then, if not flagged, waits for the
 * reviewer; an episode without an attempt can still raise a false alarm.
 */
import type { LayerCard } from '../defenses/defense-table';
import { LAYER_CARDS, assumptionValue } from '../defenses/defense-table';
import type { ProvenanceTag } from '../model/vocabulary';
import type { AssumptionValues } from './assumptions';
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

/** The deployed after-attempt layers (defense-table.ts), in any order. */
export type Layers = readonly LayerCard[];

/** One factor of an outcome's probability: an assumption used at `value` or `1 − value`. */
interface Factor {
  readonly name: AssumptionUse['name'];
  readonly basis: Basis;
  readonly value: number;
  /** True for `value`, false for `1 − value`. */
  readonly happens: boolean;
}

/** How an outcome comes about: on an attempt or on its absence, and through which factors. */
interface OutcomeRule {
  readonly onAttempt: boolean;
  readonly factors: readonly Factor[];
}

/** An outcome that needs an absent defense: impossible by the rules of the table. */
const IMPOSSIBLE: Probability = {
  value: 0,
  interval: null,
  provenance: { tag: 'structural', bases: ['no-defense-deployed'], rateIds: [], assumptions: [] },
};

function stopFactor(card: LayerCard, values: AssumptionValues, happens: boolean): Factor {
  const { assumption, basis } = card.stop;
  return { name: assumption, basis, value: assumptionValue(values, assumption), happens };
}

function alarmFactors(deployed: Layers, values: AssumptionValues): Factor[] {
  return deployed.flatMap((card) =>
    card.falseAlarm === null
      ? []
      : [
          {
            name: card.falseAlarm.assumption,
            basis: card.falseAlarm.basis,
            value: assumptionValue(values, card.falseAlarm.assumption),
            happens: false,
          },
        ],
  );
}

/**
 * The rule of an outcome for the deployed layers, or null when the outcome needs a layer that is
 * not deployed. An attempt meets the layers in table order; the first that stops it names the
 * outcome. A run without an attempt raises a false alarm when any layer with one flags it.
 */
function ruleOf(outcome: Outcome, layers: Layers, values: AssumptionValues): OutcomeRule | null {
  const deployed = LAYER_CARDS.filter((card) => layers.some((layer) => layer.id === card.id));
  const alarms = alarmFactors(deployed, values);
  switch (outcome) {
    case 'harm':
      return { onAttempt: true, factors: deployed.map((card) => stopFactor(card, values, false)) };
    case 'no-incident':
      return { onAttempt: false, factors: alarms };
    case 'false-alarm':
      // One false-alarm layer per table today; with several, "any flags" would be 1 − Π(1 − f).
      return alarms.length === 0
        ? null
        : { onAttempt: false, factors: alarms.map((factor) => ({ ...factor, happens: true })) };
    default: {
      const index = deployed.findIndex((card) => card.outcome === outcome);
      const card = deployed[index];
      if (card === undefined) {
        return null;
      }
      const before = deployed.slice(0, index).map((layer) => stopFactor(layer, values, false));
      return { onAttempt: true, factors: [...before, stopFactor(card, values, true)] };
    }
  }
}

/** The product of a rule's factors. */
function factorOf(rule: OutcomeRule): number {
  return rule.factors.reduce(
    (product, factor) => product * (factor.happens ? factor.value : 1 - factor.value),
    1,
  );
}

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
    method: attempt.interval.method === 'wilson' ? 'wilson-propagated' : attempt.interval.method,
  };
}

/** The tag of an outcome: a structural zero attempt decides the attempt side on its own. */
function outcomeTag(rule: OutcomeRule, attempt: Probability): ProvenanceTag {
  if (rule.onAttempt && isStructuralZero(attempt)) {
    return 'structural';
  }
  const attemptTag: ProvenanceTag = isStructuralZero(attempt)
    ? 'structural'
    : attempt.provenance.tag;
  return combineTags([attemptTag, ...(rule.factors.length > 0 ? (['assumption'] as const) : [])]);
}

/** One outcome's probability with its provenance. */
function outcomeProbability(
  outcome: Outcome,
  attempt: Probability,
  layers: Layers,
  values: AssumptionValues,
): Probability {
  const rule = ruleOf(outcome, layers, values);
  if (rule === null) {
    return IMPOSSIBLE;
  }
  const factor = factorOf(rule);
  const value = (a: number): number => (rule.onAttempt ? a : 1 - a) * factor;
  const assumptions = rule.factors.map(({ name, value: used }) => ({ name, value: used }));
  const independent: Basis[] = rule.factors.length > 1 ? ['layers-independent'] : [];
  return {
    value: value(attempt.value),
    interval: outcomeInterval(attempt, value),
    provenance: {
      tag: outcomeTag(rule, attempt),
      bases: [
        ...attempt.provenance.bases,
        ...rule.factors.map(({ basis }) => basis),
        ...independent,
      ],
      rateIds: attempt.provenance.rateIds,
      assumptions: [...attempt.provenance.assumptions, ...assumptions],
    },
  };
}

/**
 * The exact probability of every outcome, given P(attempt), the deployed layers and the
 * assumption values. Independence: the layers' stops and a false alarm are independent of each
 * other and of the agent's choice (basis `layers-independent` where two combine).
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
