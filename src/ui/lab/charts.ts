/**
 * The Strategy Lab's charts (DESIGN.md §6, docs/ARCHITECTURE.md "Strategy Lab charts"): harm
 * against cost for every legal loadout, harm by model for the set-up's loadouts, and how harm
 * and cost move as one assumption slides. Each is a `<figure>` with a heading, a description
 * computed from the data, the SVG (drawn by Observable Plot, loaded only when a chart is first
 * drawn), a legend that never relies on colour alone, an equivalent table and SVG/PNG exports
 * that print the rates' sources and the assumptions under the chart.
 *
 * Core computes every number; this file only lays them out and formats them in the current
 * language.
 */
import type * as PlotLibrary from '@observablehq/plot';
import type { InvalidAssumption, ModelName } from '../../core';
import type {
  LabExact,
  LabGrid,
  LabGridPoint,
  LabLevelExact,
  LabLevelProblem,
  LabNoRate,
  LabSweep,
  LabSweepAssumption,
  LabSweepPoint,
} from '../../core/lab';
import { formatNumber, formatPercent, percentIn } from '../components/format';
import { el, translate, type TextSpec, type UiKey } from '../dom';
import { nextTask } from '../yield';
import {
  downloadBlob,
  downloadText,
  resolveCssVariables,
  standaloneSvg,
  svgToPngBlob,
} from './download';
import './charts.css';

/** What a chart needs besides its data. */
export interface LabChartContext {
  /** The label of each of the set-up's loadouts (index = loadout). */
  readonly labels: readonly string[];
  /** Lines naming the rates' sources, and one naming the assumptions in force: printed under an exported chart. */
  readonly footnotes: readonly string[];
  /** The width to draw at, in CSS pixels (the container's); the SVG scales down below it. Default 560. */
  readonly width?: number;
}

type Plot = typeof PlotLibrary;
type Markish = PlotLibrary.Markish;

let plotReady: Promise<Plot> | undefined;

/**
 * Loads Observable Plot on first use (it is not in the first screen's bundle), then draws one
 * small throwaway plot with the marks the charts use, in a task of its own. Plot's first drawing
 * runs far slower than the next ones (its code not yet optimised, its defaults not yet built); on
 * the bench's machine it made the first chart's task the Lab's longest.
 */
function loadPlot(): Promise<Plot> {
  plotReady ??= (async () => {
    const Plot = await import('@observablehq/plot');
    await nextTask();
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
    Plot.plot({
      ...baseOptions(MIN_WIDTH),
      height: 120,
      x: { label: 'x', tickFormat: (value: number) => formatNumber(value, 2) },
      y: { label: 'y', grid: true, tickFormat: (value: number) => formatPercent(value, 1) },
      marks: [
        Plot.ruleY([0]),
        Plot.line(points, { x: 'x', y: 'y' }),
        Plot.dot(points, { x: 'x', y: 'y', symbol: 'diamond' }),
        Plot.text(points, { x: 'x', y: 'y', text: () => 'x', lineWidth: 4 }),
      ],
    });
    await nextTask();
    return Plot;
  })();
  return plotReady;
}

/** The chart kinds, as `data-chart` names them. */
export type LabChartKind = 'harm-cost' | 'harm-by-model' | 'sweep';

const DEFAULT_WIDTH = 560;
const MIN_WIDTH = 300;

/** One colour per loadout, from the game's palette (charts.css; all black in high contrast). */
const SERIES_COLOURS = [
  'var(--lab-chart-1)',
  'var(--lab-chart-2)',
  'var(--lab-chart-3)',
  'var(--lab-chart-4)',
] as const;
/** One symbol per loadout: the first signal, colour only repeats it. */
const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
/** One dash pattern per loadout on line charts. */
const SERIES_DASHES = ['none', '7 4', '2 3', '10 3 2 3'] as const;

type SymbolName = (typeof SERIES_SYMBOLS)[number];

/** An entry of a chart's legend: a symbol (and dash) with its words. */
interface LegendEntry {
  readonly symbol: SymbolName;
  readonly filled: boolean;
  readonly colour: string;
  readonly dash?: string;
  readonly text: string;
}

let nextId = 0;
/** A document-unique id for a chart's parts. */
function uniqueId(part: string): string {
  nextId += 1;
  return `lab-chart-${nextId}-${part}`;
}

function at<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

/** A loadout's label, or its number when the context has none. */
function labelOf(context: LabChartContext, loadout: number): string {
  return context.labels[loadout] ?? `#${loadout + 1}`;
}

/** The names of a set of cards, or "no cards". */
function defensesText(defenses: readonly string[]): string {
  if (defenses.length === 0) {
    return translate('labChart.noCards');
  }
  return defenses.map((id) => translate(`defense.${id}.name` as UiKey)).join(' + ');
}

/** Hours, formatted in the current language. */
function hours(value: number): string {
  return formatNumber(value, 2);
}

/** An assumption's value as it is written: a rate as a percentage, the review time in minutes. */
function assumptionValue(assumption: LabSweepAssumption, value: number): string {
  return assumption === 'reviewMinutes'
    ? translate('labChart.minutes', { minutes: formatNumber(value, 1) })
    : formatPercent(value, 1);
}

/** A file-name part: lower case, letters and digits joined by dashes. */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}

