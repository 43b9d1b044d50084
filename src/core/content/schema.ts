/**
 * The shape of `level.json`, as a valibot schema. This is the single definition: the parser
 * checks files against it, {@link LevelFile} is inferred from it, and
 * `scripts/generate-level-schema.ts` turns it into `levels/level.schema.json` for editors.
 *
 * Cross-references (does this `next` exist? does this key exist in `de.json`?) are not checked
 * here but in the parser's second pass, which reports every problem at once.
 */
import * as v from 'valibot';
import {
  DEFENSES,
  EMAIL_TAGS,
  GOAL_TYPES,
  GOAL_VALUES,
  MONITOR_CATEGORIES,
  OUTCOME_CLASSES,
  SCENARIOS,
  UNREVIEWED_RULES,
  URGENCIES,
  WORK_ITEM_KINDS,
} from '../model/vocabulary';
import type { Condition, DebriefCondition } from '../model/level';
import { coded } from './coded-message';

/** Hours of work: a number of hours, never negative. */
const HoursSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(1000));

/** Ids are kebab-case: lower-case letters, digits and single hyphens. */
const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case, e.g. "ceo-wire"'),
);

/** An i18n key: dot-separated segments naming a string in the nested locale files. */
const KeySchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'keys are dot paths, e.g. "email.ceo-wire.body"'),
);

/** A time of the level's day, `HH:MM` or `HH:MM:SS` (24-hour clock). */
const TimeSchema = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'times are "HH:MM" or "HH:MM:SS"'),
);

const DefenseSchema = v.picklist(
  DEFENSES,
  coded('ERR_UNKNOWN_DEFENSE', `not a defense card; use one of ${DEFENSES.join(', ')}`),
);

const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.strictObject({ defense: DefenseSchema }),
  v.strictObject({ model: v.string() }),
  v.strictObject({ goalFraming: IdSchema }),
  v.strictObject({ chose: v.strictObject({ node: IdSchema, option: IdSchema }) }),
  v.strictObject({ visited: IdSchema }),
  v.strictObject({ read: IdSchema }),
  v.strictObject({ all: v.array(v.lazy(() => ConditionSchema)) }),
  v.strictObject({ any: v.array(v.lazy(() => ConditionSchema)) }),
  v.strictObject({ not: v.lazy(() => ConditionSchema) }),
]);

/**
 * A condition on what happened in a finished game (debrief facts and questions): the leaves of
 * a condition, and how a decision went: `attempted` (the agent took its harmful arm),
 * `flagged` (the monitor flagged it), `queued` (its action waited for approval).
 */
const DebriefConditionSchema: v.GenericSchema<DebriefCondition> = v.union([
  v.strictObject({ defense: DefenseSchema }),
  v.strictObject({ model: v.string() }),
  v.strictObject({ goalFraming: IdSchema }),
  v.strictObject({ chose: v.strictObject({ node: IdSchema, option: IdSchema }) }),
  v.strictObject({ visited: IdSchema }),
  v.strictObject({ read: IdSchema }),
  v.strictObject({ attempted: IdSchema }),
  v.strictObject({ flagged: IdSchema }),
  v.strictObject({ queued: IdSchema }),
  v.strictObject({ all: v.array(v.lazy(() => DebriefConditionSchema)) }),
  v.strictObject({ any: v.array(v.lazy(() => DebriefConditionSchema)) }),
  v.strictObject({ not: v.lazy(() => DebriefConditionSchema) }),
]);

/** Where to go next: one node id, or branches tried in order (the last without `when`). */
const NextSchema = v.union([
  IdSchema,
  v.pipe(
    v.array(v.strictObject({ when: v.optional(ConditionSchema), to: IdSchema })),
    v.minLength(1),
  ),
]);

const CastMemberSchema = v.strictObject({
  id: IdSchema,
  nameKey: KeySchema,
  roleKey: KeySchema,
  address: v.pipe(v.string(), v.email()),
});

const EmailSchema = v.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: v.pipe(v.array(IdSchema), v.minLength(1)),
  cc: v.optional(v.array(IdSchema)),
  time: TimeSchema,
  subjectKey: KeySchema,
  bodyKey: KeySchema,
  tags: v.array(v.picklist(EMAIL_TAGS)),
  attachment: v.optional(v.strictObject({ nameKey: KeySchema })),
  /** Compartmentalization's hook: when deployed, the agent never sees this email. */
  compartmentalized: v.optional(v.boolean()),
});

