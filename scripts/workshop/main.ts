/**
 * `npm run workshop`: make a session code, verify a result code, or make the result code a
 * playthrough fixture's play would get under a session. Returns the exit code so tests can run
 * it without a process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DefenseId, Language } from '../../src/core';
import { DEFENSES, isLanguage } from '../../src/core';
import {
  CAMPAIGN_LEVEL_IDS,
  decodeResult,
  decodeSession,
  describeSession,
  encodeResult,
  encodeSession,
  makeSession,
  verifyResult,
} from '../../src/core/workshop';
import type { ArgsError, FlagSpec, Flags } from '../simulate/args';
import { flagText, readFlags } from '../simulate/args';
import type { Output } from '../simulate/main';
import { ROOT } from '../validate-levels';
import {
  describeCodeProblem,
  describeFixtureProblem,
  describeRow,
  describeSessionProblem,
  describeVerifyProblem,
} from './describe';
import { fixtureResult, readFixture } from './fixture';
import { loadCampaign } from './levels';

const HELP: FlagSpec = { name: '--help', value: null, description: 'this text' };

/** The flags of `new`. */
export const NEW_FLAGS: readonly FlagSpec[] = [
  { name: '--levels', value: 'a,b', description: 'campaign level ids (default: all)' },
  { name: '--seed', value: 'N', description: '0..4294967295 (default: a random one)' },
  { name: '--budget', value: 'N', description: "tokens, 0..30 (default: each level's own)" },
  { name: '--cards', value: 'x,y', description: "cards offered (default: each level's own)" },
  { name: '--lang', value: 'en|de', description: 'language (default en)' },
  { name: '--minutes', value: 'N', description: 'time limit per level, 1..180 (default none)' },
  HELP,
];

/** The flags of `verify`, besides the code. */
export const VERIFY_FLAGS: readonly FlagSpec[] = [
  { name: '--json', value: null, description: "print the board's row as JSON" },
  HELP,
];

/** The flags of `result`. */
export const RESULT_FLAGS: readonly FlagSpec[] = [
  { name: '--session', value: 'code', description: 'the session code (required)' },
  { name: '--level', value: 'id', description: 'a level of the session (required)' },
  {
    name: '--fixture',
    value: 'file',
    description: 'a playthrough fixture, e.g. levels/<id>/playthroughs/<name>.json (required)',
  },
  { name: '--team', value: 'name', description: 'the team name, 1..24 characters (default Team)' },
  HELP,
];

function flagLines(specs: readonly FlagSpec[]): string[] {
  return specs.map(
    (spec) =>
      `    ${`${spec.name}${spec.value === null ? '' : ` <${spec.value}>`}`.padEnd(22)}${spec.description}`,
  );
}

/** `--help`. */
export function workshopHelp(): string {
  return [
    'npm run workshop -- <command>',
    '',
    'Workshop mode from the command line (docs/FACILITATOR.md, docs/ARCHITECTURE.md "Workshop codes").',
    '',
    '  new       print a session code and the set-up it holds',
    ...flagLines(NEW_FLAGS),
    '  verify <result code>',
    "            replay a result code from the session seed and print the team's row, or why it",
    '            is refused (exit 1)',
    ...flagLines(VERIFY_FLAGS),
    "  result    print the result code a playthrough fixture's play gets under a session",
    ...flagLines(RESULT_FLAGS),
    '',
    `Levels: ${CAMPAIGN_LEVEL_IDS.join(', ')}`,
    `Cards: ${DEFENSES.join(', ')}`,
    '',
  ].join('\n');
}

function describeArgsError(error: ArgsError): string {
  switch (error.kind) {
    case 'unknown-flag':
      return `unknown flag ${error.flag}; this command takes ${error.validFlags.join(', ')}`;
    case 'flag-not-available':
      return `${error.flag} is not available: ${error.reason}`;
    case 'missing-value':
      return `${error.flag} needs a value`;
    case 'unexpected-argument':
      return `unexpected argument "${error.argument}"`;
    case 'repeated-flag':
      return `${error.flag} is given twice`;
  }
}

/** A whole number from a flag, or NaN when it is not one (the session check then says so). */
function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  return /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
}

function list(text: string | undefined): string[] | undefined {
  return text
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A random seed from the system's cryptographic generator. */
function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 1;
}

