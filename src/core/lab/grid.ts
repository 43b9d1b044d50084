/**
 * The Lab's full grid: every legal loadout × every model of the set-up, with its exact P(harm)
 * and expected cost, and which points are on their model's harm–cost frontier (the chart of
 * harm against cost marks them and highlights the set-up's own loadouts).
 *
 * A study condition: every subset of {@link DEFENSES} (no budget outside a level). The attempt
 * stage of each model × pre-attempt card set comes once from `cachedAttempt` (the same result
 * `computeOdds` uses); the layers after the attempt are then applied to its value with the very
 * operations, in the very order, `computeOdds` and the outcome rules use, so every number equals
 * `computeOdds` + `conditionCost` to the last bit (grid.test.ts checks all 64 × 16 cells) at a
 * fraction of the cost: no provenance is built for a point the chart only plots.
 *
 * A campaign level: the level's legal loadouts (offered cards within budget) from
 * `levelFrontier` (the level's enumerator: the engine's rules, the assumed reviewer), for each
 * set-up model the level offers.
 */
import type { Level } from '../model/level';
import type { DefenseId } from '../model/vocabulary';
import { DEFENSES } from '../model/vocabulary';
import type { LayerCard } from '../defenses/defense-table';
import { LAYER_CARDS, assumptionValue, defenseCard } from '../defenses/defense-table';
import type { AssumptionValues } from '../odds/assumptions';
import { resolveAssumptions } from '../odds/assumptions';
import { canonicalDefenses } from '../odds/attempt';
import { cachedAttempt, clearAttemptCache } from '../odds/compute-odds';
import type { Outcome } from '../odds/outcomes';
import type { ModelName } from '../rates/models';
import { levelFrontier } from '../sim/frontier';
import { legalDefenseSets } from '../defenses/loadout-view';
import { conditionCost } from './exact';
import type { LabSetup } from './setup';
import { labCondition } from './setup';

/** One loadout × model of the grid. */
export interface LabGridPoint {
  readonly model: ModelName;
  /** The cards, in canonical ({@link DEFENSES}) order. */
  readonly defenses: readonly DefenseId[];
  /** Exact P(harm). */
  readonly harm: number;
  /** Expected hours per episode (a condition, as `LabExact` cost) or per day (a level). */
  readonly cost: number;
  /**
   * On this model's harm–cost frontier: no other point of the same model has harm and cost no
   * higher with one of them lower.
   */
  readonly frontier: boolean;
  /** Indices into `setup.loadouts` whose cards are these. */
  readonly chosen: readonly number[];
}

/** The whole grid. */
export interface LabGrid {
  /** Every legal loadout × every set-up model that has figures; loadout-major, models in set-up order. */
  readonly points: readonly LabGridPoint[];
  /** How many legal loadouts. */
  readonly loadouts: number;
  /** Loadout × model cells with no figures (no published rate; for a level, a model it does not offer). */
  readonly missing: number;
}

/** Differences below this are equal (sums of products of rates), as in sim/frontier.ts. */
const TOLERANCE = 1e-12;

/**
 * Forgets the attempt stages `computeOdds` keeps (no result changes): for a benchmark of the
 * first grid of a condition.
 */
export function clearLabCaches(): void {
  clearAttemptCache();
}

/** Every subset of the cards, the empty set first (bit i of the index = card i of DEFENSES). */
export function allDefenseSets(): DefenseId[][] {
  return Array.from({ length: 1 << DEFENSES.length }, (_, mask) =>
    DEFENSES.filter((_, bit) => (mask & (1 << bit)) !== 0),
  );
}

/** True when `left` has harm and cost no higher than `right` and one of them lower. */
function beats(left: { harm: number; cost: number }, right: { harm: number; cost: number }) {
  return (
    left.harm <= right.harm + TOLERANCE &&
    left.cost <= right.cost + TOLERANCE &&
    (left.harm < right.harm - TOLERANCE || left.cost < right.cost - TOLERANCE)
  );
}

/** Marks each point's frontier among the points of its model. */
function withFrontier(points: readonly Omit<LabGridPoint, 'frontier'>[]): LabGridPoint[] {
  return points.map((point) => ({
    ...point,
    frontier: !points.some((other) => other.model === point.model && beats(other, point)),
  }));
}

/** The set-up loadouts whose cards are `defenses` (both canonical). */
function chosenOf(setup: LabSetup, defenses: readonly DefenseId[]): number[] {
  const key = defenses.join('.');
  return setup.loadouts.flatMap((loadout, index) =>
    canonicalDefenses(loadout.defenses).join('.') === key ? [index] : [],
  );
}

