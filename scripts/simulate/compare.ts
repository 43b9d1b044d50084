/**
 * The `--compare` mode of `npm run simulate`, the Strategy Lab's command-line twin:
 *
 *   npm run simulate -- --compare "prohibition,oversight" "monitor" --scenario blackmail \
 *     --model "Claude Opus 4" --goal none --urgency replacement [--runs N] [--seed S] \
 *     [--catch-rate p] [--detection-rate p] [--false-alarm-rate p] [--review-minutes m] [--json]
 *
 *   npm run simulate -- --compare "none" "oversight" --level 1-the-upgrade [--model …] [--runs N] …
 *
 * The flags become a Lab set-up through the same reader as the Lab's address
 * (`decodeLabSetup`); anything it would have to drop, fill in or clamp is refused here instead
 * (exit 2). The numbers are `labExact` and `labSample` (a level: `labLevelExact` and
 * `labLevelSample`, played through the engine, the level's default model unless `--model`);
 * `--json` prints `labJson` exactly.
 */
import path from 'node:path';
import type { Level } from '../../src/core';
import type {
  LabExact,
  LabLevelExact,
  LabLevelSample,
  LabNotice,
  LabSample,
  LabSetup,
} from '../../src/core/lab';
import { OUTCOMES, OUTCOME_CLASSES, parseModelName } from '../../src/core';
import {
  decodeLabSetup,
  labExact,
  labJson,
  labLevelExact,
  labLevelSample,
  labLoadoutLabel,
  labRateRows,
  labSample,
} from '../../src/core/lab';
import { LEVELS_DIR, formatIssue, loadLevelFolder } from '../validate-levels';
import type { FlagSpec } from './args';
import { flagText, readFlags } from './args';
import { SCENARIO_DEFAULTS, SCENARIO_FLAGS } from './command';
import type { Output } from './main';
import { formatProbability } from './render';

/** Flags of the compare mode (`--compare` takes two to four loadouts). */
export const COMPARE_FLAGS: readonly FlagSpec[] = [
  {
    name: '--compare',
    value: '<a,b> <c> …',
    description: 'two to four loadouts, each a comma-separated list of cards ("none" for none)',
  },
  ...SCENARIO_FLAGS.filter((flag) => flag.name !== '--defenses').map((flag) =>
    flag.name === '--model'
      ? { ...flag, description: 'a model by name or slug; several comma-separated (required)' }
      : flag,
  ),
  {
    name: '--review-minutes',
    value: '<0..240>',
    description: 'assumption: minutes a reviewer spends per item (cost only)',
  },
  {
    name: '--level',
    value: '<id>',
    description:
      'compare on a campaign level instead of a study condition (no --scenario/--goal/--urgency)',
  },
];

/** Runs of a level's sample unless `--runs` says otherwise (each is a played day per loadout). */
export const LEVEL_COMPARE_RUNS = 1000;

/** Address keys of the flags that map one to one. */
const FLAG_KEYS: readonly (readonly [string, string])[] = [
  ['--scenario', 's'],
  ['--goal', 'g'],
  ['--urgency', 'u'],
  ['--catch-rate', 'cr'],
  ['--detection-rate', 'dr'],
  ['--false-alarm-rate', 'fa'],
  ['--review-minutes', 'rm'],
  ['--runs', 'n'],
  ['--seed', 'seed'],
];

/** A compare command: the set-up, and whether to print JSON. */
export interface CompareCommand {
  readonly setup: LabSetup;
  readonly json: boolean;
  /** False when `--model` was left out (a level then uses its default model). */
  readonly modelGiven: boolean;
}

/** Splits `--compare a b …` off the rest of the command line. */
function splitLoadouts(argv: readonly string[]): { loadouts: string[]; rest: string[] } {
  const at = argv.indexOf('--compare');
  let end = at + 1;
  while (end < argv.length && !(argv[end] ?? '').startsWith('--')) {
    end += 1;
  }
  return { loadouts: argv.slice(at + 1, end), rest: [...argv.slice(0, at), ...argv.slice(end)] };
}

/** A notice as a command-line error. */
function describeNotice(notice: LabNotice): string {
  const flag =
    FLAG_KEYS.find(([, key]) => key === notice.parameter)?.[0] ??
    (notice.parameter === 'm'
      ? '--model'
      : notice.parameter.startsWith('l#')
        ? '--compare'
        : notice.parameter);
  return `${flag}: ${notice.kind}${notice.value === '' ? '' : ` "${notice.value}"`}${notice.used === null ? '' : ` (would use ${notice.used})`}`;
}

