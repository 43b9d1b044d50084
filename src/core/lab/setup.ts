/**
 * The Strategy Lab's set-up (DESIGN.md §6): what is compared (a study condition or a campaign
 * level), for which models, which two to four loadouts, under which assumptions, and how many
 * seeded episodes to sample. It lives in the page address: {@link encodeLabSetup} writes short,
 * readable search parameters, {@link decodeLabSetup} reads any text back into the nearest valid
 * set-up and never throws; what it had to ignore, drop, fill in or clamp comes back as
 * {@link LabNotice} values for the screen to show (keys, not prose: the UI translates them).
 *
 * The address (every parameter optional; defaults are left out when encoding):
 *
 *   v=1                          format version
 *   s=blackmail                  scenario   ┐
 *   g=explicit:america           goal       ├ a study condition, or instead
 *   u=replacement                urgency    ┘
 *   level=1-the-upgrade          a campaign level by id
 *   m=claude-opus-4.gpt-4o       models by slug, `.`-separated
 *   l=prohibition.oversight      one loadout (repeat for each); `none` for no cards;
 *   l=monitor:Just%20a%20monitor   an optional name after the first `:`
 *   cr=0.9 dr=0.7 fa=0.05 rm=6   catch, detection and false-alarm rates; review minutes
 *   n=10000 seed=1               sampled episodes and seed
 */
import type { AssumptionValues } from '../odds/assumptions';
import { DEFAULT_ASSUMPTIONS, MAX_REVIEW_MINUTES } from '../odds/assumptions';
import { canonicalDefenses } from '../odds/attempt';
import type { Goal } from '../rates/condition';
import { formatGoal, parseGoal } from '../rates/condition';
import type { ModelName } from '../rates/models';
import { MODELS, parseModelName } from '../rates/models';
import type { DefenseId, Scenario, Urgency } from '../model/vocabulary';
import { DEFENSES, SCENARIOS, URGENCIES } from '../model/vocabulary';

/** The set-up's format version. History: 1, first version. */
export const LAB_SETUP_VERSION = 1;

/** The fewest and most loadouts a set-up compares. */
export const MIN_LAB_LOADOUTS = 2;
export const MAX_LAB_LOADOUTS = 4;
/** The most sampled episodes a set-up asks for. */
export const MAX_LAB_RUNS = 1_000_000;
/** The longest loadout name and text seed kept from an address. */
export const MAX_LAB_TEXT = 60;

/** A study condition as the Lab names it. */
export interface LabConditionSubject {
  readonly kind: 'condition';
  readonly scenario: Scenario;
  readonly goal: { readonly type: Goal['goalType']; readonly value: Goal['goalValue'] };
  readonly urgency: Urgency;
}

/** A campaign level, by id (the folder name, e.g. `1-the-upgrade`). */
export interface LabLevelSubject {
  readonly kind: 'level';
  readonly level: string;
}

/** What the Lab compares loadouts on. */
export type LabSubject = LabConditionSubject | LabLevelSubject;

/** One loadout: its cards (in the table's canonical order, once each) and an optional name. */
export interface LabLoadout {
  readonly defenses: readonly DefenseId[];
  readonly name?: string;
}

/** The whole set-up of the Lab. */
export interface LabSetup {
  readonly version: typeof LAB_SETUP_VERSION;
  readonly subject: LabSubject;
  /** One or more study models, no repeats. */
  readonly models: readonly ModelName[];
  /** Two to four loadouts. */
  readonly loadouts: readonly LabLoadout[];
  readonly assumptions: AssumptionValues;
  /** Episodes to sample, 1 … {@link MAX_LAB_RUNS}. */
  readonly runs: number;
  /** A non-negative safe integer, or a short text. */
  readonly seed: number | string;
}

/** The study's headline condition: blackmail, explicit goal (America), replacement threat. */
export const DEFAULT_LAB_SUBJECT: LabConditionSubject = {
  kind: 'condition',
  scenario: 'blackmail',
  goal: { type: 'explicit', value: 'america' },
  urgency: 'replacement',
};

