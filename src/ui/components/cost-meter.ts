import './cost-meter.css';
import {
  type CostLine,
  dayCost,
  type DayCost,
  defenseCard,
  type GameState,
  type Level,
} from '../../core';
import { el, type TextSpec } from '../dom';
import { formatNumber } from './format';

/** Hours as the meter writes them: at most two decimals, in the current language. */
export function hoursText(hours: number): string {
  return formatNumber(hours, 2);
}

/** What one line of the day's cost says: its reason, card, units and hours. */
export function costLineText(line: CostLine, state: GameState): TextSpec {
  const hours = hoursText(line.hours);
  switch (line.reason) {
    case 'upkeep': {
      const defense = line.defense ?? 'oversight';
      return {
        key: `meter.upkeep.${defenseCard(defense).upkeep}` as const,
        params: {
          card: { key: `defense.${defense}.name` as const },
          units: line.units,
          hours,
        },
      };
    }
    case 'review-time':
      return {
        key: 'meter.review-time',
        params: { units: line.units, minutes: state.assumptions.reviewMinutes, hours },
      };
    case 'held-work':
      return { key: 'meter.held-work', params: { units: line.units, hours } };
    case 'escalation':
      return { key: 'meter.escalation', params: { units: line.units, hours } };
    default:
      // `choice`: options the player chose that cost work.
      return { key: 'meter.choice', params: { units: line.units, hours } };
  }
}

/** The lines of a day's cost as a list (or a sentence that there is none yet). */
export function costLineList(cost: DayCost, state: GameState, id?: string): HTMLElement {
  const attrs: Record<string, string> = id === undefined ? {} : { id };
  if (cost.lines.length === 0) {
    return el('p', { className: 'cost-lines', attrs, text: { key: 'meter.none' } });
  }
  return el('ul', {
    className: 'cost-lines',
    attrs,
    children: cost.lines.map((line) =>
      el('li', {
        attrs: {
          'data-reason': line.reason,
          'data-defense': line.defense ?? '',
          'data-units': String(line.units),
          'data-hours': String(line.hours),
        },
        text: costLineText(line, state),
      }),
    ),
  });
}

/**
 * The table's second meter: the day's cost so far in hours against the level's limit (core's
 * `dayCost` and `workload.costLimit`). Its lines open on demand, and a screen reader hears them
 * with the meter (they describe its summary).
 */
export class CostMeter {
  readonly root: HTMLElement;
  private readonly _summary: HTMLElement;
  private readonly _bar: HTMLMeterElement;
  private readonly _lines = el('div', { className: 'cost-meter-lines' });
  private _shown = '';

  constructor(
    private readonly _level: Level,
    private readonly _id = 'cost-meter-lines',
  ) {
    this._bar = el('meter', { className: 'cost-meter-bar', attrs: { min: '0' } });
    this._bar.setAttribute('aria-hidden', 'true');
    this._summary = el('summary', {
      className: 'cost-meter-summary',
      attrs: { 'aria-describedby': this._id },
    });
    this.root = el('details', {
      className: 'cost-meter',
      attrs: { 'data-meter': 'cost' },
      children: [this._summary, this._lines],
    });
  }

  /** Shows the cost of the state; does nothing if it did not change (the focus stays). */
  update(state: GameState): void {
    const cost = dayCost(this._level, state);
    const limit = this._level.workload.costLimit;
    const key = JSON.stringify([cost, limit, state.assumptions.reviewMinutes]);
    if (key === this._shown) {
      return;
    }
    this._shown = key;
    const over = cost.hours > limit + 1e-9;
    this.root.dataset.hours = String(cost.hours);
    this.root.dataset.limit = String(limit);
    this.root.dataset.over = String(over);
    this._bar.max = limit;
    this._bar.high = limit;
    this._bar.value = Math.min(cost.hours, limit);
    this._summary.replaceChildren(
      el('span', { className: 'cost-meter-label', text: { key: 'meter.label' } }),
      document.createTextNode(' '),
      el('span', {
        className: 'cost-meter-value',
        text: {
          key: 'meter.value',
          params: { hours: hoursText(cost.hours), limit: hoursText(limit) },
        },
      }),
      ...(over
        ? [
            document.createTextNode(' '),
            el('strong', { className: 'cost-meter-over', text: { key: 'meter.over' } }),
          ]
        : []),
      this._bar,
    );
    this._lines.replaceChildren(
      el('p', { className: 'cost-meter-heading', text: { key: 'meter.lines' } }),
      costLineList(cost, state, this._id),
    );
  }
}