/** The width a chart is drawn at. */
function widthOf(context: LabChartContext): number {
  return Math.max(MIN_WIDTH, Math.round(context.width ?? DEFAULT_WIDTH));
}

/** A width in pixels as Plot's `lineWidth` (ems of the charts' 12 px text), with some slack. */
function labelEms(pixels: number): number {
  return Math.max(3, (pixels / 12) * 0.92);
}

/** Plot's options shared by every chart: the page's font and colours, no fixed background. */
/** The class Plot gives each chart's SVG, and names in the stylesheet it writes for it. */
const PLOT_CLASS = 'lab-plot';

/**
 * The stylesheet Plot writes into each chart's SVG, kept for exported copies. On the page the
 * same rules live in charts.css: a `<style>` added to the document makes the browser work out the
 * style of every element on the page again (41 ms for the Lab's three charts in a 1× trace).
 */
let plotStylesheet: string | null = null;

function baseOptions(width: number): PlotLibrary.PlotOptions {
  return {
    width,
    className: PLOT_CLASS,
    style: {
      background: 'transparent',
      color: 'var(--ink)',
      fontFamily: 'var(--font-ui)',
      fontSize: '12px',
      overflow: 'visible',
    },
  };
}

/** The drawn SVG of a Plot result (a figure when Plot adds a legend or a caption). */
function svgOf(drawn: Element): SVGSVGElement {
  const svg = drawn instanceof SVGSVGElement ? drawn : drawn.querySelector('svg');
  if (svg === null) {
    throw new Error('Plot drew no SVG');
  }
  return svg;
}

/** Marks a drawn SVG as the accessible image of a chart and lets it scale with its box. */
function asImage(svg: SVGSVGElement, labelId: string, descriptionId: string): SVGSVGElement {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', labelId);
  svg.setAttribute('aria-describedby', descriptionId);
  svg.classList.add('lab-chart-svg');
  svg.removeAttribute('aria-label');
  const sheet = svg.querySelector(':scope > style');
  if (sheet !== null) {
    plotStylesheet ??= sheet.textContent;
    sheet.remove();
  }
  return svg;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    element.setAttribute(name, String(value));
  }
  return element;
}

/** The points of a regular star or polygon around (0, 0). */
function polygon(corners: number, outer: number, inner: number, turn = -Math.PI / 2): string {
  const points: string[] = [];
  const steps = inner > 0 ? corners * 2 : corners;
  for (let index = 0; index < steps; index += 1) {
    const radius = inner > 0 && index % 2 === 1 ? inner : outer;
    const angle = turn + (index * 2 * Math.PI) / steps;
    points.push(
      `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`,
    );
  }
  return points.join(' ');
}

/** A legend glyph drawn like Plot's symbol of the same name, centred on (0, 0). */
function glyph(entry: LegendEntry, radius = 5): SVGElement {
  const paint = {
    fill: entry.filled ? entry.colour : 'none',
    stroke: entry.colour,
    'stroke-width': 1.5,
  };
  switch (entry.symbol) {
    case 'circle':
      return svgElement('circle', { r: radius, ...paint });
    case 'square':
      return svgElement('rect', {
        x: -radius * 0.9,
        y: -radius * 0.9,
        width: radius * 1.8,
        height: radius * 1.8,
        ...paint,
      });
    case 'triangle':
      return svgElement('polygon', { points: polygon(3, radius * 1.15, 0), ...paint });
    case 'diamond':
      return svgElement('polygon', { points: polygon(4, radius * 1.2, 0), ...paint });
    case 'star':
      return svgElement('polygon', { points: polygon(5, radius * 1.3, radius * 0.55), ...paint });
    case 'cross': {
      const a = radius * 0.35;
      const b = radius;
      return svgElement('path', {
        d: `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`,
        ...paint,
      });
    }
  }
}