/** Reads the compare mode's command line, or the errors it has. */
export function parseCompare(
  argv: readonly string[],
): { command: CompareCommand } | { errors: string[] } {
  const { loadouts, rest } = splitLoadouts(argv);
  const flags = readFlags(
    rest,
    COMPARE_FLAGS.filter((flag) => flag.name !== '--compare'),
  );
  if (!flags.ok) {
    return { errors: [`${flags.error.kind}: ${JSON.stringify(flags.error)}`] };
  }
  const level = flagText(flags.value, '--level');
  const required = level === undefined ? ['--scenario', '--model', '--goal', '--urgency'] : [];
  const missing = required.filter((flag) => flagText(flags.value, flag) === undefined);
  if (missing.length > 0) {
    return { errors: missing.map((flag) => `${flag} is required`) };
  }
  const pairs: [string, string][] = [['v', '1']];
  for (const [flag, key] of FLAG_KEYS) {
    const value = flagText(flags.value, flag);
    if (value !== undefined) {
      pairs.push([key, value]);
    }
  }
  if (level !== undefined) {
    pairs.push(['level', level]);
  }
  if (flagText(flags.value, '--runs') === undefined) {
    pairs.push(['n', String(level === undefined ? SCENARIO_DEFAULTS.runs : LEVEL_COMPARE_RUNS)]);
  }
  const models = flagText(flags.value, '--model');
  if (models !== undefined) {
    pairs.push(['m', models.split(',').join('.')]);
  }
  loadouts.forEach((loadout) => pairs.push(['l', loadout.split(',').join('.')]));
  const query = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  const { setup, notices } = decodeLabSetup(query);
  return notices.length > 0
    ? { errors: notices.map(describeNotice) }
    : { command: { setup, json: flags.value.has('--json'), modelGiven: models !== undefined } };
}

/** `[low, high]` for reading, or a dash. */
function bounds(interval: { low: number; high: number } | null | undefined): string {
  return interval == null
    ? '—'
    : `[${formatProbability(interval.low)}, ${formatProbability(interval.high)}]`;
}

