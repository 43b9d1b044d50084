import { type ModelName, OUTCOME_CLASSES, OUTCOMES } from '../../core';
import {
  encodeLabSetup,
  labCsv,
  labJson,
  type LabExact,
  type LabLevelExact,
  type LabLevelSample,
  type LabPairedDifference,
  type LabProgress,
  type LabSample,
  type LabSetup,
  type LabSweepAssumption,
  MAX_LAB_RUNS,
  withLabRuns,
  withLabSeed,
} from '../../core/lab';
import { formatNumber, percentIn } from '../components/format';
import { hoursText } from '../components/cost-meter';
import { el, type TextSpec, translate } from '../dom';
import { proxy } from 'comlink';
import { downloadText } from './download';
import { labWorker } from './lab-client';
import { labelCells } from './table-labels';
import type { LabView } from './lab-panel';
import { loadoutLetter, loadoutName } from './lab-panel';
import { holdBusy, nextTask } from '../yield';

/** Waits this long after the last change before the worker samples and draws again. */
const SETTLE_MS = 250;

type AnySample = LabSample | LabLevelSample;

function isLevelSample(sample: AnySample): sample is LabLevelSample {
  return 'kind' in sample && sample.kind === 'level';
}

function cellText(content: string, tag: 'td' | 'th' = 'td'): HTMLElement {
  const node = el(tag);
  node.textContent = content;
  return node;
}

/**
 * The sample's caption: episodes and seed, and for a level stopped by its time, how many of
 * those asked were played.
 */
function sampleCaption(sample: AnySample): TextSpec {
  const counted = Math.min(...sample.cells.map((cell) => cell.runs));
  const seed = String(sample.seed);
  if (sample.cells.length > 0 && counted < sample.runs) {
    return {
      key: 'lab.sample.captionPartial',
      params: { done: formatNumber(counted, 0), runs: formatNumber(sample.runs, 0), seed },
    };
  }
  return { key: 'lab.sample.caption', params: { runs: formatNumber(sample.runs, 0), seed } };
}

/** The Lab's worker (started on first use). */
function worker(): { remote: ReturnType<typeof labWorker>; proxy: typeof proxy } {
  return { remote: labWorker(), proxy };
}

/**
 * The sample, chart and share sections of the Lab, attached to its view. A change of the set-up
 * cancels the running sample, waits for the set-up to settle, and samples again in the worker;
 * the last complete result stays on screen until a new one is complete.
 */
