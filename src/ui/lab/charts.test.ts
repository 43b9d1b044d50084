import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETUP,
  labExact,
  type LabGrid,
  type LabLevelExact,
  type LabSweep,
  type LabSetup,
} from '../../core/lab';
import { i18n, initI18n, loadLabStrings } from '../../i18n/i18n';
import { harmByModelFigure, harmCostFigure, sweepFigure } from './charts';

const CONTEXT = {
  labels: ['Bare desk', 'Two pairs of eyes'],
  footnotes: ['Rates: Lynch et al. 2025, Agentic Misalignment.', 'Assumptions: catch rate 90 %.'],
  width: 390,
};

/** Six loadouts of one model (three on the frontier, two chosen) and one of another model. */
const GRID: LabGrid = {
  loadouts: 6,
  missing: 2,
  points: [
    { model: 'Claude Opus 4', defenses: [], harm: 0.96, cost: 0, frontier: true, chosen: [0] },
    {
      model: 'Claude Opus 4',
      defenses: ['oversight'],
      harm: 0.096,
      cost: 2.1,
      frontier: false,
      chosen: [1],
    },
    {
      model: 'Claude Opus 4',
      defenses: ['prohibition'],
      harm: 0.35,
      cost: 0.5,
      frontier: true,
      chosen: [],
    },
    {
      model: 'Claude Opus 4',
      defenses: ['monitor'],
      harm: 0.3,
      cost: 1.2,
      frontier: false,
      chosen: [],
    },
    {
      model: 'Claude Opus 4',
      defenses: ['prohibition', 'oversight'],
      harm: 0.035,
      cost: 2.1,
      frontier: true,
      chosen: [],
    },
    {
      model: 'Claude Opus 4',
      defenses: ['prohibition', 'monitor'],
      harm: 0.2,
      cost: 1.9,
      frontier: false,
      chosen: [],
    },
    { model: 'GPT-4.1', defenses: [], harm: 0.8, cost: 0, frontier: true, chosen: [0] },
  ],
};

const SWEEP: LabSweep = {
  assumption: 'catchRate',
  values: [0.5, 0.7, 0.9],
  points: [0.5, 0.7, 0.9].flatMap((value) => [
    { value, loadout: 0, model: 'Claude Opus 4' as const, harm: 0.96, cost: 0 },
    { value, loadout: 1, model: 'Claude Opus 4' as const, harm: 0.96 * (1 - value), cost: 1 },
    { value, loadout: 1, model: 'GPT-4.1' as const, harm: 0.8 * (1 - value), cost: 1 },
  ]),
};

/** Two models, one loadout each without a rate for the second model's row (a level's figures). */
const LEVEL_EXACT: LabLevelExact = {
  kind: 'level',
  level: '1-the-upgrade',
  rateIds: [],
  cells: [
    {
      ok: true,
      loadout: 0,
      model: 'Claude Opus 4',
      tokens: 0,
      harm: 0.5,
      outcomes: { harm: 0.5, averted: 0, 'no-harm': 0.5, unreported: 0 },
      expectedCost: 1,
      objective: 0.5,
    },
    {
      ok: false,
      loadout: 1,
      model: 'Claude Opus 4',
      reason: { kind: 'over-budget', tokens: 5, budget: 3 },
    },
  ],
};

const CONDITION_SETUP: LabSetup = {
  ...DEFAULT_LAB_SETUP,
  models: ['Claude Opus 4', 'Gemini 2.5 Pro'],
  loadouts: [{ defenses: [] }, { defenses: ['oversight'] }],
};

/** Replaces a property for a test; returns what puts it back. */
function replaceProperty<T extends object>(
  target: T,
  key: PropertyKey,
  value: unknown,
): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (before === undefined) {
      Reflect.deleteProperty(target, key);
    } else {
      Object.defineProperty(target, key, before);
    }
  };
}

/** A blob's text (jsdom's Blob has no text()). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/** Opens a chart's table, as a reader does: its rows are written when it is first opened. */
function openTable(figure: HTMLElement): void {
  const details = figure.querySelector('details');
  if (details !== null && !details.open) {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  }
}

function tableRows(figure: HTMLElement): HTMLTableRowElement[] {
  openTable(figure);
  return [...figure.querySelectorAll<HTMLTableRowElement>('details table tbody tr')];
}

