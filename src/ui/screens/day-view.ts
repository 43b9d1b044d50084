import './day-view.css';
import type { Command, DrawEvent, GameState, Level, SimEvent } from '../../core';
import { type LevelNamespace, levelNamespace } from '../../levels/level-text';
import { mailCard, inboxItem, markInboxItem } from '../components/mail-card';
import { formatClock } from '../components/time';
import type { DayClock, DayClockChange, DayPace } from '../../session/game-session';
import { el, type TextParams, type UiKey } from '../dom';
import { afterPaint } from '../yield';
import { drawPanel } from './draw-panel';
import { decisionLabel } from '../components/decision-label';
import { splitPanel } from './split-panel';
import { concealedDrawPanel } from './draw-panel';
import { QueuePanel } from './queue-panel';
import { monitorFlag } from './monitor-flag';
import { CostMeter } from '../components/cost-meter';

const PACE_KEYS: Record<DayPace, UiKey> = {
  slow: 'day.paceSlow',
  normal: 'day.paceNormal',
  fast: 'day.paceFast',
};

/** What the day screen asks of its scene. */
export interface DayActions {
  dispatch(command: Command): void;
  /** The option ids the rules offer now. */
  availableOptions(): readonly string[];
  /** Whether the day plays itself, how fast, and which email the reader shows (all saved). */
  dayClock(): DayClock;
  /**
   * Starts or pauses the day, sets its pace, or records the email in the reader; returns the
   * clock as it is now.
   */
  setDayClock(change: DayClockChange): DayClock;
  toDebrief(): void;
  onDrawClosed(): void;
  /** Leaves the day for the menu; the day is saved and can be continued or abandoned there. */
  leave(): void;
}

/**
 * The day: the inbox filling in time order, the reader, and the table's side (choices, the
 * approval queue, monitor flags, the draw). It renders the session's state; every button sends
 * a command through {@link DayActions.dispatch}. Nothing here decides a rule.
 */
export class DayView {
  readonly root: HTMLElement;
  private readonly _clock = el('span', { className: 'day-clock-value' });
  private readonly _inbox = el('ol', { className: 'inbox-list', attrs: { id: 'inbox' } });
  private readonly _reader = el('div', {
    className: 'reader',
    attrs: { id: 'reader', tabindex: '-1' },
  });
  private readonly _side = el('div', {
    className: 'day-side-now',
    attrs: { 'aria-live': 'polite' },
  });
  private readonly _autoButton: HTMLButtonElement;
  private readonly _pace: HTMLSelectElement;
  private readonly _clockNote = el('p', {
    className: 'day-clock-note',
    attrs: { 'aria-live': 'polite', role: 'status' },
  });
  private readonly _unread: HTMLButtonElement;
  private readonly _inboxCount = el('span', { className: 'inbox-count' });
  private readonly _namespace: LevelNamespace;
  private readonly _queue: QueuePanel;
  private readonly _meter: CostMeter;
  private _shown = new Set<string>();
  private _openEmail: string | null = null;
  private _draw: HTMLElement | null = null;
  private _sideKey = '';
  /** The state the rules are in now. */
  private _state: GameState | null = null;
  /** A state that arrived with a draw: shown behind the dice only once the player continues. */
  private _held: { state: GameState; events: readonly SimEvent[] } | null = null;

  constructor(
    private readonly _level: Level,
    private readonly _actions: DayActions,
  ) {
    this._namespace = levelNamespace(_level.id);
    this._autoButton = el('button', {
      className: 'menu-button',
      attrs: { type: 'button', 'data-action': 'autoplay' },
      onClick: () => this._toggleAuto(),
    });
    this._pace = el('select', {
      className: 'day-pace',
      attrs: { id: 'day-pace' },
      children: (['slow', 'normal', 'fast'] as const).map((pace) =>
        el('option', { text: { key: PACE_KEYS[pace] }, attrs: { value: pace } }),
      ),
    });
    this._pace.addEventListener('change', () => {
      const pace = this._pace.value as DayPace;
      this.showClock(this._actions.setDayClock({ pace }));
    });
    this._unread = el('button', {
      className: 'menu-button day-unread',
      attrs: { type: 'button' },
      onClick: () => this._inbox.querySelector<HTMLElement>('.inbox-item.unread')?.focus(),
    });
    this._queue = new QueuePanel(_level, {
      review: (item, verdict) => this._dispatch({ kind: 'review-item', item, verdict }),
    });
    this._meter = new CostMeter(_level);
    this.root = this._build();
    this.showClock(this._actions.dayClock());
    this._reader.append(el('p', { className: 'reader-empty', text: { key: 'day.noEmailOpen' } }));
  }

