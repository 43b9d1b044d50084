import './queue-panel.css';
import {
  type GameState,
  type Level,
  queueView,
  type QueueItemView,
  type ReviewVerdict,
  type SimEvent,
} from '../../core';
import { type LevelNamespace, levelNamespace } from '../../levels/level-text';
import { people } from '../components/mail-card';
import { formatClock } from '../components/time';
import { el, type KeyParam, type TextSpec, type UiKey } from '../dom';

/** What the queue asks of the day: a verdict on one waiting item. */
export interface QueueActions {
  review(item: string, verdict: ReviewVerdict): void;
}

const VERDICTS: readonly { verdict: ReviewVerdict; key: UiKey }[] = [
  { verdict: 'approve', key: 'queue.approve' },
  { verdict: 'hold', key: 'queue.hold' },
  { verdict: 'escalate', key: 'queue.escalate' },
];

/** The text of an item: a work item's own keys, or its action email's. */
interface ItemText {
  readonly subject: KeyParam & { namespace: LevelNamespace };
  readonly body: KeyParam & { namespace: LevelNamespace };
  readonly attachment: (KeyParam & { namespace: LevelNamespace }) | null;
}

/** A value for a quoted attribute selector (jsdom has no `CSS.escape`). */
function quoted(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** A string safe to use in an element id (item ids are level ids: letters, digits, dashes). */
function idPart(item: string): string {
  return item.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * The approval queue in the day: every waiting item (kind, addressee, subject, urgency and the
 * minutes left before its deadline), soonest first as core's `queueView` orders them, then the
 * decided ones with their verdict. An item opens in place with its full text and three real
 * buttons (approve, hold, escalate) that send `review-item`. Every item is built by the same
 * code from the same fields, so the agent's own action looks, sounds and reads like the rest;
 * nothing here knows which item is the attempt.
 *
 * Keyboard and screen reader: each waiting item is a button (Tab reaches it); opening it moves
 * the focus to its text, which is read out; Escape closes it and returns to its button.
 * Arrivals and items settled by their deadline are announced politely, without moving the focus.
 */
export class QueuePanel {
  readonly root: HTMLElement;
  private readonly _namespace: LevelNamespace;
  private readonly _count = el('span', { className: 'queue-count' });
  private readonly _waiting = el('ul', { className: 'queue-list queue-waiting' });
  private readonly _decided = el('ul', { className: 'queue-list queue-decided' });
  private readonly _live = el('p', {
    className: 'sr-only queue-live',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly _heading: HTMLElement;
  private _open: string | null = null;
  /** The order and status of the items shown, to rebuild only when they change. */
  private _shape = '';
  private _views: QueueItemView[] = [];

  constructor(
    private readonly _level: Level,
    private readonly _actions: QueueActions,
  ) {
    this._namespace = levelNamespace(_level.id);
    this._heading = el('h3', {
      className: 'queue-heading',
      attrs: { id: 'queue-heading', tabindex: '-1' },
      children: [el('span', { text: { key: 'queue.heading' } }), this._count],
    });
    const rule: UiKey =
      _level.workload.unreviewed === 'sent' ? 'queue.ruleSent' : 'queue.ruleDropped';
    this.root = el('section', {
      className: 'queue-panel',
      attrs: { 'aria-labelledby': 'queue-heading', 'data-queue': '' },
      children: [
        this._heading,
        el('p', { className: 'queue-intro', text: { key: 'queue.intro' } }),
        el('p', { className: 'queue-intro queue-rule', text: { key: rule } }),
        el('p', { className: 'queue-intro', text: { key: 'queue.costs' } }),
        this._live,
        el('h4', { text: { key: 'queue.waiting' } }),
        this._waiting,
        el('h4', { text: { key: 'queue.decided' } }),
        this._decided,
      ],
    });
  }

  /** The item open now, if any. */
  get openItem(): string | null {
    return this._open;
  }

  /** Shows the queue of a state, and announces what arrived or was settled in `events`. */
  update(state: GameState, events: readonly SimEvent[]): void {
    this._views = queueView({ level: this._level }, state);
    if (
      this._open !== null &&
      !this._views.some((v) => v.item === this._open && v.status === 'waiting')
    ) {
      this._open = null;
    }
    const shape = JSON.stringify([this._open, this._views.map((v) => [v.item, v.status])]);
    if (shape === this._shape) {
      this._updateMinutes();
    } else {
      this._shape = shape;
      this._render();
    }
    this._announce(events);
  }

  /** Opens a waiting item (or closes it if it is open), moving the focus to its text. */
  toggle(item: string): void {
    this._open = this._open === item ? null : item;
    this._shape = '';
    this._render();
    if (this._open === null) {
      this._focusItemButton(item);
    } else {
      const detail = this._waiting.querySelector<HTMLElement>(`#${this._detailId(item)}`);
      detail?.focus({ preventScroll: true });
      detail?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private _detailId(item: string): string {
    return `queue-detail-${idPart(item)}`;
  }

  private _text(view: QueueItemView): ItemText {
    const email = view.email === null ? undefined : this._level.emails[view.email];
    const namespace = this._namespace;
    return {
      subject: { key: email?.subjectKey ?? view.subjectKey ?? '', namespace },
      body: { key: email?.bodyKey ?? view.bodyKey ?? '', namespace },
      attachment:
        email?.attachment === undefined ? null : { key: email.attachment.nameKey, namespace },
    };
  }

  private _left(view: QueueItemView): TextSpec {
    return view.minutesLeft <= 0
      ? { key: 'queue.due' }
      : { key: 'queue.minutesLeft', params: { minutes: view.minutesLeft } };
  }

  private _render(): void {
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && this.root.contains(focused);
    const focusItem = hadFocus
      ? (focused.closest<HTMLElement>('[data-item]')?.dataset.item ?? null)
      : null;
    const focusAction = hadFocus ? (focused.dataset.action ?? null) : null;
    const focusVerdict = hadFocus ? (focused.dataset.verdict ?? null) : null;

    const waiting = this._views.filter((view) => view.status === 'waiting');
    const decided = this._views.filter((view) => view.status !== 'waiting');
    this._count.replaceChildren(document.createTextNode(` · ${waiting.length}`));
    this.root.dataset.waiting = String(waiting.length);
    this._waiting.replaceChildren(
      ...(waiting.length === 0
        ? [el('li', { className: 'queue-empty', text: { key: 'queue.empty' } })]
        : waiting.map((view) => this._waitingRow(view))),
    );
    this._decided.replaceChildren(
      ...(decided.length === 0
        ? [el('li', { className: 'queue-empty', text: { key: 'queue.noneDecided' } })]
        : decided.map((view) => this._decidedRow(view))),
    );
    if (!hadFocus) {
      return;
    }
    // Put the focus back where it was, or, if that item left the waiting list (decided or
    // settled by its deadline), on the next waiting item, else on the queue's heading.
    const selector =
      focusItem === null
        ? null
        : `[data-item="${quoted(focusItem)}"] [data-action="${focusAction ?? ''}"]${
            focusVerdict === null ? '' : `[data-verdict="${focusVerdict}"]`
          }`;
    const again =
      selector === null
        ? null
        : (this._waiting.querySelector<HTMLElement>(selector) ??
          this._waiting.querySelector<HTMLElement>(`#${this._detailId(focusItem ?? '')}`));
    const target =
      again ??
      this._waiting.querySelector<HTMLElement>('[data-action="open-item"]') ??
      this._heading;
    target.focus({ preventScroll: true });
  }

  private _focusItemButton(item: string): void {
    this._waiting
      .querySelector<HTMLElement>(`[data-item="${quoted(item)}"] [data-action="open-item"]`)
      ?.focus();
  }

  /** Updates the minutes left in place (nothing else changed), so focus and reading stay. */
  private _updateMinutes(): void {
    for (const view of this._views) {
      const left = this._waiting.querySelector<HTMLElement>(
        `[data-item="${quoted(view.item)}"] .queue-left`,
      );
      if (left !== null && left.dataset.minutes !== String(view.minutesLeft)) {
        left.replaceWith(this._leftBadge(view));
      }
    }
  }

  private _leftBadge(view: QueueItemView): HTMLElement {
    return el('span', {
      className: `queue-left${view.minutesLeft <= 10 ? ' queue-soon' : ''}`,
      attrs: { 'data-minutes': String(view.minutesLeft) },
      text: this._left(view),
    });
  }

  private _to(view: QueueItemView): Node {
    return view.to.length === 0
      ? el('span', { text: { key: 'queue.nobody' } })
      : people(this._level, view.to);
  }

  private _waitingRow(view: QueueItemView): HTMLElement {
    const text = this._text(view);
    const open = this._open === view.item;
    const button = el('button', {
      className: 'queue-item',
      attrs: {
        type: 'button',
        'data-action': 'open-item',
        'aria-expanded': String(open),
        'aria-controls': this._detailId(view.item),
      },
      onClick: () => this.toggle(view.item),
      children: [
        el('span', { className: 'queue-kind', text: { key: `queue.kind.${view.kind}` as const } }),
        this._leftBadge(view),
        el('span', { className: 'queue-subject', text: text.subject }),
        el('span', {
          className: 'queue-to',
          children: [
            el('span', { text: { key: 'queue.to' } }),
            document.createTextNode(': '),
            this._to(view),
          ],
        }),
        ...(view.urgent
          ? [el('span', { className: 'queue-urgent', text: { key: 'queue.urgent' } })]
          : []),
      ],
    });
    return el('li', {
      className: `queue-row${open ? ' queue-open' : ''}`,
      attrs: { 'data-item': view.item, 'data-status': view.status },
      children: open ? [button, this._detail(view, text)] : [button],
    });
  }

  private _headerRow(label: UiKey, value: Node): HTMLElement {
    return el('div', {
      className: 'mail-header-row',
      children: [el('dt', { text: { key: label } }), el('dd', { children: [value] })],
    });
  }

  private _detail(view: QueueItemView, text: ItemText): HTMLElement {
    const id = this._detailId(view.item);
    const clock = (time: number): HTMLElement => {
      const span = el('span');
      span.textContent = formatClock(time);
      return span;
    };
    const buttons = VERDICTS.map(({ verdict, key }) =>
      el('button', {
        className: 'menu-button queue-verdict-button',
        text: { key },
        attrs: { type: 'button', 'data-action': 'review', 'data-verdict': verdict },
        onClick: () => this._actions.review(view.item, verdict),
      }),
    );
    const detail = el('div', {
      className: 'queue-detail',
      attrs: {
        id,
        role: 'region',
        tabindex: '-1',
        'aria-labelledby': `${id}-subject`,
        'aria-describedby': `${id}-body`,
      },
      children: [
        el('h5', { className: 'mail-subject', attrs: { id: `${id}-subject` }, text: text.subject }),
        el('dl', {
          className: 'mail-headers',
          children: [
            this._headerRow('queue.to', this._to(view)),
            this._headerRow('queue.arrived', clock(view.arrived)),
            this._headerRow('queue.deadline', clock(view.deadline)),
          ],
        }),
        el('div', {
          className: 'mail-body',
          attrs: { id: `${id}-body` },
          children: [el('p', { text: text.body })],
        }),
        ...(text.attachment === null
          ? []
          : [
              el('p', {
                className: 'mail-attachment',
                children: [
                  el('span', { text: { key: 'day.attachment' } }),
                  document.createTextNode(': '),
                  el('span', { text: text.attachment }),
                ],
              }),
            ]),
        el('div', { className: 'queue-verdicts', children: buttons }),
        el('button', {
          className: 'menu-button queue-close',
          text: { key: 'queue.close' },
          attrs: { type: 'button', 'data-action': 'close-item' },
          onClick: () => this.toggle(view.item),
        }),
      ],
    });
    detail.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        // The day would take Escape to the menu; here it closes the item.
        event.preventDefault();
        event.stopPropagation();
        this.toggle(view.item);
      }
    });
    return detail;
  }

  private _decidedRow(view: QueueItemView): HTMLElement {
    const text = this._text(view);
    return el('li', {
      className: 'queue-row queue-done',
      attrs: { 'data-item': view.item, 'data-status': view.status },
      children: [
        el('span', { className: 'queue-kind', text: { key: `queue.kind.${view.kind}` as const } }),
        el('span', {
          className: `queue-verdict verdict-${view.status}`,
          text: { key: `queue.status.${view.status}` as const },
        }),
        el('span', { className: 'queue-subject', text: text.subject }),
      ],
    });
  }

  /** Says politely what arrived, and what the deadline rule settled, in one line. */
  private _announce(events: readonly SimEvent[]): void {
    const lines: TextSpec[] = [];
    for (const event of events) {
      const view = this._views.find(
        (candidate) =>
          (event.kind === 'item-queued' || event.kind === 'item-expired') &&
          candidate.item === event.item,
      );
      if (view === undefined) {
        continue;
      }
      const { subject } = this._text(view);
      if (event.kind === 'item-queued' && view.status === 'waiting') {
        lines.push({
          key: 'queue.arrivedLive',
          params: { subject, minutes: view.minutesLeft },
        });
      } else if (event.kind === 'item-expired') {
        lines.push({
          key: 'queue.settledLive',
          params: { subject, status: { key: `queue.status.${event.status}` as const } },
        });
      }
    }
    if (lines.length > 0) {
      this._live.replaceChildren(
        ...lines
          .map((line) => el('span', { text: line }))
          .flatMap((span) => [span, document.createTextNode(' ')]),
      );
    }
  }
}
