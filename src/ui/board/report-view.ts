/**
 * The after-action report: the board's printable view (board-print.css). The session's set-up,
 * each team's decisions and results (the board's rows), the discussion prompts of the endings the
 * teams reached (core's `debriefQuestions`, in the level's words), the facilitator's hot-wash
 * notes and the improvement plan. The notes and the plan are edited here and kept with the
 * board; in print every field prints its text.
 */
import { debriefQuestions, type Level } from '../../core';
import { levelNamespace } from '../../levels/level-text';
import { el, type TextSpec } from '../dom';
import type { BoardEntry, BoardSession } from './board-intake';
import { endingTitle, levelTitle } from './board-problems';
import { setupList } from './board-setup';
import {
  EMPTY_PLAN_ROW,
  HOT_WASH_FIELDS,
  type HotWashNotes,
  PLAN_FIELDS,
  type PlanRow,
} from './board-state';
import { resultsTable } from './board-table';

/** What the report shows and whom it tells about edits. */
export interface ReportInput {
  readonly board: BoardSession;
  readonly levels: readonly Level[];
  readonly entries: readonly BoardEntry[];
  readonly notes: HotWashNotes;
  readonly plan: readonly PlanRow[];
  back(): void;
  notesChanged(notes: HotWashNotes): void;
  planChanged(plan: readonly PlanRow[]): void;
}

/** A field's text for print: shown only on paper, in place of the field. */
function printMirror(text: string): HTMLElement {
  const mirror = el('div', { className: 'board-print-only board-print-text' });
  setMirror(mirror, text);
  return mirror;
}

function setMirror(mirror: HTMLElement, text: string): void {
  if (text.trim() === '') {
    mirror.dataset.blank = 'true';
    mirror.textContent = '';
  } else {
    delete mirror.dataset.blank;
    mirror.textContent = text;
  }
}

function section(id: string, heading: TextSpec, children: readonly Node[]): HTMLElement {
  return el('section', {
    className: 'board-report-section',
    attrs: { 'aria-labelledby': id, 'data-report': id.replace('board-report-', '') },
    children: [el('h3', { text: heading, attrs: { id } }), ...children],
  });
}

/** The discussion prompts of the endings reached, per level in play order. */
function prompts(input: ReportInput): Node[] {
  const blocks = input.board.session.levels.flatMap((levelId) => {
    const level = input.levels.find((candidate) => candidate.id === levelId);
    const endings = [
      ...new Set(input.entries.filter((e) => e.row.levelId === levelId).map((e) => e.row.ending)),
    ];
    if (level === undefined || endings.length === 0) {
      return [];
    }
    const namespace = levelNamespace(level.id);
    const items = endings.flatMap((endingId) => {
      const node = level.nodes[endingId];
      if (node?.kind !== 'ending') {
        return [];
      }
      const questions = debriefQuestions(node);
      return [
        el('div', {
          className: 'board-report-ending',
          attrs: { 'data-ending': endingId },
          children: [
            el('h5', {
              text: {
                key: 'board.report.endingReached',
                params: { ending: endingTitle(level, endingId) },
              },
            }),
            el('ul', {
              children: questions.map((question) =>
                el('li', { text: { key: question.key, namespace } }),
              ),
            }),
          ],
        }),
      ];
    });
    const title = levelTitle(input.levels, levelId);
    return [
      el('div', {
        className: 'board-report-level',
        attrs: { 'data-level': levelId },
        children: [
          el('h4', {
            text:
              typeof title === 'string'
                ? { key: 'board.table.levelHeading', params: { level: title } }
                : { key: title.key, namespace: title.namespace },
          }),
          ...items,
        ],
      }),
    ];
  });
  return blocks.length === 0
    ? [el('p', { text: { key: 'board.report.noPrompts' } })]
    : [el('p', { text: { key: 'board.report.promptsIntro' } }), ...blocks];
}

/** The hot wash's three notes: labelled text areas that print as text. */
function hotWash(input: ReportInput): Node[] {
  let notes = input.notes;
  return HOT_WASH_FIELDS.map((field) => {
    const id = `board-hotwash-${field}`;
    const area = el('textarea', {
      className: 'board-print-hide',
      attrs: { id, rows: '4', 'data-field': field },
    });
    area.value = notes[field];
    const mirror = printMirror(notes[field]);
    area.addEventListener('input', () => {
      notes = { ...notes, [field]: area.value };
      setMirror(mirror, area.value);
      input.notesChanged(notes);
    });
    return el('div', {
      className: 'board-report-field',
      children: [
        el('label', { text: { key: `board.report.${field}` }, attrs: { for: id } }),
        area,
        mirror,
      ],
    });
  });
}

