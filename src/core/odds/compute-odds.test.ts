import { describe, expect, it } from 'vitest';
import type { DefenseId } from '../model/vocabulary';
import type { Condition } from '../rates/condition';
import { rateById } from '../rates/lookup';
import type { ModelName } from '../rates/models';
import type { Odds, OddsRequest } from './compute-odds';
import { computeOdds } from './compute-odds';
import { DEFAULT_ASSUMPTIONS } from './assumptions';
import { OUTCOMES } from './outcomes';

const explicitReplacement = (scenario: Condition['scenario']): Condition => ({
  scenario,
  goalType: 'explicit',
  goalValue: 'america',
  urgency: 'replacement',
});

/** The rate of a row that must exist. */
function rate(id: string): number {
  const row = rateById(id);
  if (row === undefined) {
    throw new Error(`no row ${id}`);
  }
  return row.rate;
}

/** computeOdds that must succeed. */
function odds(
  model: ModelName,
  condition: Condition,
  defenses: DefenseId[],
  extra: Partial<OddsRequest> = {},
): Odds {
  const result = computeOdds({ model, condition, defenses, ...extra });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value;
}

const OPUS_BLACKMAIL = 'blackmail.explicit-america.replacement.claude-opus-4';
const OPUS_BLACKMAIL_PROHIBITED = `${OPUS_BLACKMAIL}.prohibition`;
const OPUS_LEAKING = 'leaking.explicit-america.replacement.claude-opus-4';
const OPUS_LEAKING_PROHIBITED = `${OPUS_LEAKING}.prohibition`;

describe('computeOdds without defenses', () => {
  it('is the published rate, measured, with its Wilson interval', () => {
    const result = odds('Claude Opus 4', explicitReplacement('blackmail'), []);
    expect(result.harm.value).toBe(0.96);
    expect(result.harm.provenance).toEqual({
      tag: 'measured',
      bases: ['published-rate'],
      rateIds: [OPUS_BLACKMAIL],
      assumptions: [],
    });
    // Hand-computed Wilson 95 % interval for 96 of 100: 0.9016 to 0.9843.
    expect(result.harm.interval?.low).toBeCloseTo(0.9016, 4);
    expect(result.harm.interval?.high).toBeCloseTo(0.9843, 4);
    expect(result.harm.interval?.method).toBe('wilson');
    expect(result.steps.map((step) => step.kind)).toEqual(['base']);
  });

  it('returns no-published-rate for a cell the study did not publish', () => {
    const result = computeOdds({
      model: 'GPT-4o',
      condition: explicitReplacement('murder'),
      defenses: [],
    });
    expect(!result.ok && result.error.kind).toBe('no-published-rate');
  });
});

describe('condition switches', () => {
  it('remove-threat switches to the measured no-threat cell', () => {
    const result = odds('Claude Opus 4', explicitReplacement('leaking'), ['remove-threat']);
    expect(result.harm.value).toBe(rate('leaking.explicit-america.no-threat.claude-opus-4'));
    expect(result.harm.provenance.tag).toBe('measured');
    expect(result.effectiveCondition.urgency).toBe('none');
    expect(result.steps.map((step) => step.kind)).toEqual(['base', 'condition-switch']);
  });

  it('remove-threat fails, naming the models that have the cell, when the cell is unpublished', () => {
    const result = computeOdds({
      model: 'GPT-4o',
      condition: explicitReplacement('blackmail'),
      defenses: ['remove-threat'],
    });
    expect(result.ok).toBe(false);
    expect(
      !result.ok && result.error.kind === 'no-published-rate' && result.error.modelsWithCondition,
    ).toEqual(['Claude Opus 4', 'Claude Opus 3']);
  });

  it('remove-goal switches to the no-goal cell; both together reach the control cell', () => {
    const noGoal = odds('Gemini 2.5 Pro', explicitReplacement('blackmail'), ['remove-goal']);
    expect(noGoal.harm.provenance.rateIds).toEqual([
      'blackmail.no-goal.replacement.gemini-2-5-pro',
    ]);
    const control = odds('Gemini 2.5 Pro', explicitReplacement('blackmail'), [
      'remove-goal',
      'remove-threat',
    ]);
    expect(control.harm.provenance.rateIds).toEqual(['blackmail.no-goal.no-threat.gemini-2-5-pro']);
    expect(control.steps[1]?.defenses).toEqual(['remove-threat', 'remove-goal']);
  });

  it('remove-goal leaves a latent goal alone: it is not in the system prompt', () => {
    const latent: Condition = { ...explicitReplacement('blackmail'), goalType: 'latent' };
    expect(odds('Claude Opus 4', latent, ['remove-goal']).harm.value).toBe(
      rate('blackmail.latent-america.replacement.claude-opus-4'),
    );
  });
});

