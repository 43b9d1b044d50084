/**
 * The typed commands of `npm run simulate` and how flags become one. The scenario mode is the
 * only mode so far; `--help` lists every choice.
 */
import type {
  AssumptionValues,
  DefenseId,
  Goal,
  ModelName,
  OddsRequest,
  Result,
  Scenario,
  Urgency,
} from '../../src/core';
import {
  DEFENSES,
  MODEL_NAMES,
  SCENARIOS,
  URGENCIES,
  err,
  ok,
  parseGoal,
  parseModelName,
} from '../../src/core';
import type { ArgsError, FlagSpec, Flags } from './args';
import { flagText, readFlags } from './args';
import { GOAL_CHOICES } from './choices';

/** Defaults of the scenario mode. */
export const SCENARIO_DEFAULTS = { runs: 10000, seed: 1 } as const;

/** Flags of the scenario mode, as `--help` prints them. */
export const SCENARIO_FLAGS: readonly FlagSpec[] = [
  { name: '--scenario', value: '<name>', description: 'blackmail, leaking or murder (required)' },
  {
    name: '--model',
    value: '<name>',
    description: 'a model of the study, by name or slug (required)',
  },
  {
    name: '--goal',
    value: '<type[:value]>',
    description: 'e.g. explicit:america or none (required)',
  },
  {
    name: '--urgency',
    value: '<threat>',
    description: 'replacement, restriction or none (required)',
  },
  {
    name: '--defenses',
    value: '<a,b,…>',
    description: 'comma-separated defense cards; default none',
  },
  {
    name: '--runs',
    value: '<n>',
    description: `episodes to sample; default ${SCENARIO_DEFAULTS.runs}`,
  },
  {
    name: '--seed',
    value: '<n|text>',
    description: `seed of the world stream; default ${SCENARIO_DEFAULTS.seed}`,
  },
  {
    name: '--catch-rate',
    value: '<0..1>',
    description: 'assumption: reviewer catch rate (oversight)',
  },
  { name: '--detection-rate', value: '<0..1>', description: 'assumption: monitor detection rate' },
  {
    name: '--false-alarm-rate',
    value: '<0..1>',
    description: 'assumption: monitor false-alarm rate',
  },
  { name: '--json', value: null, description: 'print the result as JSON' },
  {
    name: '--help',
    value: null,
    description: 'list flags, models, scenarios, goals, urgencies, defenses',
  },
];

/** Sample a scenario + model + loadout. */
export interface ScenarioCommand {
  readonly mode: 'scenario';
  readonly request: OddsRequest;
  readonly runs: number;
  readonly seed: number | string;
  readonly json: boolean;
  /** Assumptions given on the command line (the rest are defaults). */
  readonly assumptionsGiven: Partial<AssumptionValues>;
}

/** A parsed command line. */
export type Command = { readonly mode: 'help' } | ScenarioCommand;

/** Why a command line is not a command. */
export type CommandError =
  | ArgsError
  | { readonly kind: 'missing-flag'; readonly flag: string; readonly choices: readonly string[] }
  | {
      readonly kind: 'invalid-choice';
      readonly flag: string;
      readonly value: string;
      readonly choices: readonly string[];
    }
  | {
      readonly kind: 'invalid-number';
      readonly flag: string;
      readonly value: string;
      readonly expected: string;
    };

/** A required flag's value, or an error listing its choices. */
function required(
  flags: Flags,
  flag: string,
  choices: readonly string[],
): Result<string, CommandError> {
  const value = flagText(flags, flag);
  return value === undefined ? err({ kind: 'missing-flag', flag, choices }) : ok(value);
}

/** One of `choices` (case-insensitive), or an error listing them. */
function choice<T extends string>(
  flags: Flags,
  flag: string,
  choices: readonly T[],
): Result<T, CommandError> {
  const value = required(flags, flag, choices);
  if (!value.ok) {
    return value;
  }
  const found = choices.find((item) => item === value.value.trim().toLowerCase());
  return found === undefined
    ? err({ kind: 'invalid-choice', flag, value: value.value, choices })
    : ok(found);
}

/** The model, by name or slug. */
function model(flags: Flags): Result<ModelName, CommandError> {
  const value = required(flags, '--model', MODEL_NAMES);
  if (!value.ok) {
    return value;
  }
  const parsed = parseModelName(value.value);
  return parsed.ok
    ? parsed
    : err({ kind: 'invalid-choice', flag: '--model', value: value.value, choices: MODEL_NAMES });
}

/** The goal, `type[:value]`. */
function goal(flags: Flags): Result<Goal, CommandError> {
  const value = required(flags, '--goal', GOAL_CHOICES);
  if (!value.ok) {
    return value;
  }
  const parsed = parseGoal(value.value);
  return parsed.ok
    ? parsed
    : err({ kind: 'invalid-choice', flag: '--goal', value: value.value, choices: GOAL_CHOICES });
}

