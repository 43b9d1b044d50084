/**
 * The facilitator's board (DESIGN.md §7): the session it is for, the result codes coming in
 * (typed, pasted or read from a QR picture), the teams side by side per level, the room's harm
 * against cost, the exports, the projector view with the round's timer, and the after-action
 * report. Every figure comes from core's `BoardRow`; the board keeps its codes, notes and plan
 * in the browser and replays the codes again when it opens.
 */
import type { Level } from '../../core';
import { boardCsv, boardJson, decodeSession, encodeSession } from '../../core/workshop';
import { showNotice } from '../notices';
import { paperPanel } from '../components/panel';
import { bindText, el, translate, type TextSpec } from '../dom';
import { downloadText } from '../lab/download';
import { harmCostChart } from './board-chart';
import {
  type BoardEntry,
  type BoardSession,
  codeLines,
  type Refusal,
  takeIn,
} from './board-intake';
import { levelTitle, refusalText } from './board-problems';
import { setupList } from './board-setup';
import {
  type BoardRecord,
  type BoardStorage,
  emptyBoard,
  type HotWashNotes,
  loadBoard,
  pageStorage,
  type PlanRow,
  saveBoard,
} from './board-state';
import { resultsTable } from './board-table';
import { reportView } from './report-view';
import { clockText, PAGE_CLOCK, RoundTimer, type TimerClock } from './round-timer';
import './board.css';
import './board-print.css';

/** What the board asks of its scene. */
export interface BoardHost {
  back(): void;
  /** The session shown changed (null: none), to keep the page address in step. */
  sessionChanged(session: string | null): void;
}

/** Options for tests: another storage or clock. */
export interface BoardOptions {
  readonly storage?: BoardStorage | null;
  readonly clock?: TimerClock;
}

/** A round's length when the session sets none, in minutes. */
const DEFAULT_ROUND_MINUTES = 15;

/** The board's two views: the board itself, and the after-action report. */
export type BoardViewName = 'board' | 'report';

/** A line of the board's status: a translated sentence. */
function statusLine(text: TextSpec): HTMLElement {
  return el('li', { text });
}

/** A button of the board. */
function button(
  key: TextSpec['key'],
  action: string,
  onClick: () => void,
  extra?: Record<string, string>,
): HTMLButtonElement {
  return el('button', {
    className: 'board-button',
    text: { key } as TextSpec,
    attrs: { type: 'button', 'data-action': action, ...extra },
    onClick,
  });
}

/** The facilitator's board screen. */
export class BoardView {
  readonly root: HTMLElement;
  private readonly _body: HTMLElement;
  private readonly _storage: BoardStorage | null;
  private readonly _clock: TimerClock;
  private _board: BoardSession | null = null;
  private _record: BoardRecord | null = null;
  private _entries: readonly BoardEntry[] = [];
  private _refused: readonly Refusal[] = [];
  private _timer: RoundTimer | null = null;
  private _view: BoardViewName = 'board';
  private _chartToken = 0;
  private _disposed = false;

