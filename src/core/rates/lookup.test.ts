import { describe, expect, it } from 'vitest';
import type { Condition } from './condition';
import { conditionKey } from './condition';
import { RATES, conditionsWithRate, lookupRate, modelsWithCondition, rateById } from './lookup';
import { MODEL_NAMES } from './models';

const blackmailExplicitReplacement: Condition = {
  scenario: 'blackmail',
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
};
const murder: Condition = { ...blackmailExplicitReplacement, scenario: 'murder' };

describe('lookupRate', () => {
  it('returns the published row for a measured cell', () => {
    const result = lookupRate('Claude Opus 4', blackmailExplicitReplacement);
    expect(result.ok && result.value.id).toBe(
      'blackmail.explicit-america.replacement.claude-opus-4',
    );
    expect(result.ok && result.value).toBe(
      rateById('blackmail.explicit-america.replacement.claude-opus-4'),
    );
  });

  it('keeps a published zero as a measured zero', () => {
    const result = lookupRate('Llama 4 Maverick', blackmailExplicitReplacement);
    expect(result.ok && result.value.rate).toBe(0);
  });

  it('returns a no-published-rate value for a missing cell, listing the models that have it', () => {
    const result = lookupRate('GPT-4o', murder);
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    const expected = RATES.filter((row) =>
      row.id.startsWith('murder.explicit-america.replacement.'),
    );
    expect(result.error).toMatchObject({
      kind: 'no-published-rate',
      model: 'GPT-4o',
      conditionKey: 'murder.explicit-america.replacement',
      variant: 'baseline',
    });
    expect([...result.error.modelsWithCondition].sort()).toEqual(
      expected.map((row) => row.model).sort(),
    );
    expect(result.error.modelsWithCondition).not.toContain('GPT-4o');
  });

  it('finds the prohibition rows only when asked for that variant', () => {
    const result = lookupRate('Claude Opus 4', blackmailExplicitReplacement, 'prohibition');
    expect(result.ok && result.value.rate).toBe(0.37);
    expect(lookupRate('GPT-4.1', blackmailExplicitReplacement, 'prohibition').ok).toBe(false);
  });

  it('prefers the first figure when one value was printed twice', () => {
    const cell: Condition = {
      scenario: 'leaking',
      goalType: 'explicit',
      goalValue: 'america',
      urgency: 'none',
    };
    const result = lookupRate('Claude Opus 4', cell);
    expect(result.ok && result.value.id).toBe('leaking.explicit-america.no-threat.claude-opus-4');
  });
});

describe('published conditions', () => {
  it('lists each baseline row of a model as a condition', () => {
    const expected = RATES.filter((row) => row.model === 'GPT-4o' && row.variant === 'baseline');
    expect(conditionsWithRate('GPT-4o').map(conditionKey).sort()).toEqual(
      expected.map((row) => row.id.replace(/\.gpt-4o$/, '')).sort(),
    );
  });

  it('gives every model of the roster at least one published condition', () => {
    for (const model of MODEL_NAMES) {
      expect(conditionsWithRate(model).length, model).toBeGreaterThan(0);
    }
  });

  it('agrees with lookupRate for every model and every published condition', () => {
    for (const condition of conditionsWithRate()) {
      const models = modelsWithCondition(condition);
      for (const model of MODEL_NAMES) {
        expect(lookupRate(model, condition).ok).toBe(models.includes(model));
      }
    }
  });
});
