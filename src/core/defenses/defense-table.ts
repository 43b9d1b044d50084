/**
 * The defense cards, one typed entry each: where in the chain a card acts (its stage), what it
 * does there, what it rests on (its bases and assumptions), its standard token cost, and which
 * engine hook plays it. Odds, outcomes, the scenario Monte Carlo, the decision rules, the level
 * validator, `simulate` and the loadout view all read this table; none of them names a card.
 *
 * Adding a card: add its id to `DEFENSES` (model/vocabulary.ts), one entry here, and its text
 * (`defense.<id>.name|text|cost` in every interface locale). The compiler points at this table
 * until the entry exists; the vocabulary test points at missing text. docs/ARCHITECTURE.md has
 * the recipe.
 */
import type { DefenseId, ProvenanceTag } from '../model/vocabulary';
import type { AssumptionValues } from '../odds/assumptions';
import type { AssumptionName, Basis, Probability } from '../odds/probability';
import { applyProhibition } from '../odds/prohibition';
import { applyAssumedStop, applyCompartmentalization } from '../odds/steps';
import type { Condition } from '../rates/condition';
import type { ModelName } from '../rates/models';

/**
 * Where a card acts, in the order the chain applies them:
 * - `switch-condition`: moves the agent to another study cell (a measured row);
 * - `scale-attempt`: scales the chance of an attempt (measured where the study has the cell);
 * - `close-path`: makes the harmful path impossible (a structural zero) where it hides the leverage;
 * - `after-attempt`: a layer that may stop an attempt once made (a game assumption).
 */
export const DEFENSE_STAGES = [
  'switch-condition',
  'scale-attempt',
  'close-path',
  'after-attempt',
] as const;
/** One of {@link DEFENSE_STAGES}. */
export type DefenseStage = (typeof DEFENSE_STAGES)[number];

/** What every card declares, whatever its stage. */
interface CardCommon {
  readonly id: DefenseId;
  /**
   * Tokens the card costs when a study condition is played without a level (the Lab, the
   * simulator). A level sets its own price per card in its loadout.
   */
  readonly cost: number;
  /** Every basis the card's step can add to a number's provenance (docs/ODDS.md). */
  readonly bases: readonly Basis[];
  /** The game assumptions the card's effect rests on (none for a measured or structural card). */
  readonly assumptions: readonly AssumptionName[];
  /**
   * True when the card changes what the agent is told. No such card was measured on a named
   * rate row, so a level that draws on one may not offer it.
   */
  readonly changesPrompt: boolean;
  /**
   * What the card's business cost is counted in: a level prices one unit in hours of work
   * (`upkeep` in its loadout). `day`: once for the day (a stalled project, a reviewer on call);
   * `flag`: per flag the monitor raises, true or false (someone stops to look); `hidden-email`:
   * per email kept from the agent (work it cannot triage).
   */
  readonly upkeep: UpkeepUnit;
  /**
   * Hours of work per unit of `upkeep` when a study condition is played without a level (the
   * Lab, the simulator), beside the standard `cost`. Design placeholders, not study findings;
   * docs/ODDS.md §5c gives the reasoning. A level prices its own upkeep per card.
   */
  readonly standardUpkeep: number;
}

/** The units of a card's business cost (see `CardCommon.upkeep`). */
export const UPKEEP_UNITS = ['day', 'flag', 'hidden-email'] as const;
export type UpkeepUnit = (typeof UPKEEP_UNITS)[number];

/** Moves the agent to another study cell. */
export interface SwitchCard extends CardCommon {
  readonly stage: 'switch-condition';
  /** The cell after the switch (may be the same cell when the card has nothing to remove). */
  readonly switchCondition: (condition: Condition) => Condition;
}

/** Scales the chance of an attempt. */
export interface ScaleCard extends CardCommon {
  readonly stage: 'scale-attempt';
  /** The attempt probability after the card, for a model in the cell in force. */
  readonly scale: (probability: Probability, model: ModelName, condition: Condition) => Probability;
}

