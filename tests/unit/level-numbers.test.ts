import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, RATES, rateById } from '../../src/core';
import { LEVEL_IDS, loadShippedLevel } from './level-catalog';

// A percentage as English ("96%", "55.1 %") or German ("55,1 %") prose writes it.
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s?%/g;

/** The percentages a text mentions, as fractions (55,1 % → 0.551). */
function percentagesIn(text: string): number[] {
  return [...text.matchAll(PERCENT)].map(
    (match) => Number((match[1] ?? '').replace(',', '.')) / 100,
  );
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const RATE_VALUES = RATES.map((row) => row.rate);
const ASSUMPTION_VALUES: readonly number[] = [
  DEFAULT_ASSUMPTIONS.catchRate,
  DEFAULT_ASSUMPTIONS.detectionRate,
  DEFAULT_ASSUMPTIONS.falseAlarmRate,
];
const ASSUMPTION_WORDS = /assum|Annahme/i;

/** The percentages in a language's strings that are neither a rate nor a labelled assumption. */
function unsourcedIn(language: string, strings: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(strings)) {
    for (const value of percentagesIn(text)) {
      const published = RATE_VALUES.some((rate) => close(rate, value));
      const labelledAssumption =
        ASSUMPTION_VALUES.some((assumed) => close(assumed, value)) && ASSUMPTION_WORDS.test(text);
      if (!published && !labelledAssumption) {
        found.push(`${language}:${key}: ${value * 100} %`);
      }
    }
  }
  return found;
}

describe('every number a level shows has a source', () => {
  it('flags a percentage no row publishes, and accepts rates and labelled assumptions', () => {
    expect(
      unsourcedIn('en', { a: 'Opus 4 blackmailed in 96% of runs.', b: 'In German: 55,1 %.' }),
    ).toEqual([]);
    expect(
      unsourcedIn('en', { c: 'The monitor raises a false alarm in 5 % of runs (an assumption).' }),
    ).toEqual([]);
    expect(unsourcedIn('en', { d: 'Stock fell 12.3 % overnight.' })).toEqual(['en:d: 12.3 %']);
    expect(unsourcedIn('en', { e: 'The monitor raises a false alarm in 5 % of runs.' })).toEqual([
      'en:e: 5 %',
    ]);
  });

  it.each(LEVEL_IDS)(
    '%s: every percentage in its text is a published rate or a labelled assumption',
    (id) => {
      const level = loadShippedLevel(id);
      const unsourced = Object.entries(level.strings).flatMap(([language, strings]) =>
        unsourcedIn(language, strings),
      );
      expect(unsourced).toEqual([]);
    },
  );

  it.each(LEVEL_IDS)(
    '%s: every debrief fact that states a rate cites a row with that rate',
    (id) => {
      const level = loadShippedLevel(id);
      const problems: string[] = [];
      for (const nodeId of level.nodeOrder) {
        const node = level.nodes[nodeId];
        if (node?.kind !== 'ending') {
          continue;
        }
        for (const fact of node.debrief.facts) {
          const cited: (number | undefined)[] = fact.rates.map((rateId) => rateById(rateId)?.rate);
          expect(
            cited.every((rate) => rate !== undefined),
            `${nodeId} cites unknown rows`,
          ).toBe(true);
          for (const [language, strings] of Object.entries(level.strings)) {
            for (const value of percentagesIn(strings[fact.key] ?? '')) {
              if (!cited.some((rate) => rate !== undefined && close(rate, value))) {
                problems.push(
                  `${nodeId} ${language}:${fact.key}: ${value * 100} % is not in its cited rows`,
                );
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