/** The readable comparison: per model, per loadout, every outcome exact and sampled. */
export function renderCompare(setup: LabSetup, exact: LabExact, sample: LabSample): string {
  const lines: string[] = [
    `Strategy Lab · ${exact.conditionKey} · ${sample.runs} paired episodes · seed ${String(sample.seed)}`,
  ];
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd([19, 8, 13, 18, 8, 8, 0][index] ?? 0))
      .join(' ')
      .trimEnd();
  for (const model of setup.models) {
    lines.push('', `${model}`);
    for (const cell of exact.cells.filter((item) => item.model === model)) {
      const label = labLoadoutLabel(setup.loadouts[cell.loadout] ?? { defenses: [] });
      if (!cell.ok) {
        const why =
          cell.reason.kind === 'no-published-rate'
            ? `no published rate for ${cell.reason.missing.conditionKey}; ${model} has: ${cell.reason.rowsForModel.join(', ')}`
            : `invalid assumption ${cell.reason.name}`;
        lines.push(`  ${String.fromCharCode(65 + cell.loadout)}. ${label}: ${why}`);
        continue;
      }
      lines.push(
        `  ${String.fromCharCode(65 + cell.loadout)}. ${label} · expected cost ${cell.cost.hours.toFixed(3)} h per episode`,
      );
      const sampled = sample.cells.find(
        (item) => item.loadout === cell.loadout && item.model === model,
      );
      lines.push(
        `    ${row(['Outcome', 'Exact', 'Tag', '95 % (from n)', 'Count', 'Sampled', '95 % Wilson (sample)'])}`,
      );
      for (const outcome of OUTCOMES) {
        const probability = cell.odds.outcomes[outcome];
        const line = sampled?.outcomes[outcome];
        lines.push(
          `    ${row([
            outcome,
            formatProbability(probability.value),
            probability.provenance.tag,
            bounds(probability.interval),
            String(line?.count ?? '—'),
            line === undefined ? '—' : formatProbability(line.rate),
            bounds(line?.interval),
          ])}`,
        );
      }
    }
    const pairs = sample.differences.filter((item) => item.model === model);
    if (pairs.length > 0) {
      lines.push('  Paired differences in P(harm) (same dice):');
      for (const pair of pairs) {
        const name = `${String.fromCharCode(65 + pair.a)} − ${String.fromCharCode(65 + pair.b)}`;
        lines.push(
          `    ${name}: sampled ${pair.difference.toFixed(4)} ${bounds(pair.interval)}, exact ${pair.exact.toFixed(4)}`,
        );
      }
    }
  }
  const { catchRate, detectionRate, falseAlarmRate, reviewMinutes } = setup.assumptions;
  lines.push(
    '',
    `Assumptions (game design, not study findings): catch-rate ${catchRate}, detection-rate ${detectionRate}, false-alarm-rate ${falseAlarmRate}, review-minutes ${reviewMinutes}`,
    'Rate rows used:',
    ...labRateRows(exact).map(
      (rowItem) =>
        `  ${rowItem.id}: ${rowItem.rate} (n = ${rowItem.n ?? 'not stated'})\n      ${rowItem.source}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** The readable comparison of a level: per model, per loadout, every outcome class exact and sampled. */
export function renderLevelCompare(
  setup: LabSetup,
  exact: LabLevelExact,
  sample: LabLevelSample,
): string {
  const lines: string[] = [
    `Strategy Lab · level ${exact.level} · ${sample.runs} paired days played through the engine · seed ${String(sample.seed)}`,
  ];
  const row = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd([12, 8, 8, 8, 0][index] ?? 0))
      .join(' ')
      .trimEnd();
  for (const model of setup.models) {
    lines.push('', `${model}`);
    for (const cell of exact.cells.filter((item) => item.model === model)) {
      const letter = String.fromCharCode(65 + cell.loadout);
      const label = labLoadoutLabel(setup.loadouts[cell.loadout] ?? { defenses: [] });
      if (!cell.ok) {
        lines.push(`  ${letter}. ${label}: no figures (${JSON.stringify(cell.reason)})`);
        continue;
      }
      const sampled = sample.cells.find(
        (item) => item.loadout === cell.loadout && item.model === model,
      );
      lines.push(
        `  ${letter}. ${label} · ${cell.tokens} tokens · expected cost ${cell.expectedCost.toFixed(3)} h (sampled mean ${sampled === undefined ? '—' : sampled.meanCost.toFixed(3)} h) · objective met ${formatProbability(cell.objective)}`,
      );
      lines.push(`    ${row(['Outcome', 'Exact', 'Count', 'Sampled', '95 % Wilson (sample)'])}`);
      for (const outcome of OUTCOME_CLASSES) {
        const line = sampled?.outcomes[outcome];
        lines.push(
          `    ${row([
            outcome,
            formatProbability(cell.outcomes[outcome]),
            String(line?.count ?? '—'),
            line === undefined ? '—' : formatProbability(line.rate),
            bounds(line?.interval),
          ])}`,
        );
      }
    }
    const pairs = sample.differences.filter((item) => item.model === model);
    if (pairs.length > 0) {
      lines.push('  Paired differences in P(harm) (same run seeds):');
      for (const pair of pairs) {
        const name = `${String.fromCharCode(65 + pair.a)} − ${String.fromCharCode(65 + pair.b)}`;
        lines.push(
          `    ${name}: sampled ${pair.difference.toFixed(4)} ${bounds(pair.interval)}, exact ${pair.exact.toFixed(4)}`,
        );
      }
    }
  }
  const { catchRate, detectionRate, falseAlarmRate, reviewMinutes } = setup.assumptions;
  lines.push(
    '',
    `Assumptions (game design, not study findings): catch-rate ${catchRate}, detection-rate ${detectionRate}, false-alarm-rate ${falseAlarmRate}, review-minutes ${reviewMinutes}`,
    'Rate rows the level draws on:',
    ...labRateRows(exact).map(
      (rowItem) =>
        `  ${rowItem.id}: ${rowItem.rate} (n = ${rowItem.n ?? 'not stated'})\n      ${rowItem.source}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** The compare result as core computes it, and as the CLI prints it. */
export function compareResult(setup: LabSetup): { exact: LabExact; sample: LabSample } {
  const exact = labExact(setup);
  return { exact, sample: labSample(setup, {}, exact) };
}

/** The level compare result as core computes it, and as the CLI prints it. */
export function levelCompareResult(
  setup: LabSetup,
  level: Level,
): { exact: LabLevelExact; sample: LabLevelSample } {
  return { exact: labLevelExact(setup, level), sample: labLevelSample(setup, level) };
}

/** Loads the set-up's level from levels/<id>, with its default model unless one was given. */
function loadCompareLevel(
  command: CompareCommand,
  id: string,
): { level: Level; setup: LabSetup } | { errors: string[] } {
  const loaded = loadLevelFolder(path.join(LEVELS_DIR, id));
  if (!loaded.ok) {
    return { errors: loaded.error.map(formatIssue) };
  }
  const level = loaded.value;
  const fallback = parseModelName(level.loadout.defaultModel);
  const setup =
    command.modelGiven || !fallback.ok
      ? command.setup
      : { ...command.setup, models: [fallback.value] };
  return { level, setup };
}

/** Runs the compare mode; returns the exit code. */
export function runCompare(argv: readonly string[], output: Output): number {
  const parsed = parseCompare(argv);
  if ('errors' in parsed) {
    output.error(`${parsed.errors.join('\n')}\nRun with --help for every flag and choice.\n`);
    return 2;
  }
  const { json } = parsed.command;
  const subject = parsed.command.setup.subject;
  if (subject.kind === 'level') {
    const loaded = loadCompareLevel(parsed.command, subject.level);
    if ('errors' in loaded) {
      output.error(`level ${subject.level}:\n${loaded.errors.join('\n')}\n`);
      return 1;
    }
    const { exact, sample } = levelCompareResult(loaded.setup, loaded.level);
    output.out(
      json
        ? `${JSON.stringify(labJson(loaded.setup, exact, sample), null, 2)}\n`
        : renderLevelCompare(loaded.setup, exact, sample),
    );
    return 0;
  }
  const { setup } = parsed.command;
  const { exact, sample } = compareResult(setup);
  output.out(
    json
      ? `${JSON.stringify(labJson(setup, exact, sample), null, 2)}\n`
      : renderCompare(setup, exact, sample),
  );
  return 0;
}