/** A small SVG of a legend entry: its dash (if any) behind its symbol. */
function legendSwatch(entry: LegendEntry): SVGSVGElement {
  const swatch = svgElement('svg', {
    width: 28,
    height: 16,
    viewBox: '-14 -8 28 16',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  if (entry.dash !== undefined) {
    swatch.append(
      svgElement('line', {
        x1: -13,
        x2: 13,
        y1: 0,
        y2: 0,
        stroke: entry.colour,
        'stroke-width': 2,
        'stroke-dasharray': entry.dash,
      }),
    );
  }
  swatch.append(glyph(entry));
  return swatch;
}

/** The legend under a chart: symbol and words for every kind of mark. */
function legendList(entries: readonly LegendEntry[]): HTMLUListElement {
  return el('ul', {
    className: 'lab-chart-legend',
    children: entries.map((entry) =>
      el('li', {
        children: [
          legendSwatch(entry),
          el('span', { attrs: {}, children: [document.createTextNode(entry.text)] }),
        ],
      }),
    ),
  });
}

/** One column of a chart's table. */
interface Column<Row> {
  readonly heading: TextSpec;
  readonly cell: (row: Row) => string;
  /** The row's header cell (th scope="row"). */
  readonly rowHeader?: boolean;
}

/** The chart's data as a table, inside a closed `<details>`. */
function dataTable<Row>(
  caption: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowAttrs: (row: Row) => Record<string, string> = () => ({}),
): HTMLDetailsElement {
  const head = el('tr', {
    children: columns.map((column) => el('th', { attrs: { scope: 'col' }, text: column.heading })),
  });
  const body = el('tbody');
  const fill = (): void => {
    body.replaceChildren(
      ...rows.map((row) =>
        el('tr', {
          attrs: rowAttrs(row),
          children: columns.map((column) => {
            const cell =
              column.rowHeader === true ? el('th', { attrs: { scope: 'row' } }) : el('td');
            cell.textContent = column.cell(row);
            return cell;
          }),
        }),
      ),
    );
  };
  const captionElement = el('caption');
  captionElement.textContent = caption;
  const details = el('details', {
    className: 'lab-chart-table',
    children: [
      el('summary', { text: { key: 'labChart.tableSummary' } }),
      el('div', {
        className: 'lab-chart-table-scroll',
        children: [
          el('table', {
            children: [captionElement, el('thead', { children: [head] }), body],
          }),
        ],
      }),
    ],
  });
  // The rows are written when the table is first opened: the harm-cost table has a row per legal
  // loadout, and writing them with the chart made one of the Lab's longest tasks.
  details.addEventListener('toggle', () => {
    if (details.open && body.childElementCount === 0) {
      fill();
    }
  });
  return details;
}

/** What an export is made of, read when a button is pressed (in the language of that moment). */
interface ExportParts {
  readonly figure: HTMLElement;
  readonly title: HTMLElement;
  readonly svgs: readonly SVGSVGElement[];
  readonly legend: readonly LegendEntry[];
  readonly notes: readonly string[];
  readonly footnotes: readonly string[];
  readonly fileName: string;
}

/** Breaks a text into lines of at most about `width` pixels at a font size. */
function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const perLine = Math.max(20, Math.floor(width / (fontSize * (bold ? 0.62 : 0.55))));
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (an address) is cut into pieces of a line each.
  const words = text
    .split(/\s+/)
    .flatMap((word) => word.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? []);
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') {
    lines.push(line);
  }
  return lines;
}

/**
 * The exported picture: the chart's title, its SVGs stacked, its legend and notes, and the
 * footnotes (the rates' sources, the assumptions), all in one standalone SVG on the paper colour.
 */