  constructor(
    private readonly _levels: readonly Level[],
    session: string | undefined,
    private readonly _host: BoardHost,
    options: BoardOptions = {},
  ) {
    this._storage = options.storage === undefined ? pageStorage() : options.storage;
    this._clock = options.clock ?? PAGE_CLOCK;
    this._body = el('div', { className: 'board-body' });
    this.root = paperPanel({
      headingKey: 'board.heading',
      className: 'wide-panel board-panel',
      onBack: () => this._host.back(),
      children: [this._body],
    });
    this.root.dataset.view = 'board';
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this._view === 'report') {
        event.preventDefault();
        this._setView('board');
      }
    });
    if (this._storage === null) {
      showNotice('board.notice.noStorage');
    }
    this._start(session);
  }

  /** The entries on the board now. */
  get entries(): readonly BoardEntry[] {
    return this._entries;
  }

  /** Stops the timer and forgets the print state (the screen closed). */
  dispose(): void {
    this._disposed = true;
    this._timer?.dispose();
    delete document.body.dataset.boardView;
  }

  private _start(session: string | undefined): void {
    if (session !== undefined) {
      this._openSession(session);
      return;
    }
    const last = this._storage === null ? { board: null } : loadBoard(this._storage);
    if (last.setAside !== undefined) {
      showNotice('board.notice.setAside', { key: last.setAside });
    }
    if (last.board !== null) {
      this._openSession(last.board.session);
    } else {
      this._showSessionForm();
    }
  }

  /** Asks for the session code. */
  private _showSessionForm(problem?: TextSpec, typed = ''): void {
    this._board = null;
    this._timer?.dispose();
    this._timer = null;
    this._host.sessionChanged(null);
    const input = el('input', {
      attrs: {
        id: 'board-session',
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        autocapitalize: 'characters',
        'aria-describedby': 'board-session-hint board-session-problem',
        'data-autofocus': '',
      },
    });
    input.value = typed;
    const problemLine = el('p', {
      className: 'board-problem',
      attrs: { id: 'board-session-problem', role: 'alert' },
      ...(problem === undefined ? {} : { text: problem }),
    });
    if (problem !== undefined) {
      input.setAttribute('aria-invalid', 'true');
    }
    const form = el('form', {
      className: 'board-session-form',
      children: [
        el('label', { text: { key: 'board.session.label' }, attrs: { for: 'board-session' } }),
        el('p', {
          className: 'board-hint',
          text: { key: 'board.session.hint' },
          attrs: { id: 'board-session-hint' },
        }),
        el('div', {
          className: 'board-row-controls',
          children: [
            input,
            el('button', {
              className: 'board-button board-primary',
              text: { key: 'board.session.open' },
              attrs: { type: 'submit', 'data-action': 'open-session' },
            }),
          ],
        }),
        problemLine,
      ],
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this._openSession(input.value);
    });
    this._body.replaceChildren(
      el('p', { className: 'board-intro', text: { key: 'board.intro' } }),
      form,
    );
    if (this.root.isConnected) {
      input.focus();
    }
  }

  /** Opens the board of a session code (as typed): its stored codes are replayed again. */
  private _openSession(typed: string): void {
    const decoded = decodeSession(typed);
    if (!decoded.ok) {
      this._showSessionForm(refusalText(decoded.error, this._levels), typed);
      return;
    }
    const session = decoded.value;
    const code = encodeSession(session);
    this._board = { session, code };
    const load =
      this._storage === null ? { board: emptyBoard(code) } : loadBoard(this._storage, code);
    if (load.setAside !== undefined) {
      showNotice('board.notice.setAside', { key: load.setAside });
    }
    this._record = load.board ?? emptyBoard(code);
    const restored = takeIn([], this._record.codes, this._board, this._levels);
    this._entries = restored.entries;
    this._refused = [];
    this._host.sessionChanged(code);
    this._save();
    this._buildBoard();
    const lines: TextSpec[] = [];
    if (restored.accepted.length > 0) {
      lines.push({ key: 'board.notice.restored', params: { count: restored.accepted.length } });
    }
    if (restored.refused.length > 0) {
      lines.push({
        key: 'board.notice.restoredRefused',
        params: { count: restored.refused.length },
      });
    }
    this._say(lines);
  }

  private _save(): void {
    if (this._board === null || this._record === null) {
      return;
    }
    this._record = { ...this._record, codes: this._entries.map((entry) => entry.code) };
    if (this._storage !== null) {
      saveBoard(this._storage, this._record);
    }
  }

  // ── The board ───────────────────────────────────────────────

  private readonly _status = el('ul', {
    className: 'board-status',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-role': 'status' },
  });
  private readonly _refusedList = el('div', {
    className: 'board-refused',
    attrs: { 'data-role': 'refused' },
  });
  private readonly _results = el('div', {
    className: 'board-results',
    attrs: { 'data-role': 'results' },
  });
  private readonly _chart = el('div', {
    className: 'board-chart',
    attrs: { 'data-role': 'chart' },
  });
  private readonly _codes = el('textarea', {
    attrs: {
      id: 'board-codes',
      rows: '5',
      spellcheck: 'false',
      autocomplete: 'off',
      autocapitalize: 'characters',
      'data-autofocus': '',
    },
  });
  private readonly _main = el('div', { className: 'board-main' });
  private readonly _report = el('div', { className: 'board-report-host', attrs: { hidden: '' } });

  private _say(lines: readonly TextSpec[]): void {
    this._status.replaceChildren(...lines.map(statusLine));
  }

  private _buildBoard(): void {
    const board = this._board;
    if (board === null) {
      return;
    }
    const projector = el('button', {
      className: 'board-button',
      text: { key: 'board.projector.toggle' },
      attrs: { type: 'button', 'aria-pressed': 'false', 'data-action': 'projector' },
    });
    projector.addEventListener('click', () => {
      const on = projector.getAttribute('aria-pressed') !== 'true';
      projector.setAttribute('aria-pressed', String(on));
      this.root.dataset.projector = on ? 'on' : 'off';
      this._say([{ key: on ? 'board.projector.on' : 'board.projector.off' }]);
      this._drawChart();
    });
    const toolbar = el('div', {
      className: 'board-toolbar',
      children: [
        projector,
        button('board.report.open', 'open-report', () => this._setView('report')),
        button('board.export.csv', 'export-csv', () => this._export('csv')),
        button('board.export.json', 'export-json', () => this._export('json')),
        button('board.session.change', 'change-session', () => this._showSessionForm()),
      ],
    });
    const setup = el('details', {
      className: 'board-setup-box',
      children: [
        el('summary', { text: { key: 'board.session.summary', params: { code: board.code } } }),
        setupList(board.session, board.code, this._levels),
      ],
    });
    this._main.replaceChildren(
      setup,
      toolbar,
      this._timerSection(),
      this._intakeSection(),
      this._status,
      el('section', {
        className: 'board-section',
        attrs: { 'aria-labelledby': 'board-results-heading' },
        children: [
          el('h3', {
            text: { key: 'board.table.heading' },
            attrs: { id: 'board-results-heading' },
          }),
          this._results,
        ],
      }),
      el('section', {
        className: 'board-section',
        attrs: { 'aria-labelledby': 'board-chart-heading' },
        children: [
          el('h3', { text: { key: 'board.chart.heading' }, attrs: { id: 'board-chart-heading' } }),
          this._chart,
        ],
      }),
    );
    this._body.replaceChildren(this._main, this._report);
    this._setView('board');
    this._renderEntries();
  }

  private _intakeSection(): HTMLElement {
    const qr = el('input', {
      className: 'board-file',
      attrs: { id: 'board-qr', type: 'file', accept: 'image/*', 'data-action': 'qr' },
    });
    qr.addEventListener('change', () => {
      const file = qr.files?.[0];
      if (file !== undefined) {
        void this._readQr(file).finally(() => {
          qr.value = '';
        });
      }
    });
    return el('section', {
      className: 'board-section board-intake',
      attrs: { 'aria-labelledby': 'board-intake-heading' },
      children: [
        el('h3', { text: { key: 'board.intake.heading' }, attrs: { id: 'board-intake-heading' } }),
        el('label', { text: { key: 'board.intake.label' }, attrs: { for: 'board-codes' } }),
        this._codes,
        el('div', {
          className: 'board-row-controls',
          children: [
            el('button', {
              className: 'board-button board-primary',
              text: { key: 'board.intake.check' },
              attrs: { type: 'button', 'data-action': 'check-codes' },
              onClick: () => this.checkCodes(),
            }),
            el('label', {
              className: 'board-button board-file-label',
              text: { key: 'board.intake.qr' },
              attrs: { for: 'board-qr' },
            }),
            qr,
          ],
        }),
        this._refusedList,
      ],
    });
  }

  /** Checks the codes in the box: accepted ones leave it, refused ones stay with their reason. */
  checkCodes(): void {
    const board = this._board;
    if (board === null) {
      return;
    }
    const lines = codeLines(this._codes.value);
    if (lines.length === 0) {
      this._say([{ key: 'board.intake.nothing' }]);
      return;
    }
    const intake = takeIn(this._entries, lines, board, this._levels);
    this._entries = intake.entries;
    this._refused = intake.refused;
    this._codes.value = intake.refused.map((refusal) => refusal.code).join('\n');
    this._save();
    const said: TextSpec[] = [];
    if (intake.accepted.length > 0 || intake.refused.length === 0) {
      said.push({ key: 'board.intake.summary', params: { count: intake.accepted.length } });
    }
    if (intake.refused.length > 0) {
      said.push({ key: 'board.intake.refusedSummary', params: { count: intake.refused.length } });
    }
    for (const older of intake.replaced) {
      said.push({ key: 'board.intake.replaced', params: this._slotParams(older) });
    }
    for (const same of intake.repeated) {
      said.push({ key: 'board.intake.duplicate', params: this._slotParams(same) });
    }
    this._say(said);
    this._renderEntries();
  }

  private _slotParams(entry: BoardEntry): { team: string; level: ReturnType<typeof levelTitle> } {
    return { team: entry.row.team, level: levelTitle(this._levels, entry.row.levelId) };
  }

  private async _readQr(file: File): Promise<void> {
    this._say([{ key: 'board.intake.qrReading' }]);
    const { readQrImage } = await import('./qr-image');
    const read = await readQrImage(file);
    if (this._disposed) {
      return;
    }
    if (!read.ok) {
      this._say([
        { key: read.problem === 'no-code' ? 'board.intake.qrNone' : 'board.intake.qrUnreadable' },
      ]);
      return;
    }
    const kept = this._codes.value.trim();
    this._codes.value = kept === '' ? read.text : `${kept}\n${read.text}`;
    this.checkCodes();
  }

  private _renderEntries(): void {
    this._renderRefused();
    this._renderResults();
    this._drawChart();
    if (this._view === 'report') {
      this._renderReport();
    }
  }

  private _renderRefused(): void {
    if (this._refused.length === 0) {
      this._refusedList.replaceChildren();
      return;
    }
    this._refusedList.replaceChildren(
      el('h4', { text: { key: 'board.intake.refusedHeading' } }),
      el('ul', {
        children: this._refused.map((refusal) => {
          const code = el('code', { className: 'board-code' });
          code.textContent = refusal.code;
          return el('li', {
            attrs: { 'data-refused': refusal.reason.kind },
            children: [
              code,
              el('p', {
                className: 'board-problem',
                text: refusalText(refusal.reason, this._levels, refusal.levelId),
              }),
            ],
          });
        }),
      }),
    );
  }

  private _renderResults(): void {
    const board = this._board;
    if (board === null) {
      return;
    }
    if (this._entries.length === 0) {
      this._results.replaceChildren(el('p', { text: { key: 'board.table.empty' } }));
      return;
    }
    const byLevel = board.session.levels.flatMap((levelId) => {
      const level = this._levels.find((candidate) => candidate.id === levelId);
      const rows = this._entries.filter((entry) => entry.row.levelId === levelId);
      return level === undefined || rows.length === 0 ? [] : [{ level, rows }];
    });
    this._results.replaceChildren(
      ...byLevel.map(({ level, rows }) =>
        resultsTable(level, rows, { remove: (entry) => this._remove(entry) }),
      ),
    );
  }

  private _remove(entry: BoardEntry): void {
    this._entries = this._entries.filter((candidate) => candidate !== entry);
    this._save();
    this._say([{ key: 'board.table.removed', params: this._slotParams(entry) }]);
    this._renderEntries();
    this._results.querySelector<HTMLElement>('h4, p')?.focus();
  }

  private _drawChart(): void {
    this._chartToken += 1;
    const token = this._chartToken;
    const entries = this._entries;
    if (entries.length === 0) {
      this._chart.dataset.state = 'empty';
      this._chart.replaceChildren(el('p', { text: { key: 'board.chart.empty' } }));
      return;
    }
    this._chart.dataset.state = 'drawing';
    const width = Math.max(300, Math.min(900, this._chart.clientWidth || 640));
    void harmCostChart(entries, this._levels, width).then((figure) => {
      if (token !== this._chartToken || this._disposed) {
        return;
      }
      this._chart.replaceChildren(figure);
      this._chart.dataset.state = 'ready';
    });
  }

  private _export(kind: 'csv' | 'json'): void {
    const board = this._board;
    if (board === null) {
      return;
    }
    const rows = this._entries.map((entry) => entry.row);
    const name = `overseer-board-${board.code}`;
    if (kind === 'csv') {
      downloadText(`${name}.csv`, 'text/csv', boardCsv(board.session, rows));
    } else {
      downloadText(`${name}.json`, 'application/json', boardJson(board.session, rows));
    }
  }

  // ── The timer ───────────────────────────────────────────────

  private _timerSection(): HTMLElement {
    const board = this._board;
    const minutes = board?.session.minutes ?? DEFAULT_ROUND_MINUTES;
    const display = el('p', {
      className: 'board-timer-clock',
      attrs: { role: 'timer', 'aria-atomic': 'true', 'data-role': 'timer' },
    });
    const announce = el('p', {
      className: 'board-timer-announce',
      attrs: { 'aria-live': 'assertive', 'data-role': 'timer-announce' },
    });
    const startPause = el('button', {
      className: 'board-button board-primary',
      text: { key: 'board.timer.start' },
      attrs: { type: 'button', 'data-action': 'timer-start' },
    });
    const minutesInput = el('input', {
      attrs: {
        id: 'board-timer-minutes',
        type: 'number',
        min: '1',
        max: '180',
        step: '1',
        inputmode: 'numeric',
      },
    });
    minutesInput.value = String(minutes);
    this._timer?.dispose();
    const timer = new RoundTimer(
      minutes,
      this._clock,
      (view) => {
        display.textContent = clockText(view.secondsLeft);
        display.dataset.seconds = String(view.secondsLeft);
        display.dataset.running = String(view.running);
        const key = view.running ? 'board.timer.pause' : 'board.timer.start';
        if (startPause.getAttribute('data-i18n') !== key) {
          bindText(startPause, { key });
          startPause.setAttribute('data-action', view.running ? 'timer-pause' : 'timer-start');
        }
      },
      (what) => {
        announce.textContent = translate(
          what === 'one-minute' ? 'board.timer.oneMinute' : 'board.timer.timeUp',
        );
        announce.dataset.said = what;
      },
    );
    this._timer = timer;
    startPause.addEventListener('click', () => {
      if (timer.view.running) {
        timer.pause();
      } else {
        announce.textContent = '';
        timer.start();
      }
    });
    minutesInput.addEventListener('change', () => {
      timer.setMinutes(Number(minutesInput.value));
      minutesInput.value = String(timer.view.minutes);
      announce.textContent = '';
    });
    timer.tick();
    return el('section', {
      className: 'board-section board-timer',
      attrs: { 'aria-labelledby': 'board-timer-heading' },
      children: [
        el('h3', { text: { key: 'board.timer.heading' }, attrs: { id: 'board-timer-heading' } }),
        display,
        el('div', {
          className: 'board-row-controls',
          children: [
            el('label', {
              text: { key: 'board.timer.minutes' },
              attrs: { for: 'board-timer-minutes' },
            }),
            minutesInput,
            startPause,
            button('board.timer.reset', 'timer-reset', () => {
              timer.reset();
              announce.textContent = '';
            }),
          ],
        }),
        announce,
      ],
    });
  }

  // ── The report ──────────────────────────────────────────────

  private _setView(view: BoardViewName): void {
    this._view = view;
    this.root.dataset.view = view;
    document.body.dataset.boardView = view;
    this._main.hidden = view !== 'board';
    this._report.hidden = view !== 'report';
    if (view === 'report') {
      this._renderReport();
      this._report.querySelector<HTMLElement>('h2, h3')?.focus();
    } else if (this._report.childElementCount > 0) {
      this._report.replaceChildren();
      this._main.querySelector<HTMLElement>('[data-action="open-report"]')?.focus();
    }
  }

  private _renderReport(): void {
    const board = this._board;
    const record = this._record;
    if (board === null || record === null) {
      return;
    }
    this._report.replaceChildren(
      reportView({
        board,
        levels: this._levels,
        entries: this._entries,
        notes: record.notes,
        plan: record.plan,
        back: () => this._setView('board'),
        notesChanged: (notes: HotWashNotes) => {
          this._record = { ...(this._record ?? record), notes };
          this._save();
        },
        planChanged: (plan: readonly PlanRow[]) => {
          this._record = { ...(this._record ?? record), plan };
          this._save();
        },
      }),
    );
  }
}
