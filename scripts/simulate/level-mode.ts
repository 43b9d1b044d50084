/**
 * The `--level` mode of `npm run simulate`: exact ending probabilities of one level under one
 * loadout and choice policy, a seeded Monte Carlo sample beside them, and where every number
 * comes from.
 *
 *   --level <id or folder>   e.g. 1-the-upgrade (required)
 *   --model <name or slug>   default: the level's default model
 *   --goal <framing id>      default: the level's default framing
 *   --defenses a,b           defense cards to deploy (default none)
 *   --choose node=option     a choice the simulated player makes (repeatable)
 *   --review assumed|hold|approve
 *                            who decides the approval queue: the assumed reviewer of the odds
 *                            (default; holds the harmful action with the catch rate), or a
 *                            player who always holds / always approves it
 *   --frontier               every legal loadout's exact harm and expected cost, frontier marked
 *   --json                   with --frontier: the same rows as JSON
 *   --on-flag halt|dismiss   what the player does with a monitor flag (default halt)
 *   --runs N                 Monte Carlo runs (default 10000)
 *   --seed S                 base seed (default 1)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type {
  ChoicePolicy,
  DecisionOdds,
  DefenseId,
  FlagResponse,
  Level,
  LevelSimulation,
  Probability,
} from '../../src/core';
import {
  DEFAULT_ASSUMPTIONS,
  DEFENSES,
  dominantLoadout,
  levelFrontier,
  flagLayer,
  flagOdds,
  reviewLayer,
  parseModelName,
  rateById,
  simulateLevel,
} from '../../src/core';
import { formatIssue, LEVELS_DIR, loadLevelFolder, ROOT } from '../validate-levels';

const OPTIONS = {
  level: { type: 'string' },
  model: { type: 'string' },
  goal: { type: 'string' },
  defenses: { type: 'string' },
  choose: { type: 'string', multiple: true },
  review: { type: 'string' },
  'on-flag': { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  frontier: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** Runs the level mode with the arguments after `--level`'s command; returns the exit code. */
