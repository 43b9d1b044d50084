/**
 * What happened: past-tense facts with a kebab-case `kind`. They carry ids, i18n keys and
 * numbers, never prose; the UI turns keys into text and the audio layer into cues.
 */
import type { Probability } from '../odds/probability';
import type { FlagResponse } from './command';
import type { TimeOfDay } from './level';
import type { MonitorReadout } from './level';
import type { DrawRecord, Loadout, QueueStatus, SplitDrawRecord } from './state';
import type {
  DecisionArm,
  DefenseId,
  OutcomeClass,
  ReviewVerdict,
  WorkItemKind,
} from './vocabulary';

/** The live odds of one decision point under the current loadout. */
export interface DecisionOdds {
  readonly decision: string;
  /** The harmful attempt's probability with provenance, or null if no rate is published. */
  readonly probability: Probability | null;
}

/** A d100 draw with the probability it was compared against. */
export interface DrawEvent extends DrawRecord {
  readonly probability: Probability;
}

/**
 * A split's draw: the roll, the band of the branch it landed in (`lower < roll ≤ threshold`),
 * and that branch's share as a {@link Probability} (measured, citing its rate row).
 */
export interface SplitDrawEvent extends SplitDrawRecord {
  readonly probability: Probability;
}

/** One branch of a split as the table shows it: its share and its band on the d100. */
export interface SplitBranchOdds {
  readonly branch: string;
  readonly labelKey: string;
  readonly probability: Probability;
  readonly lower: number;
  readonly upper: number;
}

/** Every event `step` emits. */
export type SimEvent =
  | { readonly kind: 'loadout-opened' }
  | { readonly kind: 'model-selected'; readonly model: string }
  | { readonly kind: 'goal-framing-selected'; readonly framing: string; readonly labelKey: string }
  | { readonly kind: 'defense-deployed'; readonly defense: DefenseId; readonly cost: number }
  | { readonly kind: 'defense-withdrawn'; readonly defense: DefenseId; readonly cost: number }
  | { readonly kind: 'loadout-set'; readonly loadout: Loadout }
  | { readonly kind: 'odds-updated'; readonly odds: readonly DecisionOdds[] }
  | { readonly kind: 'day-started'; readonly time: TimeOfDay; readonly loadout: Loadout }
  | { readonly kind: 'clock-advanced'; readonly from: TimeOfDay; readonly to: TimeOfDay }
  | {
      readonly kind: 'email-delivered';
      readonly email: string;
      readonly time: TimeOfDay;
      readonly subjectKey: string;
      readonly bodyKey: string;
      /** True when compartmentalization kept it from the agent (the card shows so). */
      readonly hiddenFromAgent: boolean;
    }
  | { readonly kind: 'email-opened'; readonly email: string }
  | {
      readonly kind: 'choice-offered';
      readonly node: string;
      readonly promptKey: string;
      readonly options: readonly { readonly id: string; readonly labelKey: string }[];
    }
  | {
      readonly kind: 'choice-made';
      readonly node: string;
      readonly option: string;
      readonly labelKey: string;
    }
  | { readonly kind: 'decision-reached'; readonly decision: string; readonly time: TimeOfDay }
  | {
      readonly kind: 'outcome-rolled';
      readonly decision: string;
      readonly arm: DecisionArm;
      readonly draw: DrawEvent;
      /**
       * True when the player's own review decides what this attempt comes to (oversight queues
       * the action on either arm): the table keeps the roll face down until the queue has
       * decided, so the dice never tell the reviewer which item is the attempt.
       */
      readonly concealed: boolean;
    }
  | {
      readonly kind: 'split-rolled';
      readonly node: string;
      /** The branch taken (its id) and its label key. */
      readonly branch: string;
      readonly labelKey: string;
      readonly draw: SplitDrawEvent;
      /** Every branch in file order, with its share and band; the bands tile (0, 100]. */
      readonly branches: readonly SplitBranchOdds[];
    }
  | {
      readonly kind: 'monitor-flagged';
      readonly decision: string;
      /** What the monitor shows: a category and an excerpt, never the verdict. */
      readonly readout: MonitorReadout | null;
      readonly draw: DrawEvent;
    }
  | { readonly kind: 'monitor-cleared'; readonly decision: string; readonly draw: DrawEvent }
  | { readonly kind: 'flag-acted-on'; readonly decision: string; readonly response: FlagResponse }
  | { readonly kind: 'action-queued'; readonly decision: string; readonly email: string }
  | { readonly kind: 'action-approved'; readonly decision: string; readonly email: string }
  | { readonly kind: 'action-held'; readonly decision: string; readonly email: string }
  | {
      readonly kind: 'item-queued';
      readonly item: string;
      readonly itemKind: WorkItemKind;
      /** The agent's action email for an agent item; null for ordinary work. */
      readonly email: string | null;
      readonly arrived: TimeOfDay;
      readonly deadline: TimeOfDay;
    }
  | { readonly kind: 'item-reviewed'; readonly item: string; readonly verdict: ReviewVerdict }
  | {
      readonly kind: 'item-expired';
      readonly item: string;
      readonly status: Extract<QueueStatus, 'sent-unreviewed' | 'dropped'>;
    }
  | {
      readonly kind: 'agent-acted';
      readonly decision: string;
      readonly arm: DecisionArm;
      readonly email: string | null;
      readonly reasoningKeys: readonly string[];
    }
  | {
      readonly kind: 'ending-reached';
      readonly ending: string;
      readonly outcome: OutcomeClass;
      readonly titleKey: string;
      readonly summaryKey: string;
    };

export type SimEventKind = SimEvent['kind'];