function runNew(flags: Flags, output: Output): number {
  const language = flagText(flags, '--lang') ?? 'en';
  if (!isLanguage(language)) {
    output.error(`--lang must be one of en, de\n`);
    return 2;
  }
  const made = makeSession({
    seed: wholeNumber(flagText(flags, '--seed')) ?? randomSeed(),
    levels: list(flagText(flags, '--levels')),
    budget: wholeNumber(flagText(flags, '--budget')) ?? null,
    cards: (list(flagText(flags, '--cards')) as DefenseId[] | undefined) ?? null,
    language: language satisfies Language,
    minutes: wholeNumber(flagText(flags, '--minutes')) ?? null,
  });
  if (!made.ok) {
    output.error(`${describeSessionProblem(made.error)}\n`);
    return 2;
  }
  output.out(
    `${encodeSession(made.value)}\n${describeSession(made.value).split('; ').join('\n')}\n`,
  );
  return 0;
}

function runVerify(code: string, flags: Flags, output: Output): number {
  const campaign = loadCampaign();
  if (!campaign.ok) {
    output.error(`level ${campaign.error.id} does not load; run npm run validate:levels\n`);
    return 2;
  }
  const decoded = decodeResult(code, (id) => campaign.value.get(id));
  if (!decoded.ok) {
    output.error(`refused: ${describeCodeProblem(decoded.error)}\n`);
    return 1;
  }
  const level = campaign.value.get(decoded.value.levelId);
  if (level === undefined) {
    output.error(`refused: unknown level ${decoded.value.levelId}\n`);
    return 1;
  }
  const verified = verifyResult(decoded.value, level);
  if (!verified.ok) {
    output.error(`refused: ${describeVerifyProblem(verified.error)}\n`);
    return 1;
  }
  output.out(
    flags.has('--json')
      ? `${JSON.stringify(verified.value, null, 2)}\n`
      : describeRow(verified.value),
  );
  return 0;
}

function runResult(flags: Flags, output: Output): number {
  const sessionCode = flagText(flags, '--session');
  const levelId = flagText(flags, '--level');
  const fixturePath = flagText(flags, '--fixture');
  if (sessionCode === undefined || levelId === undefined || fixturePath === undefined) {
    output.error('result needs --session, --level and --fixture\n');
    return 2;
  }
  const session = decodeSession(sessionCode);
  if (!session.ok) {
    output.error(`the session code is refused: ${describeCodeProblem(session.error)}\n`);
    return 2;
  }
  if (!session.value.levels.includes(levelId)) {
    output.error(
      `${levelId} is not a level of this session (${session.value.levels.join(', ')})\n`,
    );
    return 2;
  }
  const campaign = loadCampaign();
  const level = campaign.ok ? campaign.value.get(levelId) : undefined;
  if (level === undefined) {
    output.error(`level ${levelId} does not load; run npm run validate:levels\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.resolve(ROOT, fixturePath), 'utf8'));
  } catch (error) {
    output.error(`cannot read ${fixturePath}: ${error instanceof Error ? error.message : ''}\n`);
    return 2;
  }
  const fixture = readFixture(json);
  const team = (flagText(flags, '--team') ?? 'Team').trim();
  const result = fixture.ok ? fixtureResult(level, session.value, fixture.value, team) : fixture;
  if (!result.ok) {
    output.error(`${describeFixtureProblem(result.error)}\n`);
    return 1;
  }
  let code: string;
  try {
    code = encodeResult(result.value, level);
  } catch (error) {
    output.error(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  output.out(`${code}\n`);
  output.error(
    `team "${team}", level ${levelId}, ending ${result.value.ending}, ${result.value.commands.length} commands\n`,
  );
  return 0;
}

/** Runs the tool on `argv` (without `node script`); returns the exit code. */
export function runWorkshop(argv: readonly string[], output: Output): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    output.out(workshopHelp());
    return command === undefined ? 2 : 0;
  }
  const specs =
    command === 'new'
      ? NEW_FLAGS
      : command === 'verify'
        ? VERIFY_FLAGS
        : command === 'result'
          ? RESULT_FLAGS
          : undefined;
  if (specs === undefined) {
    output.error(`unknown command "${command}"; run with --help\n`);
    return 2;
  }
  // `verify` takes the code as its arguments (groups may be given apart, as spaces are ignored).
  const positional = command === 'verify' ? rest.filter((arg) => !arg.startsWith('-')) : [];
  const flags = readFlags(
    rest.filter((arg) => !positional.includes(arg)),
    specs,
  );
  if (!flags.ok) {
    output.error(`${describeArgsError(flags.error)}\nRun with --help for every flag.\n`);
    return 2;
  }
  if (flags.value.has('--help')) {
    output.out(workshopHelp());
    return 0;
  }
  switch (command) {
    case 'new':
      return runNew(flags.value, output);
    case 'verify':
      if (positional.length === 0) {
        output.error('verify needs a result code\n');
        return 2;
      }
      return runVerify(positional.join(''), flags.value, output);
    default:
      return runResult(flags.value, output);
  }
}
