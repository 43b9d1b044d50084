/**
 * The teams side by side on one level: a table with a row per team (team, model, goal framing,
 * cards, the odds, the draw, the ending and outcome, harm, cost, and what one card more or less
 * would have done). Every value is a field of core's `BoardRow`; this file only words it.
 */
import type { Level } from '../../core';
import type { BoardRow } from '../../core/workshop';
import { levelNamespace } from '../../levels/level-text';
import { hoursText } from '../components/cost-meter';
import { percentIn } from '../components/format';
import { writeDraw, writeSplit } from '../components/dice-reading';
import { localDecimal } from '../components/written-number';
import { formatClock } from '../components/time';
import { el, translate, type TextSpec, type UiKey } from '../dom';
import { labelCells } from '../lab/table-labels';
import type { BoardEntry } from './board-intake';
import { endingTitle, levelTitle } from './board-problems';

/** A cell holding plain text (a team's name is never read as HTML). */
function textCell(text: string, tag: 'td' | 'th' = 'td'): HTMLTableCellElement {
  const cell = el(tag);
  cell.textContent = text;
  return cell;
}

/** A cell holding a list of lines. */
function listCell(lines: readonly (string | TextSpec)[]): HTMLTableCellElement {
  if (lines.length === 0) {
    return textCell('—');
  }
  if (lines.length === 1) {
    const [only] = lines;
    return typeof only === 'string' ? textCell(only) : el('td', { text: only as TextSpec });
  }
  return el('td', {
    children: [
      el('ul', {
        children: lines.map((line) => {
          if (typeof line === 'string') {
            const item = el('li');
            item.textContent = line;
            return item;
          }
          return el('li', { text: line });
        }),
      }),
    ],
  });
}

/** The cards of a loadout, or "no cards". */
function cardsText(defenses: readonly string[]): string {
  return defenses.length === 0
    ? translate('board.table.noCards')
    : defenses.map((id) => translate(`defense.${id}.name` as UiKey)).join(', ');
}

/** A goal framing's label in its level (its id when the level has no such framing). */
function framingText(level: Level, framingId: string): string {
  const framing = level.loadout.goalFramings.find((candidate) => candidate.id === framingId);
  return framing === undefined
    ? framingId
    : translate(framing.labelKey, undefined, levelNamespace(level.id));
}

/** The time of a node of the day (a decision or a split), for naming it in a list. */
function nodeTime(level: Level, nodeId: string): string {
  const node = level.nodes[nodeId];
  return node !== undefined && 'time' in node && typeof node.time === 'number'
    ? formatClock(node.time)
    : nodeId;
}

/** The odds of each decision under the team's loadout. */
function oddsLines(level: Level, row: BoardRow): TextSpec[] {
  return row.odds.map((odds) => ({
    key: 'board.table.oddsLine',
    params: {
      time: nodeTime(level, odds.decision),
      odds:
        odds.probability === null
          ? translate('board.table.noRate')
          : percentIn('figure', odds.probability.value),
    },
  }));
}

/** Each d100 of the day against its threshold, written as the debrief writes it. */
function drawLines(level: Level, row: BoardRow): TextSpec[] {
  return row.draws.map((draw): TextSpec => {
    if (draw.kind === 'split') {
      const written = writeSplit(draw.draw.roll, {
        lower: draw.draw.lower,
        upper: draw.draw.threshold,
      });
      return {
        key: 'board.table.drawSplit' as const,
        params: {
          time: nodeTime(level, draw.node),
          roll: localDecimal(written.roll),
          lower: localDecimal(written.lower),
          upper: localDecimal(written.upper),
        },
      };
    }
    const written = writeDraw(draw.draw);
    return {
      key:
        draw.kind === 'monitor'
          ? ('board.table.drawMonitor' as const)
          : ('board.table.drawAttempt' as const),
      params: {
        time: nodeTime(level, draw.decision),
        roll: localDecimal(written.roll),
        symbol: written.symbol,
        threshold: localDecimal(written.threshold),
      },
    };
  });
}

/** What one card more or less would have done, as core's counterfactual says. */
function counterfactualLines(level: Level, row: BoardRow): TextSpec[] {
  return row.counterfactual.map((change) => ({
    key: 'board.table.cfLine',
    params: {
      change: translate(change.added ? 'debrief.cfAdded' : 'debrief.cfRemoved', {
        card: { key: `defense.${change.defense}.name` as const },
        ending: endingTitle(level, change.ending),
      }),
      outcome: { key: `day.outcome.${change.outcome}` as const },
      hours: hoursText(change.costHours),
    },
  }));
}