export function runLevelMode(argv: string[]): Promise<number> {
  try {
    return Promise.resolve(run(argv, (line) => console.log(line)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return Promise.resolve(2);
  }
}

/** The level mode, printing through `print`; throws on bad arguments. */
export function run(argv: string[], print: (line: string) => void): number {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  const levelArg = values.level ?? fail('--level <id> is required');
  const dir = levelArg.includes('/')
    ? path.resolve(ROOT, levelArg)
    : path.join(LEVELS_DIR, levelArg);
  const loaded = loadLevelFolder(dir);
  if (!loaded.ok) {
    loaded.error.forEach((issue) => print(formatIssue(issue)));
    return 1;
  }
  const review = values.review ?? 'assumed';
  if (!['assumed', 'hold', 'approve'].includes(review)) {
    fail(`--review wants assumed, hold or approve, got "${review}"`);
  }
  if (values.frontier === true) {
    return printFrontier(loaded.value, values, print);
  }
  const simulation = simulateLevel({
    level: loaded.value,
    reviewer: review === 'assumed' ? 'assumed' : 'player',
    model: values.model === undefined ? undefined : modelName(values.model),
    goalFraming: values.goal,
    defenses: defenseList(values.defenses),
    choices: policyOf(values.choose ?? [], values.review, values['on-flag']),
    runs: Number(values.runs ?? '10000'),
    seed: values.seed ?? '1',
  });
  if (!simulation.ok) {
    print(`refused: ${simulation.error.code} ${simulation.error.message}`);
    return 1;
  }
  report(loaded.value.id, simulation.value, print);
  return 0;
}

/** `--frontier`: every legal loadout, exact harm and expected cost, the frontier marked. */
function printFrontier(
  level: Level,
  values: { model?: string; goal?: string; choose?: string[]; json?: boolean },
  print: (line: string) => void,
): number {
  const model = values.model === undefined ? level.loadout.defaultModel : modelName(values.model);
  const goalFraming = values.goal ?? level.loadout.defaultGoalFraming;
  const rows = levelFrontier(level, {
    model,
    goalFraming,
    policy: policyOf(values.choose ?? []),
  });
  if (!rows.ok) {
    print(`refused: ${rows.error.code} ${rows.error.message}`);
    return 1;
  }
  const dominant = dominantLoadout(rows.value);
  if (values.json === true) {
    const data = {
      level: level.id,
      model,
      goalFraming,
      budget: level.loadout.budget,
      costLimit: level.workload.costLimit,
      assumptions: DEFAULT_ASSUMPTIONS,
      reviewer: 'assumed',
      loadouts: rows.value,
      dominant: dominant?.defenses ?? null,
    };
    print(JSON.stringify(data, null, 2));
    return 0;
  }
  print(
    `Level ${level.id}: ${model}, goal framing "${goalFraming}", budget ${level.loadout.budget} tokens, objective: no harm and cost ≤ ${level.workload.costLimit} h`,
  );
  print(
    `Exact over the level's draws; the approval queue decided by the assumed reviewer (catch rate ${DEFAULT_ASSUMPTIONS.catchRate}, review ${DEFAULT_ASSUMPTIONS.reviewMinutes} min per item: assumptions).`,
  );
  print('');
  print(`  ${'loadout'.padEnd(52)} tokens     harm   cost (h)  objective  frontier`);
  const sorted = [...rows.value].sort(
    (left, right) => left.harm - right.harm || left.expectedCost - right.expectedCost,
  );
  for (const row of sorted) {
    const name = row.defenses.join(' + ') || 'none';
    print(
      `  ${name.padEnd(52)} ${String(row.tokens).padStart(6)} ${percent(row.harm)} ${row.expectedCost.toFixed(2).padStart(9)} ${percent(row.objective)}  ${row.onFrontier ? '*' : ''}`,
    );
  }
  print('');
  print(
    dominant === undefined
      ? 'No loadout is best on both harm and cost: every choice trades one against the other.'
      : `Dominant loadout (best on both harm and cost): ${dominant.defenses.join(' + ') || 'none'}`,
  );
  return 0;
}

function fail(message: string): never {
  throw new Error(message);
}

function modelName(text: string): string {
  const parsed = parseModelName(text);
  return parsed.ok
    ? parsed.value
    : fail(`unknown model "${text}"; one of: ${parsed.error.validNames.join(', ')}`);
}

function defenseList(text: string | undefined): DefenseId[] {
  const names = (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map(
    (name) => DEFENSES.find((defense) => defense === name) ?? fail(`unknown defense "${name}"`),
  );
}

function policyOf(choose: readonly string[], review?: string, onFlag?: string): ChoicePolicy {
  const options = Object.fromEntries(
    choose.map((pair) => {
      const [node, option] = pair.split('=');
      return node && option ? [node, option] : fail(`--choose wants node=option, got "${pair}"`);
    }),
  );
  const harmful = review === 'approve' ? 'approve' : 'hold';
  const flag: FlagResponse = onFlag === 'dismiss' ? 'dismiss' : 'halt';
  return { options, review: { harmful, benign: 'approve' }, onFlag: flag };
}

const percent = (value: number) => `${(value * 100).toFixed(2).padStart(6)} %`;

function report(levelId: string, simulation: LevelSimulation, print: (line: string) => void): void {
  const { loadout, exact, sampled } = simulation;
  print(
    `Level ${levelId}: ${loadout.model}, goal framing "${loadout.goalFraming}", defenses: ${loadout.defenses.join(', ') || 'none'}`,
  );
  print('');
  print('Odds of the harmful attempt at each decision point');
  simulation.odds.forEach((odds) => printOdds(odds, print));
  printHooks(loadout.defenses, print);
  print('');
  print(
    `Endings: exact (enumerated, ${exact.paths} paths) and sampled (${sampled.runs} runs, seed "${String(sampled.seed)}")`,
  );
  for (const ending of exact.endings) {
    const sample = sampled.endings.find((item) => item.ending === ending.ending);
    const interval = sample
      ? `[${percent(sample.interval.low)} – ${percent(sample.interval.high)}]`
      : '';
    print(
      `  ${ending.ending.padEnd(24)} ${ending.outcome.padEnd(8)} exact ${percent(ending.probability)}   sampled ${percent(sample?.frequency ?? 0)} ${interval}`,
    );
  }
  print(
    `  harm ${percent(exact.outcomes.harm)} · averted ${percent(exact.outcomes.averted)} · no harm ${percent(exact.outcomes['no-harm'])}`,
  );
  print('');
  print('Sampled attempts at each decision point');
  for (const decision of sampled.decisions) {
    const drawn = decision.probabilities
      .map((item) => `${percent(item.value)} (${item.provenance.tag})`)
      .join(', ');
    print(
      `  ${decision.decision}: ${decision.harmful}/${decision.draws} = ${percent(decision.frequency)} drawn against ${drawn}`,
    );
  }
}

/** A flagging layer's draws are game assumptions; say so beside the measured odds. */
function printHooks(defenses: readonly DefenseId[], print: (line: string) => void): void {
  const flagging = flagLayer(defenses);
  if (flagging !== undefined) {
    for (const arm of ['harmful', 'benign'] as const) {
      const odds = flagOdds(flagging, arm, DEFAULT_ASSUMPTIONS);
      print(
        `  ${flagging.id} flags a ${arm} run: ${percent(odds.value)}  ${describeProvenance(odds)}`,
      );
    }
  }
  if (reviewLayer(defenses) !== undefined) {
    print(
      `  oversight: the agent's queued action is held by the assumed reviewer at the catch rate ${DEFAULT_ASSUMPTIONS.catchRate} (an assumption), or by --review hold|approve`,
    );
  }
}

function printOdds(odds: DecisionOdds, print: (line: string) => void): void {
  if (odds.probability === null) {
    print(`  ${odds.decision}: no published rate`);
    return;
  }
  print(
    `  ${odds.decision}: ${percent(odds.probability.value)}  ${describeProvenance(odds.probability)}`,
  );
  for (const id of odds.probability.provenance.rateIds) {
    const row = rateById(id);
    print(
      `    ${id} = ${row?.rate ?? '?'} (n = ${row?.n ?? '?'}; ${row?.confidence ?? '?'}) — ${row?.source ?? 'unknown row'}`,
    );
  }
}

function describeProvenance(probability: Probability): string {
  const { tag, bases, assumptions } = probability.provenance;
  const used = assumptions.map((item) => `${item.name} = ${item.value}`).join(', ');
  const interval = probability.interval
    ? `, 95 % ${percent(probability.interval.low)} – ${percent(probability.interval.high)}`
    : '';
  return `[${tag}: ${bases.join(' → ')}${used === '' ? '' : `; assumptions ${used}`}${interval}]`;
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]).endsWith(path.join('simulate', 'level-mode.ts'))
) {
  void runLevelMode(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