/** The loadouts used, in order, to fill a set-up that has fewer than two. */
export const FILL_LOADOUTS: readonly LabLoadout[] = [
  { defenses: [] },
  { defenses: ['oversight'] },
  { defenses: ['monitor'] },
  { defenses: ['prohibition'] },
];

/** The set-up the Lab opens with. */
export const DEFAULT_LAB_SETUP: LabSetup = {
  version: LAB_SETUP_VERSION,
  subject: DEFAULT_LAB_SUBJECT,
  models: ['Claude Opus 4'],
  loadouts: [{ defenses: [] }, { defenses: ['oversight'] }],
  assumptions: DEFAULT_ASSUMPTIONS,
  runs: 10_000,
  seed: 1,
};

/**
 * What decoding had to change, one per change. `parameter` is the address key (or `l#2` for the
 * second loadout), `value` the text found, `used` what the set-up holds instead (null: dropped).
 * - `unknown-parameter`: a key the Lab does not read (ignored);
 * - `unsupported-version`: a version other than 1 (read as version 1);
 * - `invalid-value`: a value that is not what the key takes (the default used);
 * - `clamped`: a number outside its range (the nearest end used; `runs` also rounded);
 * - `unknown-model` / `unknown-defense`: a name not in the study / the table (dropped);
 * - `repeated-model`: a model given twice (the repeat dropped);
 * - `no-models`: no valid model left (the default model used);
 * - `too-few-loadouts`: fewer than two loadouts (`used` is the one filled in);
 * - `too-many-loadouts`: more than four (`value` is the one dropped);
 * - `mixed-subject`: both a level and condition keys (the level wins; the condition keys ignored).
 */
export type LabNoticeKind =
  | 'unknown-parameter'
  | 'unsupported-version'
  | 'invalid-value'
  | 'clamped'
  | 'unknown-model'
  | 'unknown-defense'
  | 'repeated-model'
  | 'no-models'
  | 'too-few-loadouts'
  | 'too-many-loadouts'
  | 'mixed-subject';

/** One change decoding made. */
export interface LabNotice {
  readonly kind: LabNoticeKind;
  readonly parameter: string;
  readonly value: string;
  readonly used: string | null;
}

/** The keys of the address. */
const KEYS = {
  version: 'v',
  scenario: 's',
  goal: 'g',
  urgency: 'u',
  level: 'level',
  models: 'm',
  loadout: 'l',
  catchRate: 'cr',
  detectionRate: 'dr',
  falseAlarmRate: 'fa',
  reviewMinutes: 'rm',
  runs: 'n',
  seed: 'seed',
} as const;

const ASSUMPTION_KEYS = [
  ['catchRate', KEYS.catchRate, 1],
  ['detectionRate', KEYS.detectionRate, 1],
  ['falseAlarmRate', KEYS.falseAlarmRate, 1],
  ['reviewMinutes', KEYS.reviewMinutes, MAX_REVIEW_MINUTES],
] as const;

const NO_CARDS = 'none';
const LEVEL_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Encodes a component, keeping `:` `.` `-` readable. */
function component(text: string): string {
  return encodeURIComponent(text).replace(/%3A/g, ':');
}

/** Decodes a component; a broken escape is read as the raw text. */
function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The model's slug. */
function slugOf(model: ModelName): string {
  return MODELS.find((info) => info.name === model)?.slug ?? model;
}

/** A loadout's address value: its cards `.`-separated (or `none`), then `:name` if named. */
function loadoutText(loadout: LabLoadout): string {
  const cards = canonicalDefenses(loadout.defenses);
  const text = cards.length === 0 ? NO_CARDS : cards.join('.');
  return loadout.name === undefined || loadout.name === '' ? text : `${text}:${loadout.name}`;
}

