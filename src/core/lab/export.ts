/**
 * The Lab's exports: CSV (one row per loadout × model × outcome) and JSON (the same, plus the
 * set-up, its address, the differences, every rate row's source and the assumptions in force).
 * Both name the sources and the assumptions; numbers are unrounded.
 */
import { OUTCOMES } from '../odds/outcomes';
import type { RateRow } from '../rates/rate-row';
import { rateById } from '../rates/lookup';
import type { LabExact } from './exact';
import type { LabSample } from './sample';
import type { LabSetup } from './setup';
import { encodeLabSetup, labLoadoutLabel } from './setup';

/** Every rate row named by any exact figure, in first-seen order. */
export function labRateRows(exact: LabExact): RateRow[] {
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
  readonly exact: LabExact;
  readonly sample: LabSample | null;
  readonly rateRows: readonly RateRow[];
}

/** The JSON export of a set-up's results. */
export function labJson(setup: LabSetup, exact: LabExact, sample?: LabSample): LabJson {
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

/**
 * The CSV export: `#` lines first (the link, the assumptions, every rate row's source), then one
 * row per loadout × model × outcome. A cell the study has no rate for is one row with its reason.
 */
export function labCsv(setup: LabSetup, exact: LabExact, sample?: LabSample): string {
  const { catchRate, detectionRate, falseAlarmRate, reviewMinutes } = setup.assumptions;
  const lines: string[] = [
    `# Overseer Strategy Lab, set-up ?${encodeLabSetup(setup)}`,
    `# subject: ${exact.conditionKey}`,
    `# assumptions (game design, not study findings): catch-rate=${catchRate} detection-rate=${detectionRate} false-alarm-rate=${falseAlarmRate} review-minutes=${reviewMinutes}`,
    ...labRateRows(exact).map(
      (row) =>
        `# rate ${row.id} = ${row.rate} (n = ${row.n ?? 'not stated'}): ${row.source.replace(/\s+/g, ' ')}`,
    ),
    CSV_COLUMNS.join(','),
  ];
  for (const cell of exact.cells) {
    const loadout = setup.loadouts[cell.loadout];
    const label = loadout === undefined ? String(cell.loadout) : labLoadoutLabel(loadout);
    const defenses = loadout?.defenses.join('+') ?? '';
    if (!cell.ok) {
      const reason =
        cell.reason.kind === 'no-published-rate'
          ? `no published rate for ${cell.reason.missing.conditionKey}; this model has: ${cell.reason.rowsForModel.join(' ')}`
          : `invalid assumption ${cell.reason.name}`;
      lines.push(
        CSV_COLUMNS.map((column) =>
          column === 'loadout'
            ? field(label)
            : column === 'defenses'
              ? field(defenses)
              : column === 'model'
                ? field(cell.model)
                : column === 'no_rate_reason'
                  ? field(reason)
                  : '',
        ).join(','),
      );
      continue;
    }
    const sampled = sample?.cells.find(
      (item) => item.loadout === cell.loadout && item.model === cell.model,
    );
    for (const outcome of OUTCOMES) {
      const probability = cell.odds.outcomes[outcome];
      const line = sampled?.outcomes[outcome];
      lines.push(
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
          sampled?.runs ?? null,
          line?.count ?? null,
          line === undefined ? null : line.rate,
          line?.interval?.low ?? null,
          line?.interval?.high ?? null,
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