export class LabRuns {
  private readonly _view: LabView;
  private readonly _address: () => string;
  private readonly _runs = el('input', {
    attrs: {
      id: 'lab-runs',
      type: 'number',
      min: '1',
      max: String(MAX_LAB_RUNS),
      step: '1',
      inputmode: 'numeric',
      'data-control': 'runs',
    },
  });
  private readonly _seed = el('input', {
    attrs: { id: 'lab-seed', type: 'text', maxlength: '60', 'data-control': 'seed' },
  });
  private readonly _progress = el('progress', {
    attrs: { max: '1', value: '0', 'aria-labelledby': 'lab-sample-heading' },
  });
  private readonly _progressText = el('p', {
    className: 'lab-progress-text',
    attrs: { 'aria-live': 'polite' },
  });
  private readonly _status = el('p', { className: 'lab-status', attrs: { role: 'status' } });
  private readonly _cancel = el('button', {
    className: 'menu-button',
    attrs: { type: 'button', 'data-action': 'cancel-sample', disabled: '' },
    text: { key: 'lab.sample.cancel' },
  });
  private readonly _result = el('div', { className: 'lab-sample-result' });
  private readonly _charts = el('div', { className: 'lab-charts' });
  /**
   * The width the charts have: the panel's content width as last laid out (0 before the first
   * layout). The panel's, because the charts' own section is not laid out while off screen.
   */
  private _chartsWidth = 0;
  private readonly _resizes =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          this._chartsWidth = entries.at(-1)?.contentRect.width ?? this._chartsWidth;
        })
      : undefined;
  /**
   * Whether the charts' section is on screen or near it. The charts are drawn only then: each is
   * one Plot drawing of 15–40 ms, and a change made at the top of the Lab would otherwise draw
   * three charts no one sees. Without IntersectionObserver (old browsers, tests) they are always
   * near.
   */
  private _chartsNear = typeof IntersectionObserver !== 'function';
  /** A change has settled whose charts are not drawn yet. */
  private _chartsOwed = false;
  private readonly _nearness =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            this._chartsNear = entries.at(-1)?.isIntersecting ?? this._chartsNear;
            if (this._chartsNear && this._chartsOwed && this._charts.dataset.state !== 'loading') {
              this._drawCharts().catch(() => undefined);
            }
          },
          // A screen's height ahead: drawn before they scroll into view.
          { rootMargin: '100% 0px' },
        )
      : undefined;
  private readonly _chartModel = el('select', {
    attrs: { id: 'lab-chart-model', 'data-control': 'chart-model' },
  });
  private readonly _chartAssumption = el('select', {
    attrs: { id: 'lab-chart-assumption', 'data-control': 'chart-assumption' },
  });
  private readonly _link = el('input', {
    attrs: { id: 'lab-link', type: 'text', readonly: '', 'data-control': 'link' },
  });
  private _running = false;
  private _cancelled = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every change: a result that comes back for an older set-up is not shown. */
  private _generation = 0;
  /** The last complete sample and the set-up it is for. */
  private _last: { setup: LabSetup; sample: AnySample } | null = null;

  constructor(view: LabView, address: () => string) {
    this._view = view;
    this._address = address;
    const charts = this._chartSection();
    view.extra.append(this._sampleSection(), charts, this._shareSection());
    this._nearness?.observe(charts);
    view.onChange(() => this._changed());
    this._resizes?.observe(view.root);
    this._fillInputs();
    this._fillChartModels();
    this._changed();
  }

  /** The last complete sample on screen (for exports and tests). */
  get lastSample(): AnySample | null {
    return this._last?.sample ?? null;
  }

  private _fillInputs(): void {
    const { setup } = this._view;
    this._runs.value = String(setup.runs);
    this._seed.value = String(setup.seed);
    this._link.value = this._address();
  }

  /** The Lab closed: no timer fires and no answer of the (stopped) worker is used after this. */
  dispose(): void {
    this._disposed = true;
    clearTimeout(this._timer);
    this._resizes?.disconnect();
    this._nearness?.disconnect();
    // The worker is stopped with the Lab, and a sample it was running never answers.
    this._releaseBusy();
  }

  /** Ends the busy hold of the sample under way, if any (see `holdBusy`). */
  private _releaseBusy: () => void = () => undefined;

  private _disposed = false;

  private _changed(): void {
    this._generation += 1;
    this._link.value = this._address();
    this._fillChartModels();
    if (this._running) {
      this._stop(false).catch(() => undefined);
    }
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      // A worker stopped as the Lab closed rejects its calls: nothing is left to show them.
      this.runSample().catch(() => undefined);
      this._chartsOwed = true;
      if (this._chartsNear) {
        this._drawCharts().catch(() => undefined);
      } else {
        // Drawn when they come near the screen (see _chartsNear); until then they say so.
        this._charts.dataset.state = 'waiting';
        this._charts.setAttribute('aria-busy', 'true');
      }
    }, SETTLE_MS);
  }

  // --- sample ------------------------------------------------------------------------------

  private _sampleSection(): HTMLElement {
    this._runs.addEventListener('change', () => {
      const next = withLabRuns(this._view.setup, Number(this._runs.value));
      this._runs.value = String(next.runs);
      this._view.update(next, []);
    });
    this._seed.addEventListener('change', () => {
      const next = withLabSeed(this._view.setup, this._seed.value);
      this._seed.value = String(next.seed);
      this._view.update(next, []);
    });
    this._cancel.addEventListener('click', () => {
      this._stop(true).catch(() => undefined);
    });
    const run = el('button', {
      className: 'primary-button',
      attrs: { type: 'button', 'data-action': 'run-sample' },
      text: { key: 'lab.sample.run' },
      onClick: () => void this.runSample(),
    });
    return el('section', {
      className: 'lab-section lab-sample',
      attrs: { 'aria-labelledby': 'lab-sample-heading' },
      children: [
        el('h3', {
          className: 'section-label',
          attrs: { id: 'lab-sample-heading' },
          text: { key: 'lab.sample.heading' },
        }),
        el('p', { className: 'lab-hint', text: { key: 'lab.sample.hint' } }),
        el('div', {
          className: 'lab-sample-controls',
          children: [
            el('div', {
              className: 'lab-field',
              children: [
                el('label', { text: { key: 'lab.sample.runs' }, attrs: { for: 'lab-runs' } }),
                this._runs,
              ],
            }),
            el('div', {
              className: 'lab-field',
              children: [
                el('label', { text: { key: 'lab.sample.seed' }, attrs: { for: 'lab-seed' } }),
                this._seed,
              ],
            }),
            run,
            this._cancel,
          ],
        }),
        this._progress,
        this._progressText,
        this._status,
        this._result,
      ],
    });
  }

  private async _stop(byPlayer: boolean): Promise<void> {
    if (!this._running) {
      return;
    }
    this._cancelled = byPlayer;
    const { remote } = worker();
    await remote.cancel();
  }

  /** Samples the set-up on screen in the worker, showing progress; a cancel keeps the last result. */
  async runSample(): Promise<void> {
    clearTimeout(this._timer);
    if (this._disposed) {
      return;
    }
    const generation = this._generation;
    const setup = this._view.setup;
    const level = this._view.level;
    const { remote, proxy } = worker();
    if (this._running) {
      await remote.cancel();
    }
    this._running = true;
    this._cancelled = false;
    this._cancel.disabled = false;
    this._progress.value = 0;
    this._status.replaceChildren();
    this._view.root.dataset.sampling = 'running';
    const onProgress = (progress: LabProgress): void => {
      if (generation !== this._generation) {
        return;
      }
      this._progress.max = Math.max(1, progress.total);
      this._progress.value = progress.done;
      this._progressText.textContent = translate('lab.sample.progress', {
        done: formatNumber(progress.done, 0),
        total: formatNumber(progress.total, 0),
      });
    };
    let sample: AnySample;
    // The page is busy while the worker samples: the offline precache waits (src/pwa/offline.ts).
    this._releaseBusy();
    const release = holdBusy();
    this._releaseBusy = release;
    try {
      sample = await remote.sample(setup, proxy(onProgress), level);
    } catch (error) {
      this._running = false;
      this._cancel.disabled = true;
      this._view.root.dataset.sampling = 'failed';
      this._status.textContent = translate('lab.sample.failed', { message: String(error) });
      return;
    } finally {
      release();
    }
    if (generation !== this._generation && !this._cancelled) {
      // A newer set-up took over; its own run will report.
      return;
    }
    this._running = false;
    this._cancel.disabled = true;
    // A level's sample stops when its time is up: what it counted is its result.
    const usable = sample.complete || (level !== undefined && !this._cancelled);
    if (!usable) {
      this._view.root.dataset.sampling = 'cancelled';
      this._status.textContent = translate(
        this._last === null ? 'lab.sample.cancelledNone' : 'lab.sample.cancelled',
      );
      return;
    }
    this._last = { setup, sample };
    this._view.root.dataset.sampling = 'done';
    this._progress.value = this._progress.max;
    this._renderSample(setup, sample);
  }

  private _renderSample(setup: LabSetup, sample: AnySample): void {
    const level = isLevelSample(sample);
    const outcomes: readonly string[] = level ? OUTCOME_CLASSES : OUTCOMES;
    const head = el('thead', {
      children: [
        el('tr', {
          children: [
            el('th', { attrs: { scope: 'col' }, text: { key: 'lab.table.loadout' } }),
            el('th', { attrs: { scope: 'col' }, text: { key: 'lab.table.model' } }),
            el('th', { attrs: { scope: 'col' }, text: { key: 'lab.table.runs' } }),
            ...outcomes.map((outcome) =>
              el('th', {
                attrs: { scope: 'col' },
                text: {
                  key: level
                    ? `lab.outcomeClass.${outcome as (typeof OUTCOME_CLASSES)[number]}`
                    : `lab.outcome.${outcome as (typeof OUTCOMES)[number]}`,
                },
              }),
            ),
            ...(level
              ? [el('th', { attrs: { scope: 'col' }, text: { key: 'lab.table.meanCost' } })]
              : []),
          ],
        }),
      ],
    });
    const rows = sample.cells.map((cell) => {
      const name = cellText(
        `${loadoutLetter(cell.loadout)} · ${loadoutName(setup, cell.loadout)}`,
        'th',
      );
      name.setAttribute('scope', 'row');
      const record = cell.outcomes as Readonly<
        Record<
          string,
          { count: number; rate: number; interval: { low: number; high: number } | null }
        >
      >;
      const figures = outcomes.map((outcome) => {
        const figure = record[outcome];
        const td = el('td', {
          attrs: {
            'data-outcome': outcome,
            'data-count': String(figure?.count ?? 0),
            'data-rate': String(figure?.rate ?? 0),
          },
        });
        td.textContent = percentIn('figure', figure?.rate ?? 0);
        if (figure?.interval !== null && figure?.interval !== undefined) {
          td.append(
            el('span', {
              className: 'lab-interval',
              text: {
                key: 'lab.table.interval',
                params: {
                  low: percentIn('range', figure.interval.low),
                  high: percentIn('range', figure.interval.high),
                },
              },
            }),
          );
        }
        return td;
      });
      const cost =
        'meanCost' in cell
          ? [
              el('td', {
                attrs: { 'data-cost': String(cell.meanCost) },
                text: { key: 'lab.table.hours', params: { hours: hoursText(cell.meanCost) } },
              }),
            ]
          : [];
      return el('tr', {
        attrs: { 'data-loadout': String(cell.loadout), 'data-model': cell.model },
        children: [
          name,
          cellText(cell.model),
          cellText(formatNumber(cell.runs, 0)),
          ...figures,
          ...cost,
        ],
      });
    });
    const table = el('div', {
      className: 'lab-table-wrap',
      attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'lab-sample-heading' },
      children: [
        labelCells(
          el('table', {
            className: 'lab-table',
            attrs: { 'data-table': 'sample' },
            children: [
              el('caption', { text: sampleCaption(sample) }),
              head,
              el('tbody', { children: rows }),
            ],
          }),
        ),
      ],
    });
    this._result.replaceChildren(table, this._differences(setup, sample.differences));
  }

  private _differences(setup: LabSetup, differences: readonly LabPairedDifference[]): HTMLElement {
    if (differences.length === 0) {
      return el('p', { className: 'lab-hint', text: { key: 'lab.sample.noDifferences' } });
    }
    const rows = differences.map((difference) => {
      const pair = cellText(
        translate('lab.sample.pair', {
          a: `${loadoutLetter(difference.a)} · ${loadoutName(setup, difference.a)}`,
          b: `${loadoutLetter(difference.b)} · ${loadoutName(setup, difference.b)}`,
        }),
        'th',
      );
      pair.setAttribute('scope', 'row');
      const signed = (value: number): string =>
        `${value > 0 ? '+' : value < 0 ? '−' : '±'}${percentIn('figure', Math.abs(value))}`;
      const interval =
        difference.interval === null
          ? translate('lab.sample.noInterval')
          : translate('lab.table.interval', {
              low: signed(difference.interval.low),
              high: signed(difference.interval.high),
            });
      return el('tr', {
        attrs: {
          'data-a': String(difference.a),
          'data-b': String(difference.b),
          'data-model': difference.model,
          'data-difference': String(difference.difference),
        },
        children: [
          pair,
          cellText(difference.model),
          cellText(signed(difference.difference)),
          cellText(interval),
          cellText(signed(difference.exact)),
          cellText(
            translate('lab.sample.discordant', {
              a: formatNumber(difference.onlyA, 0),
              b: formatNumber(difference.onlyB, 0),
            }),
          ),
        ],
      });
    });
    const columns = [
      'lab.sample.diffPair',
      'lab.table.model',
      'lab.sample.diffSampled',
      'lab.sample.diffInterval',
      'lab.sample.diffExact',
      'lab.sample.diffOnly',
    ] as const;
    return el('div', {
      className: 'lab-table-wrap',
      attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'lab-diff-caption' },
      children: [
        labelCells(
          el('table', {
            className: 'lab-table',
            attrs: { 'data-table': 'differences' },
            children: [
              el('caption', {
                attrs: { id: 'lab-diff-caption' },
                text: { key: 'lab.sample.diffCaption' },
              }),
              el('thead', {
                children: [
                  el('tr', {
                    children: columns.map((key) =>
                      el('th', { attrs: { scope: 'col' }, text: { key } }),
                    ),
                  }),
                ],
              }),
              el('tbody', { children: rows }),
            ],
          }),
        ),
      ],
    });
  }

  // --- charts ------------------------------------------------------------------------------

  private _chartSection(): HTMLElement {
    const assumptions: readonly LabSweepAssumption[] = [
      'catchRate',
      'detectionRate',
      'falseAlarmRate',
      'reviewMinutes',
    ];
    for (const name of assumptions) {
      const option = el('option', { text: { key: `lab.assumptions.${name}.label` } });
      option.value = name;
      this._chartAssumption.append(option);
    }
    this._chartModel.addEventListener('change', () => void this._drawCharts());
    this._chartAssumption.addEventListener('change', () => void this._drawCharts());
    return el('section', {
      className: 'lab-section lab-chart-section',
      attrs: { 'aria-labelledby': 'lab-charts-heading' },
      children: [
        el('h3', {
          className: 'section-label',
          attrs: { id: 'lab-charts-heading' },
          text: { key: 'lab.charts.heading' },
        }),
        el('div', {
          className: 'lab-sample-controls',
          children: [
            el('div', {
              className: 'lab-field',
              children: [
                el('label', {
                  text: { key: 'lab.charts.model' },
                  attrs: { for: 'lab-chart-model' },
                }),
                this._chartModel,
              ],
            }),
            el('div', {
              className: 'lab-field',
              children: [
                el('label', {
                  text: { key: 'lab.charts.assumption' },
                  attrs: { for: 'lab-chart-assumption' },
                }),
                this._chartAssumption,
              ],
            }),
          ],
        }),
        this._charts,
      ],
    });
  }

  private _fillChartModels(): void {
    const { models } = this._view.setup;
    const current = this._chartModel.value;
    this._chartModel.replaceChildren(
      ...models.map((model) => {
        const option = el('option');
        option.value = model;
        option.textContent = model;
        option.selected = model === current;
        return option;
      }),
    );
  }

  /** Footnotes under an exported chart: the rates' sources and the assumptions in force. */
  private _footnotes(setup: LabSetup, exact: LabExact | LabLevelExact): string[] {
    const json = labJson(setup, exact);
    const sources = json.rateRows.map((row) => `${row.id}: ${row.source}`);
    const { assumptions } = setup;
    const line = translate('lab.charts.assumptionsLine', {
      catchRate: percentIn('figure', assumptions.catchRate),
      detectionRate: percentIn('figure', assumptions.detectionRate),
      falseAlarmRate: percentIn('figure', assumptions.falseAlarmRate),
      minutes: formatNumber(assumptions.reviewMinutes, 1),
    });
    return [translate('lab.charts.sourcesLine'), ...sources, line, this._address()];
  }

  /** Bumped by every drawing of the charts (see {@link _drawCharts}). */
  private _drawing = 0;

  private async _drawCharts(): Promise<void> {
    if (this._disposed) {
      return;
    }
    const generation = this._generation;
    // A later drawing (another model or assumption chosen meanwhile) takes over from this one.
    const drawing = ++this._drawing;
    const current = (): boolean => generation === this._generation && drawing === this._drawing;
    const setup = this._view.setup;
    const level = this._view.level;
    const model = (this._chartModel.value || setup.models[0]) as ModelName | undefined;
    if (model === undefined) {
      return;
    }
    this._charts.dataset.state = 'loading';
    const { remote } = worker();
    const charts = await import('./charts');
    const assumption = this._chartAssumption.value as LabSweepAssumption;
    const [grid, sweep, exact] = await Promise.all([
      remote.grid(setup, level),
      remote.sweep(setup, assumption, level),
      this._view.exact(),
    ]);
    if (!current()) {
      return;
    }
    const context = {
      labels: setup.loadouts.map(
        (_, index) => `${loadoutLetter(index)} · ${loadoutName(setup, index)}`,
      ),
      footnotes: this._footnotes(setup, exact),
      // Drawn at the width it is shown at, so its text is not scaled down. The width comes from
      // a ResizeObserver: reading it here would lay the whole page out in this task.
      width: Math.max(300, Math.min(720, this._chartsWidth - 32 || 560)),
    };
    // One chart per task, with the page free in between: drawing all three at once would hold
    // the main thread for a few hundred milliseconds on a slow machine. Each takes its place as
    // soon as it is drawn, so the browser styles and lays out one chart per frame, not three
    // (some 250 SVG elements each: 29 ms of style for the three at once in a 1× trace).
    const draws = [
      () => charts.harmCostFigure(grid, model, context),
      () => charts.harmByModelFigure(exact, context),
      () => charts.sweepFigure(sweep, model, context),
    ];
    for (const [index, draw] of draws.entries()) {
      await nextTask();
      if (!current()) {
        return;
      }
      const figure = await draw();
      if (!current()) {
        return;
      }
      const shown = this._charts.children[index];
      if (shown === undefined) {
        this._charts.append(figure);
      } else {
        shown.replaceWith(figure);
      }
    }
    while (this._charts.children.length > draws.length) {
      this._charts.lastElementChild?.remove();
    }
    await nextTask();
    if (!current()) {
      return;
    }
    this._charts.dataset.state = 'ready';
    this._charts.removeAttribute('aria-busy');
    this._chartsOwed = false;
  }

  // --- share and export --------------------------------------------------------------------

  private _shareSection(): HTMLElement {
    const copy = el('button', {
      className: 'menu-button',
      attrs: { type: 'button', 'data-action': 'copy-link' },
      text: { key: 'lab.share.copy' },
      onClick: () => void this._copyLink(),
    });
    const csv = el('button', {
      className: 'menu-button',
      attrs: { type: 'button', 'data-action': 'export-csv' },
      text: { key: 'lab.share.csv' },
      onClick: () => void this._export('csv'),
    });
    const json = el('button', {
      className: 'menu-button',
      attrs: { type: 'button', 'data-action': 'export-json' },
      text: { key: 'lab.share.json' },
      onClick: () => void this._export('json'),
    });
    return el('section', {
      className: 'lab-section lab-share',
      attrs: { 'aria-labelledby': 'lab-share-heading' },
      children: [
        el('h3', {
          className: 'section-label',
          attrs: { id: 'lab-share-heading' },
          text: { key: 'lab.share.heading' },
        }),
        el('div', {
          className: 'lab-field lab-link',
          children: [
            el('label', { text: { key: 'lab.share.link' }, attrs: { for: 'lab-link' } }),
            this._link,
          ],
        }),
        el('div', { className: 'lab-share-buttons', children: [copy, csv, json] }),
        el('p', { className: 'lab-hint', text: { key: 'lab.share.hint' } }),
      ],
    });
  }

  private async _copyLink(): Promise<void> {
    this._link.value = this._address();
    this._link.select();
    try {
      await navigator.clipboard.writeText(this._link.value);
      this._status.textContent = translate('lab.share.copied');
    } catch {
      // No clipboard here (an insecure page, a refused permission): the link stays selected.
      this._status.textContent = translate('lab.share.selected');
    }
  }

  /** The exports hold the set-up on screen and the last complete sample when it is for it. */
  private async _export(kind: 'csv' | 'json'): Promise<void> {
    const setup = this._view.setup;
    const exact = await this._view.exact();
    const sample =
      this._last !== null && encodeLabSetup(this._last.setup) === encodeLabSetup(setup)
        ? this._last.sample
        : undefined;
    if (kind === 'csv') {
      downloadText('overseer-lab.csv', 'text/csv', labCsv(setup, exact, sample));
    } else {
      const text = `${JSON.stringify(labJson(setup, exact, sample), null, 2)}\n`;
      downloadText('overseer-lab.json', 'application/json', text);
    }
  }
}