/** The improvement plan: a table of editable rows (issue, recommendation, owner, date). */
function improvementPlan(input: ReportInput): HTMLElement {
  let plan = [...input.plan];
  const body = el('tbody');
  const holder = el('div', { className: 'board-plan' });
  const empty = el('p', { className: 'board-plan-empty', text: { key: 'board.report.noPlan' } });
  const changed = (): void => input.planChanged(plan);
  const render = (focusRow?: number): void => {
    body.replaceChildren(
      ...plan.map((row, index) => {
        const cells = PLAN_FIELDS.map((field) => {
          const id = `board-plan-${index}-${field}`;
          const control =
            field === 'recommendation' || field === 'issue'
              ? el('textarea', { attrs: { id, rows: '2', 'data-field': field } })
              : el('input', {
                  attrs: { id, type: field === 'date' ? 'date' : 'text', 'data-field': field },
                });
          control.classList.add('board-print-hide');
          control.value = row[field];
          const mirror = printMirror(row[field]);
          control.addEventListener('input', () => {
            plan = plan.map((candidate, at) =>
              at === index ? { ...candidate, [field]: control.value } : candidate,
            );
            setMirror(mirror, control.value);
            changed();
          });
          // The column's heading names the field for a screen reader.
          control.setAttribute('aria-labelledby', `board-plan-head-${field}`);
          return el('td', { attrs: { 'data-field': field }, children: [control, mirror] });
        });
        const remove = el('button', {
          className: 'board-button board-print-hide',
          text: { key: 'board.report.removeRow', params: { row: index + 1 } },
          attrs: { type: 'button', 'data-action': 'remove-plan-row' },
          onClick: () => {
            plan = plan.filter((_, at) => at !== index);
            changed();
            render(Math.min(index, plan.length - 1));
          },
        });
        return el('tr', {
          attrs: { 'data-plan-row': String(index) },
          children: [...cells, el('td', { className: 'board-print-hide', children: [remove] })],
        });
      }),
    );
    empty.hidden = plan.length > 0;
    table.hidden = plan.length === 0;
    if (focusRow !== undefined) {
      const target =
        focusRow < 0
          ? add
          : body.querySelector<HTMLElement>(`tr[data-plan-row="${focusRow}"] [data-field="issue"]`);
      target?.focus();
    }
  };
  const table = el('table', {
    className: 'board-plan-table',
    children: [
      el('thead', {
        children: [
          el('tr', {
            children: [
              ...PLAN_FIELDS.map((field) =>
                el('th', {
                  text: { key: `board.report.${field}` },
                  attrs: { scope: 'col', id: `board-plan-head-${field}` },
                }),
              ),
              el('td', { className: 'board-print-hide' }),
            ],
          }),
        ],
      }),
      body,
    ],
  });
  const add = el('button', {
    className: 'board-button board-print-hide',
    text: { key: 'board.report.addRow' },
    attrs: { type: 'button', 'data-action': 'add-plan-row' },
    onClick: () => {
      plan = [...plan, EMPTY_PLAN_ROW];
      changed();
      render(plan.length - 1);
    },
  });
  holder.append(el('div', { className: 'board-table-scroll', children: [table] }), empty, add);
  render();
  return holder;
}

/** The after-action report of a board. */
export function reportView(input: ReportInput): HTMLElement {
  const { board, levels, entries } = input;
  const results = board.session.levels.flatMap((levelId) => {
    const level = levels.find((candidate) => candidate.id === levelId);
    const rows = entries.filter((entry) => entry.row.levelId === levelId);
    return level === undefined || rows.length === 0
      ? []
      : [resultsTable(level, rows, { choices: true })];
  });
  return el('article', {
    className: 'board-report',
    attrs: { 'data-role': 'report' },
    children: [
      el('div', {
        className: 'board-toolbar board-print-hide',
        children: [
          el('button', {
            className: 'board-button',
            text: { key: 'board.report.back' },
            attrs: { type: 'button', 'data-action': 'close-report' },
            onClick: () => input.back(),
          }),
          el('button', {
            className: 'board-button board-primary',
            text: { key: 'board.report.print' },
            attrs: { type: 'button', 'data-action': 'print-report' },
            onClick: () => window.print(),
          }),
        ],
      }),
      el('header', {
        className: 'board-report-header',
        children: [
          el('h2', {
            text: { key: 'board.report.heading' },
            attrs: { id: 'board-report-title', tabindex: '-1' },
          }),
          el('p', { text: { key: 'board.report.subtitle', params: { code: board.code } } }),
        ],
      }),
      section('board-report-setup', { key: 'board.report.setup' }, [
        setupList(board.session, board.code, levels),
      ]),
      section(
        'board-report-results',
        { key: 'board.report.results' },
        results.length === 0 ? [el('p', { text: { key: 'board.report.noResults' } })] : results,
      ),
      section('board-report-prompts', { key: 'board.report.prompts' }, prompts(input)),
      section('board-report-hotwash', { key: 'board.report.hotWash' }, [
        el('p', { className: 'board-hint', text: { key: 'board.report.hotWashIntro' } }),
        ...hotWash(input),
      ]),
      section('board-report-plan', { key: 'board.report.plan' }, [
        el('p', { className: 'board-hint', text: { key: 'board.report.planIntro' } }),
        improvementPlan(input),
      ]),
    ],
  });
}
