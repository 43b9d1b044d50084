/**
 * The direct prohibition in the system prompt (Figure 12 of the study): measured on Claude
 * Opus 4 with an explicit goal and a replacement threat, for blackmail (0.96 → 0.37) and
 * espionage (0.96 → 0.75). Elsewhere its relative effect is extrapolated.
 */
import type { Scenario } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import { lookupRate, rateById } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import type { RateRow } from '../rates/rate-row';
import type { Basis, Probability } from './probability';
import { applyExtrapolatedRatio, isStructuralZero, measuredProbability } from './steps';

/** The Figure 12 rows of one scenario: the baseline bar and the bar with the instructions. */
export interface ProhibitionPair {
  readonly baseline: RateRow;
  readonly prohibited: RateRow;
  /** `prohibited.rate / baseline.rate`: the relative effect. */
  readonly ratio: number;
}

// The Figure 12 bars. Blackmail's baseline bar is the Figure 7 value (the same 0.96).
const PAIR_IDS = {
  blackmail: [
    'blackmail.explicit-america.replacement.claude-opus-4',
    'blackmail.explicit-america.replacement.claude-opus-4.prohibition',
  ],
  leaking: [
    'leaking.explicit-america.replacement.claude-opus-4',
    'leaking.explicit-america.replacement.claude-opus-4.prohibition',
  ],
} as const;

/** A row the odds depend on; its absence means the shipped table is corrupt. */
function requireRow(id: string): RateRow {
  const row = rateById(id);
  if (row === undefined) {
    throw new Error(`rates table is missing row ${id}; rebuild it with scripts/build-rates.ts`);
  }
  return row;
}

/** The measured Figure 12 pair of blackmail or espionage ("leaking"). */
export function prohibitionPair(scenario: 'blackmail' | 'leaking'): ProhibitionPair {
  const [baseline, prohibited] = PAIR_IDS[scenario].map(requireRow) as [RateRow, RateRow];
  return { baseline, prohibited, ratio: prohibited.rate / baseline.rate };
}

/**
 * Which measured pair a scenario borrows. Murder has no measured prohibition effect; it borrows
 * the espionage pair because that is the weaker of the two measured effects (0.75/0.96 keeps
 * 78 % of attempts, blackmail's 0.37/0.96 keeps 39 %), so the game never credits the
 * prohibition with more than was measured anywhere.
 */
export function borrowedPair(scenario: Scenario): { pair: ProhibitionPair; basis: Basis } {
  if (scenario === 'murder') {
    return { pair: prohibitionPair('leaking'), basis: 'prohibition-extrapolated-other-scenario' };
  }
  return { pair: prohibitionPair(scenario), basis: 'prohibition-extrapolated' };
}

/**
 * The prohibition applied to the odds of `model` in `condition` (the cell after any condition
 * switches): a measured row when the study has one for exactly this model and cell, else the
 * scenario's Figure 12 ratio applied to `probability` (extrapolated, naming both rows).
 */
export function applyProhibition(
  probability: Probability,
  model: ModelName,
  condition: Condition,
): Probability {
  if (isStructuralZero(probability)) {
    // A closed path stays closed: no measured row can reopen it.
    return applyExtrapolatedRatio(probability, {
      ratio: 1,
      ratioRows: [],
      basis: 'prohibition-extrapolated',
    });
  }
  const measured = lookupRate(model, condition, 'prohibition');
  if (measured.ok) {
    return measuredProbability(measured.value, 'prohibition-measured');
  }
  const { pair, basis } = borrowedPair(condition.scenario);
  return applyExtrapolatedRatio(probability, {
    ratio: pair.ratio,
    ratioRows: [pair.baseline, pair.prohibited],
    basis,
  });
}