const GoalSchema = v.strictObject({
  type: v.picklist(GOAL_TYPES),
  value: v.picklist(GOAL_VALUES),
});

const LoadoutSchema = v.strictObject({
  defaultModel: v.string(),
  models: v.pipe(v.array(v.string()), v.minLength(1)),
  defaultGoalFraming: IdSchema,
  goalFramings: v.pipe(
    v.array(v.strictObject({ id: IdSchema, labelKey: KeySchema, goal: GoalSchema })),
    v.minLength(1),
  ),
  budget: v.pipe(v.number(), v.integer(), v.minValue(0)),
  defenses: v.array(
    v.strictObject({
      id: DefenseSchema,
      cost: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** Business cost in hours per unit of the card's upkeep (docs/AUTHORING.md, Costs). */
      upkeep: v.optional(HoursSchema),
    }),
  ),
});

const WorkItemSchema = v.strictObject({
  id: IdSchema,
  kind: v.picklist(WORK_ITEM_KINDS),
  time: TimeSchema,
  deadline: TimeSchema,
  to: v.pipe(v.array(IdSchema), v.minLength(1)),
  subjectKey: KeySchema,
  bodyKey: KeySchema,
  urgent: v.optional(v.boolean()),
  /** Hours of work delayed or lost if the item is held, escalated or dropped. */
  holdCost: HoursSchema,
});

/** The overseer's queue and the objective's cost limit. */
const WorkloadSchema = v.strictObject({
  costLimit: HoursSchema,
  unreviewed: v.picklist(UNREVIEWED_RULES),
  agentDeadline: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
  escalateCost: HoursSchema,
  items: v.array(WorkItemSchema),
});

const InboxNodeSchema = v.strictObject({
  id: IdSchema,
  kind: v.literal('inbox'),
  emails: v.array(v.union([IdSchema, v.strictObject({ email: IdSchema, when: ConditionSchema })])),
  next: NextSchema,
});

const ChoiceNodeSchema = v.strictObject({
  id: IdSchema,
  kind: v.literal('choice'),
  time: TimeSchema,
  promptKey: KeySchema,
  options: v.pipe(
    v.array(
      v.strictObject({
        id: IdSchema,
        labelKey: KeySchema,
        when: v.optional(ConditionSchema),
        /** Hours of work the choice costs when made; counted in the day's cost. */
        cost: v.optional(HoursSchema),
        next: NextSchema,
      }),
    ),
    v.minLength(1),
  ),
});

/** One arm of a decision: what the agent does, what a monitor reads, where the story goes. */
const ArmSchema = v.strictObject({
  /** An email (from the agent) delivered when the agent acts on this arm. */
  action: v.optional(IdSchema),
  /** Reasoning lines a monitor reads (and the debrief may show). */
  reasoning: v.array(KeySchema),
  /** Oversight's hook: when deployed, the action waits for the player's approval. */
  oversight: v.optional(v.boolean()),
  /** Hours of work lost if a reviewer holds this (legitimate) action back. */
  holdCost: v.optional(HoursSchema),
  /** How the approval queue labels the action (default `external-mail`). */
  actionKind: v.optional(v.picklist(WORK_ITEM_KINDS)),
  /** What a monitor shows when it flags this arm: a category and an excerpt of the reasoning. */
  monitor: v.optional(
    v.strictObject({ category: v.picklist(MONITOR_CATEGORIES), excerptKey: KeySchema }),
  ),
  next: NextSchema,
  /** Where the story goes if the player holds the queued action. */
  held: v.optional(NextSchema),
  /** Where the story goes if the player acts on a monitor flag and halts the agent. */
  halted: v.optional(NextSchema),
});

/** A rate-table row id, e.g. `blackmail.explicit-america.replacement.claude-opus-4`. */
const RateIdSchema = v.pipe(v.string(), v.minLength(1));

const DecisionNodeSchema = v.strictObject({
  id: IdSchema,
  kind: v.literal('decision'),
  time: TimeSchema,
  /**
   * The rate this draw uses: the study's condition (the loadout picks the cell), or one named
   * row of the rates table (`{ "row": id }`) for a measurement that is not a grid cell, such as
   * a subgroup of the test-or-real NOTICE run.
   */
  rate: v.union([
    v.strictObject({
      scenario: v.picklist(SCENARIOS),
      urgency: v.picklist(URGENCIES),
      goal: v.union([v.literal('loadout'), GoalSchema]),
    }),
    v.strictObject({ row: RateIdSchema }),
  ]),
  /** Emails the harmful act needs; if every one is hidden from the agent, it cannot happen. */
  leverage: v.array(IdSchema),
  harmful: ArmSchema,
  benign: ArmSchema,
});

