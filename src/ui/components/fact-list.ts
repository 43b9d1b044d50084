import { type DebriefFact, rateById } from '../../core';
import type { LevelNamespace } from '../../levels/level-text';
import { el } from '../dom';
import { formatPercent } from './format';

/** One cited rate row: model, rate, n and the full source text. */
function sourceLine(id: string): HTMLElement {
  const row = rateById(id);
  const line = el('li', { className: 'fact-source', attrs: { 'data-rate-id': id } });
  line.textContent =
    row === undefined
      ? id
      : `${row.model}: ${formatPercent(row.rate, 3)} (n = ${row.n ?? '—'}) — ${row.source}`;
  return line;
}

/** Research facts of a level (debrief or summary), each followed by the rate rows it cites. */
export function factList(facts: readonly DebriefFact[], namespace: LevelNamespace): HTMLElement {
  return el('ul', {
    className: 'facts',
    children: facts.map((fact) =>
      el('li', {
        children: [
          el('p', { text: { key: fact.key, namespace } }),
          el('ul', { className: 'fact-sources', children: fact.rates.map(sourceLine) }),
        ],
      }),
    ),
  });
}