/** What every chart has: heading, description, image, table, exports. */
function expectAccessibleFigure(figure: HTMLElement, kind: string): void {
  expect(figure.tagName).toBe('FIGURE');
  expect(figure.classList.contains('lab-chart')).toBe(true);
  expect(figure.dataset.chart).toBe(kind);
  const heading = figure.querySelector('h3');
  expect(heading?.textContent).not.toBe('');
  const description = figure.querySelector('.lab-chart-description');
  expect(description?.textContent?.length).toBeGreaterThan(20);
  expect(figure.getAttribute('aria-describedby')).toBe(description?.id);
  const svg = figure.querySelector('svg.lab-chart-svg');
  expect(svg?.getAttribute('role')).toBe('img');
  expect(svg?.getAttribute('aria-labelledby')).toBe(heading?.id);
  expect(svg?.getAttribute('aria-describedby')).toBe(description?.id);
  const details = figure.querySelector('details');
  expect(details?.querySelector('summary')?.textContent).toBe(i18n.t('labChart.tableSummary'));
  expect(details?.querySelector('caption')?.textContent).not.toBe('');
  const headers = [...(details?.querySelectorAll('thead th') ?? [])];
  expect(headers.length).toBeGreaterThan(2);
  expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  expect(figure.querySelector('button[data-export="svg"]')?.textContent).toBe('SVG');
  expect(figure.querySelector('button[data-export="png"]')?.textContent).toBe('PNG');
}