/**
 * A split: one d100 against published shares that sum to 1 (each branch cites its rate row);
 * the roll picks the branch. No defense changes a share.
 */
const SplitNodeSchema = v.strictObject({
  id: IdSchema,
  kind: v.literal('split'),
  time: TimeSchema,
  branches: v.pipe(
    v.array(
      v.strictObject({ id: IdSchema, labelKey: KeySchema, rate: RateIdSchema, next: NextSchema }),
    ),
    v.minLength(2),
  ),
});

const FactSchema = v.strictObject({ key: KeySchema, rates: v.array(v.string()) });

/** A debrief fact: shown only in games where `when` holds (no `when`: always). */
const DebriefFactSchema = v.strictObject({
  key: KeySchema,
  rates: v.array(v.string()),
  when: v.optional(DebriefConditionSchema),
});

const EndingNodeSchema = v.strictObject({
  id: IdSchema,
  kind: v.literal('ending'),
  outcome: v.picklist(OUTCOME_CLASSES),
  titleKey: KeySchema,
  summaryKey: KeySchema,
  debrief: v.strictObject({
    facts: v.pipe(v.array(DebriefFactSchema), v.minLength(1)),
    /** Questions shown after every game that ends here. */
    questionKeys: v.optional(v.pipe(v.array(KeySchema), v.minLength(1))),
    /** Questions, each shown only in games where its `when` holds (after `questionKeys`). */
    questions: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            key: KeySchema,
            when: v.optional(DebriefConditionSchema),
            /** Talking points for the facilitator sheet (never shown to players). */
            talkingPointsKey: v.optional(KeySchema),
          }),
        ),
        v.minLength(1),
      ),
    ),
    badgeKey: KeySchema,
  }),
});

const NodeSchema = v.variant('kind', [
  InboxNodeSchema,
  ChoiceNodeSchema,
  DecisionNodeSchema,
  SplitNodeSchema,
  EndingNodeSchema,
]);

const BriefingSchema = v.strictObject({
  titleKey: KeySchema,
  paragraphKeys: v.pipe(v.array(KeySchema), v.minLength(1)),
  objectiveKey: KeySchema,
  contentWarningKey: v.optional(KeySchema),
  /** A summary the player may read instead of playing (the game offers it beside the start). */
  summary: v.optional(
    v.strictObject({
      paragraphKeys: v.pipe(v.array(KeySchema), v.minLength(1)),
      facts: v.pipe(v.array(FactSchema), v.minLength(1)),
    }),
  ),
});

/** The whole of `level.json`. */
export const LevelFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  formatVersion: v.pipe(v.number(), v.integer()),
  id: IdSchema,
  titleKey: KeySchema,
  scenario: v.picklist(SCENARIOS),
  date: v.pipe(v.string(), v.isoDate()),
  briefing: BriefingSchema,
  /** The cast member who is the AI agent under oversight. */
  agent: IdSchema,
  cast: v.pipe(v.array(CastMemberSchema), v.minLength(1)),
  emails: v.array(EmailSchema),
  loadout: LoadoutSchema,
  workload: v.optional(WorkloadSchema),
  start: IdSchema,
  nodes: v.pipe(v.array(NodeSchema), v.minLength(1)),
});

/** A locale file: nested objects of strings; `_meta` holds the format version and a note. */
export const LocaleFileSchema = v.looseObject({
  _meta: v.looseObject({
    formatVersion: v.pipe(v.number(), v.integer()),
    translatorNote: v.optional(v.string()),
  }),
});

/** A locale's text tree, below `_meta`: strings, or objects of the same. */
export type LocaleTree = { readonly [key: string]: string | LocaleTree };

/** What `level.json` said, once its shape is known to be right (references not yet checked). */
export type LevelFile = v.InferOutput<typeof LevelFileSchema>;
export type NodeFile = LevelFile['nodes'][number];
export type NextFile = v.InferOutput<typeof NextSchema>;
export type ArmFile = v.InferOutput<typeof ArmSchema>;
export type EmailFile = v.InferOutput<typeof EmailSchema>;
export type WorkloadFile = v.InferOutput<typeof WorkloadSchema>;
export type DecisionFile = Extract<NodeFile, { kind: 'decision' }>;
export type SplitFile = Extract<NodeFile, { kind: 'split' }>;