  private _build(): HTMLElement {
    const skip = el('a', {
      className: 'skip-inline',
      text: { key: 'common.skipToInbox' },
      attrs: { href: '#inbox' },
    });
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      this._inbox.querySelector<HTMLElement>('button')?.focus();
    });
    const header = el('header', {
      className: 'day-header',
      children: [
        skip,
        el('h2', {
          className: 'day-title',
          text: { key: this._level.titleKey, namespace: this._namespace },
        }),
        // The clock and its controls, as one group: where the header is narrow it takes a row of
        // its own below the title and Menu.
        el('div', {
          className: 'day-controls',
          children: [
            el('p', {
              className: 'day-clock',
              children: [
                el('span', { text: { key: 'day.clock' } }),
                document.createTextNode(' '),
                this._clock,
              ],
            }),
            this._unread,
            this._meter.root,
            el('div', {
              className: 'day-pace-control',
              children: [
                el('label', { text: { key: 'day.pace' }, attrs: { for: 'day-pace' } }),
                this._pace,
                this._autoButton,
                this._clockNote,
              ],
            }),
          ],
        }),
        el('button', {
          className: 'menu-button day-leave',
          text: { key: 'day.leave' },
          attrs: { type: 'button', 'data-action': 'menu' },
          onClick: () => this._actions.leave(),
        }),
      ],
    });
    this._inbox.addEventListener('keydown', (event) => this._arrowKeys(event));
    const inbox = el('section', {
      className: 'day-inbox',
      attrs: { 'aria-labelledby': 'inbox-heading' },
      children: [
        el('h3', {
          attrs: { id: 'inbox-heading' },
          children: [el('span', { text: { key: 'day.inbox' } }), this._inboxCount],
        }),
        this._inbox,
      ],
    });
    return el('section', {
      className: 'day-panel',
      children: [
        header,
        el('div', {
          className: 'day-grid',
          children: [
            inbox,
            this._reader,
            // The table's side: what the story asks now (live), then the approval queue.
            el('div', { className: 'day-side', children: [this._side, this._queue.root] }),
          ],
        }),
      ],
    });
  }

  /** Up and Down move between inbox items; Home and End jump to the first and last. */
  private _arrowKeys(event: KeyboardEvent): void {
    const items = [...this._inbox.querySelectorAll<HTMLElement>('button')];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (current === -1 || target === undefined) {
      return;
    }
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, target))]?.focus();
  }

  private _toggleAuto(): void {
    this.showClock(this._actions.setDayClock({ running: !this._actions.dayClock().running }));
  }

  /**
   * Shows the day's clock controls: the button says what it will do (play or pause), the note
   * says whether the day runs, waits for the player, or waited because something new came.
   */
  showClock(clock: DayClock): void {
    this._autoButton.replaceChildren(
      el('span', { text: { key: clock.running ? 'day.pause' : 'day.auto' } }),
    );
    this._autoButton.dataset.running = String(clock.running);
    this._pace.value = clock.pace;
    const note: UiKey = clock.running
      ? 'day.playingNote'
      : clock.waiting
        ? 'day.waitingNote'
        : 'day.pausedNote';
    this._clockNote.replaceChildren(el('span', { text: { key: note } }));
    this._clockNote.dataset.state = clock.running
      ? 'running'
      : clock.waiting
        ? 'waiting'
        : 'paused';
  }

  /** How many delivered emails are unread: in the inbox heading and as a button to the first. */
  private _countUnread(state: GameState): void {
    const count = state.delivered.filter((item) => !state.read.includes(item.email)).length;
    if (this._unread.dataset.count === String(count)) {
      // Unchanged: the words stay, and nothing is laid out again.
      return;
    }
    const words = el('span', { text: { key: 'day.unreadCount', params: { count } } });
    this._inboxCount.replaceChildren(document.createTextNode(' · '), words);
    this._unread.replaceChildren(
      el('span', { text: { key: 'day.unreadCount', params: { count } } }),
    );
    this._unread.hidden = count === 0;
    this._unread.dataset.count = String(count);
  }

  /** Brings the view up to date with the state, and shows a draw if one was just rolled. */
  update(state: GameState, events: readonly SimEvent[]): void {
    this._state = state;
    if (this._held !== null) {
      // A draw is on screen: what follows it waits behind the dice.
      this._held = { state, events: [...this._held.events, ...events] };
      return;
    }
    if (events.some((event) => event.kind === 'outcome-rolled' || event.kind === 'split-rolled')) {
      // The clock, the inbox, the ending and the next decision would give the draw away: they
      // change only once the player has seen the dice and continues.
      this._held = { state, events };
      this._showDraws(state, events);
      return;
    }
    this._show(state, events);
  }

  /** Shows a state: the clock, the inbox, the side, and an email just opened in the reader. */
  private _show(state: GameState, events: readonly SimEvent[]): void {
    this._clock.textContent = formatClock(state.clock);
    this._syncInbox(state);
    this._renderSide(state);
    this._queue.update(state, events);
    this._meter.update(state);
    const opened = events.filter((event) => event.kind === 'email-opened').pop();
    if (opened?.kind === 'email-opened') {
      this._openReader(state, opened.email);
    } else if (this._openEmail === null && state.read.length > 0) {
      // A resumed day opens the email that was in the reader (saved with the day), or, in a save
      // from before that was kept, the email read last; without taking the focus.
      const saved = this._actions.dayClock().reading;
      const id = saved !== null && state.read.includes(saved) ? saved : state.read.at(-1);
      this._openReader(state, id ?? '', false);
    }
  }

  private _showDraws(state: GameState, events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.kind === 'outcome-rolled') {
        // With a monitor deployed, its own draw comes in the same step; the draw shows both.
        const monitor = events.find(
          (next) =>
            (next.kind === 'monitor-flagged' || next.kind === 'monitor-cleared') &&
            next.decision === event.decision,
        );
        const monitorDraw =
          monitor?.kind === 'monitor-flagged' || monitor?.kind === 'monitor-cleared'
            ? monitor.draw
            : undefined;
        if (event.concealed) {
          // The player's review decides what this attempt comes to: the dice stay face down,
          // and the monitor's draw too (its rate would tell the arm); the debrief shows both.
          this._openDraw(
            concealedDrawPanel(this._drawWhat(event.decision, state), () => this._closeDraw()),
          );
        } else {
          this.showDraw(event.draw, event.decision, state, monitorDraw);
        }
      } else if (event.kind === 'split-rolled') {
        this._openDraw(splitPanel(event, this._namespace, () => this._closeDraw()));
      }
    }
  }

  /** Whether a draw is on screen (autoplay waits for it). */
  get drawOpen(): boolean {
    return this._draw !== null;
  }

  private _syncInbox(state: GameState): void {
    for (const delivered of state.delivered) {
      if (this._shown.has(delivered.email)) {
        continue;
      }
      const email = this._level.emails[delivered.email];
      if (email === undefined) {
        continue;
      }
      this._shown.add(delivered.email);
      const unread = !state.read.includes(delivered.email);
      this._inbox.append(
        inboxItem(this._level, email, delivered.hiddenFromAgent, unread, () =>
          this.openEmail(delivered.email),
        ),
      );
    }
    this._markInbox(state);
    this._countUnread(state);
  }

  /** Marks every inbox line read or unread, and the one in the reader as current. */
  private _markInbox(state: GameState): void {
    for (const button of this._inbox.querySelectorAll<HTMLElement>('[data-open-email]')) {
      const id = button.dataset.openEmail ?? '';
      markInboxItem(button, { read: state.read.includes(id), open: id === this._openEmail });
    }
  }

  /**
   * Opens an email in the reader. An unread one is read through core (`open-email` records it);
   * one already read is opened again by the view alone: core keeps the set of emails read, and
   * reading one twice adds nothing to it, so there is no command to send.
   */
  openEmail(id: string): void {
    const state = this._state;
    if (state === null || this.drawOpen) {
      return;
    }
    if (state.read.includes(id)) {
      this._openReader(state, id);
    } else {
      this._actions.dispatch({ kind: 'open-email', email: id });
    }
  }

  private _openReader(state: GameState, id: string, focus = true): void {
    const email = this._level.emails[id];
    const delivered = state.delivered.find((candidate) => candidate.email === id);
    if (email === undefined) {
      return;
    }
    this._openEmail = id;
    if (this._actions.dayClock().reading !== id) {
      // The email in the reader is saved with the day, so a resumed day reopens it.
      this._actions.setDayClock({ reading: id });
    }
    this._reader.replaceChildren(mailCard(this._level, email, delivered?.hiddenFromAgent ?? false));
    this._markInbox(state);
    if (focus) {
      this._reader.focus({ preventScroll: true });
      // Where the reader is not all in sight (below the inbox in one column), bring it up: whole
      // if it fits, else from its top. Measured in the next frame, before it is painted: measured
      // here, the new email would be laid out inside the task of the press that opened it, on top
      // of building it (docs/PERFORMANCE.md, "Sixth round").
      const reader = this._reader;
      window.requestAnimationFrame(() => {
        if (!reader.isConnected || this._openEmail !== id) {
          return;
        }
        const box = reader.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) {
          reader.scrollIntoView({ block: box.height > window.innerHeight ? 'start' : 'nearest' });
        }
      });
    }
  }

  /** Sends a command, unless a draw is on screen: the day waits until the player continues. */
  private _dispatch(command: Command): void {
    if (!this.drawOpen) {
      this._actions.dispatch(command);
    }
  }

  private _button(
    key: UiKey,
    action: string,
    command: Command | (() => void),
    primary = false,
  ): HTMLButtonElement {
    return el('button', {
      className: primary ? 'primary-button' : 'menu-button',
      text: { key },
      attrs: { type: 'button', 'data-action': action },
      onClick: () => (typeof command === 'function' ? command() : this._dispatch(command)),
    });
  }

  private _renderSide(state: GameState): void {
    // Re-render only when what the side shows changes, so a focused button survives the clock.
    // Waiting for the agent's queued item shows what a running day shows: the queue is where it
    // waits, and nothing on the side (nor its live region) may single it out.
    const status = state.status === 'awaiting-approval' ? 'playing' : state.status;
    const flagged = state.status === 'awaiting-flag' ? (state.pending?.decision ?? '') : '';
    const key = `${status}|${state.node ?? ''}|${flagged}`;
    if (key === this._sideKey) {
      return;
    }
    this._sideKey = key;
    const active = document.activeElement;
    // The part of the side that holds the focus (the pressed button, or its list).
    const holder =
      active instanceof HTMLElement && active !== this._side && this._side.contains(active)
        ? [...this._side.children].find((child) => child.contains(active))
        : undefined;
    if (holder === undefined) {
      this._side.replaceChildren(...this._sideContent(state));
      return;
    }
    // A focused element taken off the page, hidden or blurred makes the browser lay the page out
    // at once, inside the press's task (23–58 ms at 4× CPU in a traced day; docs/PERFORMANCE.md,
    // "Seventh round"). So the pressed part stays, unseen and answering nothing, until the side
    // has been painted; then the focus goes to the side's first button (unless the player has
    // put it somewhere else meanwhile, or dice came up and hold it) and the part goes.
    for (const child of [...this._side.childNodes]) {
      if (child !== holder) {
        child.remove();
      }
    }
    holder.before(...this._sideContent(state));
    holder.classList.add('side-leaving');
    holder.setAttribute('aria-hidden', 'true');
    for (const control of [holder, ...holder.querySelectorAll('[data-action]')]) {
      control.removeAttribute('data-action');
    }
    // A press on it (Enter on the button that still has the focus) reaches none of its handlers.
    const swallow = (event: Event): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    holder.addEventListener('click', swallow, { capture: true });
    this._focusSideAfterPaint(holder);
  }

  /**
   * Gives the focus to the side's first button once the day is painted again, unless the player
   * has put it somewhere else meanwhile or dice hold it; then `leaving` (the side's pressed part)
   * goes. Focusing in the press's own task would lay the whole day out there.
   */
  private _focusSideAfterPaint(leaving?: Element): void {
    afterPaint(() => {
      const active = document.activeElement;
      const lost =
        active === null || active === document.body || leaving?.contains(active) === true;
      if (lost && !this.drawOpen && this.root.isConnected) {
        [...this._side.querySelectorAll<HTMLElement>('button')]
          .find((button) => leaving?.contains(button) !== true)
          ?.focus();
      }
      leaving?.remove();
    });
  }

  private _sideContent(state: GameState): Node[] {
    if (state.status === 'awaiting-choice') {
      return this._choice(state);
    }
    return [...this._chosen(state), ...this._sideNow(state)];
  }

  /** What the player chose at the last choice, shown until the next one. */
  private _chosen(state: GameState): HTMLElement[] {
    const node = [...state.visited]
      .reverse()
      .map((id) => this._level.nodes[id])
      .find((candidate) => candidate?.kind === 'choice' && state.choices[candidate.id]);
    const option =
      node?.kind === 'choice'
        ? node.options.find((candidate) => candidate.id === state.choices[node.id])
        : undefined;
    if (option === undefined) {
      return [];
    }
    return [
      el('p', {
        className: 'choice-made',
        attrs: { 'data-option': option.id },
        children: [
          el('span', { text: { key: 'day.chosen' } }),
          document.createTextNode(' '),
          el('strong', { text: { key: option.labelKey, namespace: this._namespace } }),
        ],
      }),
    ];
  }

  private _sideNow(state: GameState): Node[] {
    switch (state.status) {
      case 'awaiting-flag':
        return this._flag(state);
      case 'ended':
        return this._ended(state);
      default:
        return [
          el('p', { className: 'thinking', text: { key: 'day.thinking' } }),
          this._button('day.next', 'next', { kind: 'advance-clock' }, true),
        ];
    }
  }

  private _choice(state: GameState): Node[] {
    const node = state.node === null ? undefined : this._level.nodes[state.node];
    if (node?.kind !== 'choice') {
      return [];
    }
    const offered = new Set(this._actions.availableOptions());
    const buttons = node.options
      .filter((option) => offered.has(option.id))
      .map((option) =>
        el('button', {
          className: 'choice-button',
          text: { key: option.labelKey, namespace: this._namespace },
          attrs: { type: 'button', 'data-action': 'choose', 'data-option': option.id },
          onClick: () => this._dispatch({ kind: 'choose-option', option: option.id }),
        }),
      );
    return [
      el('h3', { text: { key: 'day.choice' } }),
      el('p', {
        className: 'choice-prompt',
        text: { key: node.promptKey, namespace: this._namespace },
      }),
      el('div', { className: 'choice-list', children: buttons }),
    ];
  }

  private _flag(state: GameState): Node[] {
    return monitorFlag(this._level, state, [
      this._button('day.halt', 'halt', { kind: 'act-on-flag', response: 'halt' }),
      this._button('day.dismiss', 'dismiss', { kind: 'act-on-flag', response: 'dismiss' }),
    ]);
  }

  private _ended(state: GameState): Node[] {
    const ending = state.ending === null ? undefined : this._level.nodes[state.ending];
    const title =
      ending?.kind === 'ending'
        ? [
            el('p', {
              className: 'ending-title',
              text: { key: ending.titleKey, namespace: this._namespace },
            }),
          ]
        : [];
    return [
      el('h3', { text: { key: 'day.ended' } }),
      ...title,
      this._button('day.toDebrief', 'to-debrief', () => this._actions.toDebrief(), true),
    ];
  }

  /** Shows the d100 result as text beside the animated dice; Continue closes it. */
  showDraw(draw: DrawEvent, decision: string, state: GameState, monitor?: DrawEvent): void {
    this._openDraw(
      drawPanel(draw, this._drawWhat(decision, state), () => this._closeDraw(), monitor),
    );
  }

  /** What a draw at a decision is the odds of (the scenario, the time, the condition). */
  private _drawWhat(decision: string, state: GameState): TextParams {
    const node = this._level.nodes[decision];
    return node?.kind === 'decision'
      ? decisionLabel(this._level, node)
      : {
          scenario: { key: `scenario.${this._level.scenario}` as const },
          time: formatClock(state.clock),
          condition: '',
        };
  }

  private _openDraw(panel: HTMLElement): void {
    this._draw?.remove();
    this._draw = panel;
    this.root.append(panel);
    // Focused once painted: focusing now would lay the whole day out inside the task that
    // dispatched the command (docs/PERFORMANCE.md, "Fifth round").
    afterPaint(() => {
      if (this._draw === panel) {
        panel.querySelector<HTMLElement>('[data-action="continue-draw"]')?.focus();
      }
    });
  }

  private _closeDraw(): void {
    this._draw?.remove();
    this._draw = null;
    const held = this._held;
    this._held = null;
    if (held !== null) {
      this._show(held.state, held.events);
    }
    this._actions.onDrawClosed();
    // As when it opened: the task that closed the draw does not also lay the whole day out.
    this._focusSideAfterPaint();
  }
}
