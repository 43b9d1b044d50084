/**
 * The Lab's exports: CSV (one row per loadout × model × outcome) and JSON (the same, plus the
 * set-up, its address, the differences, every rate row's source and the assumptions in force).
 * Both name the sources and the assumptions; numbers are unrounded. A study condition's rows
 * are its outcomes (odds/outcomes.ts); a level's are its outcome classes (harm, averted,
 * no-harm, unreported) with the level's expected cost, and its rate rows are those its
 * decisions and splits draw on under the compared loadouts.
 */
import { OUTCOME_CLASSES } from '../model/vocabulary';
import { OUTCOMES } from '../odds/outcomes';
import type { RateRow } from '../rates/rate-row';
import { rateById } from '../rates/lookup';
import type { LabExact, LabLevelExact, LabLevelProblem } from './exact';
import type { LabLevelSample } from './level-sample';
import type { LabSample, LabSampledOutcome } from './sample';
import type { LabSetup } from './setup';
import { encodeLabSetup, labLoadoutLabel } from './setup';

/**
 * Every rate row named by any exact figure, in first-seen order; for a level, the rows its
 * decisions and splits draw on under the compared loadouts (`LabLevelExact.rateIds`).
 */
export function labRateRows(exact: LabExact | LabLevelExact): RateRow[] {
  if (exact.kind === 'level') {
    return exact.rateIds.flatMap((id) => rateById(id) ?? []);
  }
  const ids = new Set<string>();
  for (const cell of exact.cells) {
    if (cell.ok) {
      for (const probability of [
        ...cell.odds.steps.map((step) => step.probability),
        ...Object.values(cell.odds.outcomes),
      ]) {
        probability.provenance.rateIds.forEach((id) => ids.add(id));
      }
    }
  }
  return [...ids].flatMap((id) => rateById(id) ?? []);
}

/** The JSON export: plain data, ready for `JSON.stringify`. */
export interface LabJson {
  readonly setup: LabSetup;
  /** The set-up's address (search parameters). */
  readonly link: string;
  readonly assumptions: LabSetup['assumptions'];
  readonly exact: LabExact | LabLevelExact;
  readonly sample: LabSample | LabLevelSample | null;
  readonly rateRows: readonly RateRow[];
}

/** The JSON export of a set-up's results (a condition's or a level's). */
export function labJson(
  setup: LabSetup,
  exact: LabExact | LabLevelExact,
  sample?: LabSample | LabLevelSample,
): LabJson {
  return {
    setup,
    link: encodeLabSetup(setup),
    assumptions: setup.assumptions,
    exact,
    sample: sample ?? null,
    rateRows: labRateRows(exact),
  };
}

/** A CSV field, quoted when it needs to be. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'loadout',
  'defenses',
  'model',
  'outcome',
  'exact',
  'tag',
  'exact_low',
  'exact_high',
  'rate_ids',
  'expected_cost_hours',
  'no_rate_reason',
  'sample_runs',
  'sample_count',
  'sample_rate',
  'sample_low',
  'sample_high',
] as const;

/** One CSV row with only its identifying columns and a reason filled in. */
function reasonRow(label: string, defenses: string, model: string, reason: string): string {
  return CSV_COLUMNS.map((column) =>
    column === 'loadout'
      ? field(label)
      : column === 'defenses'
        ? field(defenses)
        : column === 'model'
          ? field(model)
          : column === 'no_rate_reason'
            ? field(reason)
            : '',
  ).join(',');
}

/** A level cell's reason for having no figures, in words. */
function levelReason(reason: LabLevelProblem): string {
  switch (reason.kind) {
    case 'not-offered':
      return `the level does not offer ${reason.defenses.join('+')}`;
    case 'over-budget':
      return `over budget: ${reason.tokens} tokens of ${reason.budget}`;
    case 'model-not-offered':
      return `the level offers only ${reason.models.join(', ')}`;
    case 'rule-violation':
      return `the engine refused it: ${reason.detail}`;
  }
}