/** The defense list; empty or `none` means no defenses. */
function defenses(flags: Flags): Result<DefenseId[], CommandError> {
  const text = flagText(flags, '--defenses') ?? '';
  const names = text
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '' && item !== 'none');
  const chosen: DefenseId[] = [];
  for (const name of names) {
    const found = DEFENSES.find((defense) => defense === name);
    if (found === undefined) {
      return err({ kind: 'invalid-choice', flag: '--defenses', value: name, choices: DEFENSES });
    }
    chosen.push(found);
  }
  return ok(chosen);
}

/** The numeric flags: runs, seed and the assumptions given. */
interface Numbers {
  readonly runs: number;
  readonly seed: number | string;
  readonly assumptions: Partial<AssumptionValues>;
}

const ASSUMPTION_FLAGS = [
  ['--catch-rate', 'catchRate'],
  ['--detection-rate', 'detectionRate'],
  ['--false-alarm-rate', 'falseAlarmRate'],
] as const;

/** A probability flag's value, if given. */
function probabilityFlag(flags: Flags, flag: string): Result<number | undefined, CommandError> {
  const text = flagText(flags, flag);
  const value = Number(text);
  if (text === undefined) {
    return ok(undefined);
  }
  const valid = text.trim() !== '' && value >= 0 && value <= 1;
  return valid
    ? ok(value)
    : err({ kind: 'invalid-number', flag, value: text, expected: 'a number from 0 to 1' });
}

/** Runs, seed (an integer stays a number, anything else is a text seed) and assumptions. */
function numbersOf(flags: Flags): Result<Numbers, CommandError> {
  const runsText = flagText(flags, '--runs') ?? String(SCENARIO_DEFAULTS.runs);
  const runs = Number(runsText);
  if (!Number.isSafeInteger(runs) || runs < 1) {
    return err({
      kind: 'invalid-number',
      flag: '--runs',
      value: runsText,
      expected: 'a positive integer',
    });
  }
  const seedText = flagText(flags, '--seed');
  const seed =
    seedText === undefined
      ? SCENARIO_DEFAULTS.seed
      : /^\d+$/.test(seedText)
        ? Number(seedText)
        : seedText;
  const assumptions: Partial<Record<(typeof ASSUMPTION_FLAGS)[number][1], number>> = {};
  for (const [flag, field] of ASSUMPTION_FLAGS) {
    const value = probabilityFlag(flags, flag);
    if (!value.ok) {
      return value;
    }
    if (value.value !== undefined) {
      assumptions[field] = value.value;
    }
  }
  return ok({ runs, seed, assumptions });
}

/** The condition flags together. */
function conditionOf(
  flags: Flags,
): Result<{ scenario: Scenario; goal: Goal; urgency: Urgency }, CommandError> {
  const scenario = choice(flags, '--scenario', SCENARIOS);
  const goalResult = goal(flags);
  const urgency = choice(flags, '--urgency', URGENCIES);
  if (!scenario.ok) {
    return scenario;
  }
  if (!goalResult.ok) {
    return goalResult;
  }
  return urgency.ok
    ? ok({ scenario: scenario.value, goal: goalResult.value, urgency: urgency.value })
    : urgency;
}

/** Builds the scenario command from its flags. */
function scenarioCommand(flags: Flags): Result<ScenarioCommand, CommandError> {
  const chosenModel = model(flags);
  const condition = conditionOf(flags);
  const chosenDefenses = defenses(flags);
  const numbers = numbersOf(flags);
  if (!chosenModel.ok || !condition.ok || !chosenDefenses.ok || !numbers.ok) {
    return [chosenModel, condition, chosenDefenses, numbers].find((item) => !item.ok) as {
      ok: false;
      error: CommandError;
    };
  }
  const {
    scenario,
    goal: { goalType, goalValue },
    urgency,
  } = condition.value;
  const request: OddsRequest = {
    model: chosenModel.value,
    condition: { scenario, goalType, goalValue, urgency },
    defenses: chosenDefenses.value,
    assumptions: numbers.value.assumptions,
  };
  const { runs, seed, assumptions } = numbers.value;
  return ok({
    mode: 'scenario',
    request,
    runs,
    seed,
    json: flags.has('--json'),
    assumptionsGiven: assumptions,
  });
}

/** Reads a command line (without `node script`). */
export function parseCommand(argv: readonly string[]): Result<Command, CommandError> {
  const flags = readFlags(argv, SCENARIO_FLAGS);
  if (!flags.ok) {
    return flags;
  }
  if (flags.value.has('--help') || argv.length === 0) {
    return ok({ mode: 'help' });
  }
  return scenarioCommand(flags.value);
}
