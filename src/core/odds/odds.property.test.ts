import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFENSES } from '../model/vocabulary';
import type { DefenseId } from '../model/vocabulary';
import { conditionsWithRate } from '../rates/lookup';
import { MODEL_NAMES } from '../rates/models';
import type { Odds, OddsRequest } from './compute-odds';
import { computeOdds } from './compute-odds';
import { OUTCOMES } from './outcomes';
import type { Probability } from './probability';

const probability = fc.double({ min: 0, max: 1, noNaN: true });
const request: fc.Arbitrary<OddsRequest> = fc.record({
  model: fc.constantFrom(...MODEL_NAMES),
  condition: fc.constantFrom(...conditionsWithRate()),
  defenses: fc.subarray([...DEFENSES]),
  assumptions: fc.record({
    catchRate: probability,
    detectionRate: probability,
    falseAlarmRate: probability,
  }),
});

/** Only loadouts whose study cells were published have odds; the rest are typed errors. */
function oddsOf(input: OddsRequest): Odds | null {
  const result = computeOdds(input);
  return result.ok ? result.value : null;
}

/** Every probability an Odds value carries. */
function allProbabilities(odds: Odds): Probability[] {
  return [
    ...odds.steps.map((step) => step.probability),
    odds.attempt,
    odds.harm,
    ...Object.values(odds.outcomes),
  ];
}

describe('odds properties', () => {
  it('keep every probability and interval in [0, 1], the interval around the value', () => {
    fc.assert(
      fc.property(request, (input) => {
        const odds = oddsOf(input);
        fc.pre(odds !== null);
        for (const item of odds === null ? [] : allProbabilities(odds)) {
          expect(item.value).toBeGreaterThanOrEqual(0);
          expect(item.value).toBeLessThanOrEqual(1);
          if (item.interval !== null) {
            expect(item.interval.low).toBeGreaterThanOrEqual(0);
            expect(item.interval.high).toBeLessThanOrEqual(1);
            expect(item.interval.low).toBeLessThanOrEqual(item.value + 1e-12);
            expect(item.interval.high).toBeGreaterThanOrEqual(item.value - 1e-12);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('split every episode into outcomes that sum to 1', () => {
    fc.assert(
      fc.property(request, (input) => {
        const odds = oddsOf(input);
        fc.pre(odds !== null);
        const total = OUTCOMES.reduce(
          (sum, outcome) => sum + (odds?.outcomes[outcome].value ?? 0),
          0,
        );
        expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('never raise the probability of harm when a defense is added', () => {
    fc.assert(
      fc.property(request, fc.constantFrom<DefenseId>(...DEFENSES), (input, extra) => {
        const before = oddsOf(input);
        const after = oddsOf({ ...input, defenses: [...input.defenses, extra] });
        fc.pre(before !== null && after !== null);
        expect(after?.harm.value).toBeLessThanOrEqual((before?.harm.value ?? 0) + 1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it('name at least one rate row or assumption behind every step and the harm', () => {
    fc.assert(
      fc.property(request, (input) => {
        const odds = oddsOf(input);
        fc.pre(odds !== null);
        for (const item of [...(odds?.steps.map((step) => step.probability) ?? []), odds?.harm]) {
          const provenance = item?.provenance;
          expect(
            (provenance?.rateIds.length ?? 0) + (provenance?.assumptions.length ?? 0),
          ).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are deterministic: the same request gives the same odds', () => {
    fc.assert(
      fc.property(request, (input) => {
        expect(computeOdds(input)).toEqual(computeOdds(structuredClone(input)));
      }),
      { numRuns: 100 },
    );
  });
});
