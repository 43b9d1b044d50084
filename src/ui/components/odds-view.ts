import { type Basis, type Interval, type Probability, rateById } from '../../core';
import { el, type TextParams, type UiKey } from '../dom';
import { figureIsExact, PERCENT_DIGITS, percentIn } from './format';
import { numbersNoteCompact } from './numbers-note';
import { probabilityChip } from './provenance-chip';

/** The exact value as a percentage (to `PERCENT_DIGITS.exact` decimals). */
export function exactPercent(probability: number): string {
  return percentIn('exact', probability);
}

/**
 * The bases that rest on an assumption the study did not measure, each with the line that names
 * it: a borrowed ratio that is assumed to carry over, or two effects assumed independent. (The
 * assumption parameters, such as a monitor's detection rate, come with their values in
 * `provenance.assumptions`.)
 */
export const ASSUMING_BASES = {
  'prohibition-extrapolated': 'loadout.assumedBasis.prohibition-extrapolated',
  'prohibition-extrapolated-other-scenario':
    'loadout.assumedBasis.prohibition-extrapolated-other-scenario',
  'layers-independent': 'loadout.assumedBasis.layers-independent',
} as const satisfies Partial<Record<Basis, UiKey>>;

function assumingKey(basis: Basis): UiKey | undefined {
  return (ASSUMING_BASES as Partial<Record<Basis, UiKey>>)[basis];
}

/** Every assumption a figure rests on: the parameters with their values, then the bases. */
function assumptionLines(probability: Probability): HTMLElement[] {
  const { provenance } = probability;
  const parameters = provenance.assumptions.map((assumption) =>
    el('li', {
      attrs: { 'data-assumption': assumption.name },
      text: {
        key: `loadout.assumption.${assumption.name}`,
        params: { value: percentIn('figure', assumption.value) },
      },
    }),
  );
  const bases = [...new Set(provenance.bases)].flatMap((basis) => {
    const key = assumingKey(basis);
    return key === undefined
      ? []
      : [el('li', { attrs: { 'data-assumed-basis': basis }, text: { key } })];
  });
  return [...parameters, ...bases];
}

/**
 * The why panel's exact line: the unrounded value, labelled, with the rounding the other figures
 * use beside it, so the two read as one number.
 */
export function exactLine(value: number): HTMLElement {
  const exact = percentIn('exact', value);
  return el('p', {
    className: 'why-exact',
    text: figureIsExact(value)
      ? { key: 'loadout.exactSame', params: { exact } }
      : {
          key: 'loadout.exact',
          params: {
            exact,
            exactDigits: PERCENT_DIGITS.exact,
            rounded: percentIn('figure', value),
            digits: PERCENT_DIGITS.figure,
          },
        },
  });
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
        low: percentIn('range', interval.low),
        high: percentIn('range', interval.high),
        n: interval.n,
      },
    },
  });
}

function rateRowItem(id: string): HTMLElement {
  const row = rateById(id);
  const item = el('li', { className: 'why-rate', attrs: { 'data-rate-id': id } });
  const head = el('strong');
  head.textContent = row === undefined ? id : `${row.model} · ${percentIn('figure', row.rate)}`;
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
  const lines = assumptionLines(probability);
  const assumptions =
    lines.length === 0
      ? el('p', { className: 'why-no-assumptions', text: { key: 'loadout.noAssumptions' } })
      : el('ul', { className: 'why-assumptions', children: lines });
  const exact = exactLine(probability.value);
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
  value.textContent = percentIn('figure', probability.value);
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
