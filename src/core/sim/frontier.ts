/**
 * The harm–cost frontier of a level: for every legal loadout (every set of offered cards the
 * budget allows), the exact probability of harm and the exact expected cost of the day, both
 * from the enumerator (so the engine's rules, the assumed reviewer included), and which of them
 * no other loadout beats on both.
 */
import type { RuleViolation } from '../model/command';
import type { Level } from '../model/level';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { DefenseId } from '../model/vocabulary';
import type { AssumptionValues } from '../odds/assumptions';
import { legalDefenseSets, tokensSpent } from '../defenses/loadout-view';
import { CARDS_IN_ORDER } from '../defenses/defense-table';
import type { ChoicePolicy } from './level-policy';
import { enumerateEndings } from './level-enumerate';

/** One legal loadout's exact figures. */
export interface FrontierRow {
  /** The cards, in the table's order. */
  readonly defenses: readonly DefenseId[];
  readonly tokens: number;
  /** Probability that the day ends in harm. */
  readonly harm: number;
  /** Expected cost of the day in hours. */
  readonly expectedCost: number;
  /** Probability that the day ends with no harm and its cost within the objective's limit. */
  readonly objective: number;
  /** No other loadout has less or equal harm and cost with one of them strictly less. */
  readonly onFrontier: boolean;
}

/** Options of {@link levelFrontier}; absent fields take the level's defaults. */
export interface FrontierOptions {
  readonly model?: string;
  readonly goalFraming?: string;
  readonly policy?: ChoicePolicy;
  readonly assumptions?: AssumptionValues;
}

/** Differences below this are equal (sums of products of rates). */
const TOLERANCE = 1e-12;

/** Every legal loadout of the level with its exact harm and expected cost, frontier marked. */
export function levelFrontier(
  level: Level,
  options: FrontierOptions = {},
): Result<FrontierRow[], RuleViolation> {
  const offered = level.loadout.defenses;
  const rows: Omit<FrontierRow, 'onFrontier'>[] = [];
  for (const set of legalDefenseSets(offered, level.loadout.budget)) {
    const defenses = CARDS_IN_ORDER.map((card) => card.id).filter((id) => set.includes(id));
    const enumeration = enumerateEndings({
      level,
      loadout: {
        model: options.model ?? level.loadout.defaultModel,
        goalFraming: options.goalFraming ?? level.loadout.defaultGoalFraming,
        defenses,
      },
      policy: options.policy ?? {},
      assumptions: options.assumptions,
    });
    if (!enumeration.ok) {
      return err(enumeration.error);
    }
    rows.push({
      defenses,
      tokens: tokensSpent(offered, defenses),
      harm: enumeration.value.outcomes.harm,
      expectedCost: enumeration.value.expectedCost,
      objective: enumeration.value.objective,
    });
  }
  return ok(rows.map((row) => ({ ...row, onFrontier: !rows.some((other) => beats(other, row)) })));
}

/** True when `left` is at least as good as `right` on harm and cost, and better on one. */
function beats(
  left: Pick<FrontierRow, 'harm' | 'expectedCost'>,
  right: Pick<FrontierRow, 'harm' | 'expectedCost'>,
): boolean {
  const harmNoWorse = left.harm <= right.harm + TOLERANCE;
  const costNoWorse = left.expectedCost <= right.expectedCost + TOLERANCE;
  const better =
    left.harm < right.harm - TOLERANCE || left.expectedCost < right.expectedCost - TOLERANCE;
  return harmNoWorse && costNoWorse && better;
}

/**
 * A loadout that is best on both harm and cost at once (lowest harm of all and lowest cost of
 * all), if there is one: a level with such a loadout has no trade-off to teach.
 */
export function dominantLoadout(rows: readonly FrontierRow[]): FrontierRow | undefined {
  const leastHarm = Math.min(...rows.map((row) => row.harm));
  const leastCost = Math.min(...rows.map((row) => row.expectedCost));
  return rows.find(
    (row) => row.harm <= leastHarm + TOLERANCE && row.expectedCost <= leastCost + TOLERANCE,
  );
}
