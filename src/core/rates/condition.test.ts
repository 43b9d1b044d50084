import { describe, expect, it } from 'vitest';
import { conditionKey, formatGoal, parseGoal } from './condition';

describe('parseGoal', () => {
  it.each([
    ['explicit:america', { goalType: 'explicit', goalValue: 'america' }],
    ['latent:america', { goalType: 'latent', goalValue: 'america' }],
    ['none', { goalType: 'none', goalValue: 'none' }],
    ['ambiguous', { goalType: 'ambiguous', goalValue: 'none' }],
    ['Explicit:Ethical', { goalType: 'explicit', goalValue: 'ethical' }],
  ])('reads %s', (text, goal) => {
    expect(parseGoal(text)).toEqual({ ok: true, value: goal });
  });

  it.each(['explicit', 'none:america', 'explicit:mars', 'swap', ''])('rejects %j', (text) => {
    expect(parseGoal(text)).toEqual({ ok: false, error: { kind: 'unknown-goal', text } });
  });

  it('writes what it reads', () => {
    for (const text of ['explicit:america', 'none', 'ambiguous', 'latent:america']) {
      const goal = parseGoal(text);
      expect(goal.ok && formatGoal(goal.value)).toBe(text);
    }
  });
});

describe('conditionKey', () => {
  it('spells a condition the way rate ids start', () => {
    expect(
      conditionKey({ scenario: 'blackmail', goalType: 'none', goalValue: 'none', urgency: 'none' }),
    ).toBe('blackmail.no-goal.no-threat');
    expect(
      conditionKey({
        scenario: 'leaking',
        goalType: 'explicit',
        goalValue: 'global',
        urgency: 'restriction',
      }),
    ).toBe('leaking.explicit-global.restriction');
  });
});