describe('the Lab charts (English)', () => {
  beforeAll(async () => {
    initI18n('en');
    await loadLabStrings();
    await i18n.changeLanguage('en');
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('harm against cost: a point per legal loadout, the frontier and the chosen loadouts marked', async () => {
    const figure = await harmCostFigure(GRID, 'Claude Opus 4', CONTEXT);
    expectAccessibleFigure(figure, 'harm-cost');
    expect(figure.querySelector('h3')?.textContent).toBe('Harm against cost: Claude Opus 4');
    const rows = tableRows(figure);
    expect(rows).toHaveLength(6);
    const frontier = rows.filter((row) => row.dataset.frontier === 'true');
    expect(frontier).toHaveLength(3);
    for (const row of frontier) {
      expect(row.textContent).toContain('on the frontier');
    }
    const chosen = rows.filter((row) => row.dataset.chosen !== undefined);
    expect(chosen.map((row) => row.lastElementChild?.textContent)).toEqual([
      'Bare desk',
      'Two pairs of eyes',
    ]);
    // Sorted by cost: the bare desk first, with its cards named ("no cards").
    expect(rows[0]?.querySelector('th[scope="row"]')?.textContent).toBe('no cards');
    const description = figure.querySelector('.lab-chart-description')?.textContent ?? '';
    expect(description).toContain(
      '6 legal loadouts for Claude Opus 4, 3 of them on the harm–cost frontier',
    );
    expect(description).toContain('The least harm, 3.5%, costs 2.1 hours');
    expect(description).toContain('2 loadouts × models have no published rate');
    // The chosen loadouts are named on the chart itself, not only in the table.
    const svgText = [...figure.querySelectorAll('svg.lab-chart-svg text')].map(
      (t) => t.textContent,
    );
    expect(svgText).toContain('Bare desk');
    expect(svgText).toContain('Two pairs of eyes');
    // The legend names the three kinds of points, each with its own symbol.
    const legend = [...figure.querySelectorAll('.lab-chart-legend li')];
    expect(legend.map((item) => item.textContent)).toEqual([
      'A legal loadout',
      'On the harm–cost frontier (joined by the line)',
      'One of your loadouts (named)',
    ]);
    const shapes = legend.map((item) => item.querySelector('svg')?.lastElementChild?.outerHTML);
    expect(new Set(shapes).size).toBe(3);
  });

  it("writes a chart's table rows when the table is first opened, and keeps them", async () => {
    const figure = await harmCostFigure(GRID, 'Claude Opus 4', CONTEXT);
    const details = figure.querySelector('details');
    expect(details?.open).toBe(false);
    expect(figure.querySelectorAll('details tbody tr')).toHaveLength(0);
    openTable(figure);
    const first = [...figure.querySelectorAll('details tbody tr')];
    expect(first).toHaveLength(6);
    // Closed and opened again: the same rows, not a second set.
    if (details !== null) {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
      openTable(figure);
    }
    expect([...figure.querySelectorAll('details tbody tr')]).toEqual(first);
  });

  it('harm against cost: a model with no figures says so', async () => {
    const figure = await harmCostFigure(GRID, 'o3', CONTEXT);
    expect(tableRows(figure)).toHaveLength(0);
    expect(figure.querySelector('.lab-chart-description')?.textContent).toBe(
      'No legal loadout has figures for o3.',
    );
  });

  it('harm by model: a dot per cell with figures, intervals where the study gives one', async () => {
    const exact = labExact(CONDITION_SETUP);
    const withFigures = exact.cells.filter((cell) => cell.ok);
    const figure = await harmByModelFigure(exact, CONTEXT);
    expectAccessibleFigure(figure, 'harm-by-model');
    expect(figure.querySelector('h3')?.textContent).toBe('Harm by model, your loadouts');
    const rows = tableRows(figure);
    expect(rows).toHaveLength(withFigures.length);
    const bare = rows.find(
      (row) => row.textContent?.includes('Claude Opus 4') && row.textContent.includes('Bare desk'),
    );
    // The study's headline cell: 96 % with its Wilson interval.
    expect(bare?.children[2]?.textContent).toBe('96%');
    expect(bare?.children[3]?.textContent).toMatch(/^\d+(\.\d)?% – \d+(\.\d)?%$/);
    const svgText = [...figure.querySelectorAll('svg.lab-chart-svg text')].map(
      (t) => t.textContent,
    );
    expect(svgText).toContain('Bare desk');
    expect(svgText).toContain('Two pairs of eyes');
    expect(svgText).toContain('Gemini 2.5 Pro');
    expect(
      [...figure.querySelectorAll('.lab-chart-legend li')].map((li) => li.textContent),
    ).toEqual(CONTEXT.labels);
  });

  it('harm by model: a level has exact figures with no interval, and lists the cells without figures', async () => {
    const figure = await harmByModelFigure(LEVEL_EXACT, CONTEXT);
    const rows = tableRows(figure);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.children[3]?.textContent).toBe('exact, no interval');
    const missing = [...figure.querySelectorAll('.lab-chart-missing li')].map(
      (li) => li.textContent,
    );
    expect(missing).toEqual([
      "Two pairs of eyes with Claude Opus 4: over the level's budget (5 of 3 tokens)",
    ]);
    expect(figure.querySelector('.lab-chart-description')?.textContent).toContain(
      'exact, no interval',
    );
  });

  it('harm by model: a model without a published rate is listed, not drawn', async () => {
    const exact = labExact({ ...CONDITION_SETUP, models: ['Claude Opus 4', 'o3'] });
    const missingCells = exact.cells.filter((cell) => !cell.ok);
    const figure = await harmByModelFigure(exact, CONTEXT);
    const missing = [...figure.querySelectorAll('.lab-chart-missing li')].map(
      (li) => li.textContent,
    );
    expect(missing).toHaveLength(missingCells.length);
    for (const line of missing) {
      expect(line).toMatch(/: no published rate$/);
    }
  });

  it('cuts a long name with an ellipsis on the chart, and gives it in full in the legend and table', async () => {
    const long = 'C · Prohibition in the system prompt + Runtime monitor + Human oversight';
    const figure = await harmByModelFigure(labExact(CONDITION_SETUP), {
      ...CONTEXT,
      labels: ['Bare desk', long],
    });
    // What the chart writes, without the <title> Plot adds to a cut text for its tooltip.
    const svgText = [...figure.querySelectorAll('svg.lab-chart-svg text')].map((t) =>
      [...t.childNodes]
        .filter((node) => node.nodeName !== 'title')
        .map((node) => node.textContent)
        .join(''),
    );
    expect(svgText).not.toContain(long);
    expect(svgText.some((text) => text.startsWith('C · Prohibition') && text.endsWith('…'))).toBe(
      true,
    );
    const legend = [...figure.querySelectorAll('.lab-chart-legend li')].map((li) => li.textContent);
    expect(legend).toContain(long);
    expect(tableRows(figure).some((row) => row.children[1]?.textContent === long)).toBe(true);
  });

  it('one assumption slid: harm and cost per chosen loadout, named at the line ends', async () => {
    const figure = await sweepFigure(SWEEP, 'Claude Opus 4', CONTEXT);
    expectAccessibleFigure(figure, 'sweep');
    expect(figure.querySelector('h3')?.textContent).toBe(
      "Sliding the reviewer's catch rate: Claude Opus 4",
    );
    const rows = tableRows(figure);
    expect(rows).toHaveLength(6);
    expect(rows[0]?.querySelector('th[scope="row"]')?.textContent).toBe('50%');
    expect([...(rows[1]?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      '50%',
      'Two pairs of eyes',
      '48%',
      '1',
    ]);
    const svgs = figure.querySelectorAll('svg.lab-chart-svg');
    expect(svgs).toHaveLength(2);
    const costSvg = svgs[1] as SVGSVGElement;
    expect(costSvg.getAttribute('role')).toBe('img');
    expect(figure.querySelector(`#${costSvg.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Expected cost (hours): Claude Opus 4',
    );
    const endLabels = [...(svgs[0] as SVGSVGElement).querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(endLabels).toContain('Bare desk');
    expect(endLabels).toContain('Two pairs of eyes');
    const description = figure.querySelector('.lab-chart-description')?.textContent ?? '';
    expect(description).toContain("as the reviewer's catch rate goes from 50% to 90%");
    expect(description).toContain('Two pairs of eyes moves most: from 48% to 9.6%');
    // Each line has its own dash pattern, and the legend repeats it with the symbol.
    const dashes = [...figure.querySelectorAll('.lab-chart-legend line')].map((line) =>
      line.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(2);
  });

  it('exports the chart with its title, legend and footnotes as one standalone SVG', async () => {
    // The page's palette (style.css and charts.css are not loaded in jsdom).
    const palette = {
      '--ink': '#1f1b16',
      '--ink-soft': '#4a4237',
      '--paper': '#fbf6e9',
      '--paper-edge': '#d8cba9',
      '--navy': '#1d3557',
      '--font-ui': 'Atkinson Hyperlegible, sans-serif',
      '--lab-chart-1': 'var(--navy)',
      '--lab-chart-2': '#8a6418',
      '--lab-chart-3': '#1f5c40',
      '--lab-chart-4': 'var(--ink-soft)',
      '--lab-chart-muted': 'var(--ink-soft)',
    };
    for (const [name, value] of Object.entries(palette)) {
      document.documentElement.style.setProperty(name, value);
    }
    const figure = await harmCostFigure(GRID, 'Claude Opus 4', CONTEXT);
    document.body.append(figure);
    // On the page the chart carries no stylesheet of its own (its rules are in charts.css)...
    expect(figure.querySelector('svg.lab-chart-svg.lab-plot')).not.toBeNull();
    expect(figure.querySelector('svg style')).toBeNull();
    let saved: Blob | null = null;
    let name = '';
    const restoreUrl = replaceProperty(URL, 'createObjectURL', (blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    const restoreClick = replaceProperty(
      HTMLAnchorElement.prototype,
      'click',
      function (this: HTMLAnchorElement) {
        name = this.download;
      },
    );
    try {
      figure.querySelector<HTMLButtonElement>('button[data-export="svg"]')?.click();
    } finally {
      restoreUrl();
      restoreClick();
    }
    expect(name).toBe('lab-harm-cost-claude-opus-4.svg');
    const text = await readBlob(saved as unknown as Blob);
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('Harm against cost: Claude Opus 4');
    expect(text).toContain('Rates: Lynch et al. 2025, Agentic Misalignment.');
    expect(text).toContain('Assumptions: catch rate 90 %.');
    expect(text).toContain('One of your loadouts (named)');
    expect(text).not.toContain('var(--');
    expect(text).toContain('#1d3557');
    // ...and the exported copy gets back the rules Plot wrote for it.
    expect(text).toMatch(/<style[^>]*>[^<]*:where\(\.lab-plot text\)[^<]*white-space: pre/);
    // Well-formed: it parses back as one SVG document.
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    document.documentElement.removeAttribute('style');
  });
});

describe('the Lab charts (German)', () => {
  beforeAll(async () => {
    initI18n('de');
    await loadLabStrings();
    await i18n.changeLanguage('de');
  });

  it('writes headings, tables and numbers in German', async () => {
    const costFigure = await harmCostFigure(GRID, 'Claude Opus 4', CONTEXT);
    expect(costFigure.querySelector('h3')?.textContent).toBe('Schaden gegen Kosten: Claude Opus 4');
    expect(costFigure.querySelector('summary')?.textContent).toBe('Tabelle zu diesem Diagramm');
    expect(costFigure.querySelector('.lab-chart-description')?.textContent).toContain('3,5\u00a0%');
    const byModel = await harmByModelFigure(labExact(CONDITION_SETUP), CONTEXT);
    expect(byModel.querySelector('h3')?.textContent).toBe(
      'Schaden nach Modell, Ihre Ausstattungen',
    );
    const sweep = await sweepFigure(SWEEP, 'Claude Opus 4', CONTEXT);
    expect(sweep.querySelector('h3')?.textContent).toBe(
      'Trefferquote der Prüfperson variiert: Claude Opus 4',
    );
    expect(tableRows(sweep)[5]?.children[2]?.textContent).toBe('9,6\u00a0%');
  });
});

describe('the charting library is loaded lazily', () => {
  it('charts.ts imports Observable Plot only dynamically (or as types)', () => {
    const source = readFileSync(join(process.cwd(), 'src/ui/lab/charts.ts'), 'utf8');
    const statics = source
      .split('\n')
      .filter((line) => /^\s*import\s/.test(line) && !/^\s*import\s+type\s/.test(line))
      .filter((line) => line.includes('@observablehq/plot'));
    expect(statics).toEqual([]);
    expect(source).not.toMatch(/^\s*import\s+(?!type\b)[^;]*from\s+['"]@observablehq\/plot['"]/m);
    expect(source).not.toMatch(/^\s*export\s+[^;]*from\s+['"]@observablehq\/plot['"]/m);
    expect(source).toContain("import('@observablehq/plot')");
  });
});