/** Closes the harmful path where it hides the leverage. */
export interface CloseCard extends CardCommon {
  readonly stage: 'close-path';
  /** The attempt probability once the path is closed (a structural zero). */
  readonly close: (probability: Probability) => Probability;
  /** The card hides every email a level marks `compartmentalized` from the agent. */
  readonly hidesMarkedEmails: boolean;
}

/**
 * How an after-attempt layer meets the player in a level: `flag` stops the day at a flag the
 * player acts on (`act-on-flag`); `approval` queues the agent's hooked action for approval.
 */
export type LayerHook = 'flag' | 'approval';

/** The outcomes a layer can produce when it stops an attempt. */
export type StopOutcome = 'caught-by-monitor' | 'caught-by-reviewer';

/** A layer after the attempt: it stops an attempt with an assumed rate. */
export interface LayerCard extends CardCommon {
  readonly stage: 'after-attempt';
  /** The assumption that says how often it stops an attempt, and the basis that names it. */
  readonly stop: { readonly assumption: AssumptionName; readonly basis: Basis };
  /** The assumption for flags on runs with no attempt, if the layer raises any. */
  readonly falseAlarm: { readonly assumption: AssumptionName; readonly basis: Basis } | null;
  /** The episode outcome when this layer stops the attempt. */
  readonly outcome: StopOutcome;
  readonly hook: LayerHook;
}

/** One entry of the table. */
export type DefenseCard = SwitchCard | ScaleCard | CloseCard | LayerCard;

/** The value of an assumption by its name. */
export function assumptionValue(values: AssumptionValues, name: AssumptionName): number {
  switch (name) {
    case 'catch-rate':
      return values.catchRate;
    case 'detection-rate':
      return values.detectionRate;
    case 'false-alarm-rate':
      return values.falseAlarmRate;
  }
}

/**
 * The table. Entries are in the order the chain applies them within a stage (the monitor reads
 * the reasoning before the reviewer sees the action).
 */
export const DEFENSE_TABLE: { readonly [Id in DefenseId]: DefenseCard & { readonly id: Id } } = {
  'remove-threat': {
    id: 'remove-threat',
    stage: 'switch-condition',
    cost: 3,
    bases: ['condition-switch'],
    assumptions: [],
    changesPrompt: true,
    upkeep: 'day',
    standardUpkeep: 4,
    switchCondition: (condition) => ({ ...condition, urgency: 'none' }),
  },
  'remove-goal': {
    id: 'remove-goal',
    stage: 'switch-condition',
    cost: 2,
    bases: ['condition-switch'],
    assumptions: [],
    changesPrompt: true,
    upkeep: 'day',
    standardUpkeep: 2,
    // Only an explicit goal is in the system prompt; a latent or ambiguous one is not the
    // card's to remove, so the cell stays.
    switchCondition: (condition) =>
      condition.goalType === 'explicit'
        ? { ...condition, goalType: 'none', goalValue: 'none' }
        : condition,
  },
  prohibition: {
    id: 'prohibition',
    stage: 'scale-attempt',
    cost: 0,
    bases: [
      'prohibition-measured',
      'prohibition-extrapolated',
      'prohibition-extrapolated-other-scenario',
    ],
    assumptions: [],
    changesPrompt: true,
    upkeep: 'day',
    standardUpkeep: 0,
    scale: applyProhibition,
  },
  compartmentalization: {
    id: 'compartmentalization',
    stage: 'close-path',
    cost: 2,
    bases: ['leverage-path-closed'],
    assumptions: [],
    changesPrompt: false,
    upkeep: 'hidden-email',
    standardUpkeep: 0.5,
    close: applyCompartmentalization,
    hidesMarkedEmails: true,
  },
  monitor: {
    id: 'monitor',
    stage: 'after-attempt',
    cost: 1,
    bases: ['monitor-detection', 'monitor-false-alarm'],
    assumptions: ['detection-rate', 'false-alarm-rate'],
    changesPrompt: false,
    upkeep: 'flag',
    standardUpkeep: 0.25,
    stop: { assumption: 'detection-rate', basis: 'monitor-detection' },
    falseAlarm: { assumption: 'false-alarm-rate', basis: 'monitor-false-alarm' },
    outcome: 'caught-by-monitor',
    hook: 'flag',
  },
  oversight: {
    id: 'oversight',
    stage: 'after-attempt',
    cost: 2,
    bases: ['reviewer-catch'],
    assumptions: ['catch-rate'],
    changesPrompt: false,
    upkeep: 'day',
    standardUpkeep: 1,
    stop: { assumption: 'catch-rate', basis: 'reviewer-catch' },
    falseAlarm: null,
    outcome: 'caught-by-reviewer',
    hook: 'approval',
  },
};

