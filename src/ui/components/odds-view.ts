import { type Interval, type Probability, rateById } from '../../core';
import { el, type TextParams, type UiKey } from '../dom';
import { formatPercent } from './format';
import { numbersNoteCompact } from './numbers-note';
import { probabilityChip } from './provenance-chip';

/** The exact value as a percentage with every digit that matters (up to 4 decimals). */
export function exactPercent(probability: number): string {
  return formatPercent(probability, 6);
}

const INTERVAL_KEYS = {
  wilson: 'loadout.interval',
  'wilson-propagated': 'loadout.intervalPropagated',
  'wilson-with-ratio': 'loadout.intervalWithRatio',
} as const satisfies Record<Interval['method'], UiKey>;

function intervalLine(probability: Probability): HTMLElement | null {
  const interval = probability.interval;
  if (interval === null) {
    // An extrapolated figure without an interval says why, so it never looks exact.
    return probability.provenance.tag === 'extrapolated'
      ? el('p', { className: 'odds-interval', text: { key: 'loadout.intervalNone' } })
      : null;
  }
  const key = INTERVAL_KEYS[interval.method];
  return el('p', {
    className: 'odds-interval',
    text: {
      key,
      params: {
        low: formatPercent(interval.low, 1),
        high: formatPercent(interval.high, 1),
        n: interval.n,
      },
    },
  });
}

function rateRowItem(id: string): HTMLElement {
  const row = rateById(id);
  const item = el('li', { className: 'why-rate', attrs: { 'data-rate-id': id } });
  const head = el('strong');
  head.textContent = row === undefined ? id : `${row.model} · ${formatPercent(row.rate, 3)}`;
  const meta = el('span', { className: 'why-meta' });
  meta.textContent = row === undefined ? '' : ` (n = ${row.n ?? '—'}; ${id})`;
  const source = el('span', { className: 'why-source' });
  source.textContent = row?.source ?? '';
  const confidence =
    row === undefined
      ? document.createTextNode('')
      : el('em', { text: { key: `sources.confidence.${row.confidence}` } });
  item.append(head, meta, ' ', confidence, el('br'), source);
  return item;
}

/**
 * The "why this number" panel: the steps, the rate rows with their sources, the assumptions, and
 * the note on what the study's numbers are.
 */
export function whyPanel(probability: Probability): HTMLElement {
  const { provenance } = probability;
  const steps = el('ol', {
    className: 'why-steps',
    children: provenance.bases.map((basis) =>
      el('li', { text: { key: `loadout.basis.${basis}` } }),
    ),
  });
  const rows = el('ul', { className: 'why-rates', children: provenance.rateIds.map(rateRowItem) });
  const assumptions =
    provenance.assumptions.length === 0
      ? el('p', { text: { key: 'loadout.noAssumptions' } })
      : el('ul', {
          children: provenance.assumptions.map((assumption) =>
            el('li', {
              text: {
                key: `loadout.assumption.${assumption.name}`,
                params: { value: formatPercent(assumption.value, 2) },
              },
            }),
          ),
        });
  const exact = el('p', { className: 'why-exact' });
  exact.textContent = exactPercent(probability.value);
  return el('details', {
    className: 'why-panel',
    children: [
      el('summary', { text: { key: 'loadout.why' } }),
      exact,
      el('h4', { text: { key: 'loadout.steps' } }),
      steps,
      el('h4', { text: { key: 'loadout.rows' } }),
      rows,
      el('h4', { text: { key: 'loadout.assumptions' } }),
      assumptions,
      numbersNoteCompact(),
    ],
  });
}

/** One figure on the odds track: the percentage, its provenance chip, interval and "why". */
export function oddsFigure(
  probability: Probability,
  labelKey: UiKey,
  labelParams: TextParams,
): HTMLElement {
  const value = el('span', { className: 'odds-value' });
  value.textContent = formatPercent(probability.value, 2);
  const bar = el('span', { className: 'odds-bar', attrs: { 'aria-hidden': 'true' } });
  bar.style.setProperty('--odds', String(probability.value));
  const children: Node[] = [
    el('p', { className: 'odds-label', text: { key: labelKey, params: labelParams } }),
    el('div', {
      className: 'odds-line',
      children: [value, probabilityChip(probability), bar],
    }),
  ];
  const interval = intervalLine(probability);
  if (interval !== null) {
    children.push(interval);
  }
  children.push(whyPanel(probability));
  return el('div', {
    className: 'odds-figure',
    attrs: {
      'data-provenance': probability.provenance.tag,
      'data-odds': String(probability.value),
    },
    children,
  });
}
