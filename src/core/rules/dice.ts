/**
 * The d100 and its exact rule.
 *
 * A roll is read to full precision: a real number in (0, 100], made from one 32-bit draw `u`
 * in [0, 1) as `roll = 100 × (1 − u)`. The harmful attempt (or the monitor's flag) happens
 * when **roll ≤ threshold**, where `threshold = probability × 100` exactly as the odds core
 * gives it, never rounded: for 0.551 the threshold is 55.1, so a roll of 55.09 counts and
 * 55.11 does not. Probability 0 never happens (every roll is above 0); probability 1 always
 * does. So the chance that a draw happens is the probability itself (to 2⁻³², the draw's
 * resolution), which is what the exact enumerator in sim/ assumes. An integer d100 could not do
 * that: it would turn 55.1 % into 55 %.
 *
 * A split (one roll against several shares that sum to 1) reads the same roll against the
 * cumulative thresholds: branch i is taken when `lower_i < roll ≤ upper_i`, with
 * `upper_i = 100 × (s_1 + … + s_i)`; the last branch's upper bound is 100, so rounding in the
 * sum can never leave a roll without a branch.
 *
 * Each draw uses its own child stream of the world stream, named after the decision and the
 * purpose (`<decision>/attempt`, `<decision>/monitor`), so the same seed gives the same dice for
 * the same decision whatever happened before it and whatever the loadout.
 *
 * How a draw is shown (the dice faces and the written roll, which never contradict this rule) is
 * decided in `src/ui/components/dice-reading.ts`; docs/ODDS.md §6b describes it.
 */
import type { GameState, DrawRecord, SplitDrawRecord } from '../model/state';
import { deriveStream, nextFloat } from '../rng';

/** What a draw is for; names the child stream. */
export type DrawPurpose = 'attempt' | 'monitor' | 'review' | 'split';

/** Something that answers draws: the real dice, or the enumerator's forced outcomes. */
export interface Dice {
  draw(state: GameState, label: string, probability: number): DrawRecord;
  /** One roll against `shares` (summing to 1): which branch it lands in, and its bounds. */
  split(state: GameState, label: string, shares: readonly number[]): SplitDrawRecord;
}

/** The cumulative bounds `[lower, upper]` of each share on the d100 (the last ends at 100). */
export function splitBounds(shares: readonly number[]): { lower: number; upper: number }[] {
  let total = 0;
  return shares.map((share, index) => {
    const lower = thresholdOf(total);
    total += share;
    const upper = index === shares.length - 1 ? 100 : thresholdOf(total);
    return { lower, upper };
  });
}

/** The branch a roll lands in: the first whose upper bound is at least the roll. */
export function splitBranchOf(roll: number, shares: readonly number[]): SplitDrawRecord {
  const bounds = splitBounds(shares);
  const found = bounds.findIndex((bound) => drawHappens(roll, bound.upper));
  const branch = found < 0 ? bounds.length - 1 : found;
  const bound = bounds[branch] ?? { lower: 0, upper: 100 };
  return { roll, branch, lower: bound.lower, threshold: bound.upper, happened: true };
}

/** The threshold a roll is compared against: `probability × 100`, unrounded. */
export function thresholdOf(probability: number): number {
  return probability * 100;
}

/** The d100 rule: a roll in (0, 100] counts when it is at most the threshold. */
export function drawHappens(roll: number, threshold: number): boolean {
  return roll <= threshold;
}

/** The game's dice: seeded from the state's world stream. */
export const LIVE_DICE: Dice = {
  draw(state, label, probability) {
    const [unit] = nextFloat(deriveStream(state.rng.world, label));
    const roll = 100 * (1 - unit);
    const threshold = thresholdOf(probability);
    return { roll, threshold, happened: drawHappens(roll, threshold) };
  },
  split(state, label, shares) {
    const [unit] = nextFloat(deriveStream(state.rng.world, label));
    return splitBranchOf(100 * (1 - unit), shares);
  },
};

/** The child-stream label of a draw. */
export function drawLabel(decision: string, purpose: DrawPurpose): string {
  return `${decision}/${purpose}`;
}
