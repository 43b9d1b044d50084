import { describe, expect, it } from 'vitest';
import { rateById } from '../rates/lookup';
import type { RateRow } from '../rates/rate-row';
import {
  applyCompartmentalization,
  applyMonitor,
  applyOversight,
  measuredProbability,
} from './steps';

const row = rateById('blackmail.no-goal.replacement.claude-sonnet-3-6') as RateRow;
const base = measuredProbability(row, 'published-rate');

describe('measuredProbability', () => {
  it('carries the row id, the measured tag and its Wilson interval', () => {
    expect(base.value).toBe(row.rate);
    expect(base.provenance).toEqual({
      tag: 'measured',
      bases: ['published-rate'],
      rateIds: [row.id],
      assumptions: [],
    });
    expect(base.interval).toMatchObject({ method: 'wilson', n: 100, fromRateId: row.id });
  });

  it('has no interval when the paper gives no n', () => {
    const subgroup = rateById(
      'blackmail.goal-unstated.replacement.claude-opus-4.eval-notice-real',
    ) as RateRow;
    expect(measuredProbability(subgroup, 'published-rate').interval).toBeNull();
  });
});

describe('layered steps', () => {
  it('oversight and monitor multiply by the chance of getting past them', () => {
    const reviewed = applyOversight(base, 0.25);
    expect(reviewed.value).toBeCloseTo(row.rate * 0.75, 12);
    expect(reviewed.provenance.assumptions).toEqual([{ name: 'catch-rate', value: 0.25 }]);
    const monitored = applyMonitor(reviewed, 0.5);
    expect(monitored.value).toBeCloseTo(row.rate * 0.75 * 0.5, 12);
    expect(monitored.provenance.assumptions.map((use) => use.name)).toEqual([
      'catch-rate',
      'detection-rate',
    ]);
    expect(monitored.interval?.high).toBeCloseTo((base.interval?.high ?? 0) * 0.375, 12);
  });

  it('leaves a structural zero structural', () => {
    const closed = applyOversight(applyCompartmentalization(base), 0.9);
    expect(closed.value).toBe(0);
    expect(closed.provenance.tag).toBe('structural');
    expect(closed.provenance.rateIds).toEqual([row.id]);
  });

  it('refuses a rate outside [0, 1]', () => {
    expect(() => applyOversight(base, -0.1)).toThrow(RangeError);
    expect(() => applyMonitor(base, Number.NaN)).toThrow(RangeError);
  });
});