/** A sampled cell's line for an outcome, as CSV values. */
function sampledFields(
  runs: number | undefined,
  line: LabSampledOutcome | undefined,
): (number | null)[] {
  return [
    runs ?? null,
    line?.count ?? null,
    line === undefined ? null : line.rate,
    line?.interval?.low ?? null,
    line?.interval?.high ?? null,
  ];
}

/**
 * The CSV export: `#` lines first (the link, the subject, the assumptions, every rate row's
 * source), then one row per loadout × model × outcome (a level: per outcome class, with the
 * level's expected cost and no interval of its own). A cell with no figures is one row with its
 * reason. A level's sample adds its mean cost in a `#` line per cell.
 */
export function labCsv(
  setup: LabSetup,
  exact: LabExact | LabLevelExact,
  sample?: LabSample | LabLevelSample,
): string {
  const { catchRate, detectionRate, falseAlarmRate, reviewMinutes } = setup.assumptions;
  const lines: string[] = [
    `# Overseer Strategy Lab, set-up ?${encodeLabSetup(setup)}`,
    `# subject: ${exact.kind === 'level' ? `level ${exact.level}` : exact.conditionKey}`,
    `# assumptions (game design, not study findings): catch-rate=${catchRate} detection-rate=${detectionRate} false-alarm-rate=${falseAlarmRate} review-minutes=${reviewMinutes}`,
    ...labRateRows(exact).map(
      (row) =>
        `# rate ${row.id} = ${row.rate} (n = ${row.n ?? 'not stated'}): ${row.source.replace(/\s+/g, ' ')}`,
    ),
  ];
  const body: string[] = [CSV_COLUMNS.join(',')];
  const labelOf = (index: number): { label: string; defenses: string } => {
    const loadout = setup.loadouts[index];
    return {
      label: loadout === undefined ? String(index) : labLoadoutLabel(loadout),
      defenses: loadout?.defenses.join('+') ?? '',
    };
  };
  if (exact.kind === 'level') {
    const levelSample = sample?.kind === 'level' ? sample : undefined;
    for (const cell of exact.cells) {
      const { label, defenses } = labelOf(cell.loadout);
      if (!cell.ok) {
        body.push(reasonRow(label, defenses, cell.model, levelReason(cell.reason)));
        continue;
      }
      const sampled = levelSample?.cells.find(
        (item) => item.loadout === cell.loadout && item.model === cell.model,
      );
      if (sampled !== undefined) {
        lines.push(`# sample mean cost ${label} ${cell.model}: ${sampled.meanCost} hours`);
      }
      for (const outcome of OUTCOME_CLASSES) {
        body.push(
          [
            label,
            defenses,
            cell.model,
            outcome,
            cell.outcomes[outcome],
            null,
            null,
            null,
            exact.rateIds.join(' '),
            cell.expectedCost,
            null,
            ...sampledFields(sampled?.runs, sampled?.outcomes[outcome]),
          ]
            .map(field)
            .join(','),
        );
      }
    }
    return `${[...lines, ...body].join('\n')}\n`;
  }
  const conditionSample = sample?.kind === 'condition' ? sample : undefined;
  for (const cell of exact.cells) {
    const { label, defenses } = labelOf(cell.loadout);
    if (!cell.ok) {
      const reason =
        cell.reason.kind === 'no-published-rate'
          ? `no published rate for ${cell.reason.missing.conditionKey}; this model has: ${cell.reason.rowsForModel.join(' ')}`
          : `invalid assumption ${cell.reason.name}`;
      body.push(reasonRow(label, defenses, cell.model, reason));
      continue;
    }
    const sampled = conditionSample?.cells.find(
      (item) => item.loadout === cell.loadout && item.model === cell.model,
    );
    for (const outcome of OUTCOMES) {
      const probability = cell.odds.outcomes[outcome];
      body.push(
        [
          label,
          defenses,
          cell.model,
          outcome,
          probability.value,
          probability.provenance.tag,
          probability.interval?.low ?? null,
          probability.interval?.high ?? null,
          probability.provenance.rateIds.join(' '),
          cell.cost.hours,
          null,
          ...sampledFields(sampled?.runs, sampled?.outcomes[outcome]),
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${[...lines, ...body].join('\n')}\n`;
}