/** Every card in application order: by stage, then by table order. */
export const CARDS_IN_ORDER: readonly DefenseCard[] = DEFENSE_STAGES.flatMap((stage) =>
  Object.values(DEFENSE_TABLE).filter((card) => card.stage === stage),
);

/** The entry of a card. */
export function defenseCard(id: DefenseId): DefenseCard {
  return DEFENSE_TABLE[id];
}

/** The deployed cards, once each, in application order. */
export function deployedCards(defenses: readonly DefenseId[]): DefenseCard[] {
  return CARDS_IN_ORDER.filter((card) => defenses.includes(card.id));
}

/** The deployed cards of one stage, in application order. */
export function deployedOfStage<S extends DefenseStage>(
  defenses: readonly DefenseId[],
  stage: S,
): Extract<DefenseCard, { stage: S }>[] {
  return deployedCards(defenses).filter(
    (card): card is Extract<DefenseCard, { stage: S }> => card.stage === stage,
  );
}

/** Every after-attempt layer of the table, in the order an episode meets them. */
export const LAYER_CARDS: readonly LayerCard[] = CARDS_IN_ORDER.filter(
  (card): card is LayerCard => card.stage === 'after-attempt',
);

/** The deployed layer with a hook, if any (a level plays one card per hook). */
export function deployedLayerWithHook(
  defenses: readonly DefenseId[],
  hook: LayerHook,
): LayerCard | undefined {
  return deployedOfStage(defenses, 'after-attempt').find((card) => card.hook === hook);
}

/** True when a deployed card hides the emails a level marks `compartmentalized`. */
export function hidesMarkedEmails(defenses: readonly DefenseId[]): boolean {
  return deployedOfStage(defenses, 'close-path').some((card) => card.hidesMarkedEmails);
}

/** The layer cards' stop of an attempt, applied to a probability (an assumption). */
export function applyLayer(
  card: LayerCard,
  probability: Probability,
  values: AssumptionValues,
): Probability {
  return applyAssumedStop(probability, {
    name: card.stop.assumption,
    rate: assumptionValue(values, card.stop.assumption),
    basis: card.stop.basis,
  });
}

/** The kind of evidence each basis is: what a card's own step rests on. */
export const BASIS_TAG: Readonly<Record<Basis, ProvenanceTag>> = {
  'published-rate': 'measured',
  'condition-switch': 'measured',
  'prohibition-measured': 'measured',
  'prohibition-extrapolated': 'extrapolated',
  'prohibition-extrapolated-other-scenario': 'extrapolated',
  'leverage-path-closed': 'structural',
  'monitor-detection': 'assumption',
  'monitor-false-alarm': 'assumption',
  'reviewer-catch': 'assumption',
  'no-defense-deployed': 'structural',
  'layers-independent': 'assumption',
};

/** The deployed layer that flags the agent's reasoning for the player (the monitor), if any. */
export function flagLayer(defenses: readonly DefenseId[]): LayerCard | undefined {
  return deployedLayerWithHook(defenses, 'flag');
}

/** The deployed layer that queues the agent's actions for approval (oversight), if any. */
export function reviewLayer(defenses: readonly DefenseId[]): LayerCard | undefined {
  return deployedLayerWithHook(defenses, 'approval');
}
