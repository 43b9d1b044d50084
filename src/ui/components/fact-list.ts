import { type DebriefFact, type RateRow, rateById } from '../../core';
import type { LevelNamespace } from '../../levels/level-text';
import { el } from '../dom';
import { percentIn } from './format';

/** Where in the paper a row's number is printed ("Figure 8", "Table 2", "Appendix B"), if said. */
export function locatorOf(source: string): string | undefined {
  return /(\bFigure \d+|\bTable \d+|\bAppendix [A-Z0-9.]+|\bSection [\d.]+|§\s?\d+(?:\.\d+)*)/.exec(
    source,
  )?.[1];
}

/** The short form of a citation: model · rate · figure (the locator may be missing). */
function shortCitation(row: RateRow): string {
  const parts = [row.model, percentIn('figure', row.rate), locatorOf(row.source)];
  return parts.filter((part): part is string => part !== undefined).join(' · ');
}

/**
 * One cited row in full: the short form, n, the whole source text and, last and small, the
 * row's id for those who look it up in the rates table (never the visible label).
 */
function sourceLine(id: string): HTMLElement {
  const row = rateById(id);
  const line = el('li', { className: 'fact-source', attrs: { 'data-rate-id': id, title: id } });
  if (row === undefined) {
    line.append(el('span', { text: { key: 'debrief.unknownRow' } }));
  } else {
    const short = el('span', { className: 'citation-short' });
    short.textContent = `${shortCitation(row)} (n = ${row.n ?? '—'})`;
    const full = el('span', { className: 'citation-full' });
    full.textContent = row.source;
    line.append(short, ' — ', full);
  }
  const code = el('code', { className: 'row-id' });
  code.textContent = id;
  line.append(' ', el('span', { className: 'row-id-line', children: [code] }));
  return line;
}

/** The closed line of a fact's sources: up to three short citations, else a count and figures. */
function summaryOf(ids: readonly string[]): HTMLElement {
  const rows = ids.map(rateById).filter((row): row is RateRow => row !== undefined);
  const summary = el('summary', { className: 'fact-citation' });
  if (rows.length > 0 && rows.length <= 3) {
    summary.textContent = rows.map(shortCitation).join('; ');
    return summary;
  }
  const locators = [...new Set(rows.map((row) => locatorOf(row.source)))].filter(
    (locator): locator is string => locator !== undefined,
  );
  summary.append(
    el('span', {
      text: {
        key: 'debrief.manyRows',
        params: { count: rows.length, where: locators.join(', ') },
      },
    }),
  );
  return summary;
}

/**
 * Research facts of a level (debrief or summary). Each fact's sources are one short line that
 * expands to the full citations; the full list of every source lives in Sources.
 */
export function factList(facts: readonly DebriefFact[], namespace: LevelNamespace): HTMLElement {
  return el('ul', {
    className: 'facts',
    children: facts.map((fact) => {
      const children: HTMLElement[] = [el('p', { text: { key: fact.key, namespace } })];
      if (fact.rates.length > 0) {
        children.push(
          el('details', {
            className: 'fact-sources',
            children: [
              summaryOf(fact.rates),
              el('ul', { className: 'fact-source-list', children: fact.rates.map(sourceLine) }),
            ],
          }),
        );
      }
      return el('li', { attrs: { 'data-fact': fact.key }, children });
    }),
  });
}