export function exportSvg(parts: ExportParts): SVGSVGElement {
  const pad = 16;
  const copies = parts.svgs.map((svg) => {
    const copy = standaloneSvg(svg);
    if (plotStylesheet !== null) {
      const sheet = document.createElementNS(SVG_NS, 'style');
      sheet.textContent = plotStylesheet;
      copy.prepend(sheet);
    }
    return copy;
  });
  const sizes = copies.map((copy) => {
    const box = (copy.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    return {
      width: Number(copy.getAttribute('width')) || box[2] || DEFAULT_WIDTH,
      height: Number(copy.getAttribute('height')) || box[3] || 300,
    };
  });
  const width = Math.max(MIN_WIDTH, ...sizes.map((size) => size.width)) + pad * 2;
  const resolve = (value: string): string => resolveCssVariables(value, parts.figure);
  const ink = resolve('var(--ink, #1f1b16)');
  const font = resolve('var(--font-ui, sans-serif)');
  const root = svgElement('svg', { 'font-family': font, fill: ink });
  const background = svgElement('rect', { x: 0, y: 0, width, fill: resolve('var(--paper, #fff)') });
  root.append(background);
  let y = pad;
  const textLine = (content: string, size: number, weight = 'normal'): void => {
    const line = svgElement('text', {
      x: pad,
      y: y + size,
      'font-size': size,
      'font-weight': weight,
    });
    line.textContent = content;
    root.append(line);
    y += size * 1.35;
  };
  for (const line of wrap(parts.title.textContent ?? '', width - pad * 2, 16, true)) {
    textLine(line, 16, 'bold');
  }
  y += 6;
  copies.forEach((copy, index) => {
    const size = sizes[index] ?? { width: DEFAULT_WIDTH, height: 300 };
    copy.setAttribute('x', String(pad));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
    root.append(copy);
    y += size.height + 8;
  });
  for (const entry of parts.legend) {
    const mark = glyph({ ...entry, colour: resolve(entry.colour) });
    const group = svgElement('g', { transform: `translate(${pad + 8},${y + 8})` });
    if (entry.dash !== undefined) {
      group.append(
        svgElement('line', {
          x1: -8,
          x2: 8,
          stroke: resolve(entry.colour),
          'stroke-width': 2,
          'stroke-dasharray': entry.dash,
        }),
      );
    }
    group.append(mark);
    root.append(group);
    const label = svgElement('text', { x: pad + 24, y: y + 12, 'font-size': 12 });
    label.textContent = entry.text;
    root.append(label);
    y += 18;
  }
  y += 4;
  for (const note of parts.notes) {
    for (const line of wrap(note, width - pad * 2, 12)) {
      textLine(line, 12);
    }
  }
  y += 4;
  for (const note of parts.footnotes) {
    for (const line of wrap(note, width - pad * 2, 10.5)) {
      textLine(line, 10.5);
    }
  }
  const height = Math.ceil(y + pad);
  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('data-standalone', 'true');
  return root;
}

/** The SVG and PNG buttons. */
function exportButtons(parts: () => ExportParts): HTMLElement {
  const status = el('p', { className: 'lab-chart-export-status', attrs: { role: 'status' } });
  const svgButton = el('button', {
    attrs: {
      type: 'button',
      'data-export': 'svg',
      'aria-label': translate('labChart.export.svgLabel'),
    },
    text: { key: 'labChart.export.svg' },
    onClick: () => {
      const current = parts();
      const svg = exportSvg(current);
      const text = new XMLSerializer().serializeToString(svg);
      downloadText(`${current.fileName}.svg`, 'image/svg+xml', text);
    },
  });
  const pngButton = el('button', {
    attrs: {
      type: 'button',
      'data-export': 'png',
      'aria-label': translate('labChart.export.pngLabel'),
    },
    text: { key: 'labChart.export.png' },
    onClick: () => {
      const current = parts();
      status.textContent = '';
      svgToPngBlob(exportSvg(current))
        .then((blob) => downloadBlob(`${current.fileName}.png`, blob))
        .catch(() => {
          status.textContent = translate('labChart.export.failed');
        });
    },
  });
  return el('div', { className: 'lab-chart-actions', children: [svgButton, pngButton, status] });
}

/** The parts every figure shares. */
interface FigureSpec {
  readonly kind: LabChartKind;
  readonly title: TextSpec;
  readonly description: string;
  readonly plots: readonly { readonly svg: SVGSVGElement; readonly heading?: HTMLElement }[];
  readonly legend: readonly LegendEntry[];
  readonly notes?: HTMLElement;
  readonly noteTexts?: readonly string[];
  readonly table: HTMLDetailsElement;
  readonly context: LabChartContext;
  readonly fileName: string;
}

/** Puts a chart's parts together in a `<figure>` (see the file comment). */
function assemble(spec: FigureSpec, titleId: string, descriptionId: string): HTMLElement {
  const title = el('h3', { attrs: { id: titleId }, text: spec.title });
  const description = el('p', {
    className: 'lab-chart-description',
    attrs: { id: descriptionId },
  });
  description.textContent = spec.description;
  const plots = spec.plots.flatMap((plot) => [
    ...(plot.heading === undefined ? [] : [plot.heading]),
    el('div', { className: 'lab-chart-plot', children: [plot.svg] }),
  ]);
  const figure = el('figure', {
    className: 'lab-chart',
    attrs: {
      'data-chart': spec.kind,
      'aria-labelledby': titleId,
      'aria-describedby': descriptionId,
    },
  });
  figure.append(
    title,
    description,
    ...plots,
    legendList(spec.legend),
    ...(spec.notes === undefined ? [] : [spec.notes]),
    spec.table,
    exportButtons(() => ({
      figure,
      title,
      svgs: spec.plots.map((plot) => plot.svg),
      legend: spec.legend,
      notes: spec.noteTexts ?? [],
      footnotes: spec.context.footnotes,
      fileName: spec.fileName,
    })),
  );
  return figure;
}

/** Harm-cost points of one model, cheapest first. */
function pointsOf(grid: LabGrid, model: ModelName): LabGridPoint[] {
  return grid.points
    .filter((point) => point.model === model)
    .sort((a, b) => a.cost - b.cost || a.harm - b.harm);
}

/** The description of the harm-cost chart. */
function harmCostDescription(
  points: readonly LabGridPoint[],
  model: ModelName,
  grid: LabGrid,
): string {
  if (points.length === 0) {
    return translate('labChart.harmCost.empty', { model });
  }
  const frontier = points.filter((point) => point.frontier).length;
  const least = Math.min(...points.map((point) => point.harm));
  const best = points.find((point) => point.harm === least) as LabGridPoint;
  const parts = [
    translate('labChart.harmCost.description', {
      count: points.length,
      model,
      frontier: formatNumber(frontier, 0),
    }),
    translate('labChart.harmCost.least', {
      harm: percentIn('figure', best.harm),
      cost: hours(best.cost),
      defenses: defensesText(best.defenses),
    }),
  ];
  if (grid.missing > 0) {
    parts.push(translate('labChart.harmCost.missing', { count: grid.missing }));
  }
  return parts.join(' ');
}

/** Where a chosen point's name goes, relative to the point. */
interface LabelPlacement {
  readonly point: LabGridPoint;
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly dx: number;
  readonly dy: number;
}

/**
 * Places the names of the chosen points so that they stay inside the chart and apart: towards
 * the middle near either side; above the point, or below (then further out) when an earlier,
 * more harmful name is close by.
 */
function labelPlacements(
  chosen: readonly LabGridPoint[],
  points: readonly LabGridPoint[],
  maxHarm: number,
): LabelPlacement[] {
  const maxCost = Math.max(1e-9, ...points.map((point) => point.cost));
  const placed: LabGridPoint[] = [];
  return [...chosen]
    .sort((a, b) => b.harm - a.harm || a.cost - b.cost)
    .map((point) => {
      const near = placed.filter(
        (other) =>
          Math.abs(other.harm - point.harm) < 0.15 * maxHarm &&
          Math.abs(other.cost - point.cost) < 0.35 * maxCost,
      ).length;
      placed.push(point);
      const side = point.cost / maxCost;
      const textAnchor = side < 0.25 ? 'start' : side > 0.75 ? 'end' : 'middle';
      const dx = textAnchor === 'start' ? 9 : textAnchor === 'end' ? -9 : 0;
      const below = near % 2 === 1 && point.harm > 0.12 * maxHarm;
      const step = 10 + 15 * Math.floor(near / 2) + (below ? 0 : 15 * (near % 2));
      return { point, textAnchor, dx, dy: below ? step : -step };
    });
}

/**
 * Harm against cost: every legal loadout of a model as a point (x: expected cost in hours,
 * y: P(harm)); the frontier joined by a line and drawn as diamonds; the set-up's loadouts as
 * stars with their names beside them.
 */
export async function harmCostFigure(
  grid: LabGrid,
  model: ModelName,
  context: LabChartContext,
): Promise<HTMLElement> {
  const Plot = await loadPlot();
  const titleId = uniqueId('title');
  const descriptionId = uniqueId('description');
  const points = pointsOf(grid, model);
  const frontier = points.filter((point) => point.frontier);
  const chosen = points.filter((point) => point.chosen.length > 0);
  const others = points.filter((point) => !point.frontier && point.chosen.length === 0);
  const chosenLabel = (point: LabGridPoint): string =>
    point.chosen.map((loadout) => labelOf(context, loadout)).join(', ');
  const maxHarm = Math.max(0.05, ...points.map((point) => point.harm));
  const width = widthOf(context);
  const legend: LegendEntry[] = [
    {
      symbol: 'circle',
      filled: false,
      colour: 'var(--lab-chart-muted)',
      text: translate('labChart.harmCost.legend.other'),
    },
    {
      symbol: 'diamond',
      filled: true,
      colour: 'var(--lab-chart-1)',
      dash: 'none',
      text: translate('labChart.harmCost.legend.frontier'),
    },
    {
      symbol: 'star',
      filled: true,
      colour: 'var(--lab-chart-2)',
      text: translate('labChart.harmCost.legend.chosen'),
    },
  ];
  const marks: Markish[] = [
    Plot.ruleY([0]),
    Plot.line(frontier, { x: 'cost', y: 'harm', stroke: 'var(--lab-chart-1)', strokeWidth: 1.5 }),
    Plot.dot(others, {
      x: 'cost',
      y: 'harm',
      symbol: 'circle',
      r: 3,
      stroke: 'var(--lab-chart-muted)',
      fill: 'none',
    }),
    Plot.dot(frontier, {
      x: 'cost',
      y: 'harm',
      symbol: 'diamond',
      r: 4.5,
      fill: 'var(--lab-chart-1)',
      stroke: 'var(--lab-chart-1)',
    }),
    Plot.dot(chosen, {
      x: 'cost',
      y: 'harm',
      symbol: 'star',
      r: 7,
      fill: 'var(--lab-chart-2)',
      stroke: 'var(--ink)',
      strokeWidth: 0.75,
    }),
    ...labelPlacements(chosen, points, maxHarm).map(({ point, textAnchor, dx, dy }) =>
      Plot.text([point], {
        x: 'cost',
        y: 'harm',
        text: chosenLabel,
        lineWidth: labelEms(width * 0.45),
        textOverflow: 'ellipsis',
        textAnchor,
        dx,
        dy,
        lineAnchor: dy < 0 ? 'bottom' : 'top',
        fontWeight: 'bold',
        fill: 'var(--ink)',
        stroke: 'var(--paper)',
        strokeWidth: 3,
      }),
    ),
  ];
  const drawn = Plot.plot({
    ...baseOptions(width),
    height: Math.round(Math.min(360, Math.max(240, width * 0.62))),
    marginTop: 28,
    marginRight: 24,
    marginLeft: 52,
    x: {
      label: translate('labChart.axis.cost'),
      zero: true,
      nice: true,
      tickFormat: (value: number) => formatNumber(value, 2),
    },
    y: {
      label: translate('labChart.axis.harm'),
      domain: [0, maxHarm],
      nice: true,
      tickFormat: (value: number) => formatPercent(value, 1),
    },
    marks,
  });
  const svg = asImage(svgOf(drawn), titleId, descriptionId);
  // The table is built in a task of its own: drawing and tabulating at once held the page too long.
  await nextTask();
  const table = dataTable<LabGridPoint>(
    translate('labChart.harmCost.caption', { model }),
    [
      {
        heading: { key: 'labChart.column.defenses' },
        cell: (p) => defensesText(p.defenses),
        rowHeader: true,
      },
      { heading: { key: 'labChart.column.cost' }, cell: (p) => hours(p.cost) },
      { heading: { key: 'labChart.column.harm' }, cell: (p) => percentIn('figure', p.harm) },
      {
        heading: { key: 'labChart.column.frontier' },
        cell: (p) => translate(p.frontier ? 'labChart.onFrontier' : 'labChart.offFrontier'),
      },
      { heading: { key: 'labChart.column.chosen' }, cell: (p) => chosenLabel(p) },
    ],
    points,
    (p) => ({
      'data-frontier': String(p.frontier),
      ...(p.chosen.length > 0 ? { 'data-chosen': p.chosen.join(' ') } : {}),
    }),
  );
  return assemble(
    {
      kind: 'harm-cost',
      title: { key: 'labChart.harmCost.title', params: { model } },
      description: harmCostDescription(points, model, grid),
      plots: [{ svg }],
      legend,
      table,
      context,
      fileName: `lab-harm-cost-${slug(model)}`,
    },
    titleId,
    descriptionId,
  );
}

/** One row of the harm-by-model chart: a cell with figures. */
interface ModelRow {
  readonly model: ModelName;
  readonly loadout: number;
  readonly label: string;
  readonly harm: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** Why a cell has no figures, in words. */
function problemText(reason: LabNoRate | InvalidAssumption | LabLevelProblem): string {
  switch (reason.kind) {
    case 'no-published-rate':
      return translate('labChart.problem.noRate');
    case 'not-offered':
      return translate('labChart.problem.notOffered', { defenses: defensesText(reason.defenses) });
    case 'over-budget':
      return translate('labChart.problem.overBudget', {
        tokens: reason.tokens,
        budget: reason.budget,
      });
    case 'model-not-offered':
      return translate('labChart.problem.modelNotOffered');
    case 'rule-violation':
      return translate('labChart.problem.ruleViolation');
    default:
      return translate('labChart.problem.invalidAssumption');
  }
}

/**
 * Harm by model for the set-up's loadouts: one row of dots per model (in set-up order), each
 * loadout's P(harm) as its own symbol beside its name, with the 95 % interval as a rule where the
 * cell has one. Cells without figures are listed under the chart.
 */
export async function harmByModelFigure(
  exact: LabExact | LabLevelExact,
  context: LabChartContext,
): Promise<HTMLElement> {
  const Plot = await loadPlot();
  const titleId = uniqueId('title');
  const descriptionId = uniqueId('description');
  const rows: ModelRow[] = [];
  const missing: string[] = [];
  if (exact.kind === 'condition') {
    for (const cell of exact.cells) {
      const label = labelOf(context, cell.loadout);
      if (cell.ok) {
        const harm = cell.odds.outcomes.harm;
        rows.push({
          model: cell.model,
          loadout: cell.loadout,
          label,
          harm: harm.value,
          low: harm.interval?.low ?? null,
          high: harm.interval?.high ?? null,
        });
      } else {
        missing.push(
          translate('labChart.missingCell', {
            loadout: label,
            model: cell.model,
            why: problemText(cell.reason),
          }),
        );
      }
    }
  } else {
    for (const cell of exact.cells) {
      const label = labelOf(context, cell.loadout);
      if (cell.ok) {
        rows.push({
          model: cell.model,
          loadout: cell.loadout,
          label,
          harm: cell.harm,
          low: null,
          high: null,
        });
      } else {
        missing.push(
          translate('labChart.missingCell', {
            loadout: label,
            model: cell.model,
            why: problemText(cell.reason),
          }),
        );
      }
    }
  }
  const models = [...new Set(rows.map((row) => row.model))];
  const loadouts = [...new Set(rows.map((row) => row.loadout))].sort((a, b) => a - b);
  const labels = loadouts.map((loadout) => labelOf(context, loadout));
  const symbols = loadouts.map((loadout) => at(SERIES_SYMBOLS, loadout));
  const colours = loadouts.map((loadout) => at(SERIES_COLOURS, loadout));
  const withInterval = rows.filter((row) => row.low !== null && row.high !== null);
  const width = widthOf(context);
  const longest = Math.max(4, ...labels.map((label) => label.length));
  const marginLeft = Math.min(Math.round(width * 0.42), 16 + longest * 7.2);
  const rowHeight = 20;
  const facetGap = 30;
  const height = 40 + models.length * (labels.length * rowHeight + facetGap);
  const drawn = Plot.plot({
    ...baseOptions(width),
    height: Math.max(120, height),
    marginLeft,
    marginRight: 24,
    marginTop: 28,
    x: {
      label: translate('labChart.axis.harm'),
      domain: [0, 1],
      grid: true,
      tickFormat: (value: number) => formatPercent(value, 0),
    },
    y: { axis: null, domain: labels, padding: 0.2 },
    fy: { axis: null, domain: models, padding: 0.5 },
    symbol: { domain: labels, range: symbols },
    color: { domain: labels, range: colours },
    marks: [
      Plot.frame({ stroke: 'var(--paper-edge)' }),
      // Long names are cut with an ellipsis; the legend and the table give them in full.
      Plot.axisY({
        label: null,
        tickSize: 4,
        lineWidth: labelEms(marginLeft - 10),
        textOverflow: 'ellipsis',
      }),
      Plot.text(models, {
        fy: (model: ModelName) => model,
        text: (model: ModelName) => model,
        frameAnchor: 'top-left',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dy: -6,
        fontWeight: 'bold',
        fill: 'var(--ink)',
      }),
      Plot.ruleY(withInterval, {
        fy: 'model',
        y: 'label',
        x1: 'low',
        x2: 'high',
        stroke: 'label',
        strokeWidth: 2,
      }),
      Plot.tickX(withInterval, { fy: 'model', y: 'label', x: 'low', stroke: 'label' }),
      Plot.tickX(withInterval, { fy: 'model', y: 'label', x: 'high', stroke: 'label' }),
      Plot.dot(rows, {
        fy: 'model',
        y: 'label',
        x: 'harm',
        symbol: 'label',
        fill: 'label',
        stroke: 'var(--ink)',
        strokeWidth: 0.75,
        r: 5,
      }),
    ],
  });
  const svg = asImage(svgOf(drawn), titleId, descriptionId);
  const exactNote = exact.kind === 'level' ? translate('labChart.byModel.exactNoInterval') : null;
  const noteTexts = [...(exactNote === null ? [] : [exactNote]), ...missing];
  const notes =
    noteTexts.length === 0
      ? undefined
      : el('div', {
          className: 'lab-chart-notes',
          children: [
            ...(exactNote === null
              ? []
              : [el('p', { text: { key: 'labChart.byModel.exactNoInterval' } })]),
            ...(missing.length === 0
              ? []
              : [
                  el('ul', {
                    className: 'lab-chart-missing',
                    children: missing.map((text) => {
                      const item = el('li');
                      item.textContent = text;
                      return item;
                    }),
                  }),
                ]),
          ],
        });
  const intervalText = (row: ModelRow): string => {
    if (exact.kind === 'level') {
      return translate('labChart.byModel.exactNoInterval');
    }
    return row.low === null || row.high === null
      ? translate('labChart.byModel.noInterval')
      : translate('labChart.range', {
          low: percentIn('range', row.low),
          high: percentIn('range', row.high),
        });
  };
  // The table is built in a task of its own: drawing and tabulating at once held the page too long.
  await nextTask();
  const table = dataTable<ModelRow>(
    translate('labChart.byModel.caption'),
    [
      { heading: { key: 'labChart.column.model' }, cell: (row) => row.model, rowHeader: true },
      { heading: { key: 'labChart.column.loadout' }, cell: (row) => row.label },
      { heading: { key: 'labChart.column.harm' }, cell: (row) => percentIn('figure', row.harm) },
      { heading: { key: 'labChart.column.interval' }, cell: intervalText },
    ],
    [...rows].sort(
      (a, b) => models.indexOf(a.model) - models.indexOf(b.model) || a.loadout - b.loadout,
    ),
  );
  const legend: LegendEntry[] = loadouts.map((loadout, index) => ({
    symbol: at(SERIES_SYMBOLS, loadout),
    filled: true,
    colour: at(SERIES_COLOURS, loadout),
    text: labels[index] ?? '',
  }));
  return assemble(
    {
      kind: 'harm-by-model',
      title: { key: 'labChart.byModel.title' },
      description: harmByModelDescription(
        rows,
        models.length,
        loadouts.length,
        missing.length,
        exact.kind,
      ),
      plots: [{ svg }],
      legend,
      notes,
      noteTexts,
      table,
      context,
      fileName:
        exact.kind === 'level'
          ? `lab-harm-by-model-${slug(exact.level)}`
          : `lab-harm-by-model-${slug(exact.conditionKey)}`,
    },
    titleId,
    descriptionId,
  );
}

/** The description of the harm-by-model chart. */
function harmByModelDescription(
  rows: readonly ModelRow[],
  models: number,
  loadouts: number,
  missing: number,
  kind: 'condition' | 'level',
): string {
  if (rows.length === 0) {
    return translate('labChart.byModel.empty');
  }
  const sorted = [...rows].sort((a, b) => a.harm - b.harm);
  const low = sorted[0] as ModelRow;
  const high = sorted[sorted.length - 1] as ModelRow;
  const parts = [
    translate('labChart.byModel.description', {
      count: loadouts,
      models: formatNumber(models, 0),
      low: percentIn('figure', low.harm),
      lowLoadout: low.label,
      lowModel: low.model,
      high: percentIn('figure', high.harm),
      highLoadout: high.label,
      highModel: high.model,
    }),
    translate(kind === 'level' ? 'labChart.byModel.exactNoInterval' : 'labChart.byModel.intervals'),
  ];
  if (missing > 0) {
    parts.push(translate('labChart.byModel.missing', { count: missing }));
  }
  return parts.join(' ');
}

/** One point of the sweep chart, with its loadout's label. */
interface SweepRow extends LabSweepPoint {
  readonly label: string;
}

/** The description of the sweep chart. */
function sweepDescription(rows: readonly SweepRow[], sweep: LabSweep, model: ModelName): string {
  if (rows.length === 0) {
    return translate('labChart.sweep.empty', { model });
  }
  const values = rows.map((row) => row.value);
  const from = Math.min(...values);
  const to = Math.max(...values);
  let most: { label: string; first: number; last: number } | null = null;
  for (const loadout of new Set(rows.map((row) => row.loadout))) {
    const series = rows.filter((row) => row.loadout === loadout);
    const first = series[0] as SweepRow;
    const last = series[series.length - 1] as SweepRow;
    if (most === null || Math.abs(last.harm - first.harm) > Math.abs(most.last - most.first)) {
      most = { label: first.label, first: first.harm, last: last.harm };
    }
  }
  const assumption = translate(`labChart.assumption.${sweep.assumption}`);
  const change = most as { label: string; first: number; last: number };
  return [
    translate('labChart.sweep.description', {
      model,
      assumption,
      from: assumptionValue(sweep.assumption, from),
      to: assumptionValue(sweep.assumption, to),
    }),
    change.first === change.last
      ? translate('labChart.sweep.flat')
      : translate('labChart.sweep.most', {
          loadout: change.label,
          first: percentIn('figure', change.first),
          last: percentIn('figure', change.last),
        }),
  ].join(' ');
}

/**
 * One assumption slid: P(harm) of each of the set-up's loadouts for a model against the
 * assumption's value (a line per loadout with its own dash and symbol, named at its end), and
 * the expected cost the same way in a second, smaller chart.
 */
export async function sweepFigure(
  sweep: LabSweep,
  model: ModelName,
  context: LabChartContext,
): Promise<HTMLElement> {
  const Plot = await loadPlot();
  const titleId = uniqueId('title');
  const descriptionId = uniqueId('description');
  const costHeadingId = uniqueId('cost');
  const rows: SweepRow[] = sweep.points
    .filter((point) => point.model === model)
    .map((point) => ({ ...point, label: labelOf(context, point.loadout) }))
    .sort((a, b) => a.loadout - b.loadout || a.value - b.value);
  const loadouts = [...new Set(rows.map((row) => row.loadout))];
  const labels = loadouts.map((loadout) => labelOf(context, loadout));
  const width = widthOf(context);
  const longest = Math.max(4, ...labels.map((label) => label.length));
  const marginRight = Math.min(Math.round(width * 0.35), 16 + longest * 7.2);
  const assumption = translate(`labChart.assumption.${sweep.assumption}`);
  const xOptions: PlotLibrary.ScaleOptions = {
    label: assumption,
    tickFormat: (value: number) => assumptionValue(sweep.assumption, value),
    ticks: Math.max(3, Math.floor((width - marginRight) / 90)),
  };
  const seriesMarks = (y: 'harm' | 'cost', format: (value: number) => string): Markish[] =>
    loadouts.flatMap((loadout) => {
      const series = rows.filter((row) => row.loadout === loadout);
      const colour = at(SERIES_COLOURS, loadout);
      return [
        Plot.line(series, {
          x: 'value',
          y,
          stroke: colour,
          strokeWidth: 2,
          strokeDasharray: at(SERIES_DASHES, loadout),
        }),
        Plot.dot(series, {
          x: 'value',
          y,
          symbol: at(SERIES_SYMBOLS, loadout),
          fill: colour,
          stroke: 'var(--ink)',
          strokeWidth: 0.5,
          r: 4,
          title: (row: SweepRow) => `${row.label}: ${format(row[y])}`,
        }),
        Plot.text(
          series,
          Plot.selectLast({
            x: 'value',
            y,
            text: 'label',
            lineWidth: labelEms(marginRight - 12),
            textOverflow: 'ellipsis',
            dx: 9,
            textAnchor: 'start',
            fill: 'var(--ink)',
            stroke: 'var(--paper)',
            strokeWidth: 3,
          }),
        ),
      ];
    });
  const maxHarm = Math.max(0.05, ...rows.map((row) => row.harm));
  const harmPlot = Plot.plot({
    ...baseOptions(width),
    height: Math.round(Math.min(320, Math.max(220, width * 0.55))),
    marginLeft: 52,
    marginRight,
    marginTop: 24,
    x: xOptions,
    y: {
      label: translate('labChart.axis.harm'),
      domain: [0, maxHarm],
      nice: true,
      grid: true,
      tickFormat: (value: number) => formatPercent(value, 1),
    },
    marks: [Plot.ruleY([0]), ...seriesMarks('harm', (value) => percentIn('figure', value))],
  });
  // Each of the two plots is drawn in a task of its own.
  await nextTask();
  const costPlot = Plot.plot({
    ...baseOptions(width),
    height: 170,
    marginLeft: 52,
    marginRight,
    marginTop: 20,
    x: xOptions,
    y: {
      label: translate('labChart.axis.cost'),
      zero: true,
      nice: true,
      grid: true,
      ticks: 4,
      tickFormat: (value: number) => formatNumber(value, 2),
    },
    marks: [Plot.ruleY([0]), ...seriesMarks('cost', hours)],
  });
  const harmSvg = asImage(svgOf(harmPlot), titleId, descriptionId);
  const costSvg = asImage(svgOf(costPlot), costHeadingId, descriptionId);
  const costHeading = el('h4', {
    className: 'lab-chart-subheading',
    attrs: { id: costHeadingId },
    text: { key: 'labChart.sweep.costTitle', params: { model } },
  });
  // The table is built in a task of its own: drawing and tabulating at once held the page too long.
  await nextTask();
  const table = dataTable<SweepRow>(
    translate('labChart.sweep.caption', { model, assumption }),
    [
      {
        heading: { key: 'labChart.column.value', params: { assumption } },
        cell: (row) => assumptionValue(sweep.assumption, row.value),
        rowHeader: true,
      },
      { heading: { key: 'labChart.column.loadout' }, cell: (row) => row.label },
      { heading: { key: 'labChart.column.harm' }, cell: (row) => percentIn('figure', row.harm) },
      { heading: { key: 'labChart.column.cost' }, cell: (row) => hours(row.cost) },
    ],
    [...rows].sort((a, b) => a.value - b.value || a.loadout - b.loadout),
  );
  const legend: LegendEntry[] = loadouts.map((loadout, index) => ({
    symbol: at(SERIES_SYMBOLS, loadout),
    filled: true,
    colour: at(SERIES_COLOURS, loadout),
    dash: at(SERIES_DASHES, loadout),
    text: labels[index] ?? '',
  }));
  return assemble(
    {
      kind: 'sweep',
      title: {
        key: 'labChart.sweep.title',
        params: { model, assumption: { key: `labChart.assumption.${sweep.assumption}` as const } },
      },
      description: sweepDescription(rows, sweep, model),
      plots: [{ svg: harmSvg }, { svg: costSvg, heading: costHeading }],
      legend,
      table,
      context,
      fileName: `lab-sweep-${slug(sweep.assumption)}-${slug(model)}`,
    },
    titleId,
    descriptionId,
  );
}
