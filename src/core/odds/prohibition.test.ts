import { describe, expect, it } from 'vitest';
import type { Condition } from '../rates/condition';
import { lookupRate } from '../rates/lookup';
import { applyProhibition, borrowedPair, prohibitionPair } from './prohibition';
import { applyCompartmentalization, measuredProbability } from './steps';

const murder: Condition = {
  scenario: 'murder',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
};

describe('prohibitionPair', () => {
  it.each(['blackmail', 'leaking'] as const)(
    'takes the %s ratio from the two Figure 12 bars of Claude Opus 4',
    (scenario) => {
      const pair = prohibitionPair(scenario);
      expect(pair.baseline.model).toBe('Claude Opus 4');
      expect(pair.prohibited.variant).toBe('prohibition');
      expect(pair.prohibited.source).toContain('Figure 12');
      expect(pair.ratio).toBe(pair.prohibited.rate / pair.baseline.rate);
    },
  );

  it('uses the published values 0.96 → 0.37 and 0.96 → 0.75', () => {
    expect(prohibitionPair('blackmail').ratio).toBeCloseTo(0.37 / 0.96, 12);
    expect(prohibitionPair('leaking').ratio).toBeCloseTo(0.75 / 0.96, 12);
  });
});

describe('borrowedPair', () => {
  it('gives murder the weaker of the measured effects (the larger ratio), labelled as borrowed', () => {
    const { pair, basis } = borrowedPair('murder');
    const ratios = [prohibitionPair('blackmail').ratio, prohibitionPair('leaking').ratio];
    expect(pair.ratio).toBe(Math.max(...ratios));
    expect(basis).toBe('prohibition-extrapolated-other-scenario');
  });
});

describe('applyProhibition', () => {
  it('keeps a structural zero closed', () => {
    const row = lookupRate('Claude Opus 4', murder);
    expect(row.ok).toBe(true);
    if (!row.ok) {
      return;
    }
    const closed = applyCompartmentalization(measuredProbability(row.value, 'published-rate'));
    const result = applyProhibition(closed, 'Claude Opus 4', { ...murder, scenario: 'blackmail' });
    expect(result.value).toBe(0);
    expect(result.provenance.tag).toBe('structural');
  });
});