/**
 * The set-up as URL search parameters (without `?`): short (defaults left out) and readable.
 * Equal set-ups give equal text; the order of loadouts and models is kept.
 */
export function encodeLabSetup(setup: LabSetup): string {
  const pairs: [string, string][] = [[KEYS.version, String(LAB_SETUP_VERSION)]];
  if (setup.subject.kind === 'level') {
    pairs.push([KEYS.level, setup.subject.level]);
  } else {
    const { scenario, goal, urgency } = setup.subject;
    pairs.push([KEYS.scenario, scenario]);
    pairs.push([KEYS.goal, formatGoal({ goalType: goal.type, goalValue: goal.value })]);
    pairs.push([KEYS.urgency, urgency]);
  }
  pairs.push([KEYS.models, setup.models.map(slugOf).join('.')]);
  for (const loadout of setup.loadouts) {
    pairs.push([KEYS.loadout, loadoutText(loadout)]);
  }
  for (const [field, key] of ASSUMPTION_KEYS) {
    if (setup.assumptions[field] !== DEFAULT_ASSUMPTIONS[field]) {
      pairs.push([key, String(setup.assumptions[field])]);
    }
  }
  if (setup.runs !== DEFAULT_LAB_SETUP.runs) {
    pairs.push([KEYS.runs, String(setup.runs)]);
  }
  if (String(setup.seed) !== String(DEFAULT_LAB_SETUP.seed)) {
    pairs.push([KEYS.seed, String(setup.seed)]);
  }
  return pairs.map(([key, value]) => `${key}=${component(value)}`).join('&');
}

/** The address split into key/value pairs, in order; a leading `?` or `#` is ignored. */
function readPairs(query: string): [string, string][] {
  const text = query.replace(/^[?#]/, '');
  return text
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      const key = equals < 0 ? part : part.slice(0, equals);
      const value = equals < 0 ? '' : part.slice(equals + 1);
      return [decodeComponent(key), decodeComponent(value)];
    });
}

/** Collects notices while decoding. */
class Notices {
  readonly list: LabNotice[] = [];
  add(kind: LabNoticeKind, parameter: string, value: string, used: string | null): void {
    this.list.push({ kind, parameter, value, used });
  }
}

/** A number in [0, max]: the default when unreadable, clamped when outside. */
function boundedNumber(
  text: string | undefined,
  key: string,
  fallback: number,
  max: number,
  notices: Notices,
): number {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    notices.add('invalid-value', key, text, String(fallback));
    return fallback;
  }
  const clamped = Math.min(max, Math.max(0, value));
  if (clamped !== value) {
    notices.add('clamped', key, text, String(clamped));
  }
  // -0 would print as 0 but differ from 0 under Object.is.
  return clamped === 0 ? 0 : clamped;
}

/** The subject: a level when `level` is given, else the condition keys (defaults filled in). */
function readSubject(last: Map<string, string>, notices: Notices): LabSubject {
  const level = last.get(KEYS.level);
  const conditionKeys = [KEYS.scenario, KEYS.goal, KEYS.urgency].filter((key) => last.has(key));
  if (level !== undefined) {
    const id = level.trim().toLowerCase();
    if (LEVEL_ID.test(id)) {
      for (const key of conditionKeys) {
        notices.add('mixed-subject', key, last.get(key) ?? '', null);
      }
      return { kind: 'level', level: id };
    }
    notices.add('invalid-value', KEYS.level, level, null);
  }
  const scenarioText = last.get(KEYS.scenario);
  const scenario =
    SCENARIOS.find((item) => item === scenarioText?.trim().toLowerCase()) ??
    DEFAULT_LAB_SUBJECT.scenario;
  if (scenarioText !== undefined && scenario !== scenarioText.trim().toLowerCase()) {
    notices.add('invalid-value', KEYS.scenario, scenarioText, scenario);
  }
  const goalText = last.get(KEYS.goal);
  const parsedGoal = goalText === undefined ? undefined : parseGoal(goalText);
  const goal =
    parsedGoal?.ok === true
      ? { type: parsedGoal.value.goalType, value: parsedGoal.value.goalValue }
      : DEFAULT_LAB_SUBJECT.goal;
  if (goalText !== undefined && parsedGoal?.ok !== true) {
    notices.add(
      'invalid-value',
      KEYS.goal,
      goalText,
      formatGoal({ goalType: goal.type, goalValue: goal.value }),
    );
  }
  const urgencyText = last.get(KEYS.urgency);
  const urgency =
    URGENCIES.find((item) => item === urgencyText?.trim().toLowerCase()) ??
    DEFAULT_LAB_SUBJECT.urgency;
  if (urgencyText !== undefined && urgency !== urgencyText.trim().toLowerCase()) {
    notices.add('invalid-value', KEYS.urgency, urgencyText, urgency);
  }
  return { kind: 'condition', scenario, goal, urgency };
}

