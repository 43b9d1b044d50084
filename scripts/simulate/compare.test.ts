import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_SETUP, labExact, labJson, labSample } from '../../src/core';
import type { LabSetup } from '../../src/core';
import { runSimulate } from './main';

function run(argv: readonly string[]): { code: number; out: string; error: string } {
  let out = '';
  let error = '';
  const code = runSimulate(argv, {
    out: (text) => (out += text),
    error: (text) => (error += text),
  });
  return { code, out, error };
}

const ARGS = [
  '--scenario',
  'blackmail',
  '--model',
  'Claude Opus 4,gpt-4-1',
  '--goal',
  'none',
  '--urgency',
  'replacement',
];

describe('simulate --compare', () => {
  it("prints --json equal to core's labJson for the same set-up and seed", () => {
    const result = run([
      '--compare',
      'prohibition,oversight',
      'monitor',
      ...ARGS,
      '--runs',
      '3000',
      '--seed',
      '11',
      '--catch-rate',
      '0.8',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: {
        kind: 'condition',
        scenario: 'blackmail',
        goal: { type: 'none', value: 'none' },
        urgency: 'replacement',
      },
      models: ['Claude Opus 4', 'GPT-4.1'],
      loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
      assumptions: { ...DEFAULT_LAB_SETUP.assumptions, catchRate: 0.8 },
      runs: 3000,
      seed: 11,
    };
    const exact = labExact(setup);
    const expected = labJson(setup, exact, labSample(setup, {}, exact));
    expect(JSON.parse(result.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints a table with the paired difference', () => {
    const result = run(['--compare', 'none', 'oversight', ...ARGS, '--runs', '1000']);
    expect(result.out).toContain('A − B: sampled');
    expect(result.out).toContain('Rate rows used:');
  });

  it('refuses what the Lab address would clamp or drop', () => {
    const result = run(['--compare', 'laser', ...ARGS, '--catch-rate', '1.5']);
    expect(result.code).toBe(2);
    expect(result.error).toContain('--compare: unknown-defense "laser"');
    expect(result.error).toContain('--compare: too-few-loadouts');
  });
});