/**
 * P(harm) and the outcome values after the layers, from P(attempt): the operations of
 * `computeOdds` (harm: the attempt times 1 − each layer's stop, in table order) and of the
 * outcome rules (odds/outcomes.ts: each outcome's factors multiplied from 1, then times a or
 * 1 − a), in their order, so that the floats are the same.
 */
export function layeredValues(
  attempt: number,
  layers: readonly LayerCard[],
  values: AssumptionValues,
): { harm: number; outcomes: Record<Outcome, { value: number }> } {
  let harm = attempt;
  for (const card of layers) {
    harm *= 1 - assumptionValue(values, card.stop.assumption);
  }
  const outcomes: Record<Outcome, { value: number }> = {
    harm: { value: harm },
    'caught-by-monitor': { value: 0 },
    'caught-by-reviewer': { value: 0 },
    'false-alarm': { value: 0 },
    'no-incident': { value: 0 },
  };
  let passed = 1;
  for (const card of layers) {
    const stop = assumptionValue(values, card.stop.assumption);
    outcomes[card.outcome] = { value: attempt * (passed * stop) };
    passed *= 1 - stop;
  }
  let quiet = 1;
  let alarms = 0;
  for (const card of layers) {
    if (card.falseAlarm !== null) {
      quiet *= 1 - assumptionValue(values, card.falseAlarm.assumption);
      alarms += 1;
    }
  }
  if (alarms > 0) {
    // One false-alarm layer per table today (outcomes.ts): its factor is the rate itself.
    let flagged = 1;
    for (const card of layers) {
      if (card.falseAlarm !== null) {
        flagged *= assumptionValue(values, card.falseAlarm.assumption);
      }
    }
    outcomes['false-alarm'] = { value: (1 - attempt) * flagged };
  }
  outcomes['no-incident'] = { value: (1 - attempt) * quiet };
  return { harm, outcomes };
}

/** The grid of a study condition. */
function conditionGrid(setup: LabSetup): LabGrid {
  if (setup.subject.kind !== 'condition') {
    throw new TypeError('conditionGrid needs a condition subject');
  }
  const values = resolveAssumptions(setup.assumptions);
  if (!values.ok) {
    throw new RangeError(`invalid assumption ${values.error.name} = ${values.error.value}`);
  }
  const condition = labCondition(setup.subject);
  const sets = allDefenseSets();
  const points: Omit<LabGridPoint, 'frontier'>[] = [];
  let missing = 0;
  for (const defenses of sets) {
    const layers = LAYER_CARDS.filter((card) => defenses.includes(card.id));
    const before = defenses.filter((id) => defenseCard(id).stage !== 'after-attempt');
    const chosen = chosenOf(setup, defenses);
    for (const model of setup.models) {
      const attempt = cachedAttempt({ model, condition, defenses: before });
      if (!attempt.ok) {
        missing += 1;
        continue;
      }
      const { harm, outcomes } = layeredValues(attempt.value.attempt.value, layers, values.value);
      const cost = conditionCost(defenses, outcomes, values.value).hours;
      points.push({ model, defenses, harm, cost, chosen });
    }
  }
  return { points: withFrontier(points), loadouts: sets.length, missing };
}

/** The grid of a level: its legal loadouts, for each set-up model the level offers. */
function levelGrid(setup: LabSetup, level: Level): LabGrid {
  const points: LabGridPoint[] = [];
  const loadouts = legalDefenseSets(level.loadout.defenses, level.loadout.budget).length;
  let missing = 0;
  const rowsByModel = setup.models.map((model) => {
    const rows = level.loadout.models.includes(model)
      ? levelFrontier(level, { model, assumptions: setup.assumptions })
      : null;
    return { model, rows: rows?.ok === true ? rows.value : null };
  });
  for (let index = 0; index < loadouts; index += 1) {
    for (const { model, rows } of rowsByModel) {
      const row = rows?.[index];
      if (row === undefined) {
        missing += 1;
        continue;
      }
      const defenses = canonicalDefenses(row.defenses);
      points.push({
        model,
        defenses,
        harm: row.harm,
        cost: row.expectedCost,
        frontier: row.onFrontier,
        chosen: chosenOf(setup, defenses),
      });
    }
  }
  return { points, loadouts, missing };
}

/**
 * Every legal loadout × every set-up model with figures: exact P(harm), expected cost, the
 * frontier per model, and which set-up loadouts each point is.
 * @throws TypeError for a level subject without its level (or another level)
 * @throws RangeError when an assumption is outside its range
 */
export function labGrid(setup: LabSetup, level?: Level): LabGrid {
  if (setup.subject.kind === 'condition') {
    return conditionGrid(setup);
  }
  if (level === undefined || level.id !== setup.subject.level) {
    throw new TypeError('labGrid needs the level the set-up names');
  }
  return levelGrid(setup, level);
}