/** The models: known ones kept once each, in order; the default when none is left. */
function readModels(text: string | undefined, notices: Notices): ModelName[] {
  const models: ModelName[] = [];
  for (const part of (text ?? '').split(/[.,]/).filter((item) => item.trim() !== '')) {
    const parsed = parseModelName(part);
    if (!parsed.ok) {
      notices.add('unknown-model', KEYS.models, part, null);
    } else if (models.includes(parsed.value)) {
      notices.add('repeated-model', KEYS.models, part, null);
    } else {
      models.push(parsed.value);
    }
  }
  if (models.length === 0) {
    const fallback = DEFAULT_LAB_SETUP.models;
    if (text !== undefined) {
      notices.add('no-models', KEYS.models, text, fallback.join(', '));
    }
    return [...fallback];
  }
  return models;
}

/** One loadout: known cards kept (canonical order), unknown ones dropped with a notice. */
function readLoadout(text: string, parameter: string, notices: Notices): LabLoadout {
  const colon = text.indexOf(':');
  const cardsText = colon < 0 ? text : text.slice(0, colon);
  const name = (colon < 0 ? '' : text.slice(colon + 1)).trim().slice(0, MAX_LAB_TEXT);
  const chosen: DefenseId[] = [];
  for (const part of cardsText.split(/[.,]/)) {
    const id = part.trim().toLowerCase();
    if (id === '' || id === NO_CARDS) {
      continue;
    }
    const found = DEFENSES.find((defense) => defense === id);
    if (found === undefined) {
      notices.add('unknown-defense', parameter, part, null);
    } else {
      chosen.push(found);
    }
  }
  const defenses = canonicalDefenses(chosen);
  return name === '' ? { defenses } : { defenses, name };
}

/** Two to four loadouts: extras dropped, missing ones filled from {@link FILL_LOADOUTS}. */
function readLoadouts(texts: readonly string[], notices: Notices): LabLoadout[] {
  const loadouts = texts.map((text, index) =>
    readLoadout(text, `${KEYS.loadout}#${index + 1}`, notices),
  );
  for (const [index, text] of texts.entries()) {
    if (index >= MAX_LAB_LOADOUTS) {
      notices.add('too-many-loadouts', `${KEYS.loadout}#${index + 1}`, text, null);
    }
  }
  const kept = loadouts.slice(0, MAX_LAB_LOADOUTS);
  const same = (a: LabLoadout, b: LabLoadout): boolean =>
    a.defenses.join('.') === b.defenses.join('.');
  for (const fill of FILL_LOADOUTS) {
    if (kept.length >= MIN_LAB_LOADOUTS) {
      break;
    }
    if (!kept.some((loadout) => same(loadout, fill))) {
      kept.push(fill);
      notices.add('too-few-loadouts', `${KEYS.loadout}#${kept.length}`, '', loadoutText(fill));
    }
  }
  return kept;
}