/** The team's choices in the day, as the debrief lists them: the prompt and the option taken. */
function choiceLines(level: Level, row: BoardRow): TextSpec[] {
  const namespace = levelNamespace(level.id);
  return Object.entries(row.choices).flatMap(([nodeId, optionId]) => {
    const node = level.nodes[nodeId];
    const option =
      node?.kind === 'choice' ? node.options.find((o) => o.id === optionId) : undefined;
    if (node?.kind !== 'choice' || option === undefined) {
      return [];
    }
    return [
      {
        key: 'debrief.choiceLine',
        params: {
          prompt: { key: node.promptKey, namespace },
          option: { key: option.labelKey, namespace },
        },
      } satisfies TextSpec,
    ];
  });
}

const COLUMNS = [
  'team',
  'model',
  'framing',
  'loadout',
  'odds',
  'draw',
  'ending',
  'harm',
  'cost',
  'counterfactual',
] as const;

/**
 * A level's results table; with `remove`, each row has a button that takes the result off the
 * board (the after-action report's copy has none).
 */
export function resultsTable(
  level: Level,
  entries: readonly BoardEntry[],
  options: {
    readonly remove?: (entry: BoardEntry) => void;
    /** Adds the team's choices in the day (the report's "decisions"). */
    readonly choices?: boolean;
  } = {},
): HTMLElement {
  const { remove } = options;
  const columns = COLUMNS.flatMap((column) =>
    column === 'loadout' && options.choices === true ? [column, 'decisions' as const] : [column],
  );
  const title = levelTitle([level], level.id);
  const titleText =
    typeof title === 'string' ? title : translate(title.key, undefined, title.namespace);
  const header = el('tr', {
    children: [
      ...columns.map((column) =>
        el('th', { attrs: { scope: 'col' }, text: { key: `board.table.${column}` } }),
      ),
      ...(remove === undefined
        ? []
        : [el('th', { attrs: { scope: 'col' }, text: { key: 'board.table.remove' } })]),
    ],
  });
  const rows = entries.map((entry) => {
    const { row } = entry;
    const ending = endingTitle(level, row.ending);
    const endingText =
      typeof ending === 'string' ? ending : translate(ending.key, undefined, ending.namespace);
    const cells: HTMLTableCellElement[] = [
      textCell(row.team, 'th'),
      textCell(row.model),
      textCell(framingText(level, row.goalFraming)),
      textCell(cardsText(row.defenses)),
      ...(options.choices === true ? [listCell(choiceLines(level, row))] : []),
      listCell(oddsLines(level, row)),
      listCell(drawLines(level, row)),
      listCell([endingText, { key: `day.outcome.${row.outcome}` as const }]),
      el('td', {
        attrs: { 'data-harm': String(row.harm) },
        text: { key: row.harm ? 'board.table.harmYes' : 'board.table.harmNo' },
      }),
      listCell([
        hoursText(row.costHours),
        { key: row.objectiveMet ? 'board.table.met' : 'board.table.notMet' },
      ]),
      listCell(counterfactualLines(level, row)),
    ];
    cells[0]?.setAttribute('scope', 'row');
    if (remove !== undefined) {
      cells.push(
        el('td', {
          className: 'board-print-hide',
          children: [
            el('button', {
              className: 'board-button',
              text: { key: 'board.table.remove' },
              attrs: {
                type: 'button',
                'data-action': 'remove-result',
                'aria-label': translate('board.table.removeTeam', {
                  team: row.team,
                  level: titleText,
                }),
              },
              onClick: () => remove(entry),
            }),
          ],
        }),
      );
    }
    return el('tr', {
      attrs: {
        'data-team': row.team,
        'data-level': row.levelId,
        'data-ending': row.ending,
        'data-harm': String(row.harm),
        'data-cost': String(row.costHours),
      },
      children: cells,
    });
  });
  const caption = el('caption', {
    text: { key: 'board.table.caption', params: { level: titleText } },
  });
  const table = el('table', {
    className: 'board-table',
    attrs: { 'data-level': level.id },
    children: [caption, el('thead', { children: [header] }), el('tbody', { children: rows })],
  });
  labelCells(table);
  const heading = el('h4', { attrs: { tabindex: '-1' } });
  heading.textContent = titleText;
  return el('div', {
    className: 'board-level',
    attrs: { 'data-level': level.id },
    children: [heading, el('div', { className: 'board-table-scroll', children: [table] })],
  });
}
