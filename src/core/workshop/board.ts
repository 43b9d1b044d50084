/**
 * The board's exports: CSV (one row per verified result) and JSON (the session, its code, the
 * rows in full, the assumptions in force and every rate row the rows' odds and draws rest on).
 * Both name the sources and the assumptions, as the Strategy Lab's exports do (lab/export.ts);
 * numbers are unrounded.
 */
import type { Probability } from '../odds/probability';
import { DEFAULT_ASSUMPTIONS } from '../odds/assumptions';
import type { AssumptionValues } from '../odds/assumptions';
import type { RateRow } from '../rates/rate-row';
import { rateById } from '../rates/lookup';
import { encodeSession } from './session';
import type { WorkshopSession } from './session';
import type { BoardRow } from './verify';

/**
 * The assumptions every workshop game is played with: the defaults (a session does not change
 * them, so every team's monitor and reviewer odds are the same).
 */
export const WORKSHOP_ASSUMPTIONS: AssumptionValues = DEFAULT_ASSUMPTIONS;

/** Every rate row the rows' odds and draws cite, in first-seen order. */
export function boardRateRows(rows: readonly BoardRow[]): RateRow[] {
  const ids = new Set<string>();
  const add = (probability: Probability | null) =>
    probability?.provenance.rateIds.forEach((id) => ids.add(id));
  for (const row of rows) {
    row.odds.forEach((odds) => add(odds.probability));
    row.draws.forEach((draw) => add(draw.draw.probability));
  }
  return [...ids].flatMap((id) => rateById(id) ?? []);
}

/** The set-up in words, one line (for the exports' heads and the command line). */
export function describeSession(session: WorkshopSession): string {
  return [
    `levels ${session.levels.join(', ')}`,
    `seed ${session.seed}`,
    `budget ${session.budget === null ? "each level's own" : `${session.budget} tokens`}`,
    `cards ${session.cards === null ? "each level's own" : session.cards.join(', ')}`,
    `language ${session.language}`,
    `time limit ${session.minutes === null ? 'none' : `${session.minutes} minutes per level`}`,
  ].join('; ');
}

/** A CSV field, quoted when it needs to be. */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'team',
  'level',
  'seed',
  'model',
  'goal_framing',
  'defenses',
  'ending',
  'outcome',
  'harm',
  'cost_hours',
  'cost_limit',
  'objective_met',
  'odds',
  'draws',
  'counterfactual',
] as const;

/** `decision=probability` per decision (empty where no rate is published). */
function oddsText(row: BoardRow): string {
  return row.odds
    .map((odds) => `${odds.decision}=${odds.probability === null ? '' : odds.probability.value}`)
    .join(' ');
}

/** `decision:roll<=threshold:yes|no` per attempt and monitor draw, `node:roll:branch` per split. */
function drawsText(row: BoardRow): string {
  return row.draws
    .map((draw) =>
      draw.kind === 'split'
        ? `${draw.node}:${draw.draw.roll}:${draw.branch}`
        : `${draw.kind === 'monitor' ? 'monitor ' : ''}${draw.decision}:${draw.draw.roll}<=${draw.draw.threshold}:${draw.draw.happened ? 'yes' : 'no'}`,
    )
    .join(' ');
}

/** `+card→ending (outcome, hours)` per toggled card. */
function counterfactualText(row: BoardRow): string {
  return row.counterfactual
    .map(
      (line) =>
        `${line.added ? '+' : '-'}${line.defense}->${line.ending} (${line.outcome}, ${line.costHours} h)`,
    )
    .join('; ');
}

/**
 * The CSV export: `#` lines first (the session code and set-up, the assumptions, every rate
 * row's source), then one row per result.
 */
export function boardCsv(session: WorkshopSession, rows: readonly BoardRow[]): string {
  const { catchRate, detectionRate, falseAlarmRate, reviewMinutes } = WORKSHOP_ASSUMPTIONS;
  const head = [
    `# Overseer workshop board, session ${encodeSession(session)}`,
    `# set-up: ${describeSession(session)}`,
    `# assumptions (game design, not study findings): catch-rate=${catchRate} detection-rate=${detectionRate} false-alarm-rate=${falseAlarmRate} review-minutes=${reviewMinutes}`,
    `# every row is a replay of the team's commands from the session's seed for its level`,
    ...boardRateRows(rows).map(
      (row) =>
        `# rate ${row.id} = ${row.rate} (n = ${row.n ?? 'not stated'}): ${row.source.replace(/\s+/g, ' ')}`,
    ),
  ];
  const body = rows.map((row) =>
    [
      row.team,
      row.levelId,
      row.seed,
      row.model,
      row.goalFraming,
      row.defenses.join('+'),
      row.ending,
      row.outcome,
      row.harm,
      row.costHours,
      row.costLimit,
      row.objectiveMet,
      oddsText(row),
      drawsText(row),
      counterfactualText(row),
    ]
      .map(field)
      .join(','),
  );
  return `${[...head, CSV_COLUMNS.join(','), ...body].join('\n')}\n`;
}

/** The JSON export: plain data, ready for `JSON.stringify`. */
export interface BoardJson {
  readonly session: WorkshopSession;
  readonly code: string;
  readonly assumptions: AssumptionValues;
  readonly rows: readonly BoardRow[];
  readonly rateRows: readonly RateRow[];
}

/** The JSON export as text (two-space indent). */
export function boardJson(session: WorkshopSession, rows: readonly BoardRow[]): string {
  const data: BoardJson = {
    session,
    code: encodeSession(session),
    assumptions: WORKSHOP_ASSUMPTIONS,
    rows,
    rateRows: boardRateRows(rows),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
