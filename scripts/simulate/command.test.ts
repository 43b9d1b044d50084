import { describe, expect, it } from 'vitest';
import { MODEL_NAMES } from '../../src/core';
import { parseCommand, SCENARIO_DEFAULTS } from './command';

const EXAMPLE = [
  '--scenario',
  'blackmail',
  '--model',
  'Claude Opus 4',
  '--goal',
  'explicit:america',
  '--urgency',
  'replacement',
  '--defenses',
  'prohibition,oversight',
];

describe('parseCommand', () => {
  it('reads the example into a scenario command with defaults', () => {
    const result = parseCommand(EXAMPLE);
    expect(result).toEqual({
      ok: true,
      value: {
        mode: 'scenario',
        request: {
          model: 'Claude Opus 4',
          condition: {
            scenario: 'blackmail',
            goalType: 'explicit',
            goalValue: 'america',
            urgency: 'replacement',
          },
          defenses: ['prohibition', 'oversight'],
          assumptions: {},
        },
        runs: SCENARIO_DEFAULTS.runs,
        seed: SCENARIO_DEFAULTS.seed,
        json: false,
        assumptionsGiven: {},
      },
    });
  });

  it('reads runs, seeds, assumptions and --json', () => {
    const result = parseCommand([
      ...EXAMPLE,
      '--runs',
      '500',
      '--seed',
      'lab-7',
      '--catch-rate',
      '0.5',
      '--json',
    ]);
    expect(result.ok && result.value.mode === 'scenario' && result.value).toMatchObject({
      runs: 500,
      seed: 'lab-7',
      json: true,
      assumptionsGiven: { catchRate: 0.5 },
    });
    const numeric = parseCommand([...EXAMPLE, '--seed', '42']);
    expect(numeric.ok && numeric.value.mode === 'scenario' && numeric.value.seed).toBe(42);
  });

  it('is help with no arguments or with --help', () => {
    expect(parseCommand([])).toEqual({ ok: true, value: { mode: 'help' } });
    expect(parseCommand([...EXAMPLE, '--help'])).toEqual({ ok: true, value: { mode: 'help' } });
  });

  it('lists the valid models for an unknown model', () => {
    const result = parseCommand(EXAMPLE.map((arg) => (arg === 'Claude Opus 4' ? 'GPT-5' : arg)));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid-choice', flag: '--model', value: 'GPT-5', choices: MODEL_NAMES },
    });
  });

  it('names a missing required flag', () => {
    const result = parseCommand(EXAMPLE.slice(2));
    expect(!result.ok && result.error).toMatchObject({ kind: 'missing-flag', flag: '--scenario' });
  });

  it.each([
    ['--defenses', 'prohibition,firewall', 'invalid-choice'],
    ['--goal', 'explicit', 'invalid-choice'],
    ['--runs', '0', 'invalid-number'],
    ['--runs', '2.5', 'invalid-number'],
    ['--catch-rate', '1.5', 'invalid-number'],
    ['--detection-rate', 'high', 'invalid-number'],
  ])('rejects %s %s', (flag, value, kind) => {
    const argv = EXAMPLE.includes(flag)
      ? EXAMPLE.map((arg, index) => (EXAMPLE[index - 1] === flag ? value : arg))
      : [...EXAMPLE, flag, value];
    const result = parseCommand(argv);
    expect(!result.ok && result.error.kind).toBe(kind);
  });
});