/** The runs: an integer in [1, MAX_LAB_RUNS]. */
function readRuns(text: string | undefined, notices: Notices): number {
  if (text === undefined) {
    return DEFAULT_LAB_SETUP.runs;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    notices.add('invalid-value', KEYS.runs, text, String(DEFAULT_LAB_SETUP.runs));
    return DEFAULT_LAB_SETUP.runs;
  }
  const runs = Math.min(MAX_LAB_RUNS, Math.max(1, Math.round(value)));
  if (runs !== value) {
    notices.add('clamped', KEYS.runs, text, String(runs));
  }
  return runs;
}

/** The seed: digits make a number (a safe integer written without leading zeros), other text stays text. */
export function readLabSeed(text: string): number | string {
  const trimmed = text.trim().slice(0, MAX_LAB_TEXT);
  const value = Number(trimmed);
  const canonical =
    /^\d+$/.test(trimmed) && Number.isSafeInteger(value) && String(value) === trimmed;
  return canonical ? value : trimmed;
}

function readSeed(text: string | undefined, notices: Notices): number | string {
  if (text === undefined) {
    return DEFAULT_LAB_SETUP.seed;
  }
  const seed = readLabSeed(text);
  if (seed === '') {
    notices.add('invalid-value', KEYS.seed, text, String(DEFAULT_LAB_SETUP.seed));
    return DEFAULT_LAB_SETUP.seed;
  }
  if (String(seed) !== text) {
    notices.add('clamped', KEYS.seed, text, String(seed));
  }
  return seed;
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.values(KEYS));

/**
 * Reads an address's search part (with or without `?`) into the nearest valid set-up. Never
 * throws: whatever it ignored, dropped, filled in or clamped is listed in `notices`. A key given
 * twice keeps its last value (except `l`, one per loadout).
 */
export function decodeLabSetup(query: string): { setup: LabSetup; notices: LabNotice[] } {
  const notices = new Notices();
  const pairs = readPairs(typeof query === 'string' ? query : '');
  const last = new Map<string, string>();
  const loadoutTexts: string[] = [];
  for (const [key, value] of pairs) {
    if (key === KEYS.loadout) {
      loadoutTexts.push(value);
    } else if (KNOWN_KEYS.has(key)) {
      last.set(key, value);
    } else {
      notices.add('unknown-parameter', key, value, null);
    }
  }
  const version = last.get(KEYS.version);
  if (version !== undefined && version.trim() !== String(LAB_SETUP_VERSION)) {
    notices.add('unsupported-version', KEYS.version, version, String(LAB_SETUP_VERSION));
  }
  const subject = readSubject(last, notices);
  const models = readModels(last.get(KEYS.models), notices);
  const loadouts = readLoadouts(loadoutTexts, notices);
  const assumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const [field, key, max] of ASSUMPTION_KEYS) {
    assumptions[field] = boundedNumber(
      last.get(key),
      key,
      DEFAULT_ASSUMPTIONS[field],
      max,
      notices,
    );
  }
  const setup: LabSetup = {
    version: LAB_SETUP_VERSION,
    subject,
    models,
    loadouts,
    assumptions,
    runs: readRuns(last.get(KEYS.runs), notices),
    seed: readSeed(last.get(KEYS.seed), notices),
  };
  return { setup, notices: notices.list };
}

/** A condition subject's study cell (the shape the rates table and the odds use). */
export function labCondition(subject: LabConditionSubject): {
  scenario: Scenario;
  goalType: Goal['goalType'];
  goalValue: Goal['goalValue'];
  urgency: Urgency;
} {
  return {
    scenario: subject.scenario,
    goalType: subject.goal.type,
    goalValue: subject.goal.value,
    urgency: subject.urgency,
  };
}

/** A loadout's label: its name, else its cards joined by `+`, else `none`. */
export function labLoadoutLabel(loadout: LabLoadout): string {
  if (loadout.name !== undefined && loadout.name !== '') {
    return loadout.name;
  }
  return loadout.defenses.length === 0 ? NO_CARDS : loadout.defenses.join('+');
}
