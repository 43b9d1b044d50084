import {
  type GoalValue,
  MODEL_NAMES,
  RATES,
  SCENARIOS,
  type RateRow,
  wilsonInterval,
} from '../../core';
import { paperPanel } from '../components/panel';
import { percentIn } from '../components/format';
import { numbersAboutSection } from '../components/numbers-note';
import { el, type UiKey } from '../dom';

/** The words for a row's condition, as i18n keys with parameters. */
function conditionCell(row: RateRow): HTMLElement {
  const scenario = el('span', {
    className: 'cond-scenario',
    text: { key: `scenario.${row.scenario}` },
  });
  const goal =
    row.goalType === null
      ? el('span', { text: { key: 'goal.unstated' } })
      : row.goalType === 'none' || row.goalType === 'ambiguous'
        ? el('span', { text: { key: `goal.${row.goalType}` } })
        : goalWithValue(row.goalType, row.goalValue ?? 'none');
  const urgency = el('span', { text: { key: `urgency.${row.urgency}` } });
  const parts: Node[] = [scenario, sep(), goal, sep(), urgency];
  if (row.variant !== 'baseline') {
    parts.push(
      sep(),
      el('span', { className: 'cond-variant', text: { key: `sources.variant.${row.variant}` } }),
    );
  }
  return el('td', { children: parts });
}

function goalWithValue(goalType: 'explicit' | 'latent', value: GoalValue): HTMLElement {
  return el('span', {
    text: { key: `goal.${goalType}`, params: { value: { key: `goal.value.${value}` as const } } },
  });
}

function sep(): Text {
  return document.createTextNode(' · ');
}

function intervalText(row: RateRow): string {
  if (row.n === null) {
    return '—';
  }
  const { low, high } = wilsonInterval(row.rate, row.n);
  return `${percentIn('range', low)} – ${percentIn('range', high)}`;
}

function rowElement(row: RateRow): HTMLTableRowElement {
  const tr = el('tr', {
    attrs: { 'data-rate-id': row.id, 'data-scenario': row.scenario, 'data-model': row.model },
  });
  const n = row.n === null ? el('td', { text: { key: 'sources.nUnknown' } }) : el('td');
  if (row.n !== null) {
    n.textContent = String(row.n);
  }
  const cells: HTMLElement[] = [
    cell(row.model, 'th'),
    conditionCell(row),
    cell(percentIn('figure', row.rate), 'td', 'num'),
    n,
    cell(intervalText(row), 'td', 'num'),
    el('td', {
      text: { key: `sources.confidence.${row.confidence}` },
      attrs: { 'data-confidence': row.confidence },
    }),
    cell(row.source, 'td', 'source-text'),
  ];
  tr.append(...cells);
  return tr;
}

function cell(text: string, tag: 'td' | 'th', className = ''): HTMLElement {
  const element = el(tag, { className });
  if (tag === 'th') {
    element.setAttribute('scope', 'row');
  }
  element.textContent = text;
  return element;
}

function select<T extends string>(
  labelKey: UiKey,
  name: string,
  values: readonly T[],
  valueKey?: (v: T) => UiKey,
): {
  wrapper: HTMLElement;
  input: HTMLSelectElement;
} {
  const id = `sources-filter-${name}`;
  const input = el('select', { attrs: { id, 'data-filter': name } });
  input.append(el('option', { text: { key: 'sources.all' }, attrs: { value: '' } }));
  for (const value of values) {
    const option =
      valueKey === undefined ? el('option') : el('option', { text: { key: valueKey(value) } });
    option.value = value;
    if (valueKey === undefined) {
      option.textContent = value;
    }
    input.append(option);
  }
  const wrapper = el('div', {
    className: 'filter',
    children: [el('label', { text: { key: labelKey }, attrs: { for: id } }), input],
  });
  return { wrapper, input };
}

/** Sources: what the numbers are and are not, then every rate row, filterable by scenario and model. */
export function buildSourcesPanel(onBack: () => void): HTMLElement {
  const scenario = select(
    'sources.filterScenario',
    'scenario',
    SCENARIOS,
    (value) => `scenario.${value}` as const,
  );
  const model = select('sources.filterModel', 'model', MODEL_NAMES);
  const rows = RATES.map(rowElement);
  const count = el('p', { className: 'sources-count', attrs: { 'aria-live': 'polite' } });
  const head = el('tr', {
    children: (
      ['model', 'condition', 'rate', 'n', 'interval', 'confidence', 'source'] as const
    ).map((column) =>
      el('th', { text: { key: `sources.col.${column}` }, attrs: { scope: 'col' } }),
    ),
  });
  const table = el('table', {
    className: 'sources-table',
    children: [el('thead', { children: [head] }), el('tbody', { children: rows })],
  });
  const apply = (): void => {
    let shown = 0;
    for (const row of rows) {
      const visible =
        (scenario.input.value === '' || row.dataset.scenario === scenario.input.value) &&
        (model.input.value === '' || row.dataset.model === model.input.value);
      row.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    count.textContent = '';
    count.append(el('span', { text: { key: 'sources.count', params: { count: shown } } }));
  };
  scenario.input.addEventListener('change', apply);
  model.input.addEventListener('change', apply);
  apply();
  return paperPanel({
    headingKey: 'sources.heading',
    className: 'sources-panel wide-panel',
    onBack,
    children: [
      numbersAboutSection(),
      el('p', { text: { key: 'sources.intro' } }),
      el('p', { className: 'citation', text: { key: 'sources.study' } }),
      el('div', { className: 'filters', children: [scenario.wrapper, model.wrapper, count] }),
      el('div', { className: 'table-scroll', attrs: { tabindex: '0' }, children: [table] }),
    ],
  });
}
