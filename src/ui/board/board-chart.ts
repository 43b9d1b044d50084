/**
 * The room's harm against cost: one mark per team result, its day's cost across and harm or no
 * harm down, one panel per level played. Harm is a cross and no harm a circle, each mark is
 * named by its team, and the two rows are labelled, so colour is never the only signal. The
 * figure has a heading, a description computed from the rows and the same data as a table.
 * Observable Plot loads only when the chart is first drawn. Every figure is core's (`BoardRow`).
 */
import type * as PlotLibrary from '@observablehq/plot';
import type { Level } from '../../core';
import { formatNumber } from '../components/format';
import { el, translate } from '../dom';
import type { BoardEntry } from './board-intake';
import { levelTitle } from './board-problems';

type Plot = typeof PlotLibrary;

/** Loads Observable Plot on first use. */
async function loadPlot(): Promise<Plot> {
  return import('@observablehq/plot');
}

/** A mark of the chart: a team's result on a level. */
interface Point {
  readonly team: string;
  readonly level: string;
  readonly cost: number;
  readonly harm: boolean;
  readonly band: string;
}

let nextId = 0;

function levelName(levels: readonly Level[], levelId: string): string {
  const title = levelTitle(levels, levelId);
  return typeof title === 'string' ? title : translate(title.key, undefined, title.namespace);
}

function hours(value: number): string {
  return formatNumber(value, 2);
}

/** The chart's description: how many results, how many ended in harm, the range of cost. */
function description(points: readonly Point[]): string {
  const costs = points.map((point) => point.cost);
  return translate('board.chart.description', {
    count: points.length,
    harmed: formatNumber(points.filter((point) => point.harm).length, 0),
    low: hours(Math.min(...costs)),
    high: hours(Math.max(...costs)),
  });
}

/** The chart's data as a table inside a closed `<details>`. */
function dataTable(points: readonly Point[]): HTMLElement {
  const header = el('tr', {
    children: (
      ['board.table.team', 'board.session.levels', 'board.table.harm', 'board.table.cost'] as const
    ).map((key) => el('th', { attrs: { scope: 'col' }, text: { key } })),
  });
  const rows = points.map((point) => {
    const team = el('th', { attrs: { scope: 'row' } });
    team.textContent = point.team;
    const level = el('td');
    level.textContent = point.level;
    const harm = el('td', {
      text: { key: point.harm ? 'board.table.harmYes' : 'board.table.harmNo' },
    });
    const cost = el('td');
    cost.textContent = hours(point.cost);
    return el('tr', { children: [team, level, harm, cost] });
  });
  return el('details', {
    className: 'board-chart-table',
    children: [
      el('summary', { text: { key: 'board.chart.tableSummary' } }),
      el('div', {
        className: 'board-table-scroll',
        children: [
          el('table', {
            className: 'board-table',
            children: [
              el('caption', { text: { key: 'board.chart.tableCaption' } }),
              el('thead', { children: [header] }),
              el('tbody', { children: rows }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** One label per spot: the teams whose marks fall on the same place, named together. */
function labels(points: readonly Point[]): (Point & { readonly text: string })[] {
  const spots = new Map<string, Point & { text: string }>();
  for (const point of points) {
    const key = `${point.level}\u0000${point.band}\u0000${point.cost.toFixed(2)}`;
    const spot = spots.get(key);
    if (spot === undefined) {
      spots.set(key, { ...point, text: point.team });
    } else {
      spot.text = `${spot.text}, ${point.team}`;
    }
  }
  return [...spots.values()];
}

/** Draws the room's harm against cost for the board's entries, `width` CSS pixels wide. */
export async function harmCostChart(
  entries: readonly BoardEntry[],
  levels: readonly Level[],
  width: number,
): Promise<HTMLElement> {
  const Plot = await loadPlot();
  nextId += 1;
  const titleId = `board-chart-${nextId}-title`;
  const descriptionId = `board-chart-${nextId}-description`;
  const harmed = translate('board.chart.harmed');
  const unharmed = translate('board.chart.unharmed');
  const points: Point[] = entries.map((entry) => ({
    team: entry.row.team,
    level: levelName(levels, entry.row.levelId),
    cost: entry.row.costHours,
    harm: entry.row.harm,
    band: entry.row.harm ? harmed : unharmed,
  }));
  const levelNames = [...new Set(points.map((point) => point.level))];
  const maxCost = Math.max(1, ...points.map((point) => point.cost));
  const drawn = Plot.plot({
    width,
    height: Math.max(160, 40 + levelNames.length * 120),
    marginLeft: Math.min(180, 24 + Math.max(harmed.length, unharmed.length) * 7.5),
    marginRight: 24,
    marginTop: levelNames.length > 1 ? 28 : 16,
    style: {
      background: 'transparent',
      color: 'var(--ink)',
      fontFamily: 'var(--font-ui)',
      fontSize: '13px',
      overflow: 'visible',
    },
    x: {
      label: translate('board.chart.axisCost'),
      domain: [0, maxCost],
      nice: true,
      grid: true,
      tickFormat: (value: number) => hours(value),
    },
    y: { label: null, domain: [unharmed, harmed], inset: 18 },
    fy: { label: null, domain: levelNames, axis: levelNames.length > 1 ? 'top' : null },
    marks: [
      Plot.frame({ stroke: 'var(--paper-edge)' }),
      Plot.dot(points, {
        x: 'cost',
        y: 'band',
        fy: 'level',
        symbol: (point: Point) => (point.harm ? 'times' : 'circle'),
        stroke: (point: Point) =>
          point.harm ? 'var(--board-chart-harm)' : 'var(--board-chart-safe)',
        strokeWidth: 2.5,
        r: 7,
      }),
      Plot.text(labels(points), {
        x: 'cost',
        y: 'band',
        fy: 'level',
        text: 'text',
        dy: -16,
        lineWidth: 14,
        fill: 'var(--ink)',
        stroke: 'var(--paper)',
        strokeWidth: 3,
      }),
    ],
  });
  const svg = drawn instanceof SVGSVGElement ? drawn : drawn.querySelector('svg');
  const plot = el('div', { className: 'board-chart-plot' });
  if (svg !== null) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', titleId);
    svg.setAttribute('aria-describedby', descriptionId);
    svg.removeAttribute('aria-label');
    svg.classList.add('board-chart-svg');
    plot.append(svg);
  }
  const descriptionText = el('p', {
    className: 'board-chart-description',
    attrs: { id: descriptionId },
  });
  descriptionText.textContent = description(points);
  return el('figure', {
    className: 'board-figure',
    attrs: { 'data-chart': 'harm-cost', 'data-points': String(points.length) },
    children: [
      el('h4', { text: { key: 'board.chart.title' }, attrs: { id: titleId } }),
      descriptionText,
      plot,
      el('ul', {
        className: 'board-chart-legend',
        children: [
          el('li', { text: { key: 'board.chart.legendHarm' } }),
          el('li', { text: { key: 'board.chart.legendSafe' } }),
        ],
      }),
      dataTable(points),
    ],
  });
}