describe('prohibition', () => {
  it('uses the measured Figure 12 rows on Claude Opus 4', () => {
    expect(
      odds('Claude Opus 4', explicitReplacement('blackmail'), ['prohibition']).harm.provenance,
    ).toMatchObject({
      tag: 'measured',
      rateIds: [OPUS_BLACKMAIL_PROHIBITED],
    });
    expect(odds('Claude Opus 4', explicitReplacement('leaking'), ['prohibition']).harm.value).toBe(
      0.75,
    );
  });

  it('extrapolates the Opus 4 ratio to another model and names the rows it comes from', () => {
    const result = odds('GPT-4.1', explicitReplacement('blackmail'), ['prohibition']);
    // 0.80 × 0.37 / 0.96, by hand: 0.308333…
    expect(result.harm.value).toBeCloseTo(0.308333, 6);
    expect(result.harm.provenance.tag).toBe('extrapolated');
    expect(result.harm.provenance.bases).toEqual(['published-rate', 'prohibition-extrapolated']);
    expect(result.harm.provenance.rateIds).toEqual([
      'blackmail.explicit-america.replacement.gpt-4-1',
      OPUS_BLACKMAIL,
      OPUS_BLACKMAIL_PROHIBITED,
    ]);
    expect(result.harm.interval?.method).toBe('wilson-with-ratio');
    expect(result.harm.interval?.ratioRateIds).toEqual([OPUS_BLACKMAIL, OPUS_BLACKMAIL_PROHIBITED]);
  });

  it("widens an extrapolated figure's interval by the doubt in the ratio it borrows", () => {
    const result = odds('GPT-4.1', explicitReplacement('blackmail'), ['prohibition']);
    const interval = result.harm.interval;
    // By hand, Wilson 95 % ends (z = 1.959964): 80/100 → [0.71117, 0.86663];
    // 37/100 → [0.28182, 0.46779]; 96/100 → [0.90163, 0.98434].
    // Low: 0.71117 × 0.28182 / 0.98434 = 0.20361; high: 0.86663 × 0.46779 / 0.90163 = 0.44964.
    expect(interval?.low).toBeCloseTo(0.20361, 4);
    expect(interval?.high).toBeCloseTo(0.44964, 4);
    // Holding the ratio fixed would have given 0.7112 × 0.3854 … 0.8666 × 0.3854: much tighter.
    const fixedWidth = (0.8666 - 0.7112) * (0.37 / 0.96);
    expect((interval?.high ?? 0) - (interval?.low ?? 0)).toBeGreaterThan(2 * fixedWidth);
  });

  it('borrows the weaker (espionage) effect for murder, where none was measured', () => {
    const result = odds('DeepSeek-R1', explicitReplacement('murder'), ['prohibition']);
    const expected =
      (rate('murder.explicit-america.replacement.deepseek-r1') * rate(OPUS_LEAKING_PROHIBITED)) /
      rate(OPUS_LEAKING);
    expect(result.harm.value).toBeCloseTo(expected, 12);
    expect(result.harm.provenance.bases).toContain('prohibition-extrapolated-other-scenario');
    expect(result.harm.provenance.rateIds).toContain(OPUS_LEAKING_PROHIBITED);
  });
});

describe('compartmentalization', () => {
  it('closes the path: a structural zero that still names the rows it overrode', () => {
    const result = odds('Claude Opus 4', explicitReplacement('blackmail'), [
      'compartmentalization',
      'oversight',
    ]);
    expect(result.harm.value).toBe(0);
    expect(result.harm.provenance.tag).toBe('structural');
    expect(result.harm.provenance.rateIds).toEqual([OPUS_BLACKMAIL]);
    expect(result.harm.interval).toBeNull();
  });
});

describe('oversight and monitor', () => {
  it('multiply by (1 − catch) and (1 − detection) and list the assumptions used', () => {
    const result = odds(
      'Claude Opus 4',
      explicitReplacement('blackmail'),
      ['prohibition', 'oversight'],
      {
        assumptions: { catchRate: 0.5 },
      },
    );
    expect(result.harm.value).toBeCloseTo(0.37 * 0.5, 12);
    expect(result.harm.provenance.tag).toBe('assumption');
    expect(result.harm.provenance.assumptions).toEqual([{ name: 'catch-rate', value: 0.5 }]);
    expect(result.harm.interval?.low).toBeCloseTo(0.2818 * 0.5, 4);
    expect(result.steps.map((step) => step.kind)).toEqual(['base', 'prohibition', 'oversight']);
  });

  it('uses the documented defaults when no assumption is given', () => {
    const leakingNoThreat: Condition = { ...explicitReplacement('leaking'), urgency: 'none' };
    const result = odds('Gemini 2.5 Flash', leakingNoThreat, ['monitor', 'oversight']);
    const expected =
      rate('leaking.explicit-america.no-threat.gemini-2-5-flash') *
      (1 - DEFAULT_ASSUMPTIONS.detectionRate) *
      (1 - DEFAULT_ASSUMPTIONS.catchRate);
    expect(result.harm.value).toBeCloseTo(expected, 12);
    expect(result.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it('splits every episode into outcomes that sum to 1', () => {
    const result = odds(
      'Claude Opus 4',
      explicitReplacement('blackmail'),
      ['monitor', 'oversight'],
      {
        assumptions: { detectionRate: 0.6, catchRate: 0.5, falseAlarmRate: 0.1 },
      },
    );
    const { outcomes } = result;
    expect(outcomes['caught-by-monitor'].value).toBeCloseTo(0.96 * 0.6, 12);
    expect(outcomes['caught-by-reviewer'].value).toBeCloseTo(0.96 * 0.4 * 0.5, 12);
    expect(outcomes['false-alarm'].value).toBeCloseTo(0.04 * 0.1, 12);
    expect(outcomes['no-incident'].value).toBeCloseTo(0.04 * 0.9, 12);
    expect(OUTCOMES.reduce((sum, outcome) => sum + outcomes[outcome].value, 0)).toBeCloseTo(1, 12);
  });

  it('makes outcomes that need an absent defense structurally impossible', () => {
    const { outcomes } = odds('Claude Opus 4', explicitReplacement('blackmail'), []);
    expect(outcomes['caught-by-monitor']).toMatchObject({
      value: 0,
      provenance: { tag: 'structural' },
    });
    expect(outcomes['no-incident'].value).toBeCloseTo(0.04, 12);
  });

  it('refuses an assumption outside [0, 1]', () => {
    const result = computeOdds({
      model: 'Claude Opus 4',
      condition: explicitReplacement('blackmail'),
      defenses: ['oversight'],
      assumptions: { catchRate: 1.5 },
    });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid-assumption', name: 'catch-rate', value: 1.5 },
    });
  });
});
